"""The README stays true: its rule table is the rule data, and CI runs its test command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from designlint.cli import main
from designlint.reporting.explain import list_rules

from conftest import CORPUS, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_current() -> None:
    block = re.search(r"<!-- rules-table:start -->\n(.*?)<!-- rules-table:end -->", README, re.S)
    assert block is not None
    assert block.group(1) == list_rules("markdown"), (
        "run: designlint rules --format markdown, and paste it into README.md"
    )


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv .venv && .venv/bin/pip install '.[test]' && .venv/bin/python -m pytest" in README
    assert '.venv/bin/pip install --quiet ".[test]"' in ci
    assert ".venv/bin/python -m pytest" in ci


# Console examples of `designlint lint` whose documents the project holds: examples/ or, for the
# short documents the README names alone (feed.md, photos.md), tests/fixtures/readme/.
_SNIPPETS = ROOT / "tests" / "fixtures" / "readme"


def _lint_examples() -> list[tuple[str, str]]:
    examples = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        command, _, output = block.partition("\n")
        if not command.startswith("$ designlint lint ") or "|" in command or output.count("\n$ "):
            continue
        examples.append((command[2:], output))
    return examples


def _where(args: list[str]) -> Path | None:
    """The folder to run args in, or None when a document they name is not in the project."""
    paths = [a for a in args if a.endswith(".md") or a.endswith("/")]
    for base in (ROOT, _SNIPPETS, CORPUS):  # the corpus only where ../shared is beside the clone
        if paths and all((base / p).exists() for p in paths):
            return base
    return None


@pytest.mark.parametrize(("command", "output"), _lint_examples(), ids=lambda v: v[:60])
def test_lint_examples_are_real_output(command: str, output: str, monkeypatch: pytest.MonkeyPatch) -> None:
    args = shlex.split(command)[1:]
    base = _where(args)
    if base is None:
        pytest.skip(f"{command}: names a document the project does not hold (or ../shared is absent)")
    monkeypatch.chdir(base)
    result = CliRunner().invoke(main, args)
    assert result.output == output, f"run `{command}` in {base} and paste its output into README.md"


def test_the_readme_documents_are_checked() -> None:
    checked = [command for command, _ in _lint_examples() if _where(shlex.split(command)[1:]) is not None]
    assert any("feed.md" in c for c in checked) and any("photos.md" in c for c in checked)
    assert any("examples/weak-chat.md" in c for c in checked)
