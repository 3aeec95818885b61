"""Render the report page from templates/report.html.j2 and write it atomically."""

from __future__ import annotations

from pathlib import Path

from designlint.reporting.html.model import Report

TEMPLATE = "report.html.j2"


def render(report: Report) -> str:
    """The page as text; every value is escaped by the template except the write-up, escaped by its renderer."""
    import jinja2

    from designlint.resources import data_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(data_dir("templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template(TEMPLATE).render(r=report)


def write(report: Report, output: Path) -> None:
    from designlint.atomic import write_atomic

    write_atomic(output, render(report))


def open_in_browser(output: Path) -> bool:
    """Show the page in the user's browser (only on --open); False when none could be started."""
    import webbrowser

    return webbrowser.open(output.resolve().as_uri())
