"""R006: a capital NOT opening its line or sentence names what the system is not or does not give ("- NOT a queue
for arbitrary jobs", "per-zone. NOT per-request balancing (that's the L7 tier)", "- NOT guaranteed delivery to the
browser", "- NOT built: the admin console"); a capital NOT inside a clause ("status is NOT critical data", "do NOT
retry") or before a property of the design ("- NOT shared between tenants") leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Edge purge service\n\n## Requirements\n- purge paths by prefix\n{}\n\n## Design\nA fan-out to the edges.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "- NOT a queue for arbitrary jobs",
        "- coarse. per-zone, per-TTL. NOT per-request balancing (that's the L7 tier)",
        "- NOT guaranteed delivery to the browser, the edge is best effort",
        "- NOT supported: purging by regular expression",
        "- NOT built: the admin console",
    ],
)
def test_a_capital_not_opening_its_sentence_leaves_a_part_out(line: str) -> None:
    assert not _r006(line)


@pytest.mark.parametrize(
    "line",
    [
        "- purge status is NOT critical data",
        "- edges do NOT retry a failed purge",
        "- purges are NOT retried on 4xx",
        # a property of the design opening its line, nothing it declines to give
        "- NOT shared between tenants",
        "- NOT exposed to the public internet, only the VPC",
    ],
)
def test_a_capital_not_inside_a_clause_leaves_nothing_out(line: str) -> None:
    assert _r006(line)


def test_a_capital_not_that_judges_leaves_nothing_out() -> None:
    assert _r006("- retries are rare. NOT a big deal.")
