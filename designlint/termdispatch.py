r"""A filter that spares a long term list from trying every term at every word start.

At each position Python's regex engine enters every alternative of an alternation, except one that
starts with a plain literal or class it can rule out with one comparison. Terms start with capturing
groups ("(we|i) ...") and lookbehinds, so a list of 100 terms is entered about 100 times at each word
start. Sorting or grouping the terms themselves would change what the list finds: an alternation tries
its alternatives in order (the first to match decides where a match ends, and checks read m.group(0)
and sub() matches out: checks/design.py) and numbers its capturing groups in order (m.groups(); most
terms capture). So the list stays exactly as written, and a zero-width filter goes in front of it:

    guard  (?<![\w])  (?=FILTER)  (?:term1|term2|...)  (?![\w])

FILTER holds every term once more, without its capturing groups, in groups by the class of characters
the term can start with, each group headed by its class; the guard is the union of those classes:

    (?:[ab](?<=(?=(?:a1|b1|b2))[\s\S])|[c](?<=(?=(?:c1))[\s\S])|...)

The engine rules a group out with one comparison of its class; where the class holds the character,
the lookbehind steps back onto it and the lookahead in it tries the group's terms from there.

Why the pattern finds exactly what the list alone finds (positions, matched text, groups):

- Wherever a term matches, FILTER succeeds: the match starts with a character of the term's first
  characters (termsearch.first_class, which the guard already relies on), so the term's group is
  tried, and the term without captures matches where the term does.
- FILTER only tests: it is zero-width, holds no capturing group, and sits before the list, so the list
  then runs from the same place as before, in its own order, with its own group numbers. Where FILTER
  succeeds and no term matches as a whole word, the list fails there as it did before.

Nothing needs the groups to be disjoint or in order: FILTER only asks whether some term matches. A term
is taken without captures only when Python's parse of it and of the result are the same once every
group without flags is read as its content (_same_but_captures), and never when it refers to a group
(\1, (?P=name), (?(1)...)). The filter is built for the case-sensitive patterns, the lowered ones that
search whole documents (lowered.py, Context.finds): under IGNORECASE a class of letters no longer
compiles to the plain test the engine skips on, and the case-insensitive patterns, searched a sentence
at a time, did not win back the compiling (measured). On any doubt about any term there is no filter,
and the pattern is whole_words' own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from designlint.termsearch import _c, _p, first_class, guarded_words, whole_words

# A list of fewer terms is searched without a filter: building one compiles every term once more, and
# in a lint of the corpus only lists of 50 terms or more won that back (55 terms: 0.07 s saved for
# 0.013 s of compiling; 41 to 49 terms: a few milliseconds lost each).
MIN_TERMS = 50

# What taking a term's captures out must step around (escapes, classes, comments) or refuse.
_TOKENS = re.compile(
    r"(?P<escape>\\(?:(?P<reference>\d)|.))"  # \1 refers to a group (\0 is an octal: refused alike)
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"  # a class: a "(" in it is a character
    r"|\(\?\#[^)]*\)"  # a comment
    r"|(?P<refused>\(\?P=|\(\?\(|\(\?[aiLmsu-]*x)"  # a named reference, a conditional, verbose mode
    r"|(?P<capture>\((?!\?)|\(\?P<\w+>)",
    re.DOTALL,
)


def dispatched_words(terms: tuple[str, ...], flags: int) -> re.Pattern[str]:
    """whole_words of the terms' alternation, with the filter in front when one can be built."""
    body = "(?:" + "|".join(terms) + ")"
    groups = _groups(terms, flags)
    if groups is None:
        return whole_words(body, flags)
    return guarded_words(body, flags, "".join(groups), dispatch_filter(groups))


def dispatch_filter(groups: dict[str, list[str]]) -> str:
    """The zero-width filter that tries each group of terms (see _groups) at its own first characters."""
    entries = ("[" + chars + r"](?<=(?=(?:" + "|".join(members) + r"))[\s\S])" for chars, members in groups.items())
    return "(?=(?:" + "|".join(entries) + "))"


def _groups(terms: tuple[str, ...], flags: int) -> dict[str, list[str]] | None:
    """The terms without their captures by the class of their first characters, in the order met, or
    None: for a list too short to gain from a filter, for flags it is not built for, or when a term
    cannot be taken so (see _bare_term)."""
    if len(terms) < MIN_TERMS or flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
        return None
    groups: dict[str, list[str]] = {}
    for term in terms:
        known = _bare_term(term, flags)
        if known is None:
            return None
        groups.setdefault(known[0], []).append(known[1])
    return groups


@lru_cache(maxsize=4096)
def _bare_term(term: str, flags: int) -> tuple[str, str] | None:
    """The class of characters the term can start with and the term without its capturing groups, or
    None when either cannot be told for certain. Cached: lists share terms ("@name")."""
    bare = uncaptured(term)
    if bare is None or _p is None or _c is None:
        return None
    try:
        parsed = _p.parse(bare, flags)
        # 1: group 0 alone; a term without captures is its own bare term
        same = parsed.state.groups == 1 and (bare == term or _same_but_captures(_p.parse(term, flags), parsed))
    except (re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    chars = first_class(parsed) if same else None
    return None if chars is None else (chars, bare)


def uncaptured(term: str) -> str | None:
    """term with each capturing group made non-capturing, or None when it refers to a group."""
    if any(m.group("reference") or m.group("refused") for m in _TOKENS.finditer(term)):
        return None
    return _TOKENS.sub(lambda m: "(?:" if m.group("capture") else m.group(0), term)


def _same_but_captures(one: Any, other: Any) -> bool:
    try:
        return _shape(one) == _shape(other)
    except (AttributeError, TypeError, ValueError):
        return False


def _shape(seq: Any) -> list[Any]:
    """A parse with every group without flags, capturing or not, read as its content."""
    shape: list[Any] = []
    for op, av in seq.data:  # the parser's list itself: indexing the parse object item by item costs more
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            shape.extend(_shape(av[3]))
        else:
            shape.append((op, _shape_of(op, av)))
    return shape


def _shape_of(op: Any, av: Any) -> Any:
    if op is _c.SUBPATTERN:
        return av[1], av[2], _shape(av[3])
    if op is _c.BRANCH:
        return [_shape(alternative) for alternative in av[1]]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return av[0], av[1], _shape(av[2])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return av[0], _shape(av[1])
    if op is _c.ATOMIC_GROUP:
        return _shape(av)
    return av  # literals, classes, anchors; anything else holds parse objects, which compare unequal
