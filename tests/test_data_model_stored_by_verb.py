"""H003: the thing stored named right after the verb that stores it, four plain names or more in its brackets
("fetch forecast -> store snapshot (spot, hour, provider, kn, gust, dir)"), lays out a record, as "a row of
(series_id, timestamp, value)" does. A verb over two names, or one that writes no record, lays out none."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Kite lessons\n\n## Requirements\n- students book lessons\n- lessons move with the wind\n\n"
    "## Design\nOne web app, Postgres and a cron job.\n\n## Core flow\n\n{}\n"
)


def _h003(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("H003",)))


@pytest.mark.parametrize(
    "text",
    [
        "1. cron hourly: fetch forecast → store snapshot (spot, hour, provider, kn, gust, dir)",
        "The worker saves each decision (lesson, spot, wind, gust, verdict) before it texts anyone.",
    ],
)
def test_a_stored_thing_and_its_fields_after_the_verb_is_a_record(text: str) -> None:
    assert not _h003(text)


@pytest.mark.parametrize(
    "text",
    [
        "store it (lesson, decision)",
        "write logs (info, warn, error, debug)",
        "- store locator (map, hours, address, phone)",
        "- helps students save money (coupons, cashback, points, referrals)",
    ],
)
def test_two_names_or_a_verb_that_stores_no_record_is_none(text: str) -> None:
    assert _h003(text)
