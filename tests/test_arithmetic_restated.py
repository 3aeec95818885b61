"""E002/E007: results restated in the ways notes and posts write them: "-> ≈", ", or about", a rate with its unit
in a table's working cell, a total the same sentence gives shared out, a rate restated per another period after its
working, a month of working days; a worked term listed after a figure; and where the same words give no step."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Parcel pings\n\n## Requirements\n\n- Couriers report where they are.\n\n## Estimation\n\n"


def _slips(body: str) -> list[str]:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("- ingress: 86.4 TB / 86400s -> ≈ 1 GB/s", "- ingress: 86.4 TB / 86400s -> ≈ 10 GB/s"),
        ("State: 2M × 60 × 50 B, or about 6 GB.", "State: 2M × 60 × 50 B, or about 60 GB."),
        (
            "| Quantity | Working | Result |\n|---|---|---|\n| Per day | 10 MB/s × 86,400 s | ~864 GB |",
            "| Quantity | Working | Result |\n|---|---|---|\n| Per day | 10 MB/s × 86,400 s | ~86 GB |",
        ),
        (
            "One socket per courier, 40,000 in total; spread over 8 gateways that's ~5,000 per gateway.",
            "One socket per courier, 40,000 in total; spread over 8 gateways that's ~8,000 per gateway.",
        ),
    ],
)
def test_a_restated_result_is_checked(right: str, wrong: str) -> None:
    assert _slips(right) == []
    assert _slips(wrong) != []


@pytest.mark.parametrize(
    "other",
    [
        # another figure offered instead, not the result restated
        "State: 2M × 60 × 50 B, or 1 GB if we compress it.",
        # a total from the sentence before may be another count than the one shared out
        "So 10 million pings a day. Spread over 86,400 seconds that's about 12 couriers online per second.",
    ],
)
def test_the_same_words_that_restate_nothing_are_no_slip(other: str) -> None:
    assert _slips(other) == []


@pytest.mark.parametrize(
    ("listed", "off"),
    [
        ("Disk: 7 × 432GB ≈ 3TB hot + 160TB/60 ≈ 2.7TB cold", "Disk: 7 × 432GB ≈ 3TB hot + 160TB/60 ≈ 27TB cold"),
        ("- egress ~2 Gbps peak + 40 TB / 86,400 s ≈ 460 MB/s for sync", "- egress ~2 Gbps peak + 40 TB / 86,400 s ≈ 46 MB/s for sync"),
    ],
)
def test_a_worked_term_after_a_figure_may_be_stated_alone(listed: str, off: str) -> None:
    # "3TB hot + 160TB/60 ≈ 2.7TB" lists the next figure after the last one; whether the sum or the new term is
    # stated, the line holds, while a result neither the sum nor the term gives is still a slip
    assert _slips(listed) == []
    assert _slips(off) != []
    assert _slips("Disk: 3TB hot + 2.7TB cold ≈ 2.7TB") != []  # a bare figure added is a sum left undone


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Me: ~400 bytes a ping, so 2M x 400B ≈ 800 MB a day, roughly 290 GB a year.",
            "Me: ~400 bytes a ping, so 2M x 400B ≈ 800 MB a day, roughly 29 GB a year.",
        ),
        ("- storage: 2M x 400B = 800 MB/day, about 24 GB/month", "- storage: 2M x 400B = 800 MB/day, about 2.4 GB/month"),
    ],
)
def test_a_result_restated_per_another_period_after_its_working_is_checked(right: str, wrong: str) -> None:
    assert _slips(right) == []
    assert _slips(wrong) != []


def test_a_day_of_business_hours_counts_its_month_in_working_days() -> None:
    # 10 business hours a day: a month is about 22 such days, $68 x 22 = $1,496
    line = "- dispatch desk: 20 terminals × 10 business hours = 200 h/day × $0.34 = $68/day, ~$1.5k/month"
    assert _slips(line) == []
    assert _slips(line.replace("~$1.5k/month", "~$15k/month")) != []
