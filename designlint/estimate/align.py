"""Both sides of a calculation as numbers in one base, read every way the text allows.

A bare amount stated per period ("10M x 365 x 300 bytes = 1.1 TB/year") is read as the
amount in that period; a bare expression counts in the stated unit ("24 x 60 = 1,440
minutes"). Ambiguous tokens (8B, 500kb) give extra readings; any passing reading passes.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from designlint.estimate.lexer import Token
from designlint.estimate.parser import Node, Reading, ambiguous, evaluate, explicit_units, late, native_period
from designlint.estimate.quantity import EvalError, Quantity
from designlint.estimate.sides import Candidate, Side

# "10" may be 10 rounded to the tens, but rounding hides no more than a fifth of the true value, where E008's
# note of loose rounding ends and E002 begins: "600M / 86400 = ~10k" (6.9k) is a slip whatever the zeros allow.
ROUNDING_CAP = 0.2
MAX_SWITCHES = 6  # ambiguous tokens read one by one; more are read all one way or all the other


@dataclass(frozen=True, slots=True)
class Aligned:
    """Computed and stated values in the same base, and the stated value's rounding."""

    computed: float
    stated: float
    ulp: float
    scale: float  # base units per written unit of the stated value
    approx: bool

    def passes(self, value: float, tolerance: float) -> bool:
        diff = abs(value - self.stated)
        relative = diff / abs(value) if value else math.inf  # off by a share of the true value
        if diff <= self.ulp * 0.5001 + 1e-9 * abs(self.stated) and relative <= ROUNDING_CAP:
            return True
        return relative <= tolerance  # back-of-envelope figures are rounded whether or not they say so


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # "dimension" when the units cannot match


def readings(candidate: Candidate, periods: Mapping[str, float]) -> list[Reading]:
    """The first reading, then every way to read the ambiguous tokens (all at once when there are many)."""
    switches = _switches([t for side in (candidate.expression, candidate.stated) for t in ambiguous(side.node)])
    if len(switches) > MAX_SWITCHES:
        plain = [Reading(periods), Reading(periods, True, False), Reading(periods, False, True)]
    else:
        plain = [
            Reading(periods, alt=frozenset(t for group, on in zip(switches, flags, strict=True) if on for t in group))
            for flags in itertools.product((False, True), repeat=len(switches))
        ]
    # "8 hours x 3,600 = 28,800 seconds": lengths of time on both sides, read as plain counts; a length written
    # in another unit ("2 hours = 120 minutes") works nothing out, so it is only ever read with its units.
    timed = all(any(t.duration for t in side.node.tokens()) for side in (candidate.expression, candidate.stated))
    if timed and candidate.expression.node.has_op():
        plain.append(Reading(periods, durations_as_counts=True))
    return plain


def _switches(tokens: list[Token]) -> list[tuple[Token, ...]]:
    """The ambiguous tokens, switched one by one, except units of size written in lower case: one writer means
    the same by "250kb" and "1tb", so "40m x 250kb = ~1tb" is never read as kilobits of one and bytes of the other."""
    lower = tuple(t for t in tokens if t.alt_byte_factor is not None and t.text[:1].islower())
    rest: list[tuple[Token, ...]] = [(t,) for t in tokens if t not in lower]
    return [lower, *rest] if lower else rest


def late_readings(candidate: Candidate, ways: list[Reading]) -> list[Reading]:
    """The readings again with each choice of the late tokens read their other way ("365 B": billions),
    tried only where no usual reading makes the units match."""
    tokens = [t for side in (candidate.expression, candidate.stated) for t in late(side.node)][:MAX_SWITCHES]
    choices = itertools.product((False, True), repeat=len(tokens))
    flips = [frozenset(itertools.compress(tokens, flags)) for flags in choices]
    return [replace(way, alt=way.alt | flip) for flip in flips[1:] for way in ways]


def quantities(candidate: Candidate, reading: Reading) -> tuple[Quantity, Quantity, Reading] | None:
    """Both sides evaluated; lengths of time that never cancel are read as counts (x 365 days)."""
    try:
        computed = evaluate(candidate.expression.node, reading)
        stated = evaluate(candidate.stated.node, reading)
        if computed.dim[1] != stated.dim[1] and computed.dim[1] > 0:
            reading = replace(reading, durations_as_counts=True)
            computed = evaluate(candidate.expression.node, reading)
    except EvalError:
        return None
    return computed, stated, reading


