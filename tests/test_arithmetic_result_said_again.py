"""E002: a worked result said again in another unit after a comma ("300M / 20k = 15,000 s, about 2.5 hours") is a
conversion to check; an amount changed by the words after it ("500 GB per replica, about 1.5 TB with three
replicas") or another figure ("50 servers, about 20 of them in Europe") is not."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Kiln firings\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    ["Backfill: 300M rows / 20k rows/s = 15,000 s, about 2.5 hours.", "A full scan is 120 GB / 2 GB/s = 60 s, about 3 min."],
)
def test_a_wrong_restatement_is_an_error(text: str) -> None:
    assert len(_e002(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Backfill: 300M rows / 20k rows/s = 15,000 s, about 4 hours.",
        "A week is 36M × 2 KB × 7 ≈ 500 GB per replica, about 1.5 TB with three replicas.",
        "Fleet: 10 × 5 = 50 servers, about 20 of them in Europe.",
        # a share of it, a rate kept up: no restatement ("~" alone opens another figure)
        "- 2M x 1 KB = 2 GB in total, about 200 MB each node",
        "- 80k x 2 KB = 160 MB/s at peak, ~14 TB/day if sustained",
    ],
)
def test_a_right_restatement_or_another_amount_is_clean(text: str) -> None:
    assert _e002(text) == []
