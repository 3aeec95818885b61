"""with_next_sentence: the sentence holding each position and the one after it, found with the text's stops read
once, gives what sentence_span gives position by position (R003/R004 ask it of every quality named in a line)."""

from __future__ import annotations

import pytest

from designlint.doc.items import sentence_span, with_next_sentence

TEXTS = [
    "Latency matters. We aim for 200 ms. Availability is 99.9%.",
    "delay max. ca. 30 seconds. next one",
    "one line\nlatency second line. third.",
    "no stop at all in this latency line",
]


def _by_span(text: str, at: int) -> str:
    start, stop = sentence_span(text, at)
    return text[start : sentence_span(text, min(stop + 1, len(text)))[1]]


@pytest.mark.parametrize("text", TEXTS)
def test_each_word_start_gives_what_sentence_span_gives(text: str) -> None:
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalpha())]
    expected = list(dict.fromkeys(_by_span(text, at) for at in starts))
    assert list(dict.fromkeys(with_next_sentence(text, starts))) == expected


def test_a_sentence_named_twice_is_given_once() -> None:
    text = "latency latency latency. Then 50 ms."
    assert list(with_next_sentence(text, [0, 8, 16])) == [text]
