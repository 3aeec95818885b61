"""Checks for the arithmetic rules: stated calculations, their units, and figures stated twice."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.doc.context import Context
from designlint.doc.items import goes_on
from designlint.doc.model import Block
from designlint.doc.vocabulary import terms_pattern
from designlint.estimate import conventions, figures, slips
from designlint.estimate.capacity import capacity_candidates
from designlint.estimate.finder import MAX_LINE, candidates, nested_candidates
from designlint.estimate.judge import ARITHMETIC, OK, ROUNDING, SLIP, UNIT, Verdict, judge
from designlint.estimate.overlines import kept_over_lines, peaked_in_line, peaked_over_lines, restated_over_lines
from designlint.estimate.parser import Reading, evaluate, explicit_units
from designlint.estimate.prose import bits_restated, chained_items, may_chain, prose_candidates
from designlint.estimate.quantity import DEFAULT_PERIODS, format_quantity
from designlint.estimate.sides import DIGIT, Candidate
from designlint.findings import Hit

# Code blocks in these languages hold programs, whose `=` assigns rather than states a result.
PLAIN_CODE = {"", "text", "txt", "plain", "plaintext", "math", "none", "console", "markdown", "md"}
SKIPPED_BLOCKS = {"html", "comment", "rule"}

TOLERANCE = {"tolerance": {"type": "number", "exclusiveMinimum": 0, "maximum": 1}}
ARITHMETIC_ERROR = {"properties": {**TOLERANCE}}
UNIT_MISMATCH = {"properties": {**TOLERANCE, "totals": {"type": "string"}}}
INCONSISTENT_FIGURE = {
    "properties": {
        "ratio": {"type": "number", "exclusiveMinimum": 1},
        "figures": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        "scenario": {"type": "string"},
    },
}


def readable_lines(ctx: Context) -> Iterator[tuple[int, str]]:
    """(line number, text) of every line a calculation may sit on: prose, lists, tables, plain code."""
    for block in ctx.blocks:
        if block.kind in SKIPPED_BLOCKS or _program(block):
            continue
        for offset, text in enumerate(block.text.split("\n")):
            if len(text) <= MAX_LINE and DIGIT.search(text):
                yield block.line + offset, text


def _program(block: Block) -> bool:
    """A code block in a programming language: its lines are code, not notes."""
    return block.kind == "code" and block.info.strip().split(" ")[0].lower() not in PLAIN_CODE


def _raw_lines(ctx: Context) -> list[tuple[int, str]]:
    return ctx.once("arithmetic.raw_lines", lambda: list(readable_lines(ctx)))


def _lines(ctx: Context) -> list[tuple[int, str]]:
    return ctx.once("arithmetic.readable_lines", lambda: _as_read(ctx, _raw_lines(ctx)))


def _as_read(ctx: Context, rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rows with the doc's numbers as the finder reads them: "17,5" as 17.5 in a doc that writes decimal
    commas, "86 400" as 86400 in one that groups thousands with spaces (conventions.continental and
    conventions.spaced_thousands, decided once per doc from the lines _lines reads)."""
    rows = [(number, conventions.untexed(text)) for number, text in rows]  # "$200\text{k} \times 0.1$"
    if ctx.once("arithmetic.spaced", lambda: conventions.spaced_thousands(t for _, t in _raw_lines(ctx))):
        rows = [(number, conventions.with_joined_groups(text)) for number, text in rows]  # "86 400"
    if not ctx.once("arithmetic.continental", lambda: conventions.continental(t for _, t in _raw_lines(ctx))):
        return rows
    return [(number, conventions.with_points(text)) for number, text in rows]


def _verdicts(ctx: Context, options: Mapping[str, Any]) -> list[tuple[Candidate, Verdict]]:
    """Every calculation with its verdict; E002, E006 and E007 share them (once per document and tolerance)."""
    tolerance = float(options.get("tolerance", 0.15))
    return ctx.once(("arithmetic._verdicts", tolerance), lambda: _judge_all(ctx, tolerance))


def _judge_all(ctx: Context, tolerance: float) -> list[tuple[Candidate, Verdict]]:
    lines = _lines(ctx)
    periods = conventions.periods(text for _, text in lines)

    def scaled() -> list[tuple[float, str]]:  # read only when a calculation fails, so most docs never pay for it
        return ctx.once("arithmetic.scaled", lambda: slips.scaled_figures(text for _, text in lines))

    texts = dict(lines)

    def verdict(candidate: Candidate) -> Verdict:
        found = judge(candidate, periods, tolerance, scaled)
        if found.kind == OK or not conventions.counts_workdays(texts.get(candidate.line, "")):
            return found
        again = judge(candidate, conventions.working(periods), tolerance, scaled)  # "per weekday ... per week"
        return again if again.kind == OK else found

    return [(c, verdict(c)) for c in _once_per_span(_line_candidates(lines) + _block_candidates(ctx))]


