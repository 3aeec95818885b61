"""A run's progress as files finish: running counts, the output sink, and a progress bar.

The bar goes to stderr for long runs, shown only to a person watching a terminal: never in CI
logs (CI set), when stderr is piped or redirected, for machine formats, or with --quiet. It
appears only once a run has lasted a moment, so short runs print nothing extra.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import IO, TYPE_CHECKING

from designlint.findings import Finding, Severity

if TYPE_CHECKING:
    from designlint.config import Config

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


class Tally:
    """What the summary, statistics and exit code need, counted instead of kept."""

    def __init__(self, fail_on: str | None) -> None:
        self.cli_fail_on, self.fail_on = fail_on, "error"
        self.files = 0
        self.severities: Counter[Severity] = Counter()
        self.by_rule: Counter[tuple[str, str]] = Counter()
        self.paths: set[str] = set()
        self.configs: dict[int, Config] = {}

    def add(self, config: Config, findings: list[Finding]) -> None:
        self.files += 1
        self.configs[id(config)] = config
        self.fail_on = self.cli_fail_on or config.fail_on or self.fail_on
        for f in findings:
            self.severities[f.severity] += 1
            self.by_rule[(f.rule_id, f.rule_name)] += 1
            self.paths.add(f.path)

    def exit_code(self, exit_zero: bool) -> int:
        if any(rule_id == "X003" for rule_id, _ in self.by_rule):  # an internal error
            return 2
        threshold = Severity(self.fail_on).rank
        failing = any(severity.rank >= threshold for severity in self.severities)
        return 1 if failing and not exit_zero else 0

    def summary(self) -> str:
        """The text formatter's last line, from the running counts."""
        from designlint.formatters.text import summary_of

        return summary_of(self.severities, len(self.paths), self.files)

    def statistics(self) -> list[str]:
        ordered = sorted(self.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
        return [f"{count:5d}  {rule_id}  {name}" for (rule_id, name), count in ordered]


class Sink:
    """Writes to stdout as it goes, or collects the text for an atomic write of --output-file."""

    def __init__(self, stream: IO[str], output_file: Path | None) -> None:
        self.stream, self.output_file = stream, output_file
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        if not text:
            return
        if self.output_file is not None:
            self.parts.append(text)
            return
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        if self.output_file is not None:
            from designlint.atomic import write_atomic

            write_atomic(self.output_file, "".join(self.parts))
