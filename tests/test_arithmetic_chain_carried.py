"""E002 on a chain whose middle step carries the working's result on to the next factor ("5k x 20k = 100m orders x
120 B = 12 GB"): the figure the step opens on is the result of the working before it, and is checked against it.
A step that writes the same product another way, an arrow that opens a new working on a figure said before, and a
size or rate whose unit the working left unsaid are not read so."""

from __future__ import annotations

import pytest

from conftest import lint_string


def _slips(line: str) -> list[str]:
    text = f"# Exchange\n\n## Estimation\n\n- {line}\n"
    return [f.message for f in lint_string(text, select=("E002", "E007"))]


@pytest.mark.parametrize(
    "line",
    [
        "resting book: 5k symbols x ~20k resting orders = 10m orders x 120B = 1.2GB",
        "1M users x 10 = 1M posts x 1 KB = 1 GB",
        "40k shops x 300 = 1.2m products x 2 KB = 2.4 GB",
        # a size carried on by a step said in words, its own result after a comma
        "Each record maybe 500 bytes. 400k times 500 bytes is 2 GB a day. Times 365, ~730 GB a year.",
    ],
)
def test_a_carried_figure_the_working_does_not_give_is_a_slip(line: str) -> None:
    assert _slips(line)


@pytest.mark.parametrize(
    "line",
    [
        "resting book: 5k symbols x ~20k resting orders = 100m orders x 120B = 12GB",
        "40k shops x 300 = 12m products x 2 KB = 24 GB",
        "2 x 6 = 3 x 4 = 12",
        "1 song, all encodings: 240 s * (96+160+320) kbps = 240*576 kb ≈ 138 Mb ≈ 17 MB",
        "GPS: average trip 20 min at 1 point / 4 s → 300 points × 32 B ≈ 9.6 KB/trip",
        "5 million a second times 16 is 80 MB/s, times 86,400 seconds is roughly 6.9 TB a day",
        "Each record maybe 500 bytes. 400k times 500 bytes is 200 MB a day. Times 365, ~73 GB a year.",
    ],
)
def test_a_right_chain_a_rewrite_or_a_new_working_is_no_slip(line: str) -> None:
    assert _slips(line) == []
