"""Commands added to the designlint group (filled in by their own feature): `designlint estimate`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from designlint.estimate.inputs import FIELDS, collect_inputs


def _options(func: Any) -> Any:
    for name, (_, is_size, help_text) in reversed(FIELDS.items()):
        metavar = "SIZE" if is_size else "N"
        func = click.option(f"--{name}", name.replace("-", "_"), metavar=metavar, help=help_text)(func)
    return func


@click.command("estimate")
@_options
@click.option(
    "--inputs",
    "inputs_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML file of inputs (keys as the option names); options override it.",
)
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True)
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the result here.")
def estimate_command(inputs_file: Path | None, fmt: str, output_file: Path | None, **options: Any) -> None:
    """Back-of-envelope estimate: QPS, peak, storage, bandwidth, cache and servers from a few inputs."""
    from designlint.cli import handle_errors

    handle_errors(_run)(inputs_file, fmt, output_file, options)


def _run(inputs_file: Path | None, fmt: str, output_file: Path | None, options: dict[str, Any]) -> None:
    from designlint.estimate.calculator import estimate
    from designlint.estimate.render import render_json, render_markdown

    named = {name.replace("_", "-"): value for name, value in options.items()}
    results = estimate(collect_inputs(named, inputs_file))
    text = render_json(results) if fmt == "json" else render_markdown(results)
    if output_file is None:
        click.echo(text, nl=False)
        return
    from designlint.atomic import write_atomic

    write_atomic(output_file, text)
    click.echo(f"wrote {output_file}", err=True)
    sys.stdout.flush()


COMMANDS: list[click.Command] = [estimate_command]
