"""E002: machines counted from one machine's share, where the total stands a few lines up ("300 MB/s" over a day's
size and its retention, then "kafka @ ~10 MB/s per partition -> ~300 partitions"), where a word says which part of
the share counts ("2 TB usable per node -> 8 nodes"), or where a comma gives the count at a sentence's end ("At
~100k ops/s per shard, 10 shards."); a total in one unit over a share in another divides nothing."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Tower tickets\n\n## Numbers\n\n" + text + "\n", "E002")


LOGS = "- 2k hosts × 250 lines/s = 500k lines/s\n- × 400 B/line = 200 MB/s\n- /day: 200 MB/s × 86400 ≈ 17 TB\n- retain 14d → ~240 TB\n"
NODES = "- **Data:** 5B keys × 1 KB ≈ 5 TB raw.\n- **Replicated:** RF=3 → ~15 TB.\n"
SHARDS = "Me: Each of them checks in every 10 s, so 1M checks/s, 2 ops per check = 2M ops/s. At ~50k ops/s per shard, "


@pytest.mark.parametrize(
    "text",
    [
        LOGS + "- kafka @ ~10 MB/s per partition → ~200 partitions",
        NODES + "- **Nodes:** 1 TB usable per node → 5 nodes.",
        SHARDS + "4 shards.",
    ],
)
def test_a_count_off_its_total_is_an_error(text: str) -> None:
    assert len(_e002(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        LOGS + "- kafka @ ~10 MB/s per partition → ~20 partitions",
        NODES + "- **Nodes:** 1 TB usable per node → 15 nodes.",
        SHARDS + "40 shards.",
        "- full reindex of the catalogue (8 TB) at 50 MB/s per worker, 20 workers -> 8 TB / 1 GB/s ≈ 2.2 h",
    ],
)
def test_a_right_count_or_a_share_of_another_unit_is_clean(text: str) -> None:
    assert _e002(text) == []
