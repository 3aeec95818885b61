"""R006: words of scope used for the design's own mechanisms or its users leave nothing out: SQL's "FOR UPDATE SKIP
LOCKED", a store that is "append only", readers who post "(logged in only)", items people "keep skipping". The same
words deciding the scope ("skip the payments part", "guests only, no accounts") still do."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Comment moderation queue\n\n## Requirements\n- moderators claim flagged comments\n{}\n\n## Design\nA queue table.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    [
        "- claim: SELECT ... FOR UPDATE SKIP LOCKED ORDER BY priority LIMIT 10",
        "- audit log: append only, who + when + why",
        "- readers post comments on articles (logged in only)",
        "- after 3 attempts escalate (a hard item people keep skipping)",
    ],
)
def test_scope_words_for_a_mechanism_or_users_leave_nothing_out(line: str) -> None:
    assert _r006(line)


@pytest.mark.parametrize("line", ["- skip the payments part", "- guests only, no accounts"])
def test_scope_words_that_decide_the_scope_still_narrow_it(line: str) -> None:
    assert not _r006(line)
