"""R006: a proposal to leave a part out that the interviewer turns down leaves nothing out; one the interviewer
lets go ("no worries", "sure") still does."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Home thermostat fleet\n\n## Requirements\n\n- Owners set a schedule; devices report temperature.\n\n"


def _r006(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("R006",))] == ["R006"]


@pytest.mark.parametrize(
    "turned_down",
    [
        "Me: Can I leave out the firmware rollout?\nInterviewer: No, the rollout to a million devices is the point.",
        "Candidate: Could we skip the energy reports?\nInterviewer: Nope, product wants them in v1.",
        "Me: Can I drop the vacation mode?\nInterviewer: Not really, it's a headline feature.",
    ],
)
def test_a_proposal_turned_down_leaves_nothing_out(turned_down: str) -> None:
    assert _r006(turned_down)


@pytest.mark.parametrize(
    "let_go",
    [
        "Me: Can I leave out the firmware rollout?\nInterviewer: No worries, go ahead.",
        "Me: Can I drop the vacation mode?\nInterviewer: Sure, drop it.",
        "Me: Could we skip the energy reports?\nInterviewer: No problem.",
    ],
)
def test_a_proposal_let_go_leaves_the_part_out(let_go: str) -> None:
    assert not _r006(let_go)


def test_nothing_left_out_is_said_by_either_speaker() -> None:
    from designlint.doc.dialogue import keeps_all

    assert keeps_all("Interviewer: No, I want to see that.")
    assert keeps_all("Me: Not really, all of it matters.")
    assert not keeps_all("Interviewer: No worries.")
    assert not keeps_all("Interviewer: Sure.")
