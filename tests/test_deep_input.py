"""Input built to exhaust the parser (deep nesting, huge numbers, impossible dates): a clear one-line
error naming the file, or a finding for the one doc, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from designlint.cli import main

DOC = "# T\n\n## Gap\n"
DEEP_TOML = "a = " + "[" * 5000 + "]" * 5000 + "\n"
HUGE_TOML = "select = [" + "9" * 5000 + "]\n"


def lint(folder: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["lint", str(folder / "a.md"), "--no-cache", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(DOC)
    return tmp_path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (DEEP_TOML, "nests too deeply to read"),
        ("a = " + "[" * 600 + "]" * 600 + "\n", "nests too deeply"),
        (HUGE_TOML, "not valid TOML: Exceeds the limit"),
    ],
    ids=["5000-deep", "600-deep", "5000-digits"],
)
def test_a_config_built_to_exhaust_the_parser_is_one_line(folder: Path, text: str, message: str) -> None:
    (folder / ".designlint.toml").write_text(text)
    code, output = lint(folder)
    assert code == 2 and output.count("\n") == 1
    assert output.startswith(f"designlint: error: {folder / '.designlint.toml'}: ") and message in output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000, "not a designlint baseline (nests too deeply)"),
        ("1e400", "not a designlint baseline"),
        (
            '{"version": 1, "findings": [{"rule": "S003", "path": "a", "section": "s", "hash": "h", "count": 1e400}]}',
            "cannot convert float infinity to integer",
        ),
    ],
    ids=["deep", "infinite", "infinite-count"],
)
def test_a_damaged_baseline_is_one_line(folder: Path, text: str, message: str) -> None:
    (folder / "base.json").write_text(text)
    code, output = lint(folder, "--baseline", str(folder / "base.json"))
    assert code == 2 and output.count("\n") == 1 and message in output


def test_a_deep_front_matter_schema_is_one_line(folder: Path) -> None:
    schema: dict[str, object] = {}
    node = schema
    for _ in range(400):
        child: dict[str, object] = {}
        node["properties"] = {"x": child}
        node = child
    (folder / "schema.json").write_text(json.dumps(schema))
    (folder / ".designlint.toml").write_text('front-matter-schema = "schema.json"\n')
    (folder / "a.md").write_text("---\nx: 1\n---\n" + DOC)
    code, output = lint(folder)
    assert code == 2 and output.count("\n") == 1 and "front-matter schema nests too deeply to check" in output


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("---\ndate: 2024-13-01\n---\n", "value YAML cannot read: month must be in 1..12"),
        ("---\nn: " + "9" * 5000 + "\n---\n", "value YAML cannot read: Exceeds the limit"),
        ("+++\nn = " + "9" * 5000 + "\n+++\n", "value TOML cannot read: Exceeds the limit"),
    ],
    ids=["impossible-date", "yaml-5000-digits", "toml-5000-digits"],
)
def test_front_matter_values_a_parser_refuses_are_a_t002_finding(folder: Path, front: str, message: str) -> None:
    (folder / "schema.json").write_text('{"type": "object"}')
    (folder / ".designlint.toml").write_text('front-matter-schema = "schema.json"\nselect = ["T002", "X"]\n')
    (folder / "a.md").write_text(front + DOC)
    code, output = lint(folder, "--format", "json")
    (finding,) = json.loads(output)["findings"]
    assert code == 1 and finding["rule"] == "T002" and finding["line"] == 2 and message in finding["message"]


def test_a_deep_team_rule_file_is_one_line(folder: Path) -> None:
    (folder / "team").mkdir()
    (folder / "team" / "deep.toml").write_text(DEEP_TOML)
    (folder / ".designlint.toml").write_text('rules-dirs = ["team"]\n')
    code, output = lint(folder)
    assert code == 2 and output.count("\n") == 1 and "deep.toml: nests too deeply to read" in output


def test_a_deep_template_data_file_is_one_line(tmp_path: Path) -> None:
    team = tmp_path / "templates"
    team.mkdir()
    (team / "t.md.j2").write_text("# {{ title }}\n")
    (team / "t.toml").write_text(DEEP_TOML)
    result = CliRunner().invoke(main, ["new", "T", "-t", "t", "--templates-dir", str(team), "-o", "-"])
    assert result.exit_code == 2 and "t.toml: the template's data file nests too deeply to read" in result.stderr
