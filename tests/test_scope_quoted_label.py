"""R006: words of exclusion inside a short quotation are a label or someone else's words ('an e-mail with a link
"skip this one"', 'a button "Not now"'), none of the writer's scope; the same words of the writer's own still
leave a part out."""

from __future__ import annotations

import pytest
from test_scope_proposal_refused import _r006


@pytest.mark.parametrize(
    "line",
    ['- a reminder e-mail 3 days before, with a link "skip this one"', "- the app shows a “skip this week” button"],
)
def test_a_quoted_label_leaves_nothing_out(line: str) -> None:
    assert _r006(line)


def test_the_writers_own_words_still_leave_a_part_out() -> None:
    assert not _r006("- reminders by e-mail; I skip the SMS channel for now")