def time_named(node: Node, reading: Reading) -> bool:
    """Whether the side names a rate, or a length of time that is not read as a count."""
    return any(t.rate or (t.duration and not reading.durations_as_counts) for t in node.tokens())


def align(candidate: Candidate, reading: Reading) -> Aligned | Problem | None:
    pair = quantities(candidate, reading)
    if pair is None:
        return None
    computed, stated, reading = pair
    expr_bytes = explicit_units(candidate.expression.node)[0] or _read_as_bytes(candidate.expression.node, reading)
    stated_bytes = explicit_units(candidate.stated.node)[0] or _read_as_bytes(candidate.stated.node, reading)
    expr_time = time_named(candidate.expression.node, reading)
    stated_time = time_named(candidate.stated.node, reading)
    if computed.dim[0] != stated.dim[0]:
        lacking_explicit = expr_time if not expr_bytes else stated_time
        if lacking_explicit or (expr_bytes and stated_bytes):
            return Problem("dimension")
    te, ts = computed.dim[1], stated.dim[1]
    stated_period = reading.periods[native_period(candidate.stated.node)]
    expr_period = reading.periods[native_period(candidate.expression.node)]
    c, s = computed.value, stated.value
    if computed.dim[0] == 0 and stated.dim[0] != 0 and not expr_bytes:
        # A bare expression counts bytes ("5*10^9 = 5 GB") or counts in the stated unit of size ("2.4 x 14 =
        # 33.6 TB", TB a day kept 14 days): the reading closer to the stated value is the one meant.
        s = min((s, s / _byte_factor(candidate.stated.node, reading)), key=lambda v: _ratio(c, v))
    if not expr_time and abs(ts) <= 1:
        # A bare expression counts in the stated unit: "24 x 60 = 1,440 minutes", "x 365 = 1.1 TB/year".
        s = s * stated_period if ts == -1 else s / stated_period if ts == 1 else s
    elif te == ts:
        pass
    elif ts == 0 and te in (-1, 1) and not stated_time:
        # "5,800 reads/s x 300 bytes = 1.7 MB" or "3.5T / 10M per day = 350,000": the unit left off
        c = c * expr_period if te == -1 else c / expr_period
    elif te == 0 and ts == -1 and _new_period(candidate):
        # "720K hours x 1 GB/hour = 720 TB/day": the hours cancel; the amount is the day's
        s = s * stated_period
    else:
        return Problem("dimension")
    return aligned_values(candidate.stated, c, s)


def _ratio(a: float, b: float) -> float:
    """How far apart two values are, as a factor (1 when equal; inf when one is zero)."""
    if a == 0 or b == 0:
        return math.inf
    return max(abs(a), abs(b)) / min(abs(a), abs(b))


def _byte_factor(node: Node, reading: Reading) -> float:
    """Bytes per unit of the side's size unit under this reading (1e12 for TB; 1 when it names none)."""
    for token in node.tokens():
        if token.byte_factor is not None:
            alt = token.alt_byte_factor is not None and token in reading.alt
            return (token.alt_byte_factor if alt else token.byte_factor) or 1.0
    return 1.0


def _read_as_bytes(node: Node, reading: Reading) -> bool:
    """Whether this reading takes a number of the side as an amount of bytes (300B as 300 bytes)."""
    return any(t.alt_bytes and (reading.b_as_bytes or t in reading.alt) for t in node.tokens())


def _new_period(candidate: Candidate) -> bool:
    """Whether the stated rate is per a period the expression never names (its own times cancelled)."""
    named = {t.rate or t.duration for t in candidate.expression.node.tokens()}
    return native_period(candidate.stated.node) not in named


def aligned_values(stated: Side, computed: float, value: float) -> Aligned | None:
    number = stated.node.number
    if number is None or number.value == 0:
        return None
    scale = value / number.value
    return Aligned(computed, value, abs(number.ulp * scale), scale, stated.approx)


# Calendar periods and the ratios between them: a bare factor near one of these converts one period to another.
# Written out, not derived from the reading's periods: every ratio between those (168 hours a week among them)
# would also shut out real counts of days ("x 150" teaching days).
_CALENDAR = {"day": 1, "week": 7, "month": 30, "year": 365}
_RATIOS = (7, 12, 24, 30, 52, 60, 365)


