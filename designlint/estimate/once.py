"""Each calculation reported once: the finder's readers may find one working twice, on a line and on that line
joined to the next, or in words and in symbols."""

from __future__ import annotations

from designlint.estimate.judge import OK, SKIP, Verdict
from designlint.estimate.sides import Candidate


def once_per_span(found: list[Candidate]) -> list[Candidate]:
    """Each calculation once, in line order: a line read alone and read again joined to the next ("= $6,750/day,"
    over "about $2.5M per year") gives the same working twice, a line apart."""
    seen: dict[tuple[str, str], int] = {}
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: c.line):
        key = (" ".join(candidate.expression.text.split()), candidate.stated.text)
        if key in seen and candidate.line - seen[key] <= 1:
            continue
        seen[key] = candidate.line
        kept.append(candidate)
    return kept


def one_slip_each(judged: list[tuple[Candidate, Verdict]]) -> list[tuple[Candidate, Verdict]]:
    """A slip two readings of a line both find is reported once, in the fuller working: "3,000 GPU-hours of work
    each day, and spread over 24 hours that is about 250 GPUs" is "3,000 GPU-hours of work each day / 24 hours" in
    words and "3,000 / 24 hours" in symbols."""
    fullest: dict[tuple[int, str], Candidate] = {}
    for candidate, found in judged:
        if found.kind in (OK, SKIP):
            continue
        best = fullest.setdefault(_slip_key(candidate), candidate)
        if len(candidate.expression.text) > len(best.expression.text):
            fullest[_slip_key(candidate)] = candidate
    return [(c, v) for c, v in judged if v.kind in (OK, SKIP) or fullest[_slip_key(c)] is c]


def _slip_key(candidate: Candidate) -> tuple[int, str]:
    """The line and the stated value from its figure on, its words of approximation aside (the lexer's): "times 365
    is about 50 GB a year" read as words and as symbols states "about 50 GB" once and "50 GB" once."""
    stated = candidate.stated
    return candidate.line, stated.slice(stated.node.start, stated.node.end)
