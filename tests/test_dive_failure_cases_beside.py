"""D001: a section titled for how the system fails, alone or beside another word ("Offline / failure", "Failures &
recovery"), whose lines each label a case ("net down: ...", "printer jam: ...") is one dive into failure, not a
tour of topics one line each. The same short labelled lines under a title that names no failure ("Gotchas") are
still a tour."""

from __future__ import annotations

import pytest

from conftest import messages

_CASES = (
    "- net down: kiosk uses cached invites, queues check-ins locally, encrypted\n"
    "- walk-ins while offline: allow, but mark unverified, reception sees them on reconnect\n"
    "- notify fails: retry with backoff; after 2 min with no ack reception calls the host\n"
    "- printer jam: kiosk tells the visitor to go to reception, which prints the badge\n"
    "- double tap: same visit id, deduplicated on the server\n"
)


def _doc(title: str) -> str:
    return (
        "# Visitor kiosk\n\n## Reqs\n- visitors check in on a kiosk\n- hosts get notified\n\n"
        "## Components\n- kiosk app -> api -> postgres; notifier on a queue\n\n"
        "## Badge printing\nBadges print on the kiosk itself rather than at reception, because a visitor who walks "
        "to a desk is the queue we are removing; the cost is a printer per kiosk and paper runs, which the office "
        "refills daily. A badge carries a QR code that the exit turnstile scans to check the visitor out.\n\n"
        f"## {title}\n{_CASES}"
    )


@pytest.mark.parametrize("title", ["Offline / failure", "Failures & recovery", "Outages + failures"])
def test_failure_cases_under_a_failure_title_are_one_dive(title: str) -> None:
    assert not any("deep dives found: 1" in m for m in messages(_doc(title), "D001"))


def test_the_same_lines_under_gotchas_are_a_tour() -> None:
    assert any("deep dives found: 1" in m for m in messages(_doc("Gotchas"), "D001"))


def test_a_tour_titled_with_a_failure_word_beside_and_is_still_a_tour() -> None:
    """ "Monitoring and reliability" names two topics; its one-line points are a tour, as under "Gotchas"."""
    text = _doc("Monitoring and reliability").replace(
        _CASES, "- metrics\n- logs\n- alerts on error rate\n- dashboards\n"
    )
    assert any("deep dives found: 1" in m for m in messages(text, "D001"))
