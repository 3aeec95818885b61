"""Every stated calculation of a document, found and judged once per document: the lines one may sit on
(prose, lists, tables, plain code; the doc's way of writing numbers taken into account), the calculations
written on one line, spread over lines or broken across them, and each one's verdict. The arithmetic rules
(checks/arithmetic.py) report from the verdicts; the checks that ask which numbers a doc derives, C002's
reader of stated numbers and the HTML report take the calculations or the lines from here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from designlint.doc.context import Context
from designlint.doc.document import Block
from designlint.doc.items import goes_on
from designlint.doc.noted import as_notes, program
from designlint.estimate import conventions, slips
from designlint.estimate.capacity import capacity_candidates, capacity_over_lines
from designlint.estimate.finder import MAX_LINE, candidates, nested_candidates
from designlint.estimate.judge import OK, Verdict, judge
from designlint.estimate.kept import DAILY_AMOUNT
from designlint.estimate.once import once_per_span, one_slip_each
from designlint.estimate.overlines import (
    kept_over_lines,
    peaked_in_line,
    peaked_over_lines,
    period_rows,
    restated_over_lines,
    shrunk_over_lines,
    sized_over_lines,
)
from designlint.estimate.prose import (
    bits_restated,
    chained_items,
    may_chain,
    period_restated,
    prose_candidates,
    with_worded_results,
)
from designlint.estimate.referred import times_referred
from designlint.estimate.sides import DIGIT, Candidate

SKIPPED_BLOCKS = {"html", "comment", "rule"}


def readable_lines(ctx: Context) -> Iterator[tuple[int, str]]:
    """(line number, text) of every line a calculation may sit on: prose, lists, tables, plain code."""
    for block in ctx.blocks:
        if block.kind in SKIPPED_BLOCKS or program(block):
            continue
        lines = _rejoined_scales(block.text.split("\n"))
        for offset, text in enumerate(lines):
            if len(text) <= MAX_LINE and DIGIT.search(text):
                yield block.line + offset, text


# A paragraph wrapped between a number and its scale word ("50M × 6,300 = 315" over "billion postings"): the
# number is read with the word, as the writer wrote it, and the word is blanked below (columns kept).
_SCALE_BELOW = re.compile(r"^(\s*)(thousand|million|billion|trillion)\b", re.IGNORECASE)


def _rejoined_scales(lines: list[str]) -> list[str]:
    for index in range(len(lines) - 1):
        scale = _SCALE_BELOW.match(lines[index + 1]) if lines[index][-1:].isdigit() else None
        if scale:
            lines[index] += f" {scale.group(2)}"
            lines[index + 1] = " " * scale.end() + lines[index + 1][scale.end() :]
    return lines


def _raw_lines(ctx: Context) -> list[tuple[int, str]]:
    return ctx.once("arithmetic.raw_lines", lambda: list(readable_lines(ctx)))


def read_lines(ctx: Context) -> list[tuple[int, str]]:
    return ctx.once("arithmetic.readable_lines", lambda: _as_read(ctx, _raw_lines(ctx)))


def _as_read(ctx: Context, rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rows with the doc's numbers as the finder reads them: LaTeX, "ca." and pence as plain figures (see
    conventions.plain_figures), "17,5" as 17.5 in a doc that writes decimal commas, "86 400" as 86400 in one that
    groups thousands with spaces (conventions.continental and conventions.spaced_thousands, decided once per doc
    from the lines read_lines reads)."""
    rows = [(number, conventions.plain_figures(text)) for number, text in rows]
    if ctx.once("arithmetic.spaced", lambda: conventions.spaced_thousands(t for _, t in _raw_lines(ctx))):
        rows = [(number, conventions.with_joined_groups(text)) for number, text in rows]  # "86 400"
    if not ctx.once("arithmetic.continental", lambda: conventions.continental(t for _, t in _raw_lines(ctx))):
        return rows
    return [(number, conventions.with_points(text)) for number, text in rows]


def verdicts(ctx: Context, options: Mapping[str, Any]) -> list[tuple[Candidate, Verdict]]:
    """Every calculation with its verdict; E002, E006 and E007 share them (once per document and tolerance)."""
    tolerance = float(options.get("tolerance", 0.15))
    return ctx.once(("arithmetic._verdicts", tolerance), lambda: _judge_all(ctx, tolerance))


