"""Config discovery, merging with the command line, and exact messages for bad config."""

from __future__ import annotations

from pathlib import Path

import pytest

from designlint.cli import main

DOC = "# Paste service\n\n## Requirements\n\n- store pastes\n"


def _lint(runner, tmp_path: Path, config: str, name: str = "pyproject.toml", *args: str):
    (tmp_path / name).write_text(config, encoding="utf-8")
    (tmp_path / "doc.md").write_text(DOC, encoding="utf-8")
    return runner.invoke(main, ["lint", str(tmp_path / "doc.md"), "--no-color", *args])


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            '[tool.designlint]\nselct = ["R"]\n',
            "tool.designlint: unknown key 'selct'; allowed: exclude, extend-exclude",
        ),
        ('[tool.designlint]\nselect = "R"\n', "tool.designlint.select: 'R' is not of type 'array'"),
        (
            '[tool.designlint.rules.S001]\nseverity = "fatal"\n',
            "tool.designlint.rules.S001.severity: 'fatal' is not allowed; use one of error, warning, info",
        ),
        ("[tool.designlint.rules.S001]\nsteps = 3\n", "tool.designlint.rules.S001.steps: 3 is not of type 'array'"),
        (
            "[tool.designlint.rules.missing-step]\nbogus = 3\n",
            "tool.designlint.rules.missing-step: unknown key 'bogus'; allowed: closing-titles, dives-unread-words, implied-after, implied-min, steps",
        ),
        (
            '[tool.designlint]\nprofile = "exam"\n',
            "profile: unknown profile 'exam'; use auto or one of interview, kep, rfc",
        ),
        (
            '[tool.designlint.steps.estimate]\nsynonyms = ["x"]\n',
            "steps.estimate: unknown step or part; use one of api,",
        ),
        ('[tool.designlint.steps.estimation]\nsynonyms = ["("]\n', "steps.estimation: bad pattern '('"),
        ('[tool.designlint]\nrules-dirs = ["missing"]\n', "rules folder not found; fix rules-dirs in your config"),
        ("[tool.designlint\n", "pyproject.toml: not valid TOML: Expected ']'"),
    ],
)
def test_bad_config_is_one_line_exit_2(runner, tmp_path: Path, config: str, message: str) -> None:
    result = _lint(runner, tmp_path, config)
    assert result.exit_code == 2
    assert message in result.output
    assert str(tmp_path) in result.output
    assert "Traceback" not in result.output and result.output.count("\n") == 1


def test_dot_designlint_toml_keys_have_no_prefix(runner, tmp_path: Path) -> None:
    result = _lint(runner, tmp_path, 'select = "R"\n', ".designlint.toml")
    assert result.exit_code == 2
    assert f"{tmp_path / '.designlint.toml'}: select: 'R' is not of type 'array'" in result.output


def test_nearest_config_wins(runner, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.designlint]\nselect = ["S001"]\n')
    sub = tmp_path / "team"
    sub.mkdir()
    (sub / ".designlint.toml").write_text('select = ["S003"]\n')
    (sub / "doc.md").write_text("# T\n\n## Requirements\n\n## Other\n\ntext\n")
    (tmp_path / "top.md").write_text("# T\n\n## Requirements\n\n## Other\n\ntext\n")
    result = runner.invoke(main, ["lint", str(tmp_path), "--no-color", "-q"])
    lines = result.output.splitlines()
    assert any("team/doc.md:3:1: S003" in line for line in lines)
    assert any("top.md:1:1: S001" in line for line in lines)
    assert not any("team/doc.md" in line and "S001" in line for line in lines)
    assert not any("top.md" in line and "S003" in line for line in lines)


def test_pyproject_without_table_is_skipped_for_a_parent(runner, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.designlint]\nselect = ["S003"]\n')
    sub = tmp_path / "pkg"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (sub / "doc.md").write_text("# T\n\n## Empty\n")
    result = runner.invoke(main, ["lint", str(sub / "doc.md"), "-q"])
    assert "S003" in result.output and "S001" not in result.output


def test_config_option_forces_one_file(runner, tmp_path: Path) -> None:
    forced = tmp_path / "forced.toml"
    forced.write_text('select = ["S003"]\n')
    (tmp_path / "pyproject.toml").write_text('[tool.designlint]\nselect = ["S001"]\n')
    (tmp_path / "doc.md").write_text("# T\n\n## Empty\n")
    result = runner.invoke(main, ["lint", str(tmp_path / "doc.md"), "--config", str(forced), "-q"])
    assert "S003" in result.output and "S001" not in result.output
    missing = runner.invoke(main, ["lint", str(tmp_path / "doc.md"), "--config", str(tmp_path / "nope.toml")])
    assert missing.exit_code == 2 and "nope.toml: config file not found" in missing.output


def test_cli_select_replaces_and_ignore_adds(runner, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.designlint]\nselect = ["S003"]\nignore = ["S001"]\n')
    (tmp_path / "doc.md").write_text("# T\n\n## Empty\n")
    result = runner.invoke(main, ["lint", str(tmp_path / "doc.md"), "--select", "S001,S003", "-q"])
    assert "S003" in result.output and "S001" not in result.output
    result = runner.invoke(main, ["lint", str(tmp_path / "doc.md"), "--ignore", "empty-section", "-q"])
    assert result.output == "" and result.exit_code == 0


def test_per_file_ignores_and_rule_severity(runner, tmp_path: Path) -> None:
    config = '[tool.designlint]\nselect = ["S"]\n[tool.designlint.per-file-ignores]\n"drafts/*.md" = ["S001"]\n[tool.designlint.rules.empty-section]\nseverity = "error"\n'
    (tmp_path / "pyproject.toml").write_text(config)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.md").write_text("# T\n\n## Empty\n")
    result = runner.invoke(main, ["lint", str(tmp_path), "--format", "json"])
    import json

    findings = json.loads(result.output)["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("S003", "error")]
    assert result.exit_code == 1


def test_exclude_skips_folders(runner, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.designlint]\nextend-exclude = ["archive"]\n')
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text("# Old\n\n## Empty\n")
    (tmp_path / "new.md").write_text(DOC)
    result = runner.invoke(main, ["lint", str(tmp_path), "--format", "json"])
    import json

    assert {f["path"] for f in json.loads(result.output)["findings"]} == {str(tmp_path / "new.md")}


def test_step_synonyms_from_config(runner, tmp_path: Path) -> None:
    (tmp_path / ".designlint.toml").write_text(
        'select = ["S001"]\n[steps.deep-dive]\nextend-synonyms = ["hard problems"]\n[steps.high-level]\nextend-synonyms = ["big picture"]\n'
    )
    (tmp_path / "doc.md").write_text(
        "# T\n\n## Requirements\n\n- a\n\n## Big picture\n\nboxes\n\n## Hard problems\n\ntext\n"
    )
    result = runner.invoke(main, ["lint", str(tmp_path / "doc.md"), "-q"])
    assert result.output == "" and result.exit_code == 0


def test_templates_dir_from_config_serves_new(runner, tmp_path: Path, monkeypatch) -> None:
    import shutil

    from conftest import ROOT

    shutil.copytree(ROOT / "examples" / "team-templates", tmp_path / "team-templates")
    (tmp_path / ".designlint.toml").write_text('templates-dir = "team-templates"\n')
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["new", "Move sessions", "-t", "rfc", "--var", "team=A", "--no-input", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("#") and "Move sessions" in result.output
