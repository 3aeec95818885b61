"""The filter in front of a long lowered term list (designlint/termdispatch.py): the pattern with it finds
exactly what the pattern without it finds, same positions, same text, same groups, for every list."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from termtext import TERM_TEXT

from designlint import termdispatch
from designlint.doc.vocabulary import load_vocabulary, lowered_terms_pattern, plain_terms_pattern
from designlint.lowered import lower_alike, lowered_body
from designlint.termdispatch import dispatched_words, uncaptured
from designlint.termsearch import whole_words

from conftest import CORPUS, needs_corpus

VOCABULARY = load_vocabulary()
NAMES = sorted(name for name, terms in VOCABULARY.items() if lowered_terms_pattern(terms) is not None)

Found = list[tuple[int, int, str, tuple[str | None, ...]]]


def _found(pattern: re.Pattern[str], text: str) -> Found:
    return [(m.start(), m.end(), m.group(0), m.groups()) for m in pattern.finditer(text)]


def _unfiltered(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The lowered pattern as it was before the filter."""
    low = lowered_body("(?:" + "|".join(terms) + ")", 0)
    assert low is not None
    return whole_words(low, re.MULTILINE)


def _agree(fast: re.Pattern[str], slow: re.Pattern[str], text: str) -> None:
    assert _found(fast, text) == _found(slow, text), text
    for pos in range(0, len(text) + 1, 7):
        assert _found_at(fast, text, pos) == _found_at(slow, text, pos), (text, pos)


def _found_at(pattern: re.Pattern[str], text: str, pos: int) -> tuple[object, ...]:
    """What search, match and fullmatch find from pos: the lookbehinds see the text before it."""
    found = [pattern.search(text, pos), pattern.match(text, pos), pattern.fullmatch(text, pos)]
    return tuple(m and (m.span(), m.groups()) for m in found)


def _filtered_names() -> list[str]:
    return [name for name in NAMES if "(?<=(?=" in (lowered_terms_pattern(VOCABULARY[name]) or re.compile("")).pattern]


def test_the_long_lists_get_a_filter() -> None:
    """A list that loses its filter (a term this module cannot take apart) is searched about three times slower."""
    long_lists = {name for name in NAMES if len(VOCABULARY[name]) >= termdispatch.MIN_TERMS}
    assert {"dive-scaling-path", "dive-tradeoffs"} <= long_lists
    assert set(_filtered_names()) == long_lists


def test_the_filter_adds_no_group() -> None:
    for name in _filtered_names():
        fast, slow = lowered_terms_pattern(VOCABULARY[name]), _unfiltered(VOCABULARY[name])
        assert fast is not None and fast.groups == slow.groups and fast.groupindex == slow.groupindex


@needs_corpus
@pytest.mark.parametrize("name", _filtered_names())
def test_same_matches_on_every_corpus_file_and_line(name: str) -> None:
    fast, slow = lowered_terms_pattern(VOCABULARY[name]), _unfiltered(VOCABULARY[name])
    assert fast is not None
    for path in sorted(CORPUS.glob("*.md")):
        low = lower_alike(path.read_text(encoding="utf-8"))
        if low is not None:
            assert _found(fast, low) == _found(slow, low), path.name
            for line in low.split("\n"):
                assert _found(fast, line) == _found(slow, line), (path.name, line)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), text=TERM_TEXT)
def test_same_matches_on_generated_text(data: st.DataObject, text: str) -> None:
    name = data.draw(st.sampled_from(_filtered_names()))
    fast, slow = lowered_terms_pattern(VOCABULARY[name]), _unfiltered(VOCABULARY[name])
    low = lower_alike(text)
    if fast is not None and low is not None:
        _agree(fast, slow, low)


# Lists made to trip a filter that reordered terms, merged groups wrongly or kept a capture: terms whose first
# characters overlap, an earlier term that matches more ("a\w+" before "ab"), captures in later terms only,
# starts that are zero-width (lookbehinds, \b, ^), and "(" that opens no group.
CRAFTED = [
    (r"a\w+", "ab", "(x)y", r"b(c)?d", r"[a-c]x(y)?", "(ab|b)c"),
    (r"(^|(?<=[-*] ))won'?t( have)?\s*:", r"\bnot (part) of", r"(?<![\w-])(no)(n)?[- ]goals?", "won(der)"),
    (r"[(]x(y)", r"\(z(w)\)", "(?P<name>m)o", "(?#a (comment)k(i)", r"(?:p|q)(r)", r"\d+(k|m)"),
    ("(s|z)(e)", "se(?=(x))?", "kelvin", r"e(?!(x))\w", "(f(g(h)))", "b(?>ab|a)(b)"),
]
ALPHABET = [
    *"abcxyzwdkimoprsefgh1() -*:'\n",
    "won't",
    "not part of",
    "non-goals",
    "ab",
    "abc",
    "se",
    "kelvin",
    "K",
    "ſ",
]


