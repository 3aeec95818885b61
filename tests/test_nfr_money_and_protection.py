"""R002: money named as what a choice spends, in notes' words ("sms costs money so opt in only", "fewer sms $$", "the
sms bill hits before infra does", "RFID costs real money per tag"), is a stance on cost; "because of data
protection" and a code derived from a keyed hash with a secret key are stances on security, wherever the doc takes
them. Money or keys named for something else ("the cost of a booking", "the key of the map") are not."""

from __future__ import annotations

import pytest

from conftest import messages

_NOTES = """# Plant care reminders - practice notes

reqs
- user adds plants, gets a reminder when one needs water
- reminders by push, email or sms
- must be fast to open the app

design
- scheduler -> digest builder -> sender
- {line}
"""


def _missing(line: str) -> str:
    found = messages(_NOTES.format(line=line), "R002")
    assert len(found) == 1
    return found[0].rpartition("need for:")[2]


@pytest.mark.parametrize(
    "line",
    [
        "sms costs money so opt in only",
        "one digest a day: less annoying and fewer sms $$",
        "honestly the sms bill hits before infra does",
        "RFID costs real money per tag, so barcodes first",
    ],
)
def test_money_a_choice_spends_is_a_cost_stance(line: str) -> None:
    assert "cost" not in _missing(line)


@pytest.mark.parametrize(
    "line",
    [
        "the reminder shows the plant's name only, never the owner's, because of data protection",
        "unsubscribe links carry a keyed hash of the user id, so nobody can forge one",
        "each store's tablet signs its uploads with a secret key",
    ],
)
def test_protection_and_keys_are_a_security_stance(line: str) -> None:
    assert "security" not in _missing(line)


@pytest.mark.parametrize("line", ["the plant's key in the map is its id", "each reminder records the cost of watering"])
def test_keys_and_costs_of_something_else_are_no_stance(line: str) -> None:
    missing = _missing(line)
    assert "cost" in missing and "security" in missing
