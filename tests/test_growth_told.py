"""D006: growth told with what the first version could not do ("a single box wont hold 2M sockets", "too much for
1 postgres"), with a size passed or a bound that held until then ("once riders passed 50k", "at 400 it wasn't"),
from one to a fleet, as a part that fills or load that ramps up, a one-item list or a heading that says it; and
the same words where nothing grows."""

from __future__ import annotations

import pytest
from test_growth_bounds import _d006

from conftest import lint_string


@pytest.mark.parametrize(
    "grows",
    [
        "Once daily orders passed about 50k we moved the oven plans onto a second cluster.",
        "A single websocket box wont hold 2M sockets, so shops connect through a hash ring of gateways.",
        "800k pings/s -> too much for 1 postgres -> partition pings by city",
        "From one planner process to a fleet, each planner owning a set of shops.",
        "At 40 shops one Postgres was fine; at 400 it wasn't, and we split the orders table by region.",
        "3) scaling\n- a print worker per region\n- shops sharded by id",
        "print queue full -> more print workers, the queue keyed by shop",
        "hot shop (5k orders at 7am) -> its orders split over 8 sub-queues",
        "a virtual waiting room in front of hot shops lets 200 orders a second through",
        "As December orders ramp up we put a replica of the menu in each region.",
        "### Going multi-region\n\nA second region in the EU, with the menu replicated to it.",
    ],
)
def test_growth_told_these_ways_puts_the_mechanism_in_the_path(grows: str) -> None:
    assert not _d006(grows)


@pytest.mark.parametrize(
    "stays",
    [
        "A single Postgres holds orders; card data is never held, the payment provider keeps it.",
        "The menu comes from one Postgres; at 40 shops it is one query per page, replicated for reads.",
        "3) printing\n- a print worker per region\n- shops sharded by id",
        "The order form is full -> show the next slot; orders are partitioned by day.",
        # no machine outgrown, the product's own scaling
        "A week of orders does not fit in one print batch, so the worker splits it by shop.",
        "Each recipe is rescaled to the loaves asked for; orders are partitioned by day.",
        # a queue that customers stand in is no crowd let in at a pace
        "Customers wait in a queue for hot bread at 7am; orders are partitioned by day.",
    ],
)
def test_the_same_words_with_nothing_growing_leave_the_path_unsaid(stays: str) -> None:
    assert _d006(stays)


SIZED = """# Bakery orders

## Requirements

- Customers order bread for pickup; bakers see the day's list.

## Scale

About 400 shops take 30 orders a day each: 12,000 orders a day, well under one order a second at the 7am peak.
Each order is a row of under 1 KB, so a year is about 4 GB; one Postgres primary holds it with room to spare.

## High-level design

One API over Postgres; a worker prints the morning list.
"""


def test_a_scale_section_before_the_design_sizes_the_load_and_grows_nothing() -> None:
    assert [f.rule_id for f in lint_string(SIZED, select=("D006",))] == ["D006"]
    # the same title after the design, over how it grows, is a scaling path
    grows = SIZED + (
        "\n## Scale\n\nPast 4,000 shops one primary is no longer enough: we move shops onto a second cluster, split "
        "by region, and route by shop id.\n"
    )
    assert [f.rule_id for f in lint_string(grows, select=("D006",))] == []


def test_a_run_of_arrow_lines_follows_from_the_line_that_leads_it() -> None:
    run = "OVEN PLANS\none bakery chain at 6am = one row, lock meltdown\n-> a queue in front\n-> the plan split into 16 sub-counters"
    assert not _d006(run)
    assert _d006(run.replace("lock meltdown", "one plan"))
