"""A transcript's "Go into it." after the numbers asks for a dive, and a bare "Which?" (or "Why?") inside a dive asks
the candidate to go on in the same one: the options laid out before it and the pick after it make one dive that
weighs them (no D003 for a dive with no decision, no D004). Outside a dive a short question may still open one."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Mock interview: canal lock passages

Interviewer: Design booking for passages through a flight of canal locks.

Me: Questions first. Who books, and how far ahead?

Interviewer: Boaters, up to a week ahead. Each lock passes one boat every 20 minutes.

Me: So the features: book a passage slot, see free slots, keepers see the day's list, cancel up to a day before.

Interviewer: Numbers?

Me: 30 locks, 36 slots a day each, about 1,000 slots a day. Tiny. On bank holidays maybe 2,000 people try at 9am.

Interviewer: Go into it.

Me: Taking a slot is the hard part. Option one is the database: a conditional update on the slot row that only
succeeds if it is still free. Option two is a counter in Redis with a script, written to the database later.

Interviewer: {follow_up}

Me: I would pick the database row. Redis would be faster, but then I have two sources of truth and must reconcile them after a
restart, so no: one conditional update, and a waiting room in front on bank holidays.

Interviewer: What if the payment provider is down?

Me: The hold expires and the slot goes back; on bank holidays I extend holds by five minutes and show a banner.
"""


def _found(follow_up: str) -> list[tuple[str, int]]:
    found = lint_string(DOC.format(follow_up=follow_up), select=("D003", "D004"))
    return [(f.rule_id, f.line) for f in found]


def test_the_pick_after_which_belongs_to_the_dive_that_laid_out_the_options() -> None:
    assert _found("Which?") == []
    assert _found("Why?") == []
