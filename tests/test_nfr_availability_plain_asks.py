"""R002: availability asked in plain words counts as the topic: the service asked to work anywhere, with the adverb
where second-language writers put it ("Must work also without internet", "the hall desk must work always"), or an
outage said to be bearable with its length ("archive down for an hour = fine"). A part said to be down, with nothing
said of bearing it, is no stance."""

from __future__ import annotations

import pytest

from conftest import nfr_unmet

DOC = """# Blood donation session check-in

## Requirements

- Donors check in at the desk and get a number; the nurse calls the next number.
- Phone numbers are deleted at the end of the day (data protection).
- {ask}
"""


def _missing(ask: str) -> str:
    return nfr_unmet(DOC.format(ask=ask))


@pytest.mark.parametrize(
    "ask",
    [
        "Must work also without internet in the hall.",
        "The desk inside the hall must work always; the text messages may come late.",
        "Reports down for an hour = fine, nobody waits on them.",
        "The history page offline for a day is ok.",
    ],
)
def test_availability_asked_in_plain_words_is_the_topic(ask: str) -> None:
    assert "availability" not in _missing(ask)


@pytest.mark.parametrize(
    "ask",
    [
        "The nurse works without a printer.",
        "When the reports page was down for an hour last year, the nurses used paper.",
    ],
)
def test_a_part_down_or_work_done_is_no_stance(ask: str) -> None:
    assert "availability" in _missing(ask)
