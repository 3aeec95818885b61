"""The shared vocabulary: the named term lists (rules/vocabulary/*.toml) and each list's terms as one
pattern, plain, guarded on its first character (termsearch.py) or lowered (lowered.py; a long list's with
termdispatch.py's filter), and whether a run uses the faster forms (use_guards). Context keeps a list's
pattern by name for the checks; the loading and building sit here, apart from the document, for the
engine, the run and the checks that join lists of their own.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from designlint.errors import RuleDefinitionError
from designlint.lowered import lower_capitals, lowered_body
from designlint.resources import data_dir
from designlint.termdispatch import dispatched_words
from designlint.termsearch import whole_words


@lru_cache(maxsize=1)
def load_vocabulary() -> Mapping[str, tuple[str, ...]]:
    """Named term lists (rules/vocabulary/*.toml): each a list of regular expressions."""
    lists: dict[str, tuple[str, ...]] = {}
    for path in sorted((data_dir("rules") / "vocabulary").glob("*.toml")):
        for name, terms in _vocabulary_file(path).items():
            if name in lists:
                raise RuleDefinitionError(f"{path}: {name}: term list already defined in another vocabulary file")
            lists[name] = tuple(terms)
    return expand_shared(lists)


def expand_shared(lists: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each list with its "@name" terms replaced by the terms of the list called name."""
    return {name: _expanded(name, lists, ()) for name in lists}


# A term "@name" stands for every term of the list called name: one wording shared by lists that must agree
# ("@availability-word" in both the topic list and R004's), written once.
_SHARED = "@"


def _expanded(name: str, lists: Mapping[str, tuple[str, ...]], seen: tuple[str, ...]) -> tuple[str, ...]:
    if name in seen:
        raise RuleDefinitionError(f"vocabulary: {' -> '.join((*seen, name))}: term lists include each other")
    terms: list[str] = []
    for term in lists[name]:
        if not term.startswith(_SHARED):
            terms.append(term)
        elif term[1:] in lists:
            terms += _expanded(term[1:], lists, (*seen, name))
        else:
            raise RuleDefinitionError(f"vocabulary: {name}: {term!r} names no term list; define it or drop the term")
    return tuple(terms)


def _vocabulary_file(path: Path) -> dict[str, Any]:
    """One vocabulary file's lists, kept in the active cache under its bytes (TOML parsing of them all
    is a tenth of a one-file run)."""
    from designlint.memo import cached_value

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RuleDefinitionError(f"{path}: cannot read the vocabulary: {exc.strerror}") from None

    def parse() -> dict[str, Any]:
        try:
            return tomllib.loads(data.decode("utf-8").replace("\r\n", "\n"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise RuleDefinitionError(f"{path}: cannot read the vocabulary: {exc}") from None

    raw: dict[str, Any] = cached_value("vocabulary", (data,), parse)
    return raw


# Guarded patterns search faster but cost about 50 ms more to build across all lists,
# so a run turns them on only when it lints enough files to win that back. The same goes
# for needles and lowered patterns (Context.finds, may_hold, lowered): up to 3 ms a list.
GUARDS = {"on": False}


def use_guards(on: bool) -> None:
    """Build term patterns with (or without) the first-character guard, and use (or not)
    needles and lowered patterns, from now on."""
    GUARDS["on"] = on


def terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern that finds any of the terms as whole words.

    It is multi-line: terms are written for a line, and a term anchored to a line's start or end
    ("^\\s*not \\w+ing", "..., not now$") must find it on every line of a paragraph or of the
    whole text, not only on the first or the last.

    Guarded or plain, it finds the same matches (tests/test_term_guard.py proves it).
    """
    return guarded_terms_pattern(terms) if GUARDS["on"] else plain_terms_pattern(terms)


@lru_cache(maxsize=512)
def guarded_terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """terms_pattern with a guard on the first character (see termsearch)."""
    return whole_words("(?:" + "|".join(terms) + ")", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=512)
def plain_terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """terms_pattern without the guard: quick to build, and what the guarded form must agree with."""
    return re.compile(r"(?<![\w])(?:" + "|".join(terms) + r")(?![\w])", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=512)
def lowered_terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The terms as a case-sensitive pattern that finds on lower_alike(text) what terms_pattern
    finds on text, or None when that cannot be told for certain (see designlint/lowered.py). A long
    list gets termdispatch's filter: lowered, it is what searches whole documents (Context.finds)."""
    low = lowered_body("(?:" + "|".join(terms) + ")", 0)
    if low is None:
        return None
    each = tuple(lower_capitals(term) for term in terms)  # term by term, for termdispatch's filter
    if "(?:" + "|".join(each) + ")" != low:  # the terms must join into the very body proved above
        return whole_words(low, re.MULTILINE)
    return dispatched_words(each, re.MULTILINE)


@lru_cache(maxsize=512)
def split_terms_pattern(terms: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The terms as two patterns that together find what terms_pattern finds: the lowered pattern of the
    terms that can be lowered, and the case-insensitive pattern of the rest, either None when no term is of
    its kind. A long list with a few terms that cannot lower still searches mostly lowered. Those terms are
    told apart by their text: a scoped flag ("(?-i:NOT)") or a character outside ASCII ("außerhalb", "hors
    du périmètre"); the others are proved lowerable together (trying each term alone cost about a second a
    process)."""
    whole = lowered_terms_pattern(terms)
    if whole is not None:
        return whole, None  # most lists: every term lowers
    apart = tuple(t for t in terms if _cannot_lower(t))
    others = tuple(t for t in terms if not _cannot_lower(t))
    lowered = lowered_terms_pattern(others) if apart and others else None
    if lowered is None:
        return None, terms_pattern(terms)  # another kind of term will not lower: search the list as written
    return lowered, terms_pattern(apart)


def _cannot_lower(term: str) -> bool:
    """A term lowered_terms_pattern refuses on sight: it needs the real case, or holds a letter it does not lower."""
    return "(?-i" in term or not term.isascii()
