"""Hypothesis strategies for hostile Markdown: generated design docs and mutated fixtures.

Used by tests/test_fuzz.py (a thousand examples per run) and bench/fuzz.py (a long campaign).
Generated docs are built from the blocks a design write-up has (step headings, lists of
requirements, estimate lines with odd numbers, tables, code, quotes, front matter, suppression
comments) so the checks behind each step actually run; mutations start from the project's own
fixtures and examples and cut, repeat, splice and corrupt them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from designlint.errors import DesignlintError
from designlint.lint.engine import lint_text

ROOT = Path(__file__).resolve().parent.parent

_HEADINGS = (
    "Requirements", "Functional requirements", "Non-functional requirements", "Out of scope",
    "Back-of-the-envelope estimation", "Capacity estimation", "High-level design", "API", "Data model",
    "Architecture", "Deep dive", "Scaling", "Trade-offs", "Failure modes", "Step 2 - estimate", "",
)  # fmt: skip
_WORDS = (
    "users", "QPS", "reads", "writes", "per", "second", "day", "month", "latency", "p99", "ms", "availability",
    "99.9%", "storage", "TB", "GB", "KB", "bandwidth", "cache", "servers", "peak", "average", "DAU", "MAU",
    "requests/s", "sharding", "replica", "Kafka", "Redis", "because", "instead", "not", "only", "TODO", "so",
    "x", "*", "=", "+", "-", "/", "^", "(", ")", "[", "]", "~", "≈", ",", ".", ":", "|", "`", "<", ">", "#",
    "**", "_", "!", "e", "k", "million", "billion", "1e308", "1e-308", "0", "0.0", "-1", "NaN", "inf",
    "10^9", "2^64", "9" * 40, "1,000,000", "3.5k", "86400", "1/0", "(1 - 9)^0.5", "<!--", "-->", "\t", "\u00a0",
)  # fmt: skip
_MUTATION_UNITS = ("[", "(", "*", "|", "`", "<", "1,", "1.", "1x", "#", "> ", "- ", "\n", "=", "1e400", "0")


def _words() -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(_WORDS), st.integers(-(10**12), 10**12).map(str), st.text(max_size=6))
    return st.lists(word, max_size=14).map(" ".join)


@st.composite
def _estimate_line(draw: st.DrawFn) -> str:
    number = st.one_of(
        st.integers(-(10**20), 10**400).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.sampled_from(("1e308", "1e400", "0", "0.5", "1,000", "10k", "2.5 million", "10^9", "1e-320")),
    )
    operator = st.sampled_from((" * ", " x ", " × ", " / ", " + ", " - ", " ^ ", "**", " ÷ "))
    terms = draw(st.lists(number, min_size=1, max_size=5))
    operators = [draw(operator) for _ in terms[1:]]
    expression = terms[0] + "".join(op + term for op, term in zip(operators, terms[1:], strict=True))
    unit = draw(st.sampled_from(("", " QPS", " requests/s", " TB", " GB/day", " servers", " users")))
    return f"{draw(st.sampled_from(('', '- ', '* ', '| ')))}{draw(_words())} = {expression} = {draw(number)}{unit}"


@st.composite
def _block(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return "#" * draw(st.integers(1, 7)) + " " + draw(st.sampled_from(_HEADINGS) | _words())
    if kind == 1:
        items = draw(st.lists(_words() | _estimate_line(), min_size=1, max_size=6))
        indent = draw(st.integers(0, 4))
        return "\n".join(" " * (indent * (i % 3)) + draw(st.sampled_from(("- ", "* ", "1. "))) + t
                         for i, t in enumerate(items))  # fmt: skip
    if kind == 2:
        return "\n".join(draw(st.lists(_estimate_line(), min_size=1, max_size=4)))
    if kind == 3:
        return "```" + draw(st.sampled_from(("", "mermaid", "text"))) + "\n" + draw(_words()) + "\n```"
    if kind == 4:
        rows = draw(st.lists(st.lists(_words(), min_size=1, max_size=3), min_size=1, max_size=4))
        width = len(rows[0])
        return "\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
                         + ["| " + " | ".join(r) + " |" for r in rows[1:]])  # fmt: skip
    if kind == 5:
        return "> " * draw(st.integers(1, 4)) + draw(_words())
    if kind == 6:
        return "<!-- designlint-" + draw(st.sampled_from(("disable", "enable", "disable-next-line", "disable-file")))\
            + " " + draw(st.sampled_from(("", "E002", "R001, S001", "ALL", "nope"))) + " -->"  # fmt: skip
    if kind == 7:
        return "**" + draw(_words()) + ":**"
    if kind == 8:
        return draw(st.text(max_size=40))
    return draw(_words())


_FRONT_MATTER = st.sampled_from((
    "", "---\ntitle: x\n---\n", "---\ndesignlint-profile: essay\n---\n", "---\ndate: 2024-13-01\n---\n",
    "---\nn: " + "9" * 5000 + "\n---\n", "+++\ntitle = 'x'\n+++\n", "---\n: [\n---\n", "---\n" + "\n" * 50 + "---\n",
))  # fmt: skip


@st.composite
def markdown_docs(draw: st.DrawFn) -> str:
    """A design write-up of random blocks, under random (often step) headings."""
    blocks = draw(st.lists(_block(), max_size=25))
    newline = draw(st.sampled_from(("\n", "\r\n")))
    return draw(_FRONT_MATTER) + "\n\n".join(blocks).replace("\n", newline) + draw(st.sampled_from(("", "\n")))


@cache
def seed_docs() -> tuple[str, ...]:
    """The project's own Markdown: rule fixtures, team-repo fixtures and the examples."""
    paths = sorted((ROOT / "tests" / "fixtures").rglob("*.md")) + sorted((ROOT / "examples").glob("*.md"))
    return tuple(path.read_text(encoding="utf-8", errors="replace") for path in paths)


