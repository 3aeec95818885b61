"""`designlint report`: one file's lint run as a self-contained HTML page."""

from __future__ import annotations

from pathlib import Path

import click

# designlint.cli loads this module only when `report` is called, so this is no cycle.
from designlint.cli import handle_errors


@click.command("report")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option(
    "--against",
    type=click.Path(dir_okay=False, path_type=Path),
    help="An earlier `designlint lint --format json --score` output: show each step's change since.",
)
@click.option("--open", "open_page", is_flag=True, help="Open the page in a web browser once written.")
@handle_errors
def report(file: Path, output: Path, against: Path | None, open_page: bool) -> None:
    """Write an HTML report of one design doc: scores per step, findings at their lines, the estimation checked."""
    from designlint.reporting.html.model import build
    from designlint.reporting.html.page import open_in_browser, write

    page = build(file, against)
    write(page, output)
    count = len(page.findings)
    click.echo(f"wrote {output}: score {page.total}/100, {count} finding{'' if count == 1 else 's'}")
    if open_page and not open_in_browser(output):
        click.echo(f"designlint: warning: no browser could be started; open {output} yourself", err=True)


COMMANDS: list[click.Command] = [report]
