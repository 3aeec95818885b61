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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from designlint.estimate.conversion import is_conversion
from designlint.estimate.lexer import Token, tokenize
from designlint.estimate.parser import Node, ParseError, parse
from designlint.estimate.phrasing import clean, each_every, over_window

# Cheap, linear tests first: most lines have no digit or no connector (see has_connector).
_SIGNS = ("=", "≈", "->", "→", "⇒")
_TILDE = re.compile(r"[\w)%]\s+~\s*\d")
_WORDED = re.compile(r"\b(?:or|which is|that is|i\.e\.,?)\s+[~≈]?\d")
_WORDED_ANYWHERE = re.compile(r"(?:or|which is|that is|i\.e\.,?)\s+[~≈]?\d")  # without \b it is searched fast
DIGIT = re.compile(r"\d")
MAX_LINE = 2000  # longer "lines" are minified markup, not arithmetic
MAX_LEFT = 160  # the expression before `=` is read from at most this many characters
_CONNECTOR = re.compile(
    r"(?<=[\w)%])(?<!\bin)(?<!\bover)(?<!\bwithin)(?<!\bfor)\s+~(?=\s*\d)|(?<![=!<>:+\-*/])(?:~=|=~|≈|=>|⇒|=|->|→)(?![=>])"
    r"|,?\s+(?:or|which is|that is|i\.e\.,?)(?=\s+(?:~|≈|about\s)?\s*\d)"
)
# Words restate a rate in another period ("1M per day, which is 12 per second"); they never end a calculation.
_WORDY = re.compile(r"[,\s]*(?:or|which is|that is|i\.e\.,?)\s*$")
_CLAUSE = re.compile(
    r";|,\s+(?:so|then|thus|hence|giving|and so|say|maybe|peak|at peak)\s+|,\s+at\s+(?=[~≈]?\s*[$€£]?\s*\d)|\|| \u2014 "
    # a margin added in words ends the calculation: "1M / 50k = 20 nodes, plus headroom -> 25"
    r"|,\s+(?:plus|add|adding)\s+(?=[A-Za-z])"
    # "so" before a figure starts the next calculation: "dinner rush ~4h so 1M/14400 ≈ 70 writes/s"
    r"|(?<=[\w)%])\s+so\s+(?=[~≈]?\s*[$€£]?\d)"
    r"|(?<=[\w)\]%])\.\s+(?=[A-Z(\d~×*])|(?<=[\w)\]])\?\s"
)
_INEQUALITY = re.compile(r"^\s*(?:<|>|≤|≥|over|under|above|below|more than|less than|at least|at most|up to)\b", re.I)
_GOES_ON = re.compile(r"^\s*[×*/]\s*\d|^\s*x\s+\d")
# "... = 1.28 Mbps. Times 2M channels ≈ ...": a sentence opening with a step word goes on from the result before.
_GOES_ON_WORD = re.compile(r"^\s*(?:times|multiplied by)\s+(?=[~≈]?\d)", re.IGNORECASE)
# "= 6,000 s of work; spread over 16 workers that's ~25 min": the result before, shared out among a count.
_SHARED = re.compile(
    r"^\s*(?:and\s+)?(?:spread|split|divided|shared)\s+(?:over|across|between|among)\s+(?P<n>\d[\d,]*)\s+"
    r"(?:[a-z-]+\s+){1,2}?(?:that'?s|that is|which is|so|gives|=|->|→|≈)\s*(?=[~≈]?\s*\d)",
    re.IGNORECASE,
)
_NO_CALC = re.compile(r"://|\b0x[0-9a-f]|\d{1,2}:\d{2}|\d+-\d+-\d+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a calculation: its text as written and its expression tree."""

    text: str
    node: Node
    source: str  # the whole segment the node's offsets point into
    approx: bool = False

    def slice(self, start: int, end: int) -> str:
        return self.source[start:end].strip()


@dataclass(frozen=True, slots=True)
class Candidate:
    line: int
    expression: Side
    stated: Side
    conversion: bool = False  # "100M per day -> 1,200 per second"
    label: str = ""  # the words naming the result: "Write QPS" in "Write QPS = ... = ~115"
    at_least: bool = False  # a count of machines from one's capacity: more than computed is headroom

    @property
    def source(self) -> str:
        return f"{self.expression.text} = {self.stated.text}"


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
    if not has_connector(line) and not each_every(line):
        return
    result = ""  # the last result stated, which a clause opening with an operator goes on from
    for clause in _CLAUSE.split(clean(line)):
        if _NO_CALC.search(clause):
            continue
        if result and _GOES_ON.match(clause):
            clause = f"{result} {clause}"  # "... ≈ 12.8 KB per user. × 250M users ≈ 3.2 TB"
        elif result and (word := _GOES_ON_WORD.match(clause)):
            clause = f"{result} x {clause[word.end():]}"
        elif result and (shared := _SHARED.match(clause)):
            clause = f"{result} / {shared['n']} ≈ {clause[shared.end():]}"
        found = list(_from_clause(clause, number))
        yield from found
        result = found[-1].stated.text if found else ""


def _table_row(line: str, number: int) -> Iterator[Candidate]:
    """A table row that works a figure out in one cell and gives it in the next (or gives it, then how):
    "| media per year | 200TB × 365 | ~50 PB/year |" reads 200TB × 365 = ~50 PB/year."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    for first, second in itertools.pairwise(cells):
        # the working before the figure, or after it in a "how" column: "| ~38 TB | 142 GB × 395 |"
        for made, given in ((first, second), (second, first)):
            worked = _last_step(made)
            if _TIMES.search(worked) and not has_connector(worked) and _GIVEN.match(given):
                connector = "≈" if given[:1] in "~≈" else "="
                yield from _from_clause(f"{worked} {connector} {clean(given.lstrip('~≈ '))}", number)
                break


def _last_step(cell: str) -> str:
    """The cell's working, cleaned; where it works out a figure first ("40 x 500 = 20k scanners, one scan every
    6 s each"), the step after its last connector, which the next cell's figure is the result of."""
    worked = clean(cell)
    steps = _CONNECTOR.split(worked)
    return steps[-1].strip() if len(steps) > 1 and each_every(cell) else worked


# A product or quotient in a cell, and a cell that is one figure, perhaps approximate, with its unit.
# (?<!...) and *+: a figure is tried once, from its start, so a long run of digits is read in linear time.
_TIMES = re.compile(r"(?<![\w/.,])\d[\w/.,]*+(?:\s?[A-Za-z]{1,5}+)?\s*[×x*/]\s*[~≈]?\d", re.IGNORECASE)
_GIVEN = re.compile(r"^(?:~|≈|about\s+)?\s*\d[\d,.]*\s*[A-Za-z/ ]{0,16}$")


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
    stated = _right_side(clean(parent).strip(), last=True, connector="")
    if stated is None or stated.node.has_op():
        return None
    expression = _left_side(clean(line).strip(), first=False)
    return Candidate(number, expression, stated) if expression is not None and expression.node.has_op() else None


def _from_clause(clause: str, number: int) -> Iterator[Candidate]:
    parts, connectors = _split(clause)
    if len(parts) < 2:
        return
    for i in range(len(parts) - 1):
        left = _left_side(parts[i], first=i == 0)
        right = _right_side(parts[i + 1], last=i + 1 == len(parts) - 1, connector=connectors[i])
        if left is None or right is None or right.node.has_op():
            continue
        if over_window(parts[i]) != parts[i] and not any(t.rate for t in right.node.tokens()):
            continue  # "3 no-shows in 30 days → 7 day ban" is a rule: a count over a window gives a rate or nothing
        if left.node.has_op() and not _WORDY.match(connectors[i]):
            yield Candidate(number, left, right, label=_label(parts, i, left))
        elif is_conversion(left.node, right.node, left.source[: left.node.start]):
            yield Candidate(number, left, right, conversion=True)


def _label(parts: list[str], i: int, left: Side) -> str:
    """Words before the first value of the chain, when they are only words."""
    head = left.source[: left.node.start] if i == 0 else parts[0]
    return "" if DIGIT.search(head) else head.strip(" :-")


def _split(clause: str) -> tuple[list[str], list[str]]:
    """Segments between connectors outside parentheses ("2 servers (plus redundancy = 4)" is one)."""
    parts: list[str] = []
    connectors: list[str] = []
    last = 0
    for m in _CONNECTOR.finditer(clause):
        before = clause[last : m.start()]
        if clause[: m.start()].count("(") > clause[: m.start()].count(")"):
            continue
        parts.append(before)
        connectors.append(m.group())
        last = m.end()
    parts.append(clause[last:])
    return parts, connectors


def _left_side(text: str, first: bool) -> Side | None:
    text = over_window(text)
    if len(text) > MAX_LEFT:
        if not first:
            return None
        cut = text.find(" ", len(text) - MAX_LEFT)
        text = text[cut:] if cut >= 0 else text[-MAX_LEFT:]
    tokens = tokenize(text)
    starts = [k for k, t in enumerate(tokens) if t.kind in {"num", "lp"}] if first else [0, *_labelled(tokens)]
    for k in starts:
        if any(t.kind == "op" and t.text.strip() not in "-−" for t in tokens[:k]):
            return None
        node = _parse_all(tokens, k)
        if node is not None and not _is_name(text, tokens, k, node):
            return Side(text[node.start : node.end].strip(), node, text)
    return None


def _labelled(tokens: Sequence[Token]) -> list[int]:
    """Where an expression may start inside a chain's middle segment: after words that name it, at
    the segment's start or after a comma ("-> ride pings 360M*100 = 3.6 GB", "100 bytes, rides 2M*5 = ...")."""
    starts: list[int] = []
    named = False  # only words since the segment's start or the last comma
    for k, token in enumerate(tokens):
        if token.kind == "stop":
            named = True
        elif token.kind == "word":
            named = named or k == 0
        elif token.kind in ("num", "lp") and named and k > 0:
            starts.append(k)
            named = False
        else:
            named = False
    return starts


# "avg is ~1/5 of peak so ~520 GB/day": a share of a figure named, not written, cannot be worked out here.
_SHARE_OF = re.compile(r"(?:\d\s*/\s*\d+|\d\s*%)\s+of\s+(?:the\s+)?[A-Za-z]")


def _is_name(text: str, tokens: Sequence[Token], k: int, node: Node) -> bool:
    """RAID 1+0, Raft 2+1: digits joined by + right after a word name a thing, they sum nothing;
    nor does a share of a figure the text names instead of giving it."""
    written = text[node.start : node.end]
    if "of" in written and _SHARE_OF.search(written):
        return True
    return k > 0 and tokens[k - 1].kind == "word" and "+" in written and not any(c.isspace() for c in written)


def _parse_all(tokens: Sequence[Token], start: int) -> Node | None:
    try:
        node, end = parse(tokens, start)
    except ParseError:
        return None
    return node if end == len(tokens) else None


def _right_side(text: str, last: bool, connector: str) -> Side | None:
    if _INEQUALITY.match(text):
        return None
    text = text if last else over_window(text, divided=False)
    tokens = tokenize(text)
    approx = connector.strip() in {"≈", "~=", "=~", "~"}
    k = 0
    while k < len(tokens) and tokens[k].kind == "approx":
        approx, k = True, k + 1
    if k >= len(tokens) or tokens[k].kind != "num":
        return None
    try:
        node, end = parse(tokens, k)
    except ParseError:
        return None
    if not last and end != len(tokens):
        return None
    if end < len(tokens) and tokens[end].kind == "op":
        return None
    if end + 1 < len(tokens) and tokens[end].text == ":" and tokens[end + 1].kind == "num":
        return None  # a ratio such as 100:1 is not one value
    node = _scientific(node)
    return Side(text[tokens[0].start : node.end].strip(), node, text, approx)


def _scientific(node: Node) -> Node:
    """1.8 x 10^19 written as a result is one value: its rounding is that of 1.8."""
    if node.op != "*" or node.parts[1].op != "^":
        return node
    mantissa, power = node.parts[0], node.parts[1]
    base, exponent = power.parts
    digits = [mantissa.number, base.number, exponent.number]
    if mantissa.units or base.units or None in digits or digits[1].value != 10:  # type: ignore[union-attr]
        return node
    m, e = digits[0], digits[2]
    assert m is not None and e is not None
    if abs(e.value) > 30:
        return node
    scale = 10.0**e.value
    token = replace(m, value=m.value * scale, ulp=m.ulp * scale, alt_value=None)
    return Node(node.start, node.end, number=token, units=node.units + power.units)
