"""A "<" bound and an arrow on one line ("target <150ms teacher -> student") hold no HTML tag: the text between
them is kept, so the bound's figure is read. A tag opens with a letter, "/", "!" or "?" after its "<", as
CommonMark reads raw HTML, and is still taken out ("<b>fast</b>")."""

from __future__ import annotations

import pytest

from designlint.doc.headings import strip_markup

from conftest import lint_string

DOC = "# Whiteboard\n\n## Requirements\n- realtime: everyone sees strokes as they happen\n{}\n\n## Design\nOne service.\n"


def _r003(line: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(line), select=("R003",))]


@pytest.mark.parametrize(
    "line",
    ["- low latency, target <150ms teacher -> student", "- latency <200ms p99 for draw -> visible on other screens"],
)
def test_a_bound_before_an_arrow_keeps_its_figure(line: str) -> None:
    assert _r003(line) == []


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("reads must be <b>fast</b>", "reads must be fast"),
        ("see <https://example.org> and <!-- note -->", "see  and "),
        ("p99 < 200 ms, client -> api", "p99 < 200 ms, client -> api"),
        ("target <150ms client -> server", "target <150ms client -> server"),
    ],
)
def test_only_what_opens_as_a_tag_is_taken_out(marked: str, plain: str) -> None:
    assert strip_markup(marked) == plain
