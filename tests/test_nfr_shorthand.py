"""R002: qualities asked in a cheat sheet's shorthand: a write kept in several places before the sender is told
("stored on 3 replicas b4 we send 250 OK"), a consistency model in brackets ("(eventual)"), access rules and a
mailbox's defences by name ("RBAC", "SPF/DKIM", "phishing"), a footprint kept low or a bill avoided, a load to
carry written with a slash ("bursts up to 50k/s"). Beside each, the same words asking for nothing."""

from __future__ import annotations

import pytest
from test_nfr_growth import _r002

DOC = (
    "# Mail relay\n\n## Requirements\n\n- Accept mail for our domains; users read it in a web app.\n\nNFRs\n\n{nfrs}\n"
)


@pytest.mark.parametrize(
    "ask",
    [
        "mail accepted = stored on 3 replicas b4 we send 250 OK",
        "a rule change reaches every relay < 30s (eventual)",
        "who can change routing -> RBAC, per team",
        "spam/phishing filtering on inbound",
        "keep mobile data usage low",
        "dont pay to store the same attachment twice",
        "handle 2B messages/day, bursts up to 50k/s",
    ],
)
def test_a_quality_asked_in_shorthand_counts(ask: str) -> None:
    assert _r002(DOC.format(nfrs=f"- {ask}\n- inbox list loads in under 300 ms\n- 99.9% uptime")) == []


@pytest.mark.parametrize(
    "not_asked",
    [
        "mail stored in folders the user names",
        "a rule (draft) reaches every relay",
        "users pay to keep attachments for a year",
        "attachments handled in the background",
    ],
)
def test_the_same_words_asking_nothing_count_nothing(not_asked: str) -> None:
    (message,) = _r002(DOC.format(nfrs=f"- {not_asked}\n- inbox list loads in under 300 ms\n- 99.9% uptime"))
    assert "cover 2 of" in message