@st.composite
def _mutate(draw: st.DrawFn, text: str) -> str:
    size = len(text)
    start = draw(st.integers(0, size))
    end = draw(st.integers(start, min(size, start + 400)))
    op = draw(st.integers(0, 5))
    if op == 0:
        return text[:start] + text[end:]  # cut
    if op == 1:
        return text[:end] + text[start:end] * draw(st.integers(1, 20)) + text[end:]  # repeat
    if op == 2:
        return text[:start] + draw(st.sampled_from(_MUTATION_UNITS)) * draw(st.integers(1, 300)) + text[start:]
    if op == 3:
        return text[:start] + draw(_estimate_line() | _block()) + text[start:]
    if op == 4:
        lines = text.split("\n")
        return "\n".join(draw(st.permutations(lines)) if len(lines) < 60 else lines[::-1])
    return text[:start] + draw(st.text(max_size=20)) + text[end:]


@st.composite
def mutated_fixtures(draw: st.DrawFn) -> str:
    """A fixture or example after one to four random mutations."""
    text = draw(st.sampled_from(seed_docs()))
    for _ in range(draw(st.integers(1, 4))):
        text = draw(_mutate(text))
    return text


def hostile_docs() -> st.SearchStrategy[str]:
    return st.one_of(markdown_docs(), mutated_fixtures())


def problems(text: str, ruleset: Any) -> list[str]:
    """What is wrong with linting text: an escaped exception, an X003 finding, a line out of range.

    designlint's own errors are one-line messages the CLI prints with exit 2: not a crash.
    """
    try:
        findings = lint_text(text, "doc.md", ruleset)
    except DesignlintError as exc:  # a one-line error for the user (an unknown profile named in the doc)
        return [] if "\n" not in str(exc) else [f"multi-line error: {exc}"[:300]]
    except Exception as exc:  # noqa: BLE001 - the point is to catch whatever escapes
        return [f"exception {type(exc).__name__}: {exc}"[:300]]
    last = len(text.splitlines()) + 1
    found = [f"X003 {f.message}"[:300] for f in findings if f.rule_id == "X003"]
    found += [f"{f.rule_id} at line {f.line}, col {f.column} of {last - 1}" for f in findings
              if not (1 <= f.line <= last and f.column >= 1)]  # fmt: skip
    return found
