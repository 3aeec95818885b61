"""R002: the non-functional part under notes' shorthand ("Non-func"), and security asked by the attack it
prevents ("codes guessable = people steal parcels", "lockout after 5 wrong tries")."""

from __future__ import annotations

from conftest import lint_string

NOTES = """Bike lockers (mock)

Reqs
- rider books a locker at a station, opens it with a code
- rider ends the booking from the app

Non-func
- never give one locker to 2 riders -> bookings strongly consistent
- opening must work when the station is offline -> availability over consistency for the door
- codes guessable = bikes stolen. 6 digits + lockout after 5 wrong tries

HLD
app -> booking api -> postgres; stations sync codes every minute
"""


def _r002(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("R002",))]


def test_a_non_func_label_heads_the_qualities_and_an_attack_named_asks_for_security() -> None:
    assert _r002(NOTES) == []


def test_without_the_attack_two_topics_stay_too_few() -> None:
    (message,) = _r002(NOTES.replace("- codes guessable = bikes stolen. 6 digits + lockout after 5 wrong tries\n", ""))
    assert "cover 2 of the usual topics (availability, consistency)" in message
