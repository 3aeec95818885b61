"""R006: a part scoped out ("Can we scope those out?", "I'd scope the energy reports out"), and the interviewer
declining for the writer ("she told me not to worry about geofencing"), leave a part out; scope in another sense
("OAuth scopes", "scope of a variable") and a person told not to do something in the product leave nothing out."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "left_out",
    [
        "Interviewer: What about energy reports?\nMe: Can we scope those out? I want the time on schedules.\n"
        "Interviewer: Sure.",
        "I'd scope the energy reports out and keep to schedules and readings.",
        "The interviewer told me not to worry about geofencing, so I didn't.",
    ],
)
def test_a_part_scoped_out_or_declined_by_the_interviewer_is_left_out(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "nothing_out",
    [
        "Tokens carry OAuth scopes: read:schedule and write:schedule.",
        "The app told me not to open the window while heating, which was a nice touch.",
    ],
)
def test_scope_in_another_sense_or_advice_in_the_product_leaves_nothing_out(nothing_out: str) -> None:
    assert _r006(nothing_out)
