"""The command line: every command, format and exit code, and bad input that never crashes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from designlint.cli import main

CLEAN = "# T\n\n## Requirements\n\n- a\n\n## High-level design\n\nboxes\n\n## Deep dive\n\nchoice\n"
WEAK = "# T\n\n## Deep dive\n\n## Notes\n\ntext\n"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    (tmp_path / ".designlint.toml").write_text('select = ["S", "X"]\n')
    (tmp_path / "clean.md").write_text(CLEAN)
    (tmp_path / "weak.md").write_text(WEAK)
    return tmp_path


def test_clean_file_exits_0(runner, docs: Path) -> None:
    result = runner.invoke(main, ["lint", str(docs / "clean.md")])
    assert result.exit_code == 0
    assert result.output == "All clear: no findings in 1 file.\n"


def test_findings_exit_1_with_text_lines(runner, docs: Path) -> None:
    result = runner.invoke(main, ["lint", str(docs / "weak.md"), "--no-color", "--fail-on", "warning"])
    assert result.exit_code == 1
    path = docs / "weak.md"
    assert result.output.splitlines() == [
        f"{path}:1:1: S001 no requirements and scope step: add a section for it (missing-step)",
        f"{path}:1:1: S001 no high-level design step: add a section for it (missing-step)",
        f"{path}:3:1: S003 section 'Deep dive' has nothing under it (empty-section)",
        "Found 3 findings (3 warnings) in 1 of 1 file.",
    ]
    # warnings alone do not fail a run by default
    assert runner.invoke(main, ["lint", str(docs / "weak.md"), "--no-color"]).exit_code == 0


def test_fail_on_and_exit_zero(runner, docs: Path) -> None:
    only_warning = ["lint", str(docs / "weak.md"), "--select", "S003"]
    assert runner.invoke(main, only_warning).exit_code == 0
    assert runner.invoke(main, [*only_warning, "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(main, ["lint", str(docs / "weak.md"), "--exit-zero"]).exit_code == 0


def test_usage_errors_exit_2(runner, docs: Path) -> None:
    assert runner.invoke(main, ["lint", "--format", "xml", str(docs)]).exit_code == 2
    missing = runner.invoke(main, ["lint", str(docs / "nope.md")])
    assert missing.exit_code == 2 and "nope.md: no such file, folder or matching glob" in missing.output


def test_folder_glob_and_stdin(runner, docs: Path) -> None:
    (docs / "sub").mkdir()
    (docs / "sub" / "more.markdown").write_text(CLEAN)
    (docs / "notes.txt").write_text(WEAK)
    folder = json.loads(runner.invoke(main, ["lint", str(docs), "--format", "json"]).output)
    assert folder["summary"]["files"] == 3
    globbed = json.loads(runner.invoke(main, ["lint", f"{docs}/*.md", "--format", "json"]).output)
    assert globbed["summary"]["files"] == 2
    piped = runner.invoke(
        main, ["lint", "-", "--stdin-filename", str(docs / "piped.md"), "--no-color", "--fail-on", "warning"], input=WEAK
    )
    assert piped.exit_code == 1 and f"{docs / 'piped.md'}:3:1: S003" in piped.output


def test_folder_without_markdown_is_fine(runner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    result = runner.invoke(main, ["lint", str(tmp_path)])
    assert result.exit_code == 0 and "no findings in 0 files" in result.output


def test_statistics_and_quiet(runner, docs: Path) -> None:
    result = runner.invoke(main, ["lint", str(docs), "--statistics", "--quiet", "--no-color"])
    assert "Findings by rule:" in result.output
    assert "    2  S001  missing-step" in result.output
    assert "Found" not in result.output


def test_color_only_when_asked_for(runner, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\x1b[" not in runner.invoke(main, ["lint", str(docs / "weak.md")]).output
    from designlint import cli

    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: True, raising=False)
    assert cli._use_color(False, None) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._use_color(False, None) is False


def test_output_file_is_written(runner, docs: Path) -> None:
    out = docs / "report.json"
    result = runner.invoke(main, ["lint", str(docs / "weak.md"), "--format", "json", "-o", str(out), "--fail-on", "warning"])
    assert result.exit_code == 1 and result.output == ""
    assert json.loads(out.read_text())["summary"]["findings"] == 3


def test_github_format(runner, docs: Path) -> None:
    result = runner.invoke(main, ["lint", str(docs / "weak.md"), "--format", "github"])
    assert (
        f"::warning file={docs / 'weak.md'},line=3,col=1,title=S003 empty-section::section 'Deep dive' has nothing under it"
        in result.output
    )


def test_rules_and_explain(runner) -> None:
    listing = runner.invoke(main, ["rules"])
    assert listing.exit_code == 0 and "S001  missing-step" in listing.output
    data = json.loads(runner.invoke(main, ["rules", "--format", "json"]).output)
    assert {"id": "S003", "name": "empty-section"}.items() <= next(r for r in data if r["id"] == "S003").items()
    by_name = runner.invoke(main, ["explain", "step-order"])
    assert by_name.exit_code == 0 and by_name.output.startswith("S002 step-order\n") and "Bad:" in by_name.output
    assert runner.invoke(main, ["explain", "s002"]).output == by_name.output
    unknown = runner.invoke(main, ["explain", "Z999"])
    assert unknown.exit_code == 2 and "Z999: no such rule" in unknown.output


def test_python_dash_m_works(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "d.md").write_text(CLEAN)
    run = subprocess.run(
        [sys.executable, "-m", "designlint", "lint", str(tmp_path / "d.md"), "--select", "S"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and "All clear" in run.stdout


# --- bad input: a finding for that file, the others still linted, never a traceback ---


def test_bad_files_are_reported_and_others_still_linted(runner, docs: Path) -> None:
    (docs / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (docs / "latin1.md").write_bytes("# Caf\xe9\n".encode("latin-1"))
    (docs / "empty.md").write_text("")
    result = runner.invoke(main, ["lint", str(docs), "--format", "json"])
    findings = json.loads(result.output)["findings"]
    x001 = {Path(f["path"]).name: f["message"] for f in findings if f["rule"] == "X001"}
    assert x001 == {
        "binary.md": "file looks binary (it has NUL bytes); exclude it or rename it",
        "latin1.md": "not UTF-8 (bad byte at offset 5); re-save the file as UTF-8",
    }
    assert any(Path(f["path"]).name == "weak.md" for f in findings)
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_a_stray_nul_in_utf8_text_is_read_as_a_replacement_character(runner, docs: Path) -> None:
    stray = docs / "stray.md"
    stray.write_bytes(b"# Caf\xc3\xa9 \x00notes\n\n## Requirements\n\n## Gap\x00\n")
    (docs / "utf16.md").write_bytes("# Notes\n\nplain words\n".encode("utf-16-le"))
    result = runner.invoke(main, ["lint", str(docs), "--select", "S003,X001", "--format", "json"])
    findings = json.loads(result.output)["findings"]
    by_file = {(Path(f["path"]).name, f["rule"], f["message"]) for f in findings}
    assert ("stray.md", "S003", "section 'Gap\ufffd' has nothing under it") in by_file
    assert not any(name == "stray.md" and rule == "X001" for name, rule, _ in by_file)
    assert ("utf16.md", "X001", "file looks binary (it has NUL bytes); exclude it or rename it") in by_file
    assert stray.read_bytes().count(b"\x00") == 2  # the file itself is left as it was


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file(runner, docs: Path) -> None:
    path = docs / "secret.md"
    path.write_text(CLEAN)
    path.chmod(0)
    result = runner.invoke(main, ["lint", str(path)])
    assert "X001 cannot read file: Permission denied" in result.output


def test_large_file_is_linted_and_oversized_file_is_refused(runner, docs: Path) -> None:
    big = docs / "big.md"
    big.write_text("# T\n\n" + ("## Part\n\nProse about the design, 5,000 QPS and 3 TB of data.\n\n" * 65_000))  # 5 MB
    result = runner.invoke(main, ["lint", str(big), "--select", "S003", "-q"])
    assert result.exit_code == 0 and result.output == ""
    from designlint.lint import reading

    huge = docs / "huge.md"
    huge.write_bytes(b"x" * (reading.MAX_BYTES + 1))
    refused = runner.invoke(main, ["lint", str(huge), "--no-color"])
    assert "X001 file is 10,485,761 bytes, over the 10,485,760-byte limit" in refused.output


def test_a_crashing_rule_gives_x003_and_exit_2(runner, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from designlint.checks import CHECKS, Check

    def boom(ctx, options):
        raise ValueError("boom")

    monkeypatch.setitem(CHECKS, "empty_section", Check(boom, CHECKS["empty_section"].options))
    result = runner.invoke(main, ["lint", str(docs), "--no-color"])
    assert result.exit_code == 2
    assert "X003 internal error in rule S003 (empty-section): ValueError: boom; please report this" in result.output
    assert "S001" in result.output and "Traceback" not in result.output


def test_symlink_out_of_the_folder_is_not_followed(runner, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("# secret\n\n## Empty\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "link.md").symlink_to(outside)
    result = runner.invoke(main, ["lint", str(repo), "--select", "S003"])
    assert "skipped, it is a symlink to a place outside" in result.output
    assert "secret" not in result.output.replace(str(tmp_path), "") and result.exit_code == 0


def test_a_glob_does_not_follow_a_symlink_out_of_its_folder(runner, tmp_path: Path, monkeypatch) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("# TOKEN-123\n\n## Empty\n")
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "own.md").write_text("# Own\n\n## Gap\n")
    (repo / "docs" / "link.md").symlink_to(outside / "secret.md")
    (repo / "docs" / "folder.md").symlink_to(outside)
    (repo / "docs" / "sub").symlink_to(outside)
    monkeypatch.chdir(repo)
    for pattern in ("docs/*.md", "docs/**/*.md", "docs/*"):
        result = runner.invoke(main, ["lint", pattern, "--select", "S003", "--format", "github", "--no-cache"])
        assert "TOKEN-123" not in result.output, pattern
        assert "docs/own.md" in result.output and result.exit_code == 0, pattern
    assert "skipped, it leads through a symlink to a place outside docs" in result.stderr


def test_rules_dirs_stay_inside_the_repository(runner, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    repo = tmp_path / "repo"
    (repo / "team").mkdir(parents=True)
    (repo / "a.md").write_text(WEAK)
    for value in ("../outside", "/etc", "link"):
        (repo / "link").unlink(missing_ok=True)
        (repo / "link").symlink_to(outside)
        (repo / ".designlint.toml").write_text(f'rules-dirs = ["{value}"]\n')
        result = runner.invoke(main, ["lint", str(repo / "a.md"), "--no-cache"])
        assert result.exit_code == 2 and f"rules-dirs: '{value}' is outside" in result.output, value
    (repo / "team" / "stolen.toml").symlink_to(tmp_path / "elsewhere.toml")
    (tmp_path / "elsewhere.toml").write_text("this is not TOML [")
    (repo / ".designlint.toml").write_text('rules-dirs = ["team"]\nselect = ["S"]\n')
    result = runner.invoke(main, ["lint", str(repo / "a.md"), "--no-cache", "--fail-on", "warning"])
    assert result.exit_code == 1 and "elsewhere" not in result.output


def test_score_comes_first_in_text_and_json(runner, docs: Path) -> None:
    text = runner.invoke(
        main, ["lint", str(docs / "weak.md"), "--score", "--no-color", "--no-cache"]
    ).output.splitlines()
    assert text[0].startswith(f"{docs / 'weak.md'}: score ") and text[0].endswith("/100")
    assert "structure " in text[1] and ":1:1: S001" in text[2]
    data = json.loads(runner.invoke(main, ["lint", str(docs), "--score", "--format", "json", "--no-cache"]).output)
    assert list(data)[:2] == ["version", "scores"]
    assert data["scores"][str(docs / "clean.md")]["total"] == 100
    assert data["scores"][str(docs / "weak.md")]["total"] < 100


def test_junit_lists_clean_files_as_passing_cases(runner, docs: Path) -> None:
    import xml.etree.ElementTree as ET

    out = runner.invoke(main, ["lint", str(docs), "--format", "junit", "--no-cache"]).output
    suites = {s.get("name"): s for s in ET.fromstring(out).iter("testsuite")}
    assert str(docs / "clean.md") in suites and suites[str(docs / "clean.md")].get("failures") == "0"
    assert int(suites[str(docs / "weak.md")].get("failures")) == 3
