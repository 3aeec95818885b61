"""R003/R004 in an interview: a question that names the quality ("What's the latency target for a user?") is
answered in the next turn, where the figure stands ("Me: p95 under, I'd say, 30 seconds"). An answer with no bound
or share ("we batch every 5 minutes") still sets no target."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Photo moderation, mock interview\n\n## Requirements\n\n"
    "Interviewer: Users upload profile photos and we check them before they show.\n\n"
    "Me: So upload, an automated check, and a human queue for the grey zone.\n\n"
    "## Design\n\nUpload service, a queue, classifier workers and a review tool.\n\n"
    "Interviewer: {question}\n\nMe: {answer}\n"
)


def _rules(question: str, answer: str) -> list[str]:
    found = lint_string(DOC.format(question=question, answer=answer), select=("R003", "R004"))
    return sorted(f.rule_id for f in found)


@pytest.mark.parametrize(
    ("question", "answer", "rule"),
    [
        ("What's the latency target for a user?", "Automated decision p95 under, I'd say, 30 seconds.", "R003"),
        ("And the latency you need?", "Under 2 seconds for the decision, end to end.", "R003"),
        ("What availability do you need for uploads?", "99.9% is plenty, it is not payments.", "R004"),
    ],
)
def test_the_figure_in_the_answer_sets_the_target(question: str, answer: str, rule: str) -> None:
    assert rule not in _rules(question, answer)


def test_an_answer_with_no_bound_sets_no_target() -> None:
    assert "R003" in _rules("What about latency?", "It matters less here, we batch every 5 minutes.")
