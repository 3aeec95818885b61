"""`designlint new`: output naming, refusals, dry run, variables, prompts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from designlint.cli import main
from designlint.errors import UsageError
from designlint.scaffold.output import slugify
from designlint.scaffold.spec import Variable
from designlint.scaffold.write import NewOptions, run_new

from conftest import ids, lint_string

BASE = ["new", "--no-input", "--var", "author=Ana", "--var", "date=2026-11-25"]


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, [*BASE, *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_writes_a_slug_of_the_title(runner: CliRunner, cwd: Path) -> None:
    code, _, err = invoke(runner, "Design a URL Shortener!")
    assert code == 0
    text = (cwd / "design-a-url-shortener.md").read_text(encoding="utf-8")
    assert text.startswith("# Design a URL Shortener!\n")
    assert err.startswith("designlint: wrote design-a-url-shortener.md (")


def test_existing_file_is_refused_and_left_untouched(runner: CliRunner, cwd: Path) -> None:
    (cwd / "design-x.md").write_text("mine\n", encoding="utf-8")
    code, _, err = invoke(runner, "Design X")
    assert code == 2
    assert err == "designlint: error: design-x.md: already exists; use --force to overwrite it (nothing written)\n"
    assert (cwd / "design-x.md").read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in cwd.iterdir()) == ["design-x.md"]  # no temp file left behind


def test_force_overwrites(runner: CliRunner, cwd: Path) -> None:
    (cwd / "design-x.md").write_text("mine\n", encoding="utf-8")
    code, _, _ = invoke(runner, "Design X", "--force")
    assert code == 0
    assert (cwd / "design-x.md").read_text(encoding="utf-8").startswith("# Design X\n")


def test_dry_run_writes_nothing(runner: CliRunner, cwd: Path) -> None:
    code, out, err = invoke(runner, "Design X", "--dry-run")
    assert code == 0 and out == ""
    assert "would write design-x.md" in err
    assert list(cwd.iterdir()) == []


def test_dash_prints_to_stdout(runner: CliRunner, cwd: Path) -> None:
    code, out, _ = invoke(runner, "Design X", "-o", "-", "--preset", "rate-limiter")
    assert code == 0
    assert out.startswith("# Design X\n") and "**Author:** Ana" in out and "Limiting algorithm" in out
    assert list(cwd.iterdir()) == []


def test_output_into_a_folder_and_to_a_named_file(runner: CliRunner, cwd: Path) -> None:
    (cwd / "docs").mkdir()
    assert invoke(runner, "Design X", "-o", "docs")[0] == 0
    assert invoke(runner, "Design Y", "-o", "docs/y.md")[0] == 0
    assert sorted(p.name for p in (cwd / "docs").iterdir()) == ["design-x.md", "y.md"]


def test_preset_alone_gives_its_title(runner: CliRunner, cwd: Path) -> None:
    assert invoke(runner, "--preset", "job-scheduler")[0] == 0
    assert (cwd / "design-a-distributed-job-scheduler.md").is_file()


def test_list_presets(runner: CliRunner) -> None:
    result = runner.invoke(main, ["new", "--list-presets"])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and len(lines) >= 10
    assert any(line.startswith("payment-system ") and "strong consistency" in line for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["T", "-o", "nowhere/x.md"], "no such folder; create it first or pass --parents"),
        (["T", "--preset", "nope"], "unknown preset 'nope'"),
        (["T", "--var", "colour=red"], "--var colour: template 'design' declares no such variable"),
        (["T", "--var", "date=yesterday"], "variable date: expected a date as YYYY-MM-DD"),
        (["T", "--var", "novalue"], "--var 'novalue': expected key=value"),
        (["T", "--template", "rfc"], "--template needs a templates folder"),
        (["..."], "title '...' has no letters or digits"),
        (["T", "--numbered", "-o", "-"], "--numbered needs a folder"),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_written(
    runner: CliRunner, cwd: Path, args: list[str], message: str
) -> None:
    code, out, err = invoke(runner, *args)
    assert code == 2
    assert err.startswith("designlint: error: ") and message in err and err.count("\n") == 1
    assert list(cwd.iterdir()) == []


def test_missing_title_without_a_terminal_is_an_error(runner: CliRunner, cwd: Path) -> None:
    result = runner.invoke(main, ["new"], input="")
    assert result.exit_code == 2
    assert "give the doc a title" in result.stderr


def test_output_outside_the_current_folder_is_written_where_the_user_says(
    runner: CliRunner, cwd: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("notes")
    assert invoke(runner, "Design X", "-o", str(elsewhere / "x.md"))[0] == 0
    assert invoke(runner, "Design Y", "-o", os.path.relpath(elsewhere, cwd))[0] == 0
    assert sorted(p.name for p in elsewhere.iterdir()) == ["design-y.md", "x.md"]
    assert (elsewhere / "x.md").read_text(encoding="utf-8").startswith("# Design X\n")
    code, _, err = invoke(runner, "Design Z", "-o", str(elsewhere / "x.md"))
    assert code == 2 and "already exists; use --force" in err
    assert (elsewhere / "x.md").read_text(encoding="utf-8").startswith("# Design X\n")
    assert list(cwd.iterdir()) == []


def test_parents_creates_the_missing_folders_only_when_asked(runner: CliRunner, cwd: Path) -> None:
    code, _, err = invoke(runner, "T", "-o", "a/b/t.md")
    assert code == 2 and "a/b: no such folder" in err and not (cwd / "a").exists()
    assert invoke(runner, "T", "-o", "a/b/t.md", "--parents")[0] == 0
    assert (cwd / "a" / "b" / "t.md").is_file()
    assert invoke(runner, "T", "-o", "c/d/", "--parents", "--dry-run")[0] == 0
    assert not (cwd / "c").exists()
    assert invoke(runner, "Design T", "-o", "c/d/", "--parents")[0] == 0
    assert (cwd / "c" / "d" / "design-t.md").is_file()


def test_a_title_cannot_escape_the_folder(runner: CliRunner, cwd: Path) -> None:
    assert invoke(runner, "../../etc/passwd")[0] == 0
    assert [p.name for p in cwd.iterdir()] == ["etc-passwd.md"]


def test_a_symlink_at_the_output_is_refused(
    runner: CliRunner, cwd: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "target.md"
    outside.write_text("keep\n", encoding="utf-8")
    (cwd / "design-x.md").symlink_to(outside)
    code, _, err = invoke(runner, "Design X", "--force")
    assert code == 2 and "outside the output folder" in err
    assert outside.read_text(encoding="utf-8") == "keep\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_is_refused(runner: CliRunner, cwd: Path) -> None:
    locked = cwd / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, _, err = invoke(runner, "Design X", "-o", "locked")
    finally:
        locked.chmod(0o755)
    assert code == 2 and "cannot write here" in err
    assert list(locked.iterdir()) == []


def test_an_unwritable_folder_is_refused_even_for_root(cwd: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(UsageError, match="cannot write here: Permission denied"):
        run_new(NewOptions(title="Design X", variables=("author=A",)), root=cwd)
    assert list(cwd.iterdir()) == []


def test_prompts_fill_missing_values_when_asked(cwd: Path) -> None:
    asked: list[str] = []

    def prompt(variable: Variable, default: object) -> object:
        asked.append(variable.name)
        return "Bo" if variable.name == "author" else default

    note = run_new(NewOptions(variables=("date=2026-01-02",)), prompt=prompt, ask=lambda _: "Design Z", root=cwd)
    assert note.startswith("wrote design-z.md")
    text = (cwd / "design-z.md").read_text(encoding="utf-8")
    assert "**Author:** Bo" in text and "**Date:** 2026-01-02" in text
    assert asked == ["author"]  # a value given with --var is not asked again


@pytest.mark.parametrize(
    ("title", "slug"),
    [("Design a URL shortener", "design-a-url-shortener"), ("Café: Zürich / Ωmega", "cafe-zurich-mega"), ("", "")],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


ESTIMATE = ["-e", "dau=100M", "-e", "reads-per-user=5", "-e", "writes-per-user=0.1", "-e", "record-size=300B"]


def test_estimate_inputs_fill_the_estimation_with_numbers(runner: CliRunner, cwd: Path) -> None:
    code, out, _ = invoke(runner, "Design X", "-o", "-", *ESTIMATE)
    assert code == 0
    assert "Read QPS        = 500,000,000 / 86,400 = ~5,787 reads/sec" in out
    assert "- TODO: DAU, reads and writes per user per day" not in out
    assert out.count("## Back-of-envelope estimation") == 1 and "## Estimation" not in out
    found = ids(lint_string(out))
    assert not {"S001", "E001", "E002", "E006", "E007"} & set(found)


def test_estimate_inputs_from_a_file(runner: CliRunner, cwd: Path) -> None:
    (cwd / "inputs.toml").write_text('dau = "1M"\nreads-per-user = 10\nwrites-per-user = 1\nrecord-size = "1 KB"\n')
    code, out, _ = invoke(runner, "Design X", "-o", "-", "--estimate", "inputs.toml", "-e", "peak=5")
    assert code == 0
    assert "Peak traffic is 5 times the average" in out


def test_bad_estimate_input_is_refused(runner: CliRunner, cwd: Path) -> None:
    code, _, err = invoke(runner, "Design X", "-e", "dau=lots", *ESTIMATE[2:])
    assert code == 2 and err == "designlint: error: --estimate: dau: cannot read 'lots' as a number\n"
    code, _, err = invoke(runner, "Design X", "-e", "dau=1M")
    assert code == 2 and "--estimate: missing input: --reads-per-user" in err
    assert list(cwd.iterdir()) == []


def test_lint_start_up_does_not_load_jinja() -> None:
    import subprocess
    import sys

    code = "import sys, designlint.cli; print(sorted(m for m in ('jinja2', 'jsonschema') if m in sys.modules))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