def _once_per_span(found: list[Candidate]) -> list[Candidate]:
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


def _line_candidates(lines: list[tuple[int, str]]) -> list[Candidate]:
    """Calculations written on one line, with symbols or, failing that, in words; a rate restated after
    "so" ("= 30B inserts a day, so ~35k writes/s") or in bits ("= 33 MB/s, about 264 Mbps") is read beside
    the symbols."""
    found: list[Candidate] = []
    for number, text in lines:
        if _CONTINUES.match(text):
            continue
        symbols = list(candidates(text, number))
        words = prose_candidates(text, number) if not symbols or " so " in text or bits_restated(text) else iter(())
        seen = {c.source for c in symbols}
        found += symbols + [c for c in words if not symbols or (c.conversion and c.source not in seen)]
        found += capacity_candidates(text, number)
        peak = peaked_in_line(text)  # "2.3k writes/s average, peak 3x, roughly 9k writes/s"
        stated = {c.stated.text for c in symbols}
        found += [c for c in candidates(peak, number) if c.stated.text not in stated] if peak else []
    return found


def _block_candidates(ctx: Context) -> list[Candidate]:
    """Calculations spread over lines: under a list item, down a run of bullets, a paragraph's lines or a plain
    code block's ("5M x 120 KB = 600 GB/day" over "x 365 = 219 TB/year")."""
    found: list[Candidate] = []
    for block in ctx.blocks:
        if block.kind not in {"list", "paragraph", "code"} or "\n" not in block.text or _program(block):
            continue
        rows = _as_read(ctx, list(enumerate(block.text.split("\n"), start=block.line)))
        bullets = block.kind == "list"
        found += nested_candidates(rows) if bullets else []
        found += _kept(rows, wrapped=block.kind == "paragraph", code=block.kind == "code")
        if block.kind != "code" and may_chain(block.text):
            found += [c for n, t in chained_items(rows, bullets) for c in prose_candidates(t, n)]
    return found


def _kept(rows: list[tuple[int, str]], wrapped: bool = False, code: bool = False) -> list[Candidate]:
    """A daily amount ending one line, kept for a span or restated per year on the next, or a rate raised by a
    peak factor on the next (see phrasing.kept_over_lines, restated_over_lines and peaked_over_lines). A code
    block's line stands alone unless the next opens with an operator: it works on this line's result."""
    found: list[Candidate] = []
    for (above, line), (number, below) in zip(rows, rows[1:], strict=False):
        joined = kept_over_lines(line, below) or peaked_over_lines(line, below) or restated_over_lines(line, below)
        if joined:
            found += candidates(joined, number)
        elif wrapped or goes_on(below) or (code and _BROKEN_START.match(below)):  # one sentence or step going on
            found += _wrapped(above, line, number, below)
    return found


# A line that goes on multiplying or dividing what the line above ended with ("x 400 trucks / 5 s = 1,600
# pings/s" under "even 20 cities"): alone it holds a piece of a calculation, read only joined to that line.
_CONTINUES = re.compile(r"^\s*(?:[×÷]|x\s)")
# A paragraph's line broken inside a calculation: it ends with an operator ("then 1.3m/s /") or the next
# line opens with one or with the result's sign ("≈ 160 workers").
_BROKEN_END = re.compile(r"(?:[×*/+=≈→]|\sx|->)\s*$")
_BROKEN_START = re.compile(r"^\s*(?:[×*/=≈→]|x\s|->)")


def _wrapped(above: int, line: str, number: int, below: str) -> list[Candidate]:
    """The calculations a line broken inside one makes when joined again, those of each line alone aside:
    in symbols broken at an operator, or in words broken mid-sentence ("so 5M reports a" over "day, which
    is about 58 writes per second")."""
    if _BROKEN_END.search(line) or _BROKEN_START.match(below):
        read, joined = candidates, f"{line} {below}"
    elif not _SENTENCE_ENDS.search(line) and DIGIT.search(line) and DIGIT.search(below):
        read, joined = prose_candidates, f"{line.rstrip()} {below.lstrip()}"
    else:
        return []
    pairs = ((line, above), (below, number))
    alone = {(c.expression.text, c.stated.text) for text, at in pairs for c in read(text, at)}
    return [c for c in read(joined, number) if (c.expression.text, c.stated.text) not in alone]


_SENTENCE_ENDS = re.compile(r"[.!?:;]\s*$")


def calculations(ctx: Context) -> list[Candidate]:
    """Every stated calculation of the document: the numbers it derives rather than assumes."""
    return [candidate for candidate, _ in _verdicts(ctx, {})]


