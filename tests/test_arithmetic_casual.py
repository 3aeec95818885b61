"""Steps practice notes state without a sign: a rate restated after words that mean "that is", a cadence with
its result after "so about", a span kept in short form or spelled out, a total shared out among machines, and
a sentence wrapped mid-calculation. Each is checked right and with a slip, so the reading is shown to work
both ways."""

from __future__ import annotations

import pytest

from conftest import lint_string


def _flags(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(f"# X\n\n## Estimation\n\n{text}\n", select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("right", "slip"),
    [
        # a rate restated in another period after words of equivalence
        ("- 90M uploads/day, which works out to ~1k/s", "- 90M uploads/day, which works out to ~10k/s"),
        ("- 90M uploads/day, averaging about 1,040/s", "- 90M uploads/day, averaging about 104/s"),
        # things acting on a clock, the result after "so about"
        (
            "- 60M devices, each reports every 20 s, so about 3M reports per second",
            "- 60M devices, each reports every 20 s, so about 300k reports per second",
        ),
        # a daily amount kept for a span written the short way
        ("- 120 GB/day\n- retain 90d -> ~10.8 TB", "- 120 GB/day\n- retain 90d -> ~1.1 TB"),
        # ... or spelled out, in the sentence after, with "that's around"
        (
            "We write about 2 GB a day. Over five years that's around 3.6 TB.",
            "We write about 2 GB a day. Over five years that's around 360 GB.",
        ),
        # a total shared out among machines
        (
            "- 240k lookups/s spread over 12 shards is about 20k lookups/s per shard",
            "- 240k lookups/s spread over 12 shards is about 2k lookups/s per shard",
        ),
        # a sentence wrapped between a rate and its restatement
        (
            "Checkout adds 45M orders/day,\nwhich averages out to ~520/s at the database.",
            "Checkout adds 45M orders/day,\nwhich averages out to ~5,200/s at the database.",
        ),
    ],
)
def test_a_step_stated_in_words_is_checked(right: str, slip: str) -> None:
    assert _flags(right) == []
    assert _flags(slip) == ["E002"]


def test_each_thing_acting_on_a_clock_is_a_rate_not_a_product() -> None:
    # "each ... every 20 s" divides by the span; read as a product, the right figure here was called wrong
    assert _flags("- 60M devices, each reports every 20 s, so about 3M reports per second") == []
    assert _flags("- 300 stores, each open 12 hours a day = 3,600 store-hours") == []


def test_a_span_of_time_shared_out_is_no_count_of_machines() -> None:
    # over hours is a window of time (read elsewhere as a rate), not 2 machines
    assert _flags("- 36 GB spread over 2 hours is about 5 MB/s") == []


def test_a_span_kept_takes_the_result_right_after_its_own_sign() -> None:
    # the line below keeps the day's amount for 15 days (~120 GB) and then doubles it for a replica: the 240 GB
    # after the second sign is not the keeping's result
    kept = "- ~7.9 GB/day\n- 15 d retention -> ~120 GB per replica, x2 ≈ 240 GB"
    assert _flags(kept) == []
