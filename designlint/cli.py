"""The command line: parse options, call the library, map errors to exit codes (0, 1, 2)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from designlint import __version__
from designlint.errors import DesignlintError

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ["text", "json", "github", "sarif", "junit"]
SEVERITIES = ["error", "warning", "info"]


def handle_errors(func: F) -> F:
    """Print a DesignlintError as one line on stderr and exit 2; never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DesignlintError as exc:
            click.echo(f"designlint: error: {exc.message}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def _selectors(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """--select R002,R003 --select D: a flat tuple, or None when not given."""
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


class _Group(click.Group):
    """A group whose scaffold and estimate commands load only when asked for, keeping `lint` quick to start."""

    LAZY = {"new": "designlint.cli_scaffold", "fix": "designlint.cli_scaffold", "estimate": "designlint.cli_estimate"}
    LAZY |= {"report": "designlint.cli_report", "practice": "designlint.cli_practice"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            from importlib import import_module

            for command in import_module(self.LAZY[cmd_name]).COMMANDS:
                self.add_command(command)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="designlint")
def main() -> None:
    """Lint system design documents and scaffold new ones."""


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "--select",
    multiple=True,
    help="Rules to run: ids, names or prefixes (R, R00), comma-separated. Replaces the config's.",
)
@click.option("--extend-select", multiple=True, help="Rules to run in addition to the selected ones.")
@click.option("--ignore", multiple=True, help="Rules not to run, added to the config's ignore list.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this config file for every file.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option(
    "--fail-on", type=click.Choice(SEVERITIES), help="Lowest severity that makes the exit code 1.  [default: error]"
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (2 still means designlint failed).")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary.")
@click.option("--no-color", is_flag=True, help="No colour (also when NO_COLOR is set or output is not a terminal).")
@click.option("--stdin-filename", help="The name to report (and find config from) when reading '-'.")
@click.option(
    "--profile",
    help="Profile for files that name none in front matter or per-file-profiles: auto (by headings), interview, "
    "kep, rfc, proposal, adr, google, team, or one the config declares.",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Processes to lint with.  [default: all cores]")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache of unchanged files' findings.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where the cache lives.  [default: .designlint_cache]",
)
@click.option("--score", is_flag=True, help="Show each file's score per step (0-100) before its findings.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report only findings this baseline file does not already hold.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in this file (then pass it to --baseline); exits 0.",
)
@click.option("--changed-since", metavar="REF", help="Lint only Markdown files changed since this git ref.")
@click.option(
    "--explain-problem",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Say which kind of system this file designs (the K rules' problem) and why, then exit.",
)
@handle_errors
def lint(paths: tuple[str, ...], **options: Any) -> None:
    """Check design docs: files, folders (all *.md inside), globs, or - for stdin."""
    if options["explain_problem"] is not None:
        from designlint.doc.problems import explain_file

        click.echo(explain_file(options["explain_problem"], options["config_file"]), nl=False)
        return
    from designlint.lint.run import LintOptions
    from designlint.reporting.report import Output, lint_and_report

    only = _changed(options["changed_since"])
    opts = LintOptions(
        paths=paths or (".",),
        only=only,
        select=_selectors(options["select"]),
        extend_select=_selectors(options["extend_select"]),
        ignore=_selectors(options["ignore"]) or (),
        config_file=options["config_file"],
        fail_on=options["fail_on"],
        stdin_filename=options["stdin_filename"],
        profile=options["profile"],
        jobs=options["jobs"],
        cache=not options["no_cache"],
        cache_dir=options["cache_dir"],
    )
    color = _use_color(options["no_color"], options["output_file"])
    output = Output(
        options["fmt"],
        color,
        options["statistics"],
        options["quiet"],
        options["output_file"],
        options["exit_zero"],
        score=options["score"],
        baseline=options["baseline"],
        write_baseline=options["write_baseline"],
    )
    from designlint.formatters import visible  # a file name in a warning may carry escapes too

    warn = lambda m: click.echo(f"designlint: warning: {visible(m)}", err=True)  # noqa: E731
    sys.exit(lint_and_report(opts, output, stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr, warn=warn))


def _changed(ref: str | None) -> frozenset[Path] | None:
    """--changed-since: the Markdown files git says changed, to intersect with the named paths."""
    if ref is None:
        return None
    from designlint.gitfiles import changed_markdown

    return frozenset(path.resolve() for path in changed_markdown(ref, Path.cwd()))


def _use_color(no_color: bool, output_file: Path | None) -> bool:
    if no_color or output_file is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Include the team rules this config names.",
)
@handle_errors
def rules_command(fmt: str, config_file: Path | None) -> None:
    """List every rule: id, name, step, default severity and summary."""
    from designlint.reporting.explain import list_rules

    click.echo(list_rules(fmt, config_file), nl=False)


@main.command()
@click.argument("rule")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also look in the team rules this config names.",
)
@handle_errors
def explain(rule: str, config_file: Path | None) -> None:
    """Explain a rule (by id or name): why it matters, with a good and a bad example."""
    from designlint.reporting.explain import explain_rule

    click.echo(explain_rule(rule, config_file), nl=False)
