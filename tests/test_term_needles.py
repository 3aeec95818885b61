"""Needles (designlint/termsearch.py): a text without any of a term list's needles cannot
match the list, so checks may pass it over without running the pattern."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from termtext import TERM_TEXT

from designlint.catalogue import Entry, load_catalogue
from designlint.doc.cues import any_of
from designlint.doc.vocabulary import load_vocabulary, plain_terms_pattern
from designlint.termsearch import FOLD_APART, may_hold, needles

from conftest import CORPUS, needs_corpus

VOCABULARY = load_vocabulary()
NAMES = sorted(VOCABULARY)


def _sound(terms: tuple[str, ...], text: str) -> None:
    if plain_terms_pattern(terms).search(text):
        assert may_hold(terms, text), text


@pytest.mark.parametrize(
    ("terms", "found"),
    [
        (("out of scope",), ("out of scope",)),
        (("(a|b) long tail",), (" long tail",)),  # the longest run of literals the match must consume
        (("(latency|delay) (is )?ok",), ("latency", "delay")),  # one needle per alternative
        (("(?-i:CAP)( theorem)?",), ("cap",)),  # a case-sensitive literal is looked for case aside
        (("Fan[- ]?out", "hot keys?"), ("fan", "hot key")),
    ],
)
def test_needles_of_known_shapes(terms: tuple[str, ...], found: tuple[str, ...]) -> None:
    assert needles(terms, re.IGNORECASE) == found


@pytest.mark.parametrize("terms", [("x?",), ("ok", r"\d+"), ("[ab]c?",), (r"\w+",)])
def test_no_needles_when_a_term_has_none(terms: tuple[str, ...]) -> None:
    assert needles(terms, re.IGNORECASE) is None
    assert may_hold(terms, "nothing alike")


def test_letters_that_lower_does_not_fold_make_the_text_searched_in_full() -> None:
    """ſ matches s under IGNORECASE, and lower() keeps it apart; K lowers to k."""
    assert plain_terms_pattern(("sla",)).search("the \u017fla") and may_hold(("sla",), "the \u017fla")
    assert plain_terms_pattern(("kafka",)).search("\u212aafka") and may_hold(("kafka",), "\u212aafka")
    assert not may_hold(("sla",), "the \u201cSLO\u201d")  # other text beyond ASCII is passed over as well


def test_only_the_letters_kept_apart_match_an_ascii_character_without_lowering_to_it() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for code in range(0x20, 0x7F):
        for found in re.finditer(re.escape(chr(code)), every, re.IGNORECASE):
            char = found.group(0)
            assert char.lower() == chr(code).lower() or char in FOLD_APART, (chr(code), char)


@needs_corpus
@pytest.mark.parametrize("name", NAMES)
def test_no_corpus_line_that_matches_is_passed_over(name: str) -> None:
    for path in sorted(CORPUS.glob("*.md")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            _sound(VOCABULARY[name], line)


@settings(max_examples=400, deadline=None)
@given(name=st.sampled_from(NAMES), text=TERM_TEXT)
def test_no_generated_text_that_matches_is_passed_over(name: str, text: str) -> None:
    _sound(VOCABULARY[name], text)


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(NAMES), data=st.data())
def test_each_term_written_out_is_never_passed_over(name: str, data: st.DataObject) -> None:
    term = data.draw(st.sampled_from(VOCABULARY[name]))
    word = re.sub(r"[^\w ]", "", term)
    odd = [
        word.replace("s", "\u017f"),
        word.upper().replace("I", "\u0130"),
        word.replace("i", "\u0131"),
        word.replace("k", "\u212a"),
    ]
    text = data.draw(st.sampled_from([word, word.upper(), word.title(), *odd]))
    _sound(VOCABULARY[name], f"so {text} here")


CUES = [entry for entry in [*load_catalogue().steps(), *load_catalogue().parts()] if entry.content]


@needs_corpus
@pytest.mark.parametrize("entry", CUES, ids=lambda entry: entry.id)
def test_no_corpus_line_with_a_content_cue_is_passed_over(entry: Entry) -> None:
    """The outline passes over a block without the needles of a step's or part's content cues."""
    assert needles(entry.content, re.IGNORECASE) is not None
    search = any_of(entry.content).search
    for path in sorted(CORPUS.glob("*.md")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if search(line):
                assert may_hold(entry.content, line), line
