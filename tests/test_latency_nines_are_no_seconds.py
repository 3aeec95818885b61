"""R003: a count of nines ("durability 11 9s", "availability 4 9s", "five 9s") is availability or durability;
its "9s" is no nine seconds, so it sets no latency target beside a "fast" on the same line. Nine seconds after a
percentile ("p99 9s at most") still are a target."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Blob store\n\n## Requirements\n- store and read blobs\n{}\n\n## Design\nOne service.\n"


def _r003(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R003",)))


@pytest.mark.parametrize(
    "line",
    [
        "- NFR: durability 11 9s; reads as fast as the plain store; writes can be slower",
        "- availability 4 9s, reads must be fast",
        "- five 9s and search should be fast",
    ],
)
def test_a_count_of_nines_sets_no_latency_target(line: str) -> None:
    assert _r003(line)


@pytest.mark.parametrize("line", ["- reads fast: p99 9s at most", "- search must be fast, under 9s"])
def test_nine_seconds_written_as_a_bound_still_are_a_target(line: str) -> None:
    assert not _r003(line)