@pytest.fixture()
def every_list(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every list long enough for a filter, and no pattern kept from before or for after."""
    monkeypatch.setattr(termdispatch, "MIN_TERMS", 1)
    lowered_terms_pattern.cache_clear()
    yield
    lowered_terms_pattern.cache_clear()


@pytest.mark.usefixtures("every_list")
@pytest.mark.parametrize("terms", CRAFTED)
def test_crafted_lists_get_a_filter(terms: tuple[str, ...]) -> None:
    pattern = dispatched_words(terms, re.MULTILINE).pattern
    assert "(?<=(?=" in pattern and re.compile(pattern).groups == whole_words("(?:" + "|".join(terms) + ")", 0).groups


@pytest.mark.usefixtures("every_list")
@settings(max_examples=400, deadline=None)
@given(terms=st.sampled_from(CRAFTED), text=st.lists(st.sampled_from(ALPHABET), max_size=25).map("".join))
def test_same_matches_on_crafted_lists(terms: tuple[str, ...], text: str) -> None:
    _agree(dispatched_words(terms, re.MULTILINE), whole_words("(?:" + "|".join(terms) + ")", re.MULTILINE), text)


@pytest.mark.usefixtures("every_list")
@settings(max_examples=300, deadline=None)
@given(terms=st.sampled_from(CRAFTED), text=st.lists(st.sampled_from(ALPHABET), max_size=25).map("".join))
def test_crafted_lists_lowered_find_what_the_case_insensitive_list_finds(terms: tuple[str, ...], text: str) -> None:
    """From the text as written ("K" the Kelvin sign, "ſ", capitals) to the lowered search and back: the same
    spans, and the same spans for each group."""
    text = text.title() if len(text) % 2 else text
    fast, low = lowered_terms_pattern(terms), lower_alike(text)
    if fast is not None and low is not None:
        plain = plain_terms_pattern(terms)
        assert [_spans(m) for m in fast.finditer(low)] == [_spans(m) for m in plain.finditer(text)]


def _spans(match: re.Match[str]) -> list[tuple[int, int]]:
    return [match.span(group) for group in range(match.re.groups + 1)]


# Pieces of terms for lists made at random: overlapping first characters, captures, zero-width starts.
PIECES = ["a", "b", "ab", "(a)", "(b|ab)", "(?:a|ba)", r"\w", "[ab]", "[^a]", "(?<=b)", r"\b", "^", "(c)?", "x*",
          "(?=a)", "(?!b)", r"\d", " ", "(a(b)?)", "a+?", "(?P<n{}>b)"]  # fmt: skip


@st.composite
def _random_terms(draw: st.DrawFn) -> tuple[str, ...]:
    terms = []
    for index in range(draw(st.integers(1, 6))):
        pieces = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4))
        terms.append("".join(pieces).replace("{}", str(index)))  # a name twice in one term: skipped below
    return tuple(terms)


@pytest.mark.usefixtures("every_list")
@settings(max_examples=500, deadline=None)
@given(terms=_random_terms(), text=st.text(alphabet="abcx1 \n", max_size=20))
def test_same_matches_on_random_lists(terms: tuple[str, ...], text: str) -> None:
    try:
        slow = whole_words("(?:" + "|".join(terms) + ")", re.MULTILINE)
    except re.error:
        return  # a named group twice and the like: not a list anyone can write
    _agree(dispatched_words(terms, re.MULTILINE), slow, text)


@pytest.mark.parametrize(
    ("term", "bare"),
    [
        ("(we|i) will", "(?:we|i) will"),
        ("(?:a)(b)", "(?:a)(?:b)"),
        ("(?P<who>we) (?<=e )x(?=y)(?!z)(?<!q)", "(?:we) (?<=e )x(?=y)(?!z)(?<!q)"),
        (r"\(a\)[(](b)", r"\(a\)[(](?:b)"),  # an escaped "(" and one in a class open no group
        (r"[]()](c)[^]](d)", r"[]()](?:c)[^]](?:d)"),  # "]" first in a class is a character
        ("(?#not (a group)(e)", "(?#not (a group)(?:e)"),
        ("(?i:x)(?-i:Y)(?>z)", "(?i:x)(?-i:Y)(?>z)"),
    ],
)
def test_captures_are_taken_out(term: str, bare: str) -> None:
    assert uncaptured(term) == bare


@pytest.mark.parametrize("term", [r"(a)\1", r"(?P<q>a)(?P=q)", "(a)?(?(1)b|c)", r"\0", "(?x: a (b) )"])
def test_terms_that_refer_to_groups_are_refused(term: str) -> None:
    assert uncaptured(term) is None


@pytest.mark.usefixtures("every_list")
@pytest.mark.parametrize(
    "terms",
    [
        ("ab", r"(a)\1"),  # a back-reference
        ("ab", "(c)?"),  # a term that can match nothing: no first characters
        ("ab", "(vs)x|vs"),  # parsed otherwise without the group (a prefix taken out of two alternatives)
    ],
)
def test_no_filter_when_a_term_is_in_doubt(terms: tuple[str, ...]) -> None:
    body = "(?:" + "|".join(terms) + ")"
    assert dispatched_words(terms, re.MULTILINE).pattern == whole_words(body, re.MULTILINE).pattern


@pytest.mark.usefixtures("every_list")
def test_no_filter_under_ignorecase() -> None:
    """A class of letters under IGNORECASE is no plain test the engine can skip on: the filter would not pay."""
    terms = ("(we|i) will", "ab")
    assert "(?<=(?=" not in dispatched_words(terms, re.IGNORECASE).pattern
