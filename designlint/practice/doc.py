"""The practice doc: the built-in design doc for the question (through the scaffolder), with a brief on top."""

from __future__ import annotations

from designlint.practice.bank import Question
from designlint.practice.plan import Slot, plan_table


def render_practice_doc(question: Question, slots: list[Slot], minutes: float) -> str:
    """The doc `designlint new` would write for the question's preset, the question's brief under its title."""
    from designlint.scaffold.render import NewRequest, build_context, choose_template, render_doc

    chosen = choose_template(None, None)
    request = NewRequest(title=question.title, preset=question.preset or None)
    context = build_context(request, question.title, chosen, None)
    if question.deep_dives:
        context["deep_dives"] = [dict(dive) for dive in question.deep_dives]
    text = render_doc(chosen, context)
    head, sep, rest = text.partition("\n")
    return f"{head}{sep}\n{brief(question, slots, minutes)}{rest}"


def brief(question: Question, slots: list[Slot], minutes: float) -> str:
    """What the interviewer says, the numbers they give when asked, and the time plan, as a quoted block."""
    lines = [
        f"**Practice question** `{question.id}`, {minutes:g} minutes. {question.prompt}",
        "",
        "The interviewer's numbers, when you ask for them:",
        "",
        *(f"- {number}" for number in question.numbers),
        "",
        "Your time plan:",
        "",
        *plan_table(slots).splitlines(),
    ]
    return "".join(f"> {line}\n" if line else ">\n" for line in lines)
