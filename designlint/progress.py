"""A progress bar on stderr for long runs, shown only to a person watching a terminal.

Never in CI logs (CI set), when stderr is piped or redirected, for machine formats, or with
--quiet. It appears only once a run has lasted a moment, so short runs print nothing extra.
"""

from __future__ import annotations

import os
import shutil
import time
from typing import IO

DELAY = 0.5  # seconds before the bar first appears
INTERVAL = 0.1  # seconds between redraws


def wanted(stream: IO[str], fmt: str, quiet: bool) -> bool:
    """True when a bar helps: a human-readable format going to a person at a terminal."""
    if fmt != "text" or quiet or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Files done out of total, redrawn in place; clear() before other output shares the terminal."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total = self.done = 0
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.shown = False

    def start(self, total: int) -> None:
        """The number of files is known: count from here."""
        self.total, self.done = total, 0
        self.started = time.monotonic()

    def advance(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started >= DELAY and now - self.drawn_at >= INTERVAL:
            self._draw()
            self.drawn_at = now

    def _draw(self) -> None:
        width = max(10, min(40, shutil.get_terminal_size((80, 24)).columns - 40))
        filled = width * self.done // max(1, self.total)
        bar = "#" * filled + "-" * (width - filled)
        percent = 100 * self.done // max(1, self.total)
        self.stream.write(f"\r\x1b[Klinting [{bar}] {self.done}/{self.total} files {percent:3d}%")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
