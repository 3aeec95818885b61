"""R002: a section of the design named after a quality ("Scaling the fan-out", "Replication") is where the design
works on it, not a requirement asked for; nor is a line of the design that says what happens when a part goes
down. A quality named as a requirements heading, or as a stance in the design's words, still counts."""

from __future__ import annotations

import pytest

from conftest import lint_string

REQUIREMENTS = "# Feed\n\n## Requirements\n\n- post\n- follow\n- read the feed\n\n### Non-functional\n\n- feed p95 < 200 ms\n- 99.9% available\n\n"
DESIGN = "## High-level design\n\nclient -> api -> feed service -> redis\n\n## Deep dives\n\n"


def _topics(dive: str, requirements: str = REQUIREMENTS) -> str:
    findings = lint_string(requirements + DESIGN + dive, select=("R002",))
    return findings[0].message.split("(")[1].split(")")[0] if findings else "3+"


@pytest.mark.parametrize(
    "dive",
    [
        "### Replication\n\nEach shard has a leader and two followers; reads go to followers.\n",
        "### Late and out of order events\n\nEvents carry their own time; a window closes a minute after its end.\n",
    ],
)
def test_a_design_section_named_after_a_quality_asks_for_none(dive: str) -> None:
    assert _topics(dive) == "latency, availability"


def test_a_quality_as_a_requirements_heading_still_counts() -> None:
    requirements = REQUIREMENTS + "### Scalability\n\nThe same design must carry ten times the users.\n\n"
    assert _topics("### Ranking\n\nScore by recency.\n", requirements) == "3+"


def test_a_stance_in_the_design_still_counts() -> None:
    dive = "### Storage\n\nWe choose strong consistency for the follow graph: an unfollow must hold at once.\n"
    assert _topics(dive) == "3+"


# Notes with no requirements step: what the design's lines say of a part going down or of the copies kept is the
# design at work, not a quality asked; the line that asks ("should be near real time") still does.
NOTES = """click counting - practice notes

numbers:
- 1B clicks/day
- dashboard should be near real time

high level
click svc -> kafka -> flink -> olap store -> query svc -> dashboard

Deep dive: dedup
- query svc down -> dashboard shows error, pipeline keeps running
- raw clicks also land in s3 for the nightly batch and audits
"""


def test_design_lines_of_notes_without_requirements_ask_for_no_quality() -> None:
    findings = lint_string(NOTES, select=("R002",))
    assert [f.message.split("(")[1].split(")")[0] for f in findings] == ["latency"]


# An essay with no requirements step: what its later sections say while the design is under way (a replicated
# store, ordering kept per list, a retry with a delay) is the design at work; the paragraph that sets the problem
# asks for one quality.
ESSAY = """# What I learned building a bulk mailer

**The setting**

Customers build a campaign, pick a list and press send. Once we record that a message went out, that record must never be lost.

**The first version**

We had one queue and a pool of workers that sent as fast as they could.

**What changed**

A single queue is simple: ordering is trivial and the workers are stateless. Workers crash; a job leaves its queue only once the relay accepted it, and the send log is written to a replicated database first. A failed send goes back with a delay.
"""


def test_what_an_essay_says_once_its_design_is_under_way_asks_for_no_quality() -> None:
    findings = lint_string(ESSAY, select=("R002",))
    assert [f.message.split("(")[1].split(")")[0] for f in findings] == ["durability"]


@pytest.mark.parametrize("left", ["- later", "- skipped", "(later)", "- ran out of time"])
def test_a_section_left_for_later_takes_no_stance(left: str) -> None:
    assert _topics(f"### Ranking\n\nScore by recency.\n\n## Scalability\n\n{left}\n") == "latency, availability"
