"""Named figures (DAU, write QPS) stated in more than one place, and whether they agree.

A figure is read only in two plain shapes: "100M DAU" (value then name) and
"DAU: 100M" / "DAU = 100M" / "DAU of 100M" (name then value). A value that is an
operand ("100M DAU x 5"), a qualified name ("peak read QPS") or a line about another
scenario ("if DAU grows to 1B") is not a statement of the figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from designlint.estimate.lexer import tokenize
from designlint.estimate.parser import ParseError, Reading, evaluate, parse
from designlint.estimate.quantity import DEFAULT_PERIODS, EvalError
from designlint.estimate.sides import Candidate

_VALUE = r"[~≈]?\s*\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|mil|bn|[kKMBT])(?![\w]))?"
_QUALIFIER = re.compile(r"\b(?:peak|max(?:imum)?|avg|average|min(?:imum)?|p\d\d|total|new|extra)\b", re.IGNORECASE)
_OPERAND = re.compile(r"^\s*(?:[x×*/÷^+]|\bx\b)")


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    line: int
    value: float
    text: str
    source: str  # the whole line


def statements(name: str, pattern: re.Pattern[str], lines: Iterable[tuple[int, str]]) -> Iterator[Figure]:
    """Every plain statement of the named figure, in line order."""
    before = re.compile(rf"({_VALUE})\s*(?:{pattern.pattern})", re.IGNORECASE)
    after = re.compile(rf"(?:{pattern.pattern})\s*(?:[:=]|\bis\b|\bof\b|\bat\b)\s*({_VALUE})", re.IGNORECASE)
    for number, line in lines:
        if not pattern.search(line):
            continue
        for m in (*before.finditer(line), *after.finditer(line)):
            figure = _figure(name, number, line, m)
            if figure is not None:
                yield figure


def from_calculations(name: str, pattern: re.Pattern[str], found: Iterable[Candidate]) -> Iterator[Figure]:
    """Results of calculations whose label names the figure: "Write QPS = ... = ~115 writes/sec"."""
    for candidate in found:
        number = candidate.stated.node.number
        label = candidate.label
        if number is None or not pattern.fullmatch(label.strip()) or _QUALIFIER.search(label):
            continue
        text = candidate.stated.text
        yield Figure(name, candidate.line, number.value, text, f"{label} = {text}")


def qualified_values(pattern: re.Pattern[str], found: Iterable[Candidate]) -> list[float]:
    """Results of calculations of a qualified form of the figure ("Peak read QPS = ... = 1,840").

    A later plain mention of such a value ("at about 1,840 reads/sec") restates it
    rather than contradicting the average, so it is no disagreement.
    """
    values = []
    for candidate in found:
        number = candidate.stated.node.number
        if number is not None and pattern.search(candidate.label) and _QUALIFIER.search(candidate.label):
            values.append(number.value)
    return values


def _figure(name: str, number: int, line: str, m: re.Match[str]) -> Figure | None:
    # A qualifier anywhere on the line ("1,840 reads/sec at peak") makes it another figure.
    if _QUALIFIER.search(line):
        return None
    if _OPERAND.match(line[m.end() :]) or re.search(r"[x×*/÷^]\s*$", line[: m.start()]):
        return None
    value = _value(m.group(1))
    return None if value is None or value <= 0 else Figure(name, number, value, m.group(1).strip(), line)


def _value(text: str) -> float | None:
    tokens = tokenize(text.strip())
    try:
        node, end = parse(tokens)
        value = evaluate(node, Reading(DEFAULT_PERIODS)).value
    except (ParseError, EvalError):
        return None
    return value if end == len(tokens) else None


def _apart(a: float, b: float, ratio: float) -> bool:
    """Two statements of a figure differ by more than ratio; a zero figure is no claim to compare."""
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low > ratio


def disagreements(figures: list[Figure], ratio: float, also: Iterable[float] = ()) -> Iterator[tuple[Figure, Figure]]:
    """(first statement, later statement) pairs whose values differ by more than ratio.

    A later value close to one of `also` (the doc's peak or other qualified results) agrees.
    """
    if not figures:
        return
    first = figures[0]
    known = [v for v in also if v > 0]
    for later in figures[1:]:
        if _apart(first.value, later.value, ratio) and all(_apart(v, later.value, ratio) for v in known):
            yield first, later
