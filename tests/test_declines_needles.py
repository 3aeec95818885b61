"""The scope shapes (checks/declines.py) are searched only on lines that hold one of each shape's needles: the
filter must never hide a line a shape finds, and every shape must have one (else it searches every line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designlint.checks.declines import _LISTS, _shaped, _shapes
from designlint.doc.vocabulary import load_vocabulary
from designlint.lowered import lower_alike

from conftest import CORPUS, needs_corpus

VOCABULARY = load_vocabulary()
SHAPES = _shapes(*(VOCABULARY[name] for name in _LISTS))
ROOT = Path(__file__).resolve().parent.parent
OWN_TEXT = sorted([*ROOT.glob("examples/**/*.md"), *ROOT.glob("tests/**/*.md")])


def _plain(line: str) -> bool:
    return any(shape.search(line) for _, shape in SHAPES)


def _agree_on(paths: list[Path]) -> int:
    found = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            assert _shaped(SHAPES, line, lower_alike(line)) == _plain(line), (path.name, line)
            found += _plain(line)
    return found


def test_every_shape_has_needles() -> None:
    assert all(needed for needed, _ in SHAPES)


@pytest.mark.parametrize(
    "line",
    [
        "We are not going to design spell correction here.",
        "Can I drop the co-editing piece?",
        "Offline editing is NOT in v1",
        "I'M NOT TOUCHING IMAGE FILTERS",
        "Driver onboarding I'd keep out.",
        "\u017fcope: we deliberately didn't tackle matchmaking",  # a long s folds to "s" under IGNORECASE
    ],
)
def test_a_declining_line_passes_the_filter(line: str) -> None:
    assert _plain(line) and _shaped(SHAPES, line, lower_alike(line))


def test_same_verdict_on_every_line_of_the_projects_own_text() -> None:
    assert _agree_on(OWN_TEXT) > 0  # some lines decline, so the filter was tested on both answers


@needs_corpus
def test_same_verdict_on_every_corpus_line() -> None:
    _agree_on(sorted(CORPUS.glob("*.md")))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["we", "I", "not", "won't", "design", "here", "for now", "out", "keep", "aside",
                                  "can", "drop", "?", "is", "this", "doc", "K", "\u017f"]), max_size=12))
def test_same_verdict_on_generated_lines(words: list[str]) -> None:
    line = " ".join(words)
    assert _shaped(SHAPES, line, lower_alike(line)) == _plain(line)
