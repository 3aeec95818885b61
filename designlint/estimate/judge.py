"""Does a stated result follow from its expression? And if not, what was likely meant?

Both sides are evaluated to quantities and aligned: a bare amount stated per period
("10M x 365 x 300 bytes = 1.1 TB/year") is read as the amount in that period. A
result within the tolerance (15%) passes, exact or approximate, as does one within half
a unit of its last written digit (so 2.4 may be written 2, but not 3). Every plausible
reading of an ambiguous token is tried; a line fails only when none holds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from designlint.estimate import hints, slips
from designlint.estimate.align import (
    Aligned,
    Problem,
    align,
    by_hand,
    late_readings,
    quantities,
    ratio_written,
    readings,
)
from designlint.estimate.allowances import holds
from designlint.estimate.parser import Node, Reading, ambiguous, explicit_units, native_period
from designlint.estimate.quantity import Quantity, format_number, format_quantity
from designlint.estimate.sides import Candidate, Side
from designlint.estimate.telling import assumed, show
from designlint.estimate.unwritten import (
    UNCOMPARED,
    Sized,
    bare_in_thousands,
    factor_stated_elsewhere,
    money,
    thousands_dotted,
    unit_left_off,
)

OK, SKIP, ARITHMETIC, UNIT, SLIP, ROUNDING = "ok", "skip", "arithmetic", "unit", "slip", "rounding"
NOTE_BAND = 0.20  # off by more than the tolerance but at most this much: a rounding note, not an error
CERTAIN_RATIO = 2.0  # an error must be off by more than this factor, with every token unambiguous
MISREAD_RATIO = 1e4  # an uncertain reading this far off is more likely our misreading than the doc's slip


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # ok, skip, arithmetic (E002), unit (E007), slip or rounding (E008)
    computed: str = ""
    hint: str = ""
    as_written: bool = False
    certain: bool = True  # every token read one way only, and far enough off to be sure
    assumed: str = ""  # the readings of ambiguous tokens the message relies on
    variant: str = ""  # E008: which slip
    explained: bool = False  # the hint regroups what the doc wrote (brackets, a power), so its result is no misreading


Scaled = Callable[[], list[tuple[float, str]]]  # figures the doc writes with a scale, read on demand


def judge(
    candidate: Candidate,
    periods: Mapping[str, float],
    tolerance: float,
    scaled: Scaled = list,
    sized: Sized = frozenset,
    factors: Sized = frozenset,
) -> Verdict:
    """Whether the stated result follows, under any plausible reading of its tokens; sized gives the figures
    the calculation's line writes with a unit of size ("at 8 bytes each"), so a bare 8 in it is 8 bytes;
    factors the multipliers the doc states up to the line ("every number below incl. 3x replication")."""
    if _tally(candidate, sized) or _windowed(candidate) or _priced(candidate) or _not_a_quantity(candidate.expression):
        return Verdict(SKIP)
    if any(uncompared(candidate) for uncompared in UNCOMPARED):
        return Verdict(SKIP)
    ways = readings(candidate, periods)
    results = [align(candidate, r) for r in ways]
    fits = [(r, a) for r, a in zip(ways, results, strict=True) if isinstance(a, Aligned)]
    fits += _by_hand(candidate, ways)
    later = [] if fits else late_readings(candidate, ways)
    fits += [(r, a) for r in later if isinstance(a := align(candidate, r), Aligned)] + _by_hand(candidate, later)
    if any(holds(candidate, a, tolerance) for _, a in fits):
        return Verdict(OK)
    if _new_term_alone(candidate, periods, tolerance):
        return Verdict(SKIP)
    several = bool(later) or any(ambiguous(side.node) for side in (candidate.expression, candidate.stated))
    if fits:
        return _failed(candidate, fits, tolerance, scaled, several, sized, factors)
    if not isinstance(results[0], Problem):
        return Verdict(SKIP)
    verdict = _dimension_verdict(candidate, ways[0])
    return replace(verdict, certain=not several, assumed=assumed(candidate, ways[0]))


def _by_hand(candidate: Candidate, ways: list[Reading]) -> list[tuple[Reading, Aligned]]:
    """Periods converted by hand, read with time units dropped, under each reading of the ambiguous
    tokens: "1.6k/day * 365 * 200B = 117MB/yr" converts only once 200B is read as bytes."""
    return [hand for way in ways if (hand := by_hand(candidate, way)) is not None]


def _new_term_alone(candidate: Candidate, periods: Mapping[str, float], tolerance: float) -> bool:
    """A running list, not a sum: "7 x 432GB ≈ 3TB hot + 160TB/60 ≈ 2.7TB" adds a worked term to a figure
    already stated and gives that term's result alone. When the worked last term holds by itself, the line
    reads both ways, so it is no slip to report."""
    node = candidate.expression.node
    if node.op != "+" or len(node.parts) < 2 or node.parts[0].has_op() or not node.parts[-1].has_op():
        return False
    last = node.parts[-1]
    alone = replace(candidate.expression, text=candidate.expression.slice(last.start, last.end), node=last)
    return judge(replace(candidate, expression=alone), periods, tolerance).kind == OK


def _not_a_quantity(expression: Side) -> bool:
    """A lone figure that only scales or spans what came before: a factor ("-> 10x for an hour -> ~1.4k/s")
    or a window ("3,333 worker-hours" over "- over 31 days -> ~108 per day"). What it applies to is elsewhere."""
    node = expression.node
    if node.has_op() or node.number is None:
        return False
    written = expression.source[node.start : node.end]
    before = expression.source[: node.start]
    return _FACTOR.match(written) is not None or (_WINDOW_BEFORE.search(before) is not None and _is_span(node))


def _is_span(node: Node) -> bool:
    return any(t.duration for t in node.tokens()) and not any(t.rate or t.byte_factor for t in node.tokens())


_FACTOR = re.compile(r"^~?\d[\d.,]*\s?[x×](?![\w\d])")
_WINDOW_BEFORE = re.compile(r"\b(?:over|across|during|for|within|spread over)\s*$", re.IGNORECASE)
_NAMED_COUNT = re.compile(r"\d\s+[A-Za-z]{3,}")
# A rate spread over a window the words name, not the period of its unit: "9.6 TB/day ≈ 2.1 Gbps averaged over
# working hours" divides by 10 hours, which only the writer knows.
_WINDOW_WORDS = re.compile(
    r"\b(over|during|across|in|within)\s+(the\s+)?(working|business|office|opening|peak|busy|school|daytime|waking)\s+"
    r"(hours?|day|window|time)\b",
    re.IGNORECASE,
)


def _windowed(candidate: Candidate) -> bool:
    return candidate.conversion and _WINDOW_WORDS.search(candidate.stated.source) is not None


def _tally(candidate: Candidate, sized: Sized = frozenset) -> bool:
    """Counts given as an amount of bytes ("1 primary + 2 replicas -> 960 GB on disk", "at 8 bytes each, 3
    million users times 500 candidates is 12 GB"): the things are counted, the size of one comes from
    elsewhere; no byte total is a sum or product of named counts alone. So for a rate and a sum of what each
    thing does ("each match: 2 score reports + 1 finalisation -> ~150 writes/s"): the rate of things is elsewhere."""
    node = candidate.expression.node
    has_bytes, has_time = explicit_units(node)
    stated_bytes, stated_time = explicit_units(candidate.stated.node)
    named = _NAMED_COUNT.search(candidate.expression.text) is not None  # "1 primary", not a bare "500 + 300"
    if node.op == "+" and not (has_bytes or has_time) and stated_time and named:
        return True
    # unless the size of one is a factor, written with its unit elsewhere on the line ("at 8 bytes each, that's
    # 300 million x 500 x 8")
    return not has_bytes and stated_bytes and named and not _sized_here(candidate, sized)


def _priced(candidate: Candidate) -> bool:
    """Money read as a bare figure, but not as the same kind of thing on both sides: "4M GB x $0.023 =
    $92k/month" prices a size, whose unit (per GB-month) the figures do not carry. An amount of money
    restated or multiplied by counts ("$800/day x 30 = $24k/month") is checked."""
    sides = (candidate.expression, candidate.stated)
    priced = [money(side) for side in sides]
    if not any(priced) or any(t.per_bytes is not None for t in candidate.expression.node.tokens()):
        return False  # "1.6 PB x $23/TB": a price per size carries its unit, so the sizes cancel
    if any(explicit_units(side.node)[0] for side in sides):
        return True
    # a figure restated as money needs a price the line does not give ("4M GB = $92k"); a product of bare
    # figures stated as money is checked ("11.25M x 0.006 = $6,750/day")
    return not all(priced) and not candidate.expression.node.has_op()


def _priced_per_thousands(candidate: Candidate, aligned: Aligned) -> bool:
    """Money stated for a product of bare figures, off by a thousand or a million: prices are often per
    thousand or per million ("5M x 0.02 = $100" at $0.02 per 1k requests), which the figures do not carry."""
    if not money(candidate.stated) or money(candidate.expression) or not aligned.stated or not aligned.computed:
        return False
    power = math.log10(abs(aligned.computed / aligned.stated))
    thousands = round(power / 3)
    return thousands > 0 and abs(power - 3 * thousands) < PER_THOUSANDS_SLACK


PER_THOUSANDS_SLACK = 0.07  # about 15% either way of a thousand or a million


def _failed(
    candidate: Candidate,
    fits: list[tuple[Reading, Aligned]],
    tolerance: float,
    scaled: Scaled,
    several: bool,
    sized: Sized = frozenset,
    factors: Sized = frozenset,
) -> Verdict:
    """What is wrong, judged on the reading closest to the stated value: a slip, loose rounding or an error. Periods
    converted by hand ("77 MB a day x 365 = 28 TB a year") are what the author computed, so that reading is judged
    where there is one: a rate kept per day and read per year is never what was meant."""
    by_hand = [pair for pair in fits if pair[0].ignore_time and ratio_written(candidate, pair[0].periods)]
    reading, best = min(by_hand or fits, key=lambda pair: _off(pair[1]))
    given = _sized_here(candidate, sized)
    if (unit_left_off(candidate, best) and not given) or _priced_per_thousands(candidate, best):
        return Verdict(SKIP)
    if (
        factor_stated_elsewhere(best, factors)
        or bare_in_thousands(candidate, best)
        or thousands_dotted(candidate, best)
    ):
        return Verdict(SKIP)
    shown = show(candidate, best.computed / best.scale, reading, given)
    slip = slips.find(candidate, best, reading, tolerance, scaled())
    if slip is not None:
        return Verdict(SLIP, shown, slip.fix, variant=slip.kind, assumed=assumed(candidate, reading))
    if _off(best) <= 1 + NOTE_BAND:
        return Verdict(ROUNDING, shown, _percent(best), variant="rounding")
    if (several or _parts_sized(candidate)) and _off(best) > MISREAD_RATIO:
        return Verdict(SKIP)
    verdict = _diagnose(candidate, best, reading, tolerance, given)
    # beyond MISREAD_RATIO a reading every token allows is still more likely ours than the doc's, unless a hint
    # says what the doc did ("did you mean 4M / (24 x 60 x 60)?"): said, not sure
    far = _off(best) > MISREAD_RATIO and not verdict.explained
    certain = not several and _off(best) > CERTAIN_RATIO and not far
    told = assumed(candidate, reading) if several else "" if far else _percent(best)
    return replace(verdict, certain=certain, assumed=told)


def _parts_sized(candidate: Candidate) -> bool:
    """A sum of sizes, each term in bytes, given a total in bytes: one given that far off sums one thing's parts, the
    count multiplying them told around it ("three photos at about 200 KB plus roughly 50 KB of page, that comes to
    around 8 GB"). Bare terms may be read in other units, and are judged as usual."""
    node = candidate.expression.node
    if node.op != "+" or not any(t.byte_factor is not None for t in candidate.stated.node.tokens()):
        return False
    return all(any(t.byte_factor is not None for t in part.tokens()) for part in node.parts)


def _sized_here(candidate: Candidate, sized: Sized) -> bool:
    """A bare figure of the expression is one its line writes with a unit of size ("at 8 bytes each, that's 300
    million x 500 x 8"): the unit was given, not left off. The sizes are read only when asked for."""
    values = [t.value for t in candidate.expression.node.tokens() if t.kind == "num"]
    return bool(values) and not sized().isdisjoint(values)


def _off(aligned: Aligned) -> float:
    """How many times apart the computed and stated values are (infinite when their signs differ)."""
    c, s = aligned.computed, aligned.stated
    if c == 0 or s == 0 or (c < 0) != (s < 0):
        return math.inf
    return max(c / s, s / c)


def _percent(aligned: Aligned) -> str:
    return f"{abs(aligned.stated / aligned.computed - 1):.0%} off" if aligned.computed else ""


# --- what went wrong ---------------------------------------------------------------


def _dimension_verdict(candidate: Candidate, reading: Reading) -> Verdict:
    pair = quantities(candidate, reading)
    if pair is None:
        return Verdict(SKIP)
    computed = pair[0]
    period = native_period(candidate.expression.node)
    shown = computed.value * (reading.periods[period] if computed.dim[1] == -1 else 1.0)
    what = _dimension_words(computed.dim, period)
    text = format_quantity(Quantity(shown, (1, 0))) if computed.dim[0] == 1 else format_number(shown)
    return Verdict(UNIT, f"{text} ({what})", "")


def _dimension_words(dim: tuple[int, int], period: str) -> str:
    amount = "bytes" if dim[0] == 1 else ("a count" if dim[0] == 0 else f"bytes^{dim[0]}")
    if dim[1] == -1:
        return f"{amount} per {period}"
    if dim[1] == 1:
        return f"{amount} x seconds"
    return amount


def _diagnose(candidate: Candidate, aligned: Aligned, reading: Reading, tolerance: float, sized: bool) -> Verdict:
    shown = show(candidate, aligned.computed / aligned.scale, reading, sized)
    as_written = slips.mixed(candidate.expression.node)
    unit_hint = hints.unit_hint(candidate, aligned, reading, tolerance)
    if unit_hint and hints.converts_bits(candidate.expression.node) and "bits" in unit_hint:
        return Verdict(OK)  # "1.7 MB/s x 8 = 14 Mbps": the author converts by hand
    if unit_hint:
        return Verdict(UNIT, shown, unit_hint, as_written)
    regrouped = hints.regrouping_hint(candidate, aligned, reading, tolerance)
    hint = regrouped or hints.factor_hint(candidate, aligned, reading, tolerance)
    return Verdict(ARITHMETIC, shown, hint, as_written, explained=bool(regrouped))
