"""Lowered term patterns (designlint/lowered.py): searched without IGNORECASE on the lower-cased
text, they find exactly the spans the case-insensitive pattern finds on the text."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from termtext import TERM_TEXT

from designlint.catalogue import load_catalogue
from designlint.doc.context import Context
from designlint.doc.document import parse
from designlint.doc.vocabulary import (
    load_vocabulary,
    lowered_terms_pattern,
    plain_terms_pattern,
    split_terms_pattern,
    use_guards,
)
from designlint.lowered import lower_alike, lowered_body, lowers_alike

from conftest import CORPUS, needs_corpus

VOCABULARY = load_vocabulary()
LOWERED = sorted(name for name, terms in VOCABULARY.items() if lowered_terms_pattern(terms) is not None)
EVERY = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _agree(terms: tuple[str, ...], text: str) -> None:
    low, lowered = lower_alike(text), lowered_terms_pattern(terms)
    if low is not None and lowered is not None:
        assert _spans(lowered, low) == _spans(plain_terms_pattern(terms), text), text


def test_most_lists_are_lowered() -> None:
    assert len(LOWERED) > len(VOCABULARY) / 2
    assert {"dive-tradeoffs", "dive-failure-modes", "dive-scaling-path"} <= set(LOWERED)


def test_every_long_list_searches_lowered_at_least_in_part() -> None:
    """One term that cannot lower (a scoped flag, a word outside ASCII) must not send a long list back to
    the slow case-insensitive search: the cost of a search grows with the number of terms."""
    long_lists = [name for name, terms in VOCABULARY.items() if len(terms) >= 30]
    assert "scope-excluded" in long_lists
    assert [name for name in long_lists if split_terms_pattern(VOCABULARY[name])[0] is None] == []


@pytest.mark.parametrize("body", ["out of scope", r"(?:[^.\n]{0,9}x|\d+\s*[x×])", r"(?<![\w-])pros?\b", "(a|b)+c"])
def test_patterns_of_lower_case_letters_and_caseless_characters_are_lowered(body: str) -> None:
    assert lowers_alike(body, re.IGNORECASE)


@pytest.mark.parametrize("body", ["(?-i:GET)", "SLA", "[A-Z]x", r"(a)\1", "caf\u00e9", "[\\x00-\\x7f]", "(?x)a b"])
def test_patterns_that_need_the_real_case_are_not(body: str) -> None:
    assert not lowers_alike(body, re.IGNORECASE)


@pytest.mark.parametrize(
    ("body", "low"),
    [("SLAs?", "slas?"), ("[A-Z]x", "[a-z]x"), (r"\W+HA\b", r"\W+ha\b"), (r"\x41pi", None), ("(?-i:GET) /", None)],
)
def test_capitals_are_lowered_only_where_the_compiled_program_stays_the_same(body: str, low: str | None) -> None:
    assert lowered_body(body, 0) == low


def test_texts_lower_cases_cannot_stand_for_are_refused() -> None:
    assert lower_alike("Design \u201cSLOs\u201d") == "design \u201cslos\u201d"
    for odd in ("\u017f", "\u0130", "\u0131"):
        assert lower_alike(f"Sla{odd}") is None


def test_a_character_and_its_lower_case_are_alike_for_every_category() -> None:
    """Over every code point that lowers to one character: \\w, \\d and \\s (so word
    boundaries too) say the same of both, and a caseless character is no other's lower case."""
    pairs = [(char, char.lower()) for char in EVERY if len(char.lower()) == 1]
    for category in (r"\w", r"\d", r"\s"):
        pattern = re.compile(category)
        assert [c for c, low in pairs if bool(pattern.match(c)) != bool(pattern.match(low))] == [], category
    assert [c for c, low in pairs if low != c and low.lower() == low == low.upper()] == []
    assert re.match(r"\w", "\u03c2")  # final sigma, which lower() writes at the end of a word


@needs_corpus
@pytest.mark.parametrize("name", LOWERED)
def test_same_spans_on_every_corpus_file_and_line(name: str) -> None:
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _agree(VOCABULARY[name], text)
        for line in text.split("\n"):
            _agree(VOCABULARY[name], line)


@settings(max_examples=400, deadline=None)
@given(name=st.sampled_from(LOWERED), text=TERM_TEXT)
def test_same_spans_on_generated_text(name: str, text: str) -> None:
    _agree(VOCABULARY[name], text)


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(LOWERED), data=st.data())
def test_same_spans_on_a_term_in_odd_case(name: str, data: st.DataObject) -> None:
    word = re.sub(r"[^\w ]", "", data.draw(st.sampled_from(VOCABULARY[name])))
    swapped = data.draw(st.sampled_from([word.upper(), word.swapcase(), word.title(), word.replace("k", "\u212a")]))
    _agree(VOCABULARY[name], f"x {swapped} y {word}. 12 {swapped}")


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(sorted(VOCABULARY)), text=TERM_TEXT)
def test_context_finds_what_the_list_finds_whichever_way_it_searches(name: str, text: str) -> None:
    """Context.finds skips by needles or searches lowered (in a big run: guards on) or just
    searches (in a small one); either way it answers like a plain search."""
    ctx = Context(parse("", "doc.md"), load_catalogue(), VOCABULARY)
    found = plain_terms_pattern(VOCABULARY[name]).search(text) is not None
    for big in (True, False):
        use_guards(big)
        try:
            assert ctx.finds(name, text) == found
            assert ctx.finds(name, text, lower_alike(text)) == found
            # a list with a cased term searches its other terms lowered and that one as written: the first
            # match starts where a plain search's does
            first = plain_terms_pattern(VOCABULARY[name]).search(text)
            assert ctx.first_found(name, text, lower_alike(text)) == (first.start() if first else -1)
            assert ctx.may_hold(name, text) or not found
            assert (ctx.lowered(name) is not None) == (big and name in LOWERED)
        finally:
            use_guards(False)


def test_a_list_with_a_cased_term_searches_the_rest_lowered() -> None:
    terms = ("not (covered|included)", "(?-i:NOT)\\s*:")
    assert lowered_terms_pattern(terms) is None  # the whole list cannot be lowered
    lowered, rest = split_terms_pattern(terms)
    assert lowered is not None and rest is not None
    assert lowered.search("returns are not covered") and not lowered.search("NOT: returns")
    assert rest.search("NOT: returns") and not rest.search("not: returns")
    assert split_terms_pattern(("not covered",))[1] is None  # nothing cased: nothing searched as written


def test_a_list_with_a_term_outside_ascii_searches_the_rest_lowered() -> None:
    terms = ("left out (here|for now)", "hors du p[ée]rim[èe]tre", "au(ß|ss)erhalb des scopes")
    assert lowered_terms_pattern(terms) is None  # é and ß do not lower with the rest
    lowered, rest = split_terms_pattern(terms)
    assert lowered is not None and rest is not None
    assert lowered.search("billing is left out for now") and not lowered.search("hors du périmètre")
    assert rest.search("Hors du Périmètre : la facturation") and rest.search("AUSSERHALB DES SCOPES")
    assert not rest.search("billing is left out for now")