def arithmetic_error(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A stated result that its own expression does not give."""
    for candidate, verdict in _verdicts(ctx, options):
        if verdict.kind != ARITHMETIC:
            continue
        args = {
            "expression": candidate.expression.text,
            "computed": verdict.computed,
            "as_written": " as written" if verdict.as_written else "",
            "stated": candidate.stated.text,
            "hint": f"; {verdict.hint}" if verdict.hint else "",
            "assumed": f" ({verdict.assumed})" if verdict.assumed else "",
        }
        yield Hit(candidate.line, args=args, variant=_certainty(verdict), context=candidate.source)


def _certainty(verdict: Verdict) -> str:
    """An error needs every token read one way and the result far off; anything less is a warning."""
    return "" if verdict.certain else "uncertain"


def calculation_note(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A calculation that holds once a notation slip is read past, or that is rounded loosely."""
    for candidate, verdict in _verdicts(ctx, options):
        if verdict.kind not in {SLIP, ROUNDING}:
            continue
        args = {
            "expression": candidate.expression.text,
            "computed": verdict.computed,
            "stated": candidate.stated.text,
            "fix": verdict.hint,
            "assumed": f" ({verdict.assumed})" if verdict.assumed else "",
        }
        yield Hit(candidate.line, args=args, variant=verdict.variant, context=candidate.source)


def unit_mismatch(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A stated result whose unit cannot follow from the units of its expression."""
    for candidate, verdict in _verdicts(ctx, options):
        if verdict.kind == OK and _total_as_rate(candidate, ctx, options.get("totals", "total-labels")):
            verdict = _total_verdict(candidate)
        if verdict.kind != UNIT:
            continue
        detail = verdict.hint or "the units of the two sides cannot match; fix the unit or the expression"
        args = {
            "expression": candidate.expression.text,
            "computed": verdict.computed,
            "stated": candidate.stated.text,
            "detail": detail,
            "assumed": f" ({verdict.assumed})" if verdict.assumed else "",
        }
        yield Hit(candidate.line, args=args, variant=_certainty(verdict), context=candidate.source)


def _total_as_rate(candidate: Candidate, ctx: Context, totals: str) -> bool:
    """ "Daily storage = 10M x 300 bytes = 3 GB/s": bytes times a count, named as a total, stated as a rate."""
    expr_bytes, expr_time = explicit_units(candidate.expression.node)
    stated = candidate.stated.node
    per_second = any(t.rate == "second" for t in stated.tokens())
    stated_bytes = explicit_units(stated)[0]
    if not (expr_bytes and stated_bytes and per_second and not expr_time):
        return False
    return bool(ctx.terms(totals).search(candidate.label))  # compiled only when a line gets this far


def _total_verdict(candidate: Candidate) -> Verdict:
    computed = format_quantity(evaluate(candidate.expression.node, Reading(DEFAULT_PERIODS)))
    detail = f"'{candidate.label}' names an amount, but the result is stated per second"
    return Verdict(UNIT, computed, f"{detail}: drop the /s or divide by a time")


def inconsistent_figure(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A named figure (DAU, write QPS) stated with materially different values."""
    scenario = options.get("scenario", "figure-scenario")
    names = options.get("figures", [])
    lines = _lines_naming(ctx, names)
    ratio = float(options.get("ratio", 1.5))
    calculations = [candidate for candidate, _ in _verdicts(ctx, {})]
    for name in names:
        pattern = ctx.terms(name)
        stated = [*figures.statements(name, pattern, lines), *figures.from_calculations(name, pattern, calculations)]
        by_line = {f.line: f for f in reversed(stated) if not ctx.terms(scenario).search(f.source)}
        found = [by_line[line] for line in sorted(by_line)]
        qualified = figures.qualified_values(pattern, calculations)
        for first, later in figures.disagreements(found, ratio, qualified):
            args = {
                "figure": name.removeprefix("figure-").replace("-", " "),
                "value": later.text,
                "first": first.text,
                "first_line": first.line,
            }
            yield Hit(later.line, args=args, context=f"{name}:{later.text}")


def _lines_naming(ctx: Context, names: list[str]) -> list[tuple[int, str]]:
    """The readable lines that name one of the figures: one search a line for all their terms together.

    A list name the vocabulary lacks adds no term here; reading that figure reports it.
    """
    if not names:
        return []
    union = terms_pattern(tuple(term for name in names for term in ctx.vocabulary.get(name, ())))
    return [(number, text) for number, text in _lines(ctx) if union.search(text)]


CHECKS: dict[str, Check] = {
    "arithmetic_error": Check(arithmetic_error, ARITHMETIC_ERROR),
    "unit_mismatch": Check(unit_mismatch, UNIT_MISMATCH),
    "inconsistent_figure": Check(inconsistent_figure, INCONSISTENT_FIGURE),
    "calculation_note": Check(calculation_note, ARITHMETIC_ERROR),
}
