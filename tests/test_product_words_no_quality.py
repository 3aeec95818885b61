"""R003/R004: words that name a kind of product or a piece of the domain ask for no speed or uptime. "Instant
booking" is booking without approval, "instant messaging" is chat; "upload clips (<= 60s)" limits a clip's length;
"artist availability (working hours, days off)" is data the product keeps. Each leaves the doc with no target, so
the rule says the target is missing rather than asked for, or found."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Studio bookings

## Requirements

- customers book time with an artist
- {line}

## Design

- web app -> booking service -> Postgres
"""

_NO_LATENCY = "no latency target"
_NO_AVAILABILITY = "no availability target"


@pytest.mark.parametrize(
    "line",
    ["flash designs allow instant booking, no review step", "upload reference clips (<= 60s) with a request"],
)
def test_a_product_kind_or_a_clip_length_sets_no_latency(line: str) -> None:
    assert [m[: len(_NO_LATENCY)] for m in messages(_DOC.format(line=line), "R003")] == [_NO_LATENCY]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("confirmation must be instant for customers", "latency is asked for ('must be instant')"),
        ("clips < 2 s to first frame", None),
        ("video startup < 2 s at p95", None),
        ("customers get an instant booking confirmation on screen", "latency is asked for ('instant')"),
    ],
)
def test_speed_asked_for_is_still_read(line: str, said: str | None) -> None:
    found = messages(_DOC.format(line=line), "R003")
    assert found == [] if said is None else found[0].startswith(said)


def test_a_persons_availability_is_data() -> None:
    found = messages(_DOC.format(line="artist availability (working hours, days off, blocked time)"), "R004")
    assert [m[: len(_NO_AVAILABILITY)] for m in found] == [_NO_AVAILABILITY]


def test_availability_asked_for_is_still_read() -> None:
    found = messages(_DOC.format(line="availability matters more than anything"), "R004")
    assert found[0].startswith("availability is asked for")


def test_availability_in_working_hours_is_uptime() -> None:
    found = messages(_DOC.format(line="availability (working hours) matters most, nights can be down"), "R004")
    assert found[0].startswith("availability is asked for")
