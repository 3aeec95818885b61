"""A long fuzz campaign: lint many hostile documents in-process and report what went wrong.

    python bench/fuzz.py [--count 100000] [--seed 0] [--out bench/work/fuzz]

Inputs come from tests/markdown_gen.py (generated design docs and mutated fixtures and examples),
drawn by hypothesis with shrinking off. Every rule runs. For each input: an exception that
escapes, an X003 finding (by rule) or a finding outside the file is a failure, and its input is
saved under --out; the time per KB is kept, and an input under 100 KB taking over 2 s is
flagged (a 60 s alarm stops a hang). The report: inputs, crashes, X003s, slowest input per KB.
"""

from __future__ import annotations

import argparse
import collections
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from markdown_gen import hostile_docs, problems  # noqa: E402

from designlint.config import Config  # noqa: E402
from designlint.lint.engine import build_ruleset  # noqa: E402

SLOW_SECONDS, SLOW_BELOW = 2.0, 100_000


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Hang


class Campaign:
    def __init__(self, out: Path) -> None:
        self.out, self.count, self.failures = out, 0, collections.Counter[str]()
        self.slowest: tuple[float, int, float] = (0.0, 0, 0.0)  # (ms per KB, bytes, seconds)
        self.slow: list[tuple[int, float]] = []
        self.ruleset = build_ruleset(Config(profile="interview", root=ROOT))
        self.started = time.monotonic()

    def run_one(self, text: str) -> None:
        self.count += 1
        start = time.perf_counter()
        signal.alarm(60)
        try:
            found = problems(text, self.ruleset)
        except _Hang:
            found = ["hang: over 60 s"]
        finally:
            signal.alarm(0)
        self._timed(text, time.perf_counter() - start)
        for problem in found:
            self._failed(problem, text)
        if self.count % 1000 == 0:
            print(self.summary(), dict(self.failures.most_common()), file=sys.stderr, flush=True)

    def _timed(self, text: str, seconds: float) -> None:
        size = len(text.encode("utf-8", "replace"))
        per_kb = seconds * 1000 / max(size / 1024, 1)
        self.slowest = max(self.slowest, (per_kb, size, seconds))
        if size < SLOW_BELOW and seconds > SLOW_SECONDS:
            self.slow.append((size, seconds))
            self._save("slow", text)

    def _failed(self, problem: str, text: str) -> None:
        words = problem.split()
        kind = f"X003 {words[5]}" if words[0] == "X003" else words[0] + " " + words[1]
        self.failures[kind] += 1
        if self.failures[kind] <= 5:
            self._save(kind.replace(" ", "-").strip(":()"), text, problem)

    def _save(self, kind: str, text: str, problem: str = "") -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        name = f"{kind}-{self.count}"
        (self.out / f"{name}.md").write_text(text, encoding="utf-8", errors="replace")
        if problem:
            (self.out / f"{name}.txt").write_text(problem + "\n", encoding="utf-8")

    def summary(self) -> str:
        crashes = sum(n for kind, n in self.failures.items() if not kind.startswith("X003"))
        x003 = sum(n for kind, n in self.failures.items() if kind.startswith("X003"))
        per_kb, size, seconds = self.slowest
        return (
            f"{self.count} inputs in {time.monotonic() - self.started:.0f} s: {crashes} crashes, {x003} X003, "
            f"{len(self.slow)} under 100 KB over 2 s; slowest {per_kb:.1f} ms/KB ({size} bytes, {seconds:.2f} s)"
        )

    def report(self) -> dict[str, Any]:
        return {"summary": self.summary(), "failures": dict(self.failures.most_common()), "slow": self.slow}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "work" / "fuzz")
    args = parser.parse_args()
    campaign = Campaign(args.out)
    signal.signal(signal.SIGALRM, _alarm)
    options = settings(
        max_examples=args.count, deadline=None, database=None, phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )  # fmt: skip
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))  # stopped early: still report
    try:
        seed(args.seed)(options(given(hostile_docs())(campaign.run_one)))()
    finally:
        print(json.dumps(campaign.report(), indent=1))


if __name__ == "__main__":
    main()