def _judge_all(ctx: Context, tolerance: float) -> list[tuple[Candidate, Verdict]]:
    lines = read_lines(ctx)
    periods = conventions.periods(text for _, text in lines)

    def scaled() -> list[tuple[float, str]]:  # read only when a calculation fails, so most docs never pay for it
        return ctx.once("arithmetic.scaled", lambda: slips.scaled_figures(text for _, text in lines))

    texts = dict(lines)
    year_of_days = partial(ctx.once, "arithmetic.year", lambda: conventions.year_of_days(t for _, t in lines))
    windows = conventions.named_windows(lines)  # "mostly 9am-7pm -> 10h window": the doc's day after that line

    def verdict(candidate: Candidate) -> Verdict:
        line = texts.get(candidate.line, "")
        sized = partial(_sized_beside, candidate, line)  # read only when a guard needs it: most calculations pass
        factors = partial(_factors_to, lines, candidate.line)
        found = judge(candidate, periods, tolerance, scaled, sized, factors)
        if found.kind == OK:
            return found
        # other calendars the line may count in: weeks of working days ("per weekday ... per week"), a day that is
        # the hours something runs ("session 6.5h = 23,400 s; 200k/s -> 4.68B/day")
        calendars = [conventions.working(periods)] if conventions.counts_workdays(line) else []
        if (year := year_of_days()) and "day" in candidate.expression.text:  # "20 MB per day -> 5 GB per year"
            calendars.append({**periods, "year": year})
        spans = conventions.active_days(line) + [span for at, span in windows if at < candidate.line]
        calendars += [{**periods, "day": span} for span in dict.fromkeys(spans)]
        again = (judge(candidate, other, tolerance, scaled, sized) for other in calendars)
        return next((read for read in again if read.kind == OK), found)

    return one_slip_each([(c, verdict(c)) for c in once_per_span(_line_candidates(lines) + _block_candidates(ctx))])


def _factors_to(lines: list[tuple[int, str]], number: int) -> frozenset[float]:
    """The multipliers the doc states on its lines up to this one ("incl 3x replication" over the figures)."""
    return frozenset().union(*(slips.stated_factors(text) for line, text in lines if line <= number))


def _sized_beside(candidate: Candidate, line: str) -> frozenset[float]:
    """Figures the line writes with a unit of size outside the calculation itself ("at 8 bytes each, that's ...");
    a size in the calculation ("x 500 B = 365 B") is its own, not a size given beside it."""
    beside = line.replace(candidate.stated.text, " ").replace(candidate.expression.text, " ")
    return slips.sized_figures(beside)


def _line_candidates(lines: list[tuple[int, str]]) -> list[Candidate]:
    """Calculations written on one line, with symbols or, failing that, in words; on a line with "so" the
    steps in words are read beside the symbols ("= 30B inserts a day, so ~35k writes/s", "That is 9 million
    minutes, or 150,000 hours ... divided by 50 gives 3,000"), and so is a rate restated in bits ("= 33 MB/s,
    about 264 Mbps") or per another period ("≈ 117 MB a day, roughly 4 GB a year")."""
    found: list[Candidate] = []
    for number, text in lines:
        if _CONTINUES.match(text):
            continue
        symbols = list(candidates(text, number))
        besides = " so " in text or bits_restated(text) or period_restated(text)
        words = prose_candidates(text, number) if not symbols or besides else iter(())
        seen = {c.source for c in symbols}
        found += symbols + [c for c in words if c.source not in seen]
        worded = with_worded_results(text) if symbols else text
        if worded != text:  # "... = 10M a day. 10M / 86,400 is about 1,100/s": one of each
            known = {(c.expression.text, c.stated.text) for c in symbols}
            found += [c for c in candidates(worded, number) if (c.expression.text, c.stated.text) not in known]
        found += capacity_candidates(text, number)
        stated = {c.stated.text for c in symbols}
        # "2.3k writes/s average, peak 3x, roughly 9k writes/s"; "≈ 350; Friday evening is 4x that, so ~700"
        for step in (peaked_in_line(text), times_referred(text)):
            found += [c for c in candidates(step, number) if c.stated.text not in stated] if step else []
    return found


def _block_candidates(ctx: Context) -> list[Candidate]:
    """Calculations spread over lines: under a list item, down a run of bullets, a paragraph's lines or a plain
    code block's ("5M x 120 KB = 600 GB/day" over "x 365 = 219 TB/year")."""
    found: list[Candidate] = []
    for block in ctx.blocks:
        if block.kind == "table" and ("per " in block.text or "/" in block.text):
            found += _period_rows(ctx, block)
        if block.kind not in {"list", "paragraph", "code"} or "\n" not in block.text or program(block):
            continue
        rows = _as_read(ctx, list(enumerate(block.text.split("\n"), start=block.line)))
        bullets = block.kind == "list"
        found += nested_candidates(rows) if bullets else []
        # a paragraph of notes has a thought a line: "→ 5 TB/s" over "edge box ~100 Gbps" is no sentence wrapped
        notes = block.kind == "paragraph" and as_notes(block.text.split("\n"))
        found += _kept(rows, wrapped=block.kind == "paragraph", code=block.kind == "code", notes=notes)
        if block.kind != "code" and may_chain(block.text):
            found += [c for n, t in chained_items(rows, bullets) for c in prose_candidates(t, n)]
    return found


def _period_rows(ctx: Context, block: Block) -> list[Candidate]:
    """A table's rate restated per another period on the next row (see overlines.period_rows), its figures read
    as the doc writes them ("ca. 75")."""
    rows = _as_read(ctx, list(enumerate(block.text.split("\n"), start=block.line)))
    pairs = ((period_rows(line, below), number) for (_, line), (number, below) in itertools.pairwise(rows))
    return [c for joined, number in pairs if joined for c in candidates(joined, number)]