def _days_counted(named: set[str], bare: list[float]) -> bool:
    """A per-day amount times the days it runs, stated for a longer period: "$75/day x 150 = $11,250/yr"
    counts 150 teaching days in the year. The factor is a whole count of days that fits in that
    period and no ratio of its own (30 days to a month, 7 to a week), which would be a slip."""
    if "day" not in named or not (longer := [_CALENDAR[p] for p in named if _CALENDAR.get(p, 0) > 1]):
        return False
    fits = [b for b in bare if b == int(b) and 2 <= b <= max(longer)]
    return any(all(abs(b / r - 1) > 0.2 for r in _RATIOS) for b in fits)


def ratio_written(candidate: Candidate, periods: Mapping[str, float]) -> bool:
    """The working multiplies by a bare figure that is the ratio of two periods the calculation names ("77 MB a
    day x 365 = 28 TB a year"): a conversion by hand for certain, where by_hand also takes a count of days."""
    return candidate.expression.node.has_op() and bool(written_ratios(candidate, periods))


def written_ratios(candidate: Candidate, periods: Mapping[str, float]) -> list[float]:
    """The bare figures of the working that are (within a fifth) the ratio of two periods the calculation names."""
    ratios = _period_ratios(_named_periods(candidate), periods)
    node = candidate.expression.node
    bare = [leaf.number.value for leaf in _leaves(node) if leaf.number is not None and not leaf.units]
    return [b for b in bare if _near_ratio(b, ratios)]


def _named_periods(candidate: Candidate) -> set[str]:
    """The periods and lengths of time the calculation names, on either side."""
    sides = (candidate.expression.node, candidate.stated.node)
    return {t.rate or t.duration for side in sides for t in side.tokens() if t.rate or t.duration}


def _period_ratios(named: set[str], periods: Mapping[str, float]) -> list[float]:
    return [periods[a] / periods[b] for a in named for b in named if a != b]


def _near_ratio(value: float, ratios: list[float]) -> bool:
    """The value is (within a fifth) a ratio of two named periods larger than one: 365 for a day to a year."""
    return any(r > 1 and abs(value / r - 1) <= 0.2 for r in ratios)


def _leaves(node: Node) -> Iterator[Node]:
    yield node
    for part in node.parts:
        yield from _leaves(part)


def by_hand(candidate: Candidate, reading: Reading) -> tuple[Reading, Aligned] | None:
    """1 TB/day x 365 = 365 TB/year, 400 GB/day x 365 x 10 years = 1.46 PB, $2/hour x 24 x 30 = $1,440/month:
    periods converted by hand.

    When the calculation names two periods and holds a bare number close to their ratio,
    the author converts by hand; the figures are then compared with every time unit dropped,
    and that is the only reading that shows what the author computed.
    """
    sides = (candidate.expression.node, candidate.stated.node)
    named = _named_periods(candidate)
    ratios = _period_ratios(named, reading.periods)
    bare = [t.value for t in sides[0].tokens() if t.kind == "num" and t.value > 1] + _powers(sides[0])
    # a ratio may be typed as two factors: "$2 per hour * 24 * 30 = $100,800 per month"
    bare += [a * b for a, b in itertools.combinations(bare, 2)]
    if not any(_near_ratio(b, ratios) for b in bare) and not _days_counted(named, bare):
        return None
    timeless = replace(reading, ignore_time=True)
    try:
        computed, stated = (evaluate(side, timeless) for side in sides)
    except EvalError:
        return None
    if computed.dim != stated.dim:
        return None
    aligned = aligned_values(candidate.stated, computed.value, stated.value)
    return None if aligned is None else (timeless, aligned)


def _powers(node: Node) -> list[float]:
    """The values of the powers of plain numbers in node: a day's length written "10^5 s" is 100,000."""
    found = []
    # (a power past a float's range, "1k^1k", is no day's length: the calculator reports it, this reads past it)
    if node.op == "^" and (base := node.parts[0].number) and (exponent := node.parts[1].number):
        with contextlib.suppress(OverflowError):
            found.append(base.value**exponent.value)
    return found + [value for part in node.parts for value in _powers(part)]
