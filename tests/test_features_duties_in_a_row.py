"""R001: an essay that states the job in one sentence of the system's duties in a row ("the system has to work
out when a pass lapses, remind the holder a week ahead, let them renew with one tap, and stop once they do")
lists its features there; one duty, or qualities in a row ("has to be fast, stay up and cost little"), do not."""

from __future__ import annotations

import pytest

from conftest import messages

ESSAY = """# The season pass reminder that kept nagging

I spent a spring on the ticketing side of a football club with about 40,000 season ticket holders.

{job}

I'm leaving out the turnstiles and anything about away tickets.

**How much work is this?**

40,000 passes renewing over a six-week window is about 1,000 a day, a rounding error for one Postgres.

**The one table**

```
reminder
  id        uuid
  pass_id   text
  due_on    date
  sent_at   timestamptz
```

A job runs every ten minutes, picks the rows whose send time has passed, and hands them to the SMS provider.
"""


def test_duties_in_a_row_list_the_features() -> None:
    job = (
        "The job, stated plainly, is this. For every season pass, the system has to work out when it lapses, "
        "remind the holder a week ahead by the channel they picked (SMS, app push or email), let them renew with "
        "one tap, and stop nagging once they renew or opt out."
    )
    assert messages(ESSAY.format(job=job), "R001") == []


@pytest.mark.parametrize(
    "job",
    [
        "For every season pass, the system has to remind the holder a week before it lapses.",
        "For every season pass, the system has to be fast, stay up on the first day of sales, and cost little.",
    ],
)
def test_one_duty_or_qualities_in_a_row_list_none(job: str) -> None:
    assert messages(ESSAY.format(job=job), "R001")
