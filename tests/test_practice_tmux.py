"""`designlint practice` end to end on a real terminal: tmux runs it, the test reads the screen.

--minutes takes fractions, so a whole run lasts a few seconds: 0.05 minutes is three.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="needs tmux (.ci/run installs it with apt-get)")


def designlint() -> list[str]:
    """The installed command when there is one (a fresh install), else this interpreter's module."""
    script = Path(sys.executable).with_name("designlint")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "designlint"]


class Pane:
    def __init__(self, socket: Path, folder: Path) -> None:
        self.socket, self.folder = socket, folder

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        found = subprocess.run([TMUX, "-S", str(self.socket), "-f", "/dev/null", *args], capture_output=True, text=True)
        return found.stdout

    def start(self, args: list[str]) -> None:
        command = shlex.join([*designlint(), *args]) + "; echo EXIT=$?; sleep 120"
        self.tmux("new-session", "-d", "-s", "run", "-x", "160", "-y", "50", "-c", str(self.folder), "bash", "-c", command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "run", "-S", "-100")

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen:\n{self.screen()}")


@pytest.fixture
def pane(tmp_path: Path) -> Iterator[Pane]:
    # A socket of its own, in a short path (sockets allow about 100 characters), removed afterwards.
    sockets = Path(tempfile.mkdtemp(prefix="dl-tmux-"))
    found = Pane(sockets / "s", tmp_path)
    try:
        yield found
    finally:
        found.tmux("kill-server")
        shutil.rmtree(sockets, ignore_errors=True)


def test_a_timed_run_counts_down_then_writes_the_report(pane: Pane, tmp_path: Path) -> None:
    pane.start(["practice", "--question", "url-shortener", "--minutes", "0.05"])
    pane.wait_for("The clock is running")
    shown = pane.wait_for("EXIT=")
    assert "EXIT=0" in shown
    assert "1/5 Requirements and scope" in shown and "4/5 Deep dive" in shown
    assert "[########################]  0:00 left, 0:00 in all" in shown  # the last step ran to its end
    assert "Time is up." in shown
    report = tmp_path / "practice-url-shortener.report.html"
    assert "wrote practice-url-shortener.report.html: score " in shown and report.is_file()
    page = report.read_text(encoding="utf-8")
    assert "<title>Design a URL shortener: designlint report</title>" in page


def test_ctrl_c_stops_early_and_still_reports(pane: Pane, tmp_path: Path) -> None:
    pane.start(["practice", "--question", "chat", "--minutes", "10"])
    pane.wait_for("1/5 Requirements and scope")
    pane.tmux("send-keys", "-t", "run", "C-c")
    shown = pane.wait_for("EXIT=", timeout=30)
    assert "Stopped early." in shown and "EXIT=0" in shown and "Time is up." not in shown
    assert (tmp_path / "practice-chat.report.html").is_file()
