"""Find stated calculations in a line of a design doc: `expression = result` and rate conversions.

A line is cleaned of Markdown (emphasis, code spans, links, <sup>), cut into clauses
(sentences, table cells, `;`), and each clause into segments at `=`, `≈`, `->`. Each
adjacent pair where the left side is arithmetic and the right side a single value is a
candidate; so is `X per day -> Y per second` (a rate restated in another period).
Anything that does not read cleanly is left out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from designlint.doc.model import row_cells
from designlint.estimate.amounts_at import count_before_at, share_of_count, size_then_count, sized_at
from designlint.estimate.chains import SPIKES, last_figure
from designlint.estimate.connectors import CONNECTOR, FIGURE_NEXT, NOT_ABBREVIATED, RESTATING
from designlint.estimate.kept import held
from designlint.estimate.lexer import tokenize
from designlint.estimate.phrasing import clean, divided_over, each_every, roughly, said_out_loud, shared_out
from designlint.estimate.plainly import plainly
from designlint.estimate.sides import DIGIT, Candidate, from_clause, left_side, right_side
from designlint.estimate.spans import over_count, rate_over_span, seconds_in, seconds_said, spread

# Cheap, linear tests first: most lines have no digit or no connector (see has_connector).
_SIGNS = ("=", "≈", "->", "→", "⇒")
_TILDE = re.compile(r"[\w)%]\s+~\s*\d")
_WORDED = re.compile(rf"\b{RESTATING}{FIGURE_NEXT}")
_WORDED_ANYWHERE = re.compile(f"{RESTATING}{FIGURE_NEXT}")  # without \b it is searched fast
MAX_LINE = 2000  # longer "lines" are minified markup, not arithmetic
# A note's line ("- 50k conns per gateway box → 20 gateway servers"): readers of a step over two lines take no
# longer one, a paragraph's, which the one-line readers already read.
NOTE_LINE = 160
_CLAUSE = re.compile(
    r";|,\s+(?:so|then|thus|hence|giving|and so|and|say|maybe|peak|at peak)\s+"
    # a dash ends the clause, but not before the figure restated: "3.75M row updates a day \u2014 around 430 a second"
    r"|,\s+at\s+(?=[~≈]?\s*[$€£]?\s*\d)|\|| \u2014 (?!(?:around|about|roughly|approx\.?|approximately|~|≈)\s*\d)"
    # a margin added in words ends the calculation: "1M / 50k = 20 nodes, plus headroom -> 25"
    # a figure taken over or times another opens the next one: "8 hours is 28,800 seconds, 600,000 over 28,800 is"
    r"|,\s+(?=[~≈]?\d[\d,.]*+\s?[kmb]?\s+(?:over|times|divided by|x|×|/)\s+[~≈]?\d)"
    r"|,\s+(?:plus|add|adding)\s+(?=[A-Za-z])"
    # "so" before a figure starts the next calculation: "dinner rush ~4h so 1M/14400 ≈ 70 writes/s"
    r"|(?<=[\w)%])\s+so\s+(?=[~≈]?\s*[$€£]?\d)"
    # but "i.e." and "e.g." go on: "100 MB/s, i.e. ~800 Mbps" restates the figure before
    rf"|(?<=[\w)\]%]){NOT_ABBREVIATED}\.\s+(?=[A-Z(\d~×*])|(?<=[\w)\]])\?\s"
    # notes typed in lower case end a sentence too: "= ~120 moderators needed. that's a lot -> ...", also after a
    # rate's unit: "= ~27k evals/s. cheap actually, but ... -> tick driven"
    r"|(?:(?<=[a-z]{3})|(?<=/[a-z]))\.\s+(?=[a-z]++(?:'[a-z]+)?\s)"
)
_GOES_ON = re.compile(r"^\s*[×*/]\s*\d|^\s*x\s+\d")
# "... = 1.28 Mbps. Times 2M channels ≈ ...": a sentence opening with a step word goes on from the result before.
_GOES_ON_WORD = re.compile(r"^\s*(?:times|multiplied by)\s+(?=[~≈]?\d)", re.IGNORECASE)
# "= 200 GB per day. That's around 73 TB per year.", "... per day. Per year this is around 73 TB": a sentence that
# opens by restating the result before, in another period.
_SAID_AGAIN = re.compile(
    r"^\s*(?:(?P<period>(?:per|a|each|every|in a|in one|over a|for a)\s+(?:year|month|week|day|hour|minute|second))"
    r"\s*,?\s+)?(?:that|this|it|which)(?:['’]s|\s+is|\s+comes to|\s+makes|\s+would be|\s+gives)\s+"
    r"(?=(?:about|around|roughly|approx\.?|approximately|ca\.?|~|≈)?\s*\d)",
    re.IGNORECASE,
)


def _other_period(result: str, clause: str, again: re.Match[str]) -> bool:
    """The sentence says the result again over another period ("per day" then "per year"); a result said again in
    other units ("27 Tbps. That's about 3.4 TB/s") is prose.py's to read. The lexer tells each side's period."""
    before, after = _periods(result), _periods(_restated(clause, again))
    return bool(before) and bool(after) and before[0] != after[0]


def _periods(text: str) -> list[str]:
    return [token.rate for token in tokenize(text) if token.rate]


def _said_again(result: str, clause: str, again: re.Match[str]) -> str:
    """The clause as the restatement of the result before it: "200 GB per day, that's around 73 TB per year". As
    after "that's" in one sentence, only a rate said again in another period is checked (sides._rates)."""
    return f"{result}, that's {_restated(clause, again)}"


def _restated(clause: str, again: re.Match[str]) -> str:
    """What the sentence says the result is, with the period it names first ("Per year this is ~73 TB") after it."""
    period = f" {again['period'].lower()}" if again["period"] else ""
    return f"{clause[again.end() :].rstrip(' .')}{period}"


# "= 6,000 s of work; spread over 16 workers that's ~25 min": the result before, shared out among a count.
_SHARED = re.compile(
    r"^\s*(?:and\s+)?(?:spread|split|divided|shared)\s+(?:over|across|between|among)\s+(?P<n>\d[\d,]*)\s+"
    # a span of time it is spread over keeps its unit: "3,000 GPU-hours ..., spread over 24 hours that is ~125 GPUs"
    r"(?P<span>(?:hours?|days?|minutes?|weeks?)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:that'?s|that is|which is|so|gives|=|->|→|≈)\s*(?=(?:about\s+|around\s+|~|≈)?\s*\d)",
    re.IGNORECASE,
)
# ", and spread over 24 hours that is ...": a result shared out after a comma opens a step of its own.
_SHARED_AFTER_COMMA = re.compile(
    r",\s+(?:and\s+)?(?=(?:spread|split|divided|shared)\s+(?:over|across|between|among)\s+\d)"
)
_COMPARED = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)
_NO_CALC = re.compile(r"://|\b0x[0-9a-f]|\d{1,2}:\d{2}|\d+-\d+-\d+", re.IGNORECASE)
# A working shown in brackets beside what it sizes ("rows (ca. 30 weeks x 2 = 60 rows per series)", "QPS ~1.2k
# (100M / 86400 = 1157)"): a calculation of its own, a figure and an operator before its sign and one after.
# ("2 servers (plus redundancy = 4)" holds no operation; "(= 1M x 2 MB)" restates the figure before it.)
_BRACKET = re.compile(r"\(([^()]*+)\)")
_BRACKET_SIGN = re.compile(r"=|≈|->|→")
_OPERATION = re.compile(r"\d[\w.,]*+(?:/[a-z]++)?(?:\s+[a-z]++){0,2}\s*[x×*/÷+]\s*[~≈]?\s*\d", re.IGNORECASE)
_FIGURE_AFTER = re.compile(r"\s*[~≈]?\s*\d")


def _set_off(found: re.Match[str]) -> str:
    """The working in brackets as a clause of its own, or the brackets as they were."""
    inner = found.group(1)
    sign = _BRACKET_SIGN.search(inner)
    if sign and _OPERATION.search(inner, 0, sign.start()) and _FIGURE_AFTER.match(inner, sign.end()):
        return f"; {inner} ;"
    return found.group(0)


def has_connector(line: str) -> bool:
    """The line has a sign or words that may join a calculation to its result (=, ->, ~, "which is 5").

    Tested in order of cost: substrings, then the rare tilde, then the words (where \b would slow the search).
    """
    if any(sign in line for sign in _SIGNS) or ("~" in line and _TILDE.search(line)):
        return True
    return bool(_WORDED_ANYWHERE.search(line) and _WORDED.search(line))


def candidates(line: str, number: int) -> Iterator[Candidate]:
    """Every calculation stated on one line."""
    if len(line) > MAX_LINE or not DIGIT.search(line):
        return iter(())
    return iter(_read(line, number))


@lru_cache(maxsize=1024)
def _read(line: str, number: int) -> tuple[Candidate, ...]:
    """candidates() of a line, kept: E002, C002 and the report read the same lines of a doc in turn."""
    return tuple(_find(line, number))


def _find(line: str, number: int) -> Iterator[Candidate]:
    if line.lstrip().startswith("|"):
        yield from _table_row(line, number)
    line = plainly(line)
    if not _may_calculate(line):
        return
    result = ""  # the last result stated, which a clause opening with an operator goes on from
    cleaned = clean(line)
    cleaned = _BRACKET.sub(_set_off, cleaned) if "(" in cleaned else cleaned
    cleaned = _SHARED_AFTER_COMMA.sub("; ", cleaned) if "," in cleaned else cleaned
    cleaned = seconds_said(cleaned) if "sec" in cleaned else cleaned  # "... a week. A week is ~600k seconds, so ~4/s"
    before = previous = ""
    for stop, clause, cut in _clauses(cleaned):
        count = count_before_at(previous) if cut.startswith(",") and cut.rstrip().endswith("at") else 0.0
        if (stop or cut == ";") and not result:  # "... 350k a year; over 365 days that's ~10k a day" too
            clause = spread(clause, previous)  # "... 2 billion reads a day. Over 86,400 seconds that's ~23k/s"
        if not result:
            clause = over_count(clause, previous)  # "30 MB a fitting. Over 750 fittings that's about 22 GB"
        previous = clause
        before = "" if stop else before  # a total shared out is one the same sentence gives
        if _NO_CALC.search(clause):
            continue
        if result and _GOES_ON.match(clause):
            clause = f"{result} {clause}"  # "... ≈ 12.8 KB per user. × 250M users ≈ 3.2 TB"
        elif result and (word := _GOES_ON_WORD.match(clause)):
            clause = f"{result} x {clause[word.end() :]}"
        elif result and (spike := SPIKES.search(clause)):
            clause = f"{result} x {spike['n']} ≈ {clause[spike.end() :]}"  # "..., and it spikes 4x, to ~48,000"
        elif result and (again := _SAID_AGAIN.match(clause)) and _other_period(result, clause, again):
            clause = _said_again(result, clause, again)
        elif (shared := _SHARED.match(clause)) and (total := result or last_figure(before)):
            # what is shared out is the result before, or a total the clause before gives ("35,000 in total")
            span = f" {shared['span'].strip()}" if shared["span"] else ""
            clause = f"{total} / {shared['n']}{span} ≈ {clause[shared.end() :]}"
        before = clause
        # "full service ~3h vs tube swap ~15min" sets two figures side by side: no side is worked out from the other
        found = [c for c in from_clause(clause, number) if not _COMPARED.search(c.expression.text)]
        found = [replace(c, count_before=count) for c in found] if count else found
        yield from found
        result = found[-1].stated.text if found else ""


def _may_calculate(line: str) -> bool:
    """The line joins figures with a connector, or states a step in one of the phrasings clean() rewrites."""
    if has_connector(line) or each_every(line) or roughly(line) or divided_over(line) or said_out_loud(line):
        return True
    shared = shared_out(line) or share_of_count(line)
    return shared or held(line) or sized_at(line) or size_then_count(line) or rate_over_span(line) or seconds_in(line)


_STOP = re.compile(r"[.?]\s+$")


def _clauses(text: str) -> Iterator[tuple[bool, str, str]]:
    """Each clause of the text (see _CLAUSE), whether a sentence ends before it, and what cut it from the last."""
    start, stop, cut = 0, False, ""
    for found in _CLAUSE.finditer(text):
        yield stop, text[start : found.start()], cut
        start, stop, cut = found.end(), _STOP.search(found.group(0)) is not None, found.group(0)
    yield stop, text[start:], cut


def _table_row(line: str, number: int) -> Iterator[Candidate]:
    """A table row that works a figure out in one cell and gives it in the next (or gives it, then how):
    "| media per year | 200TB × 365 | ~50 PB/year |" reads 200TB × 365 = ~50 PB/year."""
    cells = [cell.strip() for cell in row_cells(line)]
    pairs = list(itertools.pairwise(cells))
    # the working before the figure; failing that, after it in a "how" column: "| ~38 TB | 142 GB × 395 |".
    # (Read the other way first, "| 5 years of history | 2.4 GB × 5 | 12 GB |" took its label for the result.)
    found = [c for made, given in pairs for c in _worked_cell(made, given, number)]
    # A bare figure before a working in units is another column's ("| 5 | 4.9 km × 4.9 km |": a level, a cell's size).
    after = ((given, made) for given, made in pairs if not (_BARE.match(given) and _UNITS.search(made)))
    yield from found or (c for given, made in after for c in _worked_cell(made, given, number))


def _worked_cell(made: str, given: str, number: int) -> Iterator[Candidate]:
    """The working in one cell and the figure it gives in another, read as one calculation."""
    worked, given = _last_step(_first_working(made)), _PICTOGRAPHS.sub("", given)  # "| ~6.5 PB/yr 😱 |": a face
    given = given.strip("* ") if given.startswith("**") else given  # a total set in bold: "| **6 TB/day** |"
    worked = _OVER_CELL.sub(r"\g<amount> / \g<n> \g<unit>", worked) if " over " in worked else worked
    if _TIMES.search(worked) and not has_connector(worked) and _GIVEN.match(given):
        connector = "≈" if given[:1] in "~≈" else "="
        yield from from_clause(f"{worked} {connector} {clean(given.lstrip('~≈ '))}", number)


# An amount spread over a span in a cell: "| 36 TB over 60 working days | 6 TB/day |" divides.
_OVER_CELL = re.compile(
    r"^(?P<amount>~?\d[\d,.]*\s?[A-Za-z]{1,5})\s+over\s+(?P<n>\d[\d,.]*)\s+(?:[a-z]+\s+)?"
    r"(?P<unit>days?|hours?|weeks?|months?|years?|seconds?|s)$",
    re.IGNORECASE,
)


def _first_working(cell: str) -> str:
    """A "how" cell that works the figure out, then goes on after a semicolon to another ("40k / 86,400; assume 10×
    peak → ~50/s"): the working before it, which the figure beside the cell is the result of."""
    head = cell.split(";", 1)[0]
    return head if head != cell and _TIMES.search(head) and not has_connector(head) else cell


def _last_step(cell: str) -> str:
    """The cell's working, cleaned; where it works out a figure first ("40 x 500 = 20k scanners, one scan every
    6 s each") or restates itself as a product ("20% of messages x 400 KB avg = 6M x 400 KB"), the step after its
    last connector, which the next cell's figure is the result of."""
    worked = clean(cell)
    steps = CONNECTOR.split(worked)
    last = steps[-1].strip()
    return last if len(steps) > 1 and (each_every(cell) or _TIMES.search(last)) else worked


# A product or quotient in a cell, and a cell that is one figure, perhaps approximate, with its unit.
# (?<!...) and *+: a figure is tried once, from its start, so a long run of digits is read in linear time.
# The figure's unit may be a rate with its own slash, spaced from the figure: "| 10 MB/s × 86,400 s | ~86 GB |".
_TIMES = re.compile(
    r"(?<![\w/.,])\d[\w/.,]*+(?:\s?[A-Za-z]{1,5}+(?:/[A-Za-z]{1,4}+)?)?\s*[×x*/]\s*[~≈]?\d", re.IGNORECASE
)
_GIVEN = re.compile(r"^(?:~|≈|about\s+)?\s*\d[\d,.]*\s*[A-Za-z/ ]{0,16}$")
_BARE = re.compile(r"^[~≈]?\s*\d[\d,.]*\s*$")
_UNITS = re.compile(r"\d\s?(?![xX]\s*[~≈]?\d)[A-Za-z]")
_PICTOGRAPHS = re.compile(r"\s*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+$")


_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+")


def nested_candidates(lines: Iterable[tuple[int, str]]) -> Iterator[Candidate]:
    """A sub-item that is only an expression, under an item that begins with its result.

    * 12.7 GB of new paste content per month
        * 1.27 KB per paste * 10 million pastes per month
    """
    parents: list[tuple[int, str]] = []  # (indent, text) of the items above this one
    for number, line in lines:
        m = _ITEM.match(line)
        if not m:
            continue
        indent = len(m.group(1).expandtabs(4))
        while parents and parents[-1][0] >= indent:
            parents.pop()
        if parents and len(line) <= MAX_LINE and not has_connector(line):
            found = _nested(parents[-1][1], number, line)
            if found is not None:
                yield found
        parents.append((indent, line))


def _nested(parent: str, number: int, line: str) -> Candidate | None:
    if not DIGIT.search(line) or len(parent) > MAX_LINE or has_connector(parent):
        return None
    # The parent first: most do not begin with a value, and then the line need not be read.
    stated = right_side(clean(parent).strip(), last=True, connector="")
    if stated is None or stated.node.has_op():
        return None
    expression = left_side(clean(line).strip(), first=False)
    return Candidate(number, expression, stated) if expression is not None and expression.node.has_op() else None
