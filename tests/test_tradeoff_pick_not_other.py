"""D004: terse notes set a pick against the way passed over with no comma, one word each, and give the reason after
a colon or a "!" ("push not poll: polling adds avg 0.5 s latency", "ranges not modulo! modulo = resharding moves
~everything"), the reason naming what the other way costs. That weighs a choice, as "partition by host, not URL: ..."
did. A part said not needed or not covered ("cache not needed: reads are rare"), a case handled ("user not found:
return 404") and a pick with no reason after it weigh nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# CDN purge\n\n## Requirements\n- purge a path on every edge within seconds\n\n"
    "## Design\n\nA purge API writes to a log; a fanout tier pushes to the edges.\n\n## Notes\n\n{}\n"
)


def _d004(item: str) -> bool:
    return bool(lint_string(DOC.format(item), select=("D004",)))


@pytest.mark.parametrize(
    "item",
    [
        "- push not poll: polling 300 PoPs every 1 s adds avg 0.5 s latency",
        "- ranges not modulo! modulo = resharding moves ~everything",
        "- SSE not websockets - websockets add a proxy we would have to run",
    ],
)
def test_a_pick_against_the_way_passed_over_with_a_reason_weighs_a_choice(item: str) -> None:
    assert not _d004(item)


@pytest.mark.parametrize(
    "item",
    [
        "- cache not needed: reads are rare",
        "- payments not covered: later",
        "- push not poll",
        "- user not found: return 404",
        "- tablet not online: queue orders locally",
        "- GPS not precise - fall back to cell towers",
    ],
)
def test_a_part_not_needed_or_a_bare_pick_weighs_nothing(item: str) -> None:
    assert _d004(item)
