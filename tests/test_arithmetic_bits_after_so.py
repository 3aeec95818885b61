"""E007: a byte rate restated in bits after ", so" and a word of approximation ("125 MB/s, so roughly 125 Mbps on
the wire") is checked as the conversion it states; a right one ("so roughly 1 Gbps") and a rate that goes on to
another figure ("so roughly 30% of the link") are left alone."""

from __future__ import annotations

import pytest

from conftest import lint_string


def _found(text: str) -> list[str]:
    doc = "# Kite festival alerts\n\n## Numbers\n\n" + text + "\n"
    return [f.rule_id for f in lint_string(doc, select=("E002", "E007"))]


def test_bits_said_as_bytes_after_so_are_reported() -> None:
    assert _found("1.25M pings x 100B = 125 MB/s, so roughly 125 Mbps on the wire.") == ["E007"]


@pytest.mark.parametrize(
    "text",
    [
        "1.25M pings x 100B = 125 MB/s, so roughly 1 Gbps on the wire.",
        "1.25M pings x 100B = 125 MB/s, so roughly 30% of the link.",
    ],
)
def test_a_right_restatement_or_another_figure_is_clean(text: str) -> None:
    assert _found(text) == []