_TOTAL_REACH = 3  # lines above the one just above where a machine count's total may stand


def _kept(
    rows: list[tuple[int, str]], wrapped: bool = False, code: bool = False, notes: bool = False
) -> list[Candidate]:
    """A daily amount ending one line, kept for a span or restated per year on the next, a rate raised by a
    peak factor or an amount shrunk by a compression ratio on the next (see overlines.py), or machines counted
    from one's share under the total (capacity.capacity_over_lines). A code
    block's line stands alone unless the next opens with an operator: it works on this line's result; so does a line
    of notes unless one of the two breaks at an operator."""
    found: list[Candidate] = []
    for k, ((above, line), (number, below)) in enumerate(zip(rows, rows[1:], strict=False)):
        near = rows[max(0, k - _TOTAL_REACH) : k + 1]  # this line and the few above it
        joined = (
            kept_over_lines(line, below)
            or peaked_over_lines(line, below)
            or restated_over_lines(line, below)
            or shrunk_over_lines(line, below)
            or sized_over_lines(line, below)
            or _kept_further_up(near, below)
        )
        # the total may stand a few lines up: "300 MB/s" over a day's size and its retention, then "kafka @ ~10
        # MB/s per partition -> ~300 partitions"
        lines_up = "\n".join(text for _, text in near)
        found += capacity_over_lines(lines_up, below, number)
        if joined:
            found += candidates(joined, number)
        elif wrapped or goes_on(below) or (code and _BROKEN_START.match(below)):  # one sentence or step going on
            found += _wrapped(above, line, number, below, sentences=not notes)
    return found


def _kept_further_up(rows: list[tuple[int, str]], below: str) -> str | None:
    """A span kept on a note's line for the daily amount a line or more above it ends with, other notes between
    ("= 187 GB/day" over "match check ..." over "keep 1yr of swipes for recs: ~6.8 TB"); the nearest line naming a
    daily amount is the one kept ("=> ~100GB/day on disk" under "= 1TB/day raw" keeps neither)."""
    if not any(word in below.lower() for word in _KEEP_CUES):
        return None  # no word of keeping: no line above is searched (most lines of notes keep nothing)
    nearest = next((up for _, up in reversed(rows) if _DAILY.search(up)), None)
    return kept_over_lines(nearest, below) if nearest else None


_KEEP_CUES = ("kee", "kept", "retain", "reten", "stor", "hold")  # what every match of kept.KEEP holds


_DAILY = re.compile(DAILY_AMOUNT, re.IGNORECASE)


# A line that goes on multiplying or dividing what the line above ended with ("x 400 trucks / 5 s = 1,600
# pings/s" under "even 20 cities"): alone it holds a piece of a calculation, read only joined to that line.
_CONTINUES = re.compile(r"^\s*(?:[×÷]|x\s)")
# A paragraph's line broken inside a calculation: it ends with an operator ("then 1.3m/s /") or the next
# line opens with one or with the result's sign ("≈ 160 workers").
_BROKEN_END = re.compile(r"(?:[×*/+=≈→]|\sx|->)\s*$")
_BROKEN_START = re.compile(r"^\s*(?:[×*/=≈→]|x\s|->)")


def _wrapped(above: int, line: str, number: int, below: str, sentences: bool = True) -> list[Candidate]:
    """The calculations a line broken inside one makes when joined again, those of each line alone aside:
    in symbols broken at an operator, or mid-sentence ("so 5M reports a" over "day, which is about 58 writes
    per second", "adds 45M orders/day," over "which averages out to ~520/s")."""
    if _BROKEN_END.search(line) or _BROKEN_START.match(below):
        read, joined = candidates, f"{line} {below}"
    elif sentences and not _THOUGHT_ENDS.search(line) and DIGIT.search(line) and DIGIT.search(below):
        read, joined = _either, f"{line.rstrip()} {below.lstrip()}"
    else:
        return []
    pairs = ((line, above), (below, number))
    alone = [c for text, at in pairs for c in read(text, at)]
    # a working either line holds alone is read there, whatever the join makes of its result
    worked = {c.expression.text for c in alone}
    seen = {(c.expression.text, c.stated.text) for c in alone}
    return [
        c
        for c in read(joined, number)
        if (c.expression.text, c.stated.text) not in seen and c.expression.text not in worked
    ]


# A line that ends a sentence, or ends on a factor said whole ("peaks maybe 5x"), ends its thought: joined, "5x"
# would multiply the figure that opens the next line ("5x 1M / 86400"). A line broken at "5 x" is still joined
# (_BROKEN_END).
_THOUGHT_ENDS = re.compile(r"(?:[.!?:;]|\d[xX])\s*$")


def _either(line: str, number: int) -> Iterator[Candidate]:
    """A sentence's calculations in symbols ("45M orders/day, which averages out to ~520/s") and in words."""
    yield from candidates(line, number)
    yield from prose_candidates(line, number)


def calculations(ctx: Context) -> list[Candidate]:
    """Every stated calculation of the document: the numbers it derives rather than assumes."""
    return [candidate for candidate, _ in verdicts(ctx, {})]
