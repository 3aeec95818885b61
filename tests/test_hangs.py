"""Nothing makes a lint run wait for ever: FIFOs among the docs, a killed worker, endless stdin."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from designlint.cli import main
from designlint.errors import UsageError
from designlint.lint.run import STDIN_LIMIT, LintOptions
from designlint.reporting.report import Output, lint_and_report

WEAK = "# T\n\n## Deep dive\n\n## Notes\n\ntext\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("how", ["folder", "glob", "named"])
def test_a_fifo_among_the_docs_is_skipped_with_a_note(tmp_path: Path, how: str) -> None:
    (tmp_path / "doc.md").write_text(WEAK)
    os.mkfifo(tmp_path / "pipe.md")
    targets = {
        "folder": [str(tmp_path)],
        "glob": [f"{tmp_path}/*.md"],
        "named": [str(tmp_path / "pipe.md"), str(tmp_path / "doc.md")],
    }
    code = f"from designlint.cli import main; main(['lint', *{targets[how]!r}, '--no-cache', '--select', 'S003'])"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("pipe.md: skipped, not a regular file (a FIFO, socket or device)") == 1
    assert "doc.md:3:1: S003" in run.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_note_about_a_file_shows_escapes_in_its_name(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "\x1b[2Jx.md")
    (tmp_path / "doc.md").write_text(WEAK)
    result = CliRunner().invoke(main, ["lint", str(tmp_path), "--no-cache", "--select", "S003"])
    assert "\x1b" not in result.stderr and "\\x1b[2Jx.md: skipped, not a regular file" in result.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool forks")
def test_a_killed_worker_ends_the_run_with_an_error_not_a_wait() -> None:
    code = textwrap.dedent(
        """
        import os, signal
        from designlint import parallel
        from designlint.errors import UsageError

        def work(n):
            if n == 7:
                os.kill(os.getpid(), signal.SIGKILL)
            return n

        try:
            print(list(parallel.ordered_map(work, list(range(40)), 2)))
        except UsageError as exc:
            print("error:", exc.message)
        """
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "error: a worker process died while linting (killed, or out of memory); run again"


def test_stdin_is_read_up_to_the_limit_only() -> None:
    class Endless(io.TextIOBase):
        asked: list[int] = []

        def read(self, size: int | None = -1) -> str:
            assert size is not None and 0 < size <= STDIN_LIMIT + 1, "never read without a limit"
            self.asked.append(size)
            return "x" * size

    options = LintOptions(paths=("-",), cache=False)
    with pytest.raises(UsageError, match="standard input is over the 10,485,760-character limit"):
        lint_and_report(options, Output("text"), Endless(), io.StringIO(), io.StringIO(), lambda _m: None)
    assert Endless.asked == [STDIN_LIMIT + 1]


def test_stdin_within_the_limit_is_linted(runner) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(main, ["lint", "-", "--select", "S003", "--no-cache"], input=WEAK)
    assert result.exit_code == 0 and "<stdin>:3:1: S003" in result.output
    big = runner.invoke(main, ["lint", "-", "--no-cache"], input="a" * (STDIN_LIMIT + 1))
    assert big.exit_code == 2 and big.output.count("\n") == 1 and "over the 10,485,760-character" in big.output
