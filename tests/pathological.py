"""Pathological inputs for the linear-time tests and bench/pathological.py.

Each case builds a document of roughly n characters from one hostile pattern. The payload
goes into every step of the framework (as a paragraph, a list item and a heading) so every
step's checks read it. `growth` lints a case at n and 4n in a forked child and `measure` in a
fresh interpreter; both count the CPU seconds of the lint alone (import and rule loading
excluded), so a shared machine's load and the start-up cost do not blur the ratio.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from designlint.lint.engine import lint_text

_STEPS = ("Requirements", "Back-of-the-envelope estimation", "High-level design", "Deep dive")


def _in_steps(payload: str) -> str:
    parts = ["# A design\n"]
    for step in _STEPS:
        parts.append(f"## {step}\n\n{payload}\n\n- {payload}\n\n### {payload}\n")
    return "\n".join(parts)


def _line(unit: str) -> Callable[[int], str]:
    return lambda n: _in_steps(unit * max(n // (8 * len(unit)), 1))


def _headings(n: int) -> str:
    return "# A design\n\n" + "#\n" * (n // 2)


def _titled_headings(n: int) -> str:
    return "# A design\n\n" + "## Requirements\n" * (n // 16)


def _front_matter(n: int) -> str:
    return "---\n" + "\n" * n + "---\n# A design\n"


def _nested(marker: str) -> Callable[[int], str]:
    return lambda n: "# A design\n\n## Requirements\n\n" + marker * (n // len(marker)) + "x\n"


def _table(n: int) -> str:
    rows = "| a | 1 |\n" * max(n // 80, 1)
    return _in_steps("| k | v |\n|---|---|\n" + rows)


def _real(n: int) -> str:
    """The project's examples, repeated to n characters: the ordinary case, for the 5 and 50 MB sizes."""
    root = Path(__file__).resolve().parent.parent / "examples"
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("*.md")))
    return (text * (n // len(text) + 1))[:n]


def _repeated_steps(n: int) -> str:
    """Many short step sections, each proposing a technology: per-sentence work over every section."""
    unit = (
        "## High-level design\n\nWe put Kafka between the API and the workers.\n\n## Deep dive\n\nRedis holds it.\n\n"
    )
    return "# A design\n\n" + unit * max(n // len(unit), 1)


def _lines(unit: str) -> Callable[[int], str]:
    return lambda n: _in_steps((unit + "\n") * max(n // (8 * (len(unit) + 1)), 1))


def _paragraphs(unit: str) -> Callable[[int], str]:
    """Paragraphs of one short line each, a label again and again ("api" alone over nothing but the next)."""
    return lambda n: _in_steps((unit + "\n\n") * max(n // (8 * (len(unit) + 2)), 1))


def _run_then(unit: str, tail: str) -> Callable[[int], str]:
    """One long run of unit, then a tail that a pattern looks for after such a run (", roughly 5 GB")."""
    return lambda n: _in_steps(unit * max(n // (8 * len(unit)), 1) + tail)


def _indented(n: int) -> str:
    """A body indented as a word processor exports it: one long indented block of short prose lines."""
    return "# A design\n\nNotes\n\n" + "        ● one two three four five six\n" * max(n // 40, 1)


CASES: dict[str, Callable[[int], str]] = {
    "brackets": _line("["),
    "closing-brackets": _line("]"),
    "parens": _line("("),
    "stars": _line("*"),
    "underscores": _line("_"),
    "pipes": _line("|"),
    "backticks": _line("`"),
    "angles": _line("<"),
    "link-openers": _line("[]("),
    "bang-links": _line("![a]("),
    "html-comments": _line("<!--"),
    "digits": _line("1"),
    "digits-spaced": _line("1 "),
    "commas": _line("1,"),
    "dots": _line("1."),
    "times": _line("1x"),
    "plus": _line("1+"),
    "equals": _line("1="),
    "power": _line("2^"),
    "open-calc": _line("(1"),
    "exponents": _line("1e"),
    "rates": _line("1/s "),
    "colons": _line("a: "),
    "words": _line("latency "),
    "bold": _line("**a"),
    "short-lines": _lines("a"),
    # a paragraph of notes: each line a statement that carries the whole paragraph (checks/statements.py)
    "note-lines": _lines("we shard the orders table by user id now"),
    "part-names": _paragraphs("api"),
    "fences": _lines("~~~"),
    "fenced-turns": _lines("```\nQ: a?\nA: b\nQ: c?\nA: d\n```"),
    "typed-bullets": _lines("• a"),
    "roughly": _run_then("1", ", roughly 5 GB/s"),
    "priced-at": _run_then("1", " TB at $5/TB = $3"),
    "daily-span": _run_then("1", " GB a day, for 1 year ~ 5 TB"),
    "wrapped-calc": _lines("1 x"),
    "framed-titles": _paragraphs("--- a ---"),
    "indented-prose": _indented,
    "led-groups": _paragraphs("• a\n• b c d e f g\n• h i j k l m"),
    "headings": _headings,
    "titled-headings": _titled_headings,
    "front-matter": _front_matter,
    "deep-list": _nested("- "),
    "deep-quote": _nested("> "),
    "deep-ordered": _nested("1. "),
    "table": _table,
    "real": _real,
    "repeated-steps": _repeated_steps,
}

Work = Callable[[str], object]


def seconds(work: Work, text: str, repeat: int) -> float:
    """Least CPU seconds of `repeat` runs of work(text) (the least is the one least disturbed)."""
    best = math.inf
    for _ in range(repeat):
        start = time.process_time()
        work(text)
        best = min(best, time.process_time() - start)
    return best


def linter(ruleset: Any) -> Work:
    return lambda text: lint_text(text, "doc.md", ruleset)


def _growth_child(conn: Connection, build: Callable[[int], str], n: int, work: Work) -> None:
    work(build(64))  # term lists compiled before the clock starts
    conn.send((seconds(work, build(n), 3), seconds(work, build(4 * n), 2)))


def growth(build: Callable[[int], str], n: int, work: Work, timeout: float = 60) -> tuple[float, float]:
    """CPU seconds of work on build(n) and on build(4n), in a forked child killed after timeout."""
    ours, theirs = get_context("fork").Pipe(duplex=False)
    child = get_context("fork").Process(target=_growth_child, args=(theirs, build, n, work))
    child.start()
    try:
        if not ours.poll(timeout):
            raise TimeoutError(f"n={n} did not finish in {timeout} s")
        small, large = ours.recv()
        return float(small), float(large)
    finally:
        child.kill()
        child.join()


_CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from pathological import CASES, linter, seconds
from designlint.config import Config
from designlint.lint.engine import build_ruleset, lint_text
text = CASES[sys.argv[2]](int(sys.argv[3]))
ruleset = build_ruleset(Config(profile="interview", root=Path(sys.argv[4])))
lint_text(CASES[sys.argv[2]](64), "doc.md", ruleset)
findings = lint_text(text, "doc.md", ruleset)
internal = sorted({f.rule_id for f in findings if f.rule_id == "X003"})
print(json.dumps({"seconds": seconds(linter(ruleset), text, 1), "size": len(text), "internal": internal}))
"""


def measure(case: str, n: int, root: str, timeout: float = 3600, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Lint CASES[case](n) in a fresh interpreter: CPU seconds of one lint, size, X003 findings.
    env (with PYTHONPATH) measures another copy of designlint."""
    tests = str(Path(__file__).resolve().parent)
    args = [sys.executable, "-c", _CHILD, tests, case, str(n), root]
    # cwd: the tests folder, so that no designlint package in the current folder shadows PYTHONPATH
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=True, env=env, cwd=tests)
    result: dict[str, Any] = json.loads(done.stdout)
    return result
