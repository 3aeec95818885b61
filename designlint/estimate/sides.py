"""One clause of a calculation read as its two sides: the expression before a connector and the value
stated after it ("2M x 5 KB = 10 GB", "100M per day -> 1,200 per second"), as the finder's candidates."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from designlint.estimate.chains import comma_after, same_value, share_of_total, split_shares
from designlint.estimate.connectors import CONNECTOR, THATS, WORDY, or_about
from designlint.estimate.conversion import is_conversion, restated_as, restates_size
from designlint.estimate.lexer import AMOUNT_CHANGERS, Token, tokenize
from designlint.estimate.parser import Node, ParseError, parse, scientific
from designlint.estimate.window import over_window

DIGIT = re.compile(r"\d")
MAX_LEFT = 160  # the expression before `=` is read from at most this many characters
_INEQUALITY = re.compile(r"^\s*(?:<|>|≤|≥|over|under|above|below|more than|less than|at least|at most|up to)\b", re.I)


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
    count_before: float = 0.0  # "~40 per race, at 2 photos × 3 MB = 240 MB": the count the clause before gives

    @property
    def source(self) -> str:
        return f"{self.expression.text} = {self.stated.text}"


def from_clause(clause: str, number: int) -> Iterator[Candidate]:
    parts, connectors = _split(clause)
    if len(parts) < 2:
        return
    worked_before = False  # the link before worked out the figure this one opens on
    for i in range(len(parts) - 1):
        left = left_side(parts[i], first=i == 0)
        right = right_side(parts[i + 1], last=i + 1 == len(parts) - 1, connector=connectors[i])
        after_working, worked_before = worked_before, False
        if left is not None and right is not None and _goes_on(left, right, i + 2 < len(parts)):
            right = _carried(left.node, right, connectors[i])  # "5k x 20k = 100m orders x 120 B = 12 GB"
        if left is None or right is None or right.node.has_op() or split_shares(left.text):
            continue  # "80/20 read/write -> 800k reads" splits a load: no division to check
        if not left.node.has_op() and share_of_total(left.source, right.source):
            continue  # "4.8GB total -> ~480MB per shard": a share, not the figure restated
        if after_working and restates_size(left.node, right.node):
            # the result just worked out, restated in another unit: "25M x 80 B = 2,000 MB ≈ 20 GB"
            yield Candidate(number, left, right, conversion=True)
            continue
        windowed = over_window(parts[i]) != parts[i]
        if THATS.match(connectors[i]) and not windowed and not _rates(left.node, right.node):
            continue
        if windowed and not any(t.rate for t in right.node.tokens()):
            continue  # "3 no-shows in 30 days → 7 day ban" is a rule: a count over a window gives a rate or nothing
        worked = windowed or not WORDY.match(connectors[i]) or or_about(connectors[i], parts[i + 1])
        if left.node.has_op() and worked:
            worked_before = True
            yield Candidate(number, left, right, label=_label(parts, i, left))
            yield from _said_again(number, right)
        elif is_conversion(left.node, right.node, left.source[: left.node.start]):
            yield Candidate(number, left, right, conversion=True)


_AGAIN = re.compile(r"\s*,\s*(?:so\s+)?(?=(?:about|around|roughly|approximately)\s+\d)")  # "= 15,000 s, about 4 h"
_CHANGED = re.compile(rf"\b(?:{AMOUNT_CHANGERS}|w/|across|for|total|if)\b|[x×*]\s*\d", re.IGNORECASE)


def _said_again(number: int, result: Side) -> Iterator[Candidate]:
    """The result restated in another unit of time or size after a comma, as a conversion to check; not another
    amount ("500 GB per replica, about 1.5 TB with three replicas")."""
    again = _AGAIN.match(result.source, result.node.end)
    restated = right_side(result.source[again.end() :], last=True, connector="≈") if again else None
    if restated is not None and not _CHANGED.search(restated.text) and restated_as(result.node, restated.node):
        yield Candidate(number, result, restated, conversion=True)


def _carried(worked: Node, step: Side, connector: str) -> Side | None:
    """The figure a chain's middle step opens on, the working's result that the step multiplies or divides: the 100m
    of "5k x 20k = 100m orders x 120 B = 12 GB"; a product written another way ("2 x 6 = 3 x 4") carries nothing."""
    tokens = tokenize(step.source)
    ops = [k for k, t in enumerate(tokens) if t.kind == "op"]
    if connector.strip() not in {"=", "≈"} or not ops or tokens[ops[0]].text.strip() not in {"x", "X", "×", "*", "/"}:
        return None  # an arrow or a word may open a new working on a figure said before ("-> 20M/30 ≈ 670k/s")
    # the carried figure names what it counts or has a scale ("100m orders"; a bare one opens a rewrite, "240*576");
    # one with units (a size, a rate beside it) only where the working is in sizes too ("400k x 500 bytes = 2 GB a
    # day x 365, ~730 GB"), as one may carry a unit the working left unsaid ("times 16 is 80 MB/s"), or a rate of
    # things where the working is in rates ("9k/day * 365 = 33m bookings/yr, ~2KB each -> 66GB/yr")
    carried = tokens[: ops[0]]
    counted = any(t.kind == "word" or t.text.rstrip()[-1:].isalpha() for t in carried)
    sized = any(t.byte_factor is not None or t.alt_bytes for t in worked.tokens())  # "250B" may be bytes
    timed = any(t.rate and t.byte_factor is None for t in worked.tokens())
    units = [t for t in carried if t.kind == "unit"]
    fits = all((sized and t.byte_factor is not None) or (t.rate and t.byte_factor is None) for t in units)
    # (a bare working may give its count a period: "240 x 365 ≈ 8.7k bookings/yr", the year's days counted)
    timed = timed or (not any(t.kind == "unit" for t in worked.tokens()) and all(t.rate for t in units))
    if not counted or (units and not ((sized or timed) and fits)) or same_value(worked, step.node):
        return None
    return right_side(step.source[: tokens[ops[0]].start], last=True, connector=connector)


def _goes_on(left: Side, right: Side, signed: bool) -> bool:
    """Both sides work a figure out and the chain goes on: another sign follows (signed), or the right side's own
    result after a comma ("= 2 GB a day x 365, ~730 GB a year")."""
    worked = left.node.has_op() and right.node.has_op()
    return worked and (signed or _RESULT_AFTER.match(right.source[right.node.end :]) is not None)


_RESULT_AFTER = re.compile(r"\s*,\s*(?:~|≈|about\s|around\s|roughly\s)\s*\d")


def _rates(left: Node, right: Node) -> bool:
    """A rate restated in another period after "that's" ("20M a day, that's ~230 a second"): one rate each side."""
    return not left.has_op() and all(any(t.rate for t in n.tokens()) for n in (left, right))


# "2M × 60 × 50 B, or about 60 GB": "or" and a rounding word restate the working's result; "or 1 KB if
# compressed" gives another figure instead.
def _label(parts: list[str], i: int, left: Side) -> str:
    """Words before the first value of the chain, when they are only words."""
    head = left.source[: left.node.start] if i == 0 else parts[0]
    return "" if DIGIT.search(head) else head.strip(" :-")


def _split(clause: str) -> tuple[list[str], list[str]]:
    """Segments between connectors outside parentheses ("2 servers (plus redundancy = 4)" is one)."""
    parts: list[str] = []
    connectors: list[str] = []
    last = 0
    for m in CONNECTOR.finditer(clause):
        before = clause[last : m.start()]
        if clause[: m.start()].count("(") > clause[: m.start()].count(")"):
            continue
        parts.append(before)
        connectors.append(m.group())
        last = m.end()
    parts.append(clause[last:])
    return parts, connectors


def left_side(text: str, first: bool) -> Side | None:
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
        if first and _qualifies_before(tokens, k):
            return None  # "720 points per series for 2 h × 100m × 1.5 B": the product starts at the 720
        node = _parse_all(tokens, k)
        if node is not None and not _is_name(text, tokens, k, node) and not _multipliers(text, node):
            return Side(text[node.start : node.end].strip(), node, text)
    return None


def _multipliers(text: str, node: Node) -> bool:
    """Multipliers named side by side ("3 sizes, 1x 2x 3x = 28, 56, 112px"): each figure carries an "x" of
    its own, the last one too, so each "x" marks a multiple and nothing is multiplied."""
    return node.op == "*" and _LAST_TIMES.search(text[node.start : node.end + 1]) is not None


_LAST_TIMES = re.compile(r"^\s*(?:\d[\d.]*[xX×]\s+)+\d[\d.]*[xX×]\s*$")


_QUALIFIERS = frozenset({"for", "over", "during", "across", "within"})
# What each of a count does, after the count ("500k viewers, 2% chatting, each 1 msg / 10 s -> 1k msgs/s"): the
# stated total multiplies by the count, said before in words the product cannot hold.
_EACH = frozenset({"each", "every"})


def _qualifies_before(tokens: Sequence[Token], k: int) -> bool:
    """The chain opens on a span or scope that qualifies a figure written before it ("720 points per
    series for 2 h x ..."), or on what each of a count said before does: what is multiplied starts at that
    earlier figure, which no parse can hold."""
    word = tokens[k - 1].text.strip().lower() if k > 0 and tokens[k - 1].kind == "word" else ""
    if word in _EACH:
        return any(t.kind == "num" for t in tokens[: k - 1])
    if word not in _QUALIFIERS:
        return False
    stops = [j for j in range(k - 1) if tokens[j].kind == "stop"]
    return any(t.kind == "num" for t in tokens[(stops[-1] + 1 if stops else 0) : k - 1])


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
# "pings are ~30/s and movements ~120k/day": a figure, then the name of the next thing counted.
_NEXT_THING = re.compile(r"\d\S*\s+and\s+[A-Za-z]+(?:\s+[A-Za-z]+){0,2}$")


def _is_name(text: str, tokens: Sequence[Token], k: int, node: Node) -> bool:
    """RAID 1+0, Raft 2+1: digits joined by + right after a word name a thing, they sum nothing; nor does a share
    of a figure the text names instead of giving it, nor a figure followed by the name of another (_NEXT_THING)."""
    written = text[node.start : node.end]
    if ("of" in written and _SHARE_OF.search(written)) or (" and " in written and _NEXT_THING.search(written)):
        return True
    return k > 0 and tokens[k - 1].kind == "word" and "+" in written and not any(c.isspace() for c in written)


def _parse_all(tokens: Sequence[Token], start: int) -> Node | None:
    try:
        node, end = parse(tokens, start)
    except ParseError:
        return None
    return node if end == len(tokens) else None


def right_side(text: str, last: bool, connector: str) -> Side | None:
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
    if not last and end != len(tokens) and not comma_after(tokens[end:]):
        return None
    if end < len(tokens) and tokens[end].kind == "op":
        return None
    if end + 1 < len(tokens) and tokens[end].text == ":" and tokens[end + 1].kind == "num":
        return None  # a ratio such as 100:1 is not one value
    node = scientific(node)
    return Side(text[tokens[0].start : node.end].strip(), node, text, approx)
