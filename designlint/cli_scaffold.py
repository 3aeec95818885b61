"""`designlint new` and `designlint fix`: the scaffolder half of designlint (jinja2 loads only when used)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

# designlint.cli loads this module only when `new` or `fix` is called, so this is no cycle.
from designlint.cli import handle_errors


def _interactive(no_input: bool) -> bool:
    """Prompts only when a person is there to answer them."""
    return not no_input and sys.stdin.isatty()


def _prompt(variable: Any, default: Any) -> Any:
    text = variable.help or variable.name
    if variable.type == "choice":
        return click.prompt(text, default=default, type=click.Choice(list(variable.choices)))
    if variable.type == "bool":
        return click.confirm(text, default=bool(default))
    return click.prompt(text, default=default if default not in (None, "") else None)


@click.command("new")
@click.argument("title", required=False)
@click.option("--preset", "-p", help="Pre-fill the profile and deep dives of a kind of system (see --list-presets).")
@click.option("--list-presets", is_flag=True, help="List the presets and exit.")
@click.option("--output", "-o", help="File or folder to write, or - for stdout.")
@click.option("--parents", is_flag=True, help="Create the output's missing parent folders.")
@click.option("--force", "-f", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--dry-run", "-n", is_flag=True, help="Render and check everything, but write nothing.")
@click.option("--var", "variables", multiple=True, metavar="KEY=VALUE", help="Set a template variable (repeatable).")
@click.option("--no-input", is_flag=True, help="Never prompt; use --var values and defaults.")
@click.option("--template", "-t", help="A team template NAME (NAME.md.j2 in the templates folder).")
@click.option(
    "--templates-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of team templates.",
)
@click.option(
    "--estimate",
    "-e",
    multiple=True,
    metavar="KEY=VALUE|FILE",
    help="Fill the estimation with numbers: inputs as for `designlint estimate` (dau=100M, ...) or a TOML file.",
)
@click.option("--numbered", is_flag=True, help="Name the file NNNN-slug.md with the next free number (ADR/RFC style).")
@handle_errors
def new(title: str | None, **options: Any) -> None:
    """Write a new design doc from the built-in template, a preset or a team template."""
    from designlint.scaffold.presets import list_presets
    from designlint.scaffold.write import NewOptions, run_new

    if options.pop("list_presets"):
        click.echo(list_presets(), nl=False)
        return
    interactive = _interactive(options.pop("no_input"))
    opts = NewOptions(title=title, **options)
    message = run_new(
        opts,
        prompt=_prompt if interactive else None,
        ask=(lambda text: str(click.prompt(text))) if interactive else None,
        echo=lambda text: click.echo(text, nl=False),
    )
    if message:
        click.echo(f"designlint: {message}", err=True)


@click.command("fix")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--diff", "show_diff", is_flag=True, help="Print the change as a unified diff; write nothing.")
@click.option("--profile", help="Treat the doc as this profile (interview inserts the steps into any doc).")
@handle_errors
def fix(path: Path, show_diff: bool, profile: str | None) -> None:
    """Insert the missing steps and parts into a design doc, as headings with prompts. Keeps every line."""
    from designlint.scaffold.fix import run_fix

    output, message = run_fix(path, show_diff=show_diff, profile=profile)
    if output:
        click.echo(output, nl=False)
    click.echo(f"designlint: {message}", err=True)


COMMANDS: list[click.Command] = [new, fix]
