"""E002/E007: what a calculation leaves unwritten because the doc says it elsewhere: a multiplier stated above
("every figure below includes 3x replication"), a scale for its money ("costs in $k a month"), the rate that turns a
span into a count ("over a day (86,400 s) that's ..."), and a factor carried on from a sum ("6+3 -> x1.5"); each
beside the slip the same words still report."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Sensor archive\n\n## Requirements\n\n- Sensors upload readings; analysts query them.\n\n## Estimation\n\n"


def _slips(body: str) -> list[str]:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("unwritten", "slip"),
    [
        (
            "(every figure below includes 3x replication)\n\n- logs: 5M x 2KB -> 30 GB/day",
            "(every figure below includes 3x replication)\n\n- logs: 5M x 2KB -> 90 GB/day",
        ),
        ("Costs below in $k a month.\n\n- egress: 120 TB at $0.05/GB = 6", "- egress: 120 TB at $0.05/GB = $60k"),
        (
            "Over a day (about 8.64 × 10^4 seconds) that's 4.3 × 10^9 reads.",
            "A day is 24 h × 3600 = 8,640 s.",
        ),
        ("- 300 TB logical\n- erasure coding 6+3 -> x1.5 -> ~450 TB raw", "- 200 GB/day -> x 365 = 7.3 TB/year"),
    ],
)
def test_what_the_doc_says_elsewhere_is_no_slip(unwritten: str, slip: str) -> None:
    assert _slips(unwritten) == []
    assert _slips(slip) != []


def test_a_power_of_ten_said_elsewhere_still_leaves_a_dropped_zero_a_slip() -> None:
    assert _slips("(peak is 10x the average)\n\n- logs: 5M x 2KB -> 100 GB/day") != []
