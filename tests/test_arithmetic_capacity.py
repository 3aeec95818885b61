"""Machines counted from what one of them takes, a step an arrow carries on from the result before, and a
length of time given in another unit."""

from __future__ import annotations

import pytest

from designlint.estimate.capacity import capacity_candidates
from designlint.estimate.finder import candidates
from designlint.estimate.judge import ARITHMETIC, OK, judge
from designlint.estimate.quantity import DEFAULT_PERIODS

from conftest import lint_string


def verdicts(line: str) -> list[tuple[str, str]]:
    return [(c.source, judge(c, DEFAULT_PERIODS, 0.15).kind) for c in capacity_candidates(line, 1)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- 1.2M redis ops/s. One shard does ~100k ops/s, so ~12 shards.", OK),
        ("- 1.2M redis ops/s. One shard does ~100k ops/s, so ~8 shards.", ARITHMETIC),
        ("330k routing calls per second. If one routing node does about 5k calls a second, that's roughly 16 nodes.", ARITHMETIC),
        ("330k routing calls per second. If one routing node does about 5k calls a second, that's roughly 66 nodes.", OK),
        # more machines than the total needs is headroom, not a slip
        ("- 1.2M ops/s; a single shard handles 100k ops/s -> 20 shards", OK),
    ],
)
def test_a_count_of_machines_is_the_total_over_ones_capacity(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


@pytest.mark.parametrize(
    "line",
    [
        "One shard does 100k ops/s on our hardware.",  # no total before it
        "We run 3 shards; one shard holds 2 TB of data and a replica.",  # no count worked out after it
        # what each thing holds multiplies the count of things: the result counts no machines
        "So ~267k bin counts a day. Each bin holds ~3 SKUs on average, so ~800k scan events a day.",
    ],
)
def test_lines_without_a_total_and_a_count_are_not_read(line: str) -> None:
    assert verdicts(line) == []


def test_an_arrow_before_an_operator_carries_on_from_the_result() -> None:
    line = "- 1B / 30 days = ~33M pages/day -> / 86400 ≈ 3.8k pages/s"
    found = [(c.source, judge(c, DEFAULT_PERIODS, 0.15).kind) for c in candidates(line, 1)]
    assert ("33M pages/day / 86400 = 3.8k pages/s", ARITHMETIC) in found
    text = "# X\n\n## Estimation\n\n" + line.replace("3.8k", "386") + "\n"
    assert lint_string(text, select=("E002",)) == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- 1.1M minutes of audio/day ≈ 18k hours/day", OK),
        ("- 1.1M minutes of audio/day ≈ 11k hours/day", ARITHMETIC),
        ("- 2 hours = 120 minutes", OK),
        ("- 2 hours = 12 minutes", ARITHMETIC),
    ],
)
def test_a_length_of_time_given_in_another_unit_is_a_conversion(line: str, kind: str) -> None:
    found = [judge(c, DEFAULT_PERIODS, 0.15) for c in candidates(line, 1)]
    assert [v.kind for v in found] == [kind]
    # the message shows the length converted, never the figure with its units dropped
    assert all("120 minutes" in v.computed or "18,333" in v.computed for v in found if v.kind == ARITHMETIC)


@pytest.mark.parametrize(
    "line",
    [
        "- rollups: 10 s -> 1 min buckets, kept a year",
        "- graphs over the last 30d -> 1min or 1h points",
        "- raw points every 5s -> 1 h summaries after a week",
    ],
)
def test_a_step_to_one_unit_of_time_is_a_granularity_not_a_conversion(line: str) -> None:
    assert [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates(line, 1)] == []


def test_a_length_of_time_converted_to_one_unit_wrongly_is_still_read_the_other_way_round() -> None:
    # one unit on the left is a length converted: "1 day = 8,640 s" drops a zero
    assert [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates("- 1 day = 8,640 s", 1)] == [ARITHMETIC]


@pytest.mark.parametrize(
    ("below", "flagged"),
    [
        ("- 40k sockets per edge box → 10 edge servers", True),  # 4M / 40k is 100
        ("- 40k sockets per edge box → 100 edge servers", False),
        ("- 40k sockets per edge box → 150 edge servers", False),  # headroom
        ("- 40k requests per edge box → 10 edge servers", False),  # the line above counts no requests
    ],
)
def test_what_one_machine_takes_under_the_total_counts_the_machines(below: str, flagged: bool) -> None:
    text = f"# X\n\n## Estimation\n\n- 20% of users online at once → 4M open sockets\n{below}\n"
    findings = lint_string(text, select=("E002",))
    assert [f.rule_id for f in findings] == (["E002"] if flagged else [])
    if flagged:
        assert findings[0].message.startswith("4M / 40k evaluates to 100, stated 10 edge servers")


@pytest.mark.parametrize(
    ("below", "flagged"),
    [
        ("- columnar + zstd ~10x → 1.46TB/yr on disk", True),  # 146 TB / 10 is 14.6 TB
        ("- columnar + zstd ~10x → 14.6TB/yr on disk", False),
        ("- replicated 3x → 438TB/yr", False),  # a factor that is no compression: another reading's business
    ],
)
def test_an_amount_shrunk_by_a_compression_ratio_on_the_line_below_is_checked(below: str, flagged: bool) -> None:
    text = f"# X\n\n## Estimation\n\n- ~200B/event raw → 400GB/day → 146TB/yr raw\n{below}\n"
    findings = lint_string(text, select=("E002",))
    assert [f.rule_id for f in findings] == (["E002"] if flagged else [])


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Peak is 2M reads/s and a node does about 150k/s, so ~14 nodes.", OK),
        ("Peak is 2M reads/s and a node does about 150k/s, so ~130 nodes.", ARITHMETIC),
        ("2M conns and a box holds 50k, so 4 boxes", ARITHMETIC),
    ],
)
def test_what_a_machine_takes_said_with_a_bare_article_counts_machines(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


def test_what_a_person_does_said_with_a_bare_article_counts_no_machines() -> None:
    assert verdicts("10M users and a user does 5 requests a day, so 50M requests") == []
