"""R002: keeping people's data from those who should not see it is a stance on security, wherever the doc takes it
("privacy", "GDPR", "no PII in the logs", "templates avoid leaking procedure notes", "strip EXIF location"), as is
keeping card data out ("we never touch card details", "PCI"), as annotators count it. A doc that names none of it
is not credited with security."""

from __future__ import annotations

import pytest

from conftest import messages

_NOTES = """# Clinic reminders - practice notes

reqs
- send a reminder 24h before each appointment
- patient can confirm or cancel by reply
- must be fast to send, within ~5 min of schedule
- never lose a reply

design
- scheduler -> queue -> sender -> SMS provider
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "templates use variables only, so a text never leaks procedure notes",
        "patient photos: strip EXIF location before storing",
        "no PII in logs, phone numbers hashed",
        "data stays in the EU for GDPR",
        "checkout is the provider's hosted page, so we never touch card details",
        "PCI: no raw card numbers in our database",
    ],
)
def test_a_privacy_stance_counts_for_security(line: str) -> None:
    assert messages(_NOTES.format(line=line), "R002") == []


def test_without_it_security_is_missing() -> None:
    found = messages(_NOTES.format(line="replies are matched to the appointment by phone number"), "R002")
    assert len(found) == 1 and "security" in found[0].rpartition("need for:")[2]
