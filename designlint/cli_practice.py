"""`designlint practice`: scaffold a classic question with a time plan, run the clock, then report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

# designlint.cli loads this module only when `practice` is called, so this is no cycle.
from designlint.cli import handle_errors
from designlint.errors import UsageError

if TYPE_CHECKING:
    from designlint.practice.bank import Question
    from designlint.practice.plan import Slot


@click.command("practice")
@click.option("--question", "question_id", metavar="ID", help="The question to practise (see --list-questions).")
@click.option(
    "--random", "use_random", is_flag=True, help="A question at random (also the default without --question)."
)
@click.option(
    "--minutes",
    type=click.FloatRange(min=0, min_open=True, max=600),
    default=45,
    show_default=True,
    help="Length of the run, split over the steps as the framework does; fractions work (0.1 is six seconds).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The doc to write.  [default: practice-ID.md]",
)
@click.option("--force", "-f", is_flag=True, help="Overwrite the doc if it exists.")
@click.option("--list-questions", is_flag=True, help="List the questions and exit.")
@handle_errors
def practice(
    question_id: str | None, use_random: bool, minutes: float, output: Path | None, force: bool, list_questions: bool
) -> None:
    """Practise a system design question against the clock; the report is written when time is up or on Ctrl-C.

    On a terminal a countdown shows the current step; elsewhere the doc and the plan are written and nothing waits.
    """
    from designlint.practice import bank

    if list_questions:
        click.echo(bank.list_questions(), nl=False)
        return
    if question_id and use_random:
        raise UsageError("give --question ID or --random, not both")
    doc, slots = _scaffold(bank.pick(question_id), minutes, output, force)
    if not sys.stdout.isatty():
        click.echo(f"\nNo terminal, so no clock. When you are done: designlint report {doc}")
        return
    _timed(doc, slots)


def _scaffold(question: Question, minutes: float, output: Path | None, force: bool) -> tuple[Path, list[Slot]]:
    """Write the practice doc and print the question and the plan."""
    from designlint.atomic import write_atomic
    from designlint.catalogue import load_catalogue
    from designlint.practice.doc import render_practice_doc
    from designlint.practice.plan import plan, plan_text

    slots = plan(load_catalogue(), minutes)
    doc = output or Path(f"practice-{question.id}.md")
    write_atomic(doc, render_practice_doc(question, slots, minutes), overwrite=force)
    unit = "minute" if minutes == 1 else "minutes"
    click.echo(f"wrote {doc}: {question.title}\n\n{question.prompt}\n\nYour plan for {minutes:g} {unit}:")
    click.echo(plan_text(slots), nl=False)
    return doc, slots


def _timed(doc: Path, slots: list[Slot]) -> None:
    from designlint.practice.clock import Countdown
    from designlint.reporting.html.model import build
    from designlint.reporting.html.page import write

    click.echo(f"\nThe clock is running: write in {doc} with your editor. Ctrl-C stops early.\n")
    finished = Countdown(slots, sys.stdout).run()
    click.echo("Time is up." if finished else "Stopped early.")
    report = build(doc)
    target = doc.with_name(doc.stem + ".report.html")
    write(report, target)
    weakest = f"; practise next: {report.practice.title}" if report.practice else ""
    click.echo(f"wrote {target}: score {report.total}/100, {len(report.findings)} findings{weakest}")


COMMANDS: list[click.Command] = [practice]
