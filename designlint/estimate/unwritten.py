"""What a calculation leaves unwritten: a factor or a scale the doc states elsewhere, the rate that turns a span
into a count, a unit the figures do not carry. A calculation that fails only for want of one of these is not
reported: the slip is in our reading, not in the doc.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from designlint.estimate.align import Aligned
from designlint.estimate.lexer import CURRENCY, TIME_WORDS
from designlint.estimate.parser import Node, explicit_units, native_period
from designlint.estimate.sides import Candidate, Side

Sized = Callable[[], frozenset[float]]  # figures read from the doc on demand: sizes beside the working, factors


def span_counted(candidate: Candidate) -> bool:
    """A length of time alone stated as a count of things ("Over a year (about 3.15 × 10^7 seconds) that's 3.15 ×
    10^11 events"): the rate that turns the one into the other is not on the line, so nothing here is worked.
    A span that multiplies or divides other figures ("400 * 5 * 12 months", "3,000 GPU-hours / 24 hours") is
    worked as usual."""
    counted = not any(t.duration or t.rate for t in candidate.stated.node.tokens())
    return counted and _SPAN_ONLY.match(candidate.expression.text) is not None


# One length of time, in scientific notation or not, perhaps in brackets: "(about 3.15 × 10^7 seconds)".
_SPAN_ONLY = re.compile(
    r"^\(?\s*(?:about|around|roughly|~|≈)?\s*\d[\d.,]*(?:\s*[x×*]\s*10\s*\^\s*\d+)?\s*"
    r"(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|yrs?)\s*\)?$",
    re.IGNORECASE,
)


def money(side: Side) -> bool:
    """A currency sign in the side's figures or just before them ("~$800/day": the sign is not in the node)."""
    written = side.source[max(side.node.start - 2, 0) : side.node.end]
    return any(sign in written for sign in CURRENCY)


def factor_stated_elsewhere(aligned: Aligned, factors: Sized) -> bool:
    """Off by a multiplier the doc states before the line ("NOTE: every number below already incl 3x
    replication" over "2M x 50KB -> 300 GB/day"): the factor is applied without being written again. Powers of
    ten are left out: a dropped zero is the commonest slip, and "10x" peaks are everywhere."""
    if not aligned.computed or not aligned.stated:
        return False
    ratio = abs(aligned.stated / aligned.computed)
    return any(abs(ratio / factor - 1) <= FACTOR_SLACK for factor in factors() if not power_of_ten(factor))


FACTOR_SLACK = 0.05  # the factor as stated, give or take the rounding of the figures it multiplies


def power_of_ten(value: float) -> bool:
    if not math.isfinite(value) or value <= 0:
        return False  # a figure of hundreds of digits reads as infinity, which no power of ten is
    return abs(math.log10(value) - round(math.log10(value))) < 1e-9


def bare_in_thousands(candidate: Candidate, aligned: Aligned) -> bool:
    """Money worked out and stated as a bare figure a whole thousand or million off ("250 TB at $0.06/GB = 15"
    under "all dollar figures in $k per month"): the doc says its scale elsewhere; the figure is no slip."""
    stated = candidate.stated
    if money(stated) or any(explicit_units(stated.node)) or not money(candidate.expression):
        return False
    return whole_steps(aligned)


def whole_steps(aligned: Aligned) -> bool:
    """Computed and stated a whole number of steps of 1,000 apart (1,000x, 1,000,000x)."""
    if aligned.computed == 0 or aligned.stated == 0:
        return False
    steps = math.log(abs(aligned.computed / aligned.stated), 1000)
    return abs(steps) >= 0.99 and abs(steps - round(steps)) < 0.01


def unit_left_off(candidate: Candidate, aligned: Aligned) -> bool:
    """Bare figures against a size, off by a whole unit step (1,000x, 1,000,000x): "480 s × 18 / 8 = 1.08 GB"
    computes MB from a rate named elsewhere; the unit was left off, which is no slip of arithmetic."""
    if explicit_units(candidate.expression.node)[0] or not explicit_units(candidate.stated.node)[0]:
        return False
    # a "B" that may be bytes was written as a unit: "41.5M x 200B = ~8 MB/s" left nothing off
    if any(t.alt_bytes for t in candidate.expression.node.tokens()):
        return False
    return whole_steps(aligned)


def things_of_a_size(candidate: Candidate) -> bool:
    """A count of things stated for a product that carries a size ("10 shards × 50GB × 3 replicas = 30 nodes"):
    the size says how big each is and the count is of the things alone, so the product is no amount of bytes to
    compare. A quotient may turn bytes into a count ("5 GB / 10 bytes = 500M rows") and is checked as usual."""
    expression, stated = candidate.expression, candidate.stated
    if not explicit_units(expression.node)[0] or any(explicit_units(stated.node)) or "/" in expression.text:
        return False
    return _COUNTED.search(stated.text) is not None


# A figure followed by the things it counts ("30 nodes", "~1.2k boxes"), not by its scale ("30 million").
_SCALES = r"(?:k|m|b|bn|mn|thousand|million|billion|trillion)"
_COUNTED = re.compile(rf"\d\s*{_SCALES}?\s+(?!{_SCALES}\b)[A-Za-z]{{3,}}", re.IGNORECASE)


def priced_per_count(candidate: Candidate) -> bool:
    """A price for a number of things, written as a division ("$1.50 / 1k pages", "€3 / 1000 calls"): the
    figures price one batch; what it is multiplied by comes from elsewhere, so the quotient is no result."""
    return money(candidate.expression) and _PER_BATCH.search(candidate.expression.text) is not None


_PER_BATCH = re.compile(rf"/\s*\d[\d,.]*\s*{_SCALES}?\s+[A-Za-z]{{3,}}\s*$", re.IGNORECASE)


def share_of_another(candidate: Candidate) -> bool:
    """A share of an amount the working does not give, added to a figure: "89 € per shop per month plus 1,5% per
    online order" adds a fee on sales the line never states, so the sum is no result to check."""
    return candidate.expression.node.op == "+" and _SHARE_PER.search(candidate.expression.text) is not None


_SHARE_PER = re.compile(r"\d\s?%\s+(?:per|of each|of every|on each|on every)\s+[a-z]", re.IGNORECASE)


def per_thing_totalled(candidate: Candidate) -> bool:
    """One thing's figure stated as the total for all of them ("180,000 photos. At ca. 0.5 s per photo that is 25
    hours"): the count is named outside the working, so the two figures are not the same amount."""
    expression, stated = candidate.expression, candidate.stated
    if expression.node.has_op() or _PER_THING.search(stated.text):
        return False
    return _PER_THING.search(expression.text) is not None


_PER_THING = re.compile(rf"\b(?:per|each|apiece|a piece)\b(?!\s*{TIME_WORDS}\b)", re.IGNORECASE)


def peak_unworked(candidate: Candidate) -> bool:
    """An average restated as a peak with no factor on the line ("40k bookings/day, ~10/s peak"): the factor that
    turns the one into the other is the writer's, unwritten, so the two figures are not the same amount."""
    expression, stated = candidate.expression, candidate.stated
    if expression.node.has_op() or "peak" in expression.text.lower() or not _PEAK.search(stated.text):
        return False
    return native_period(expression.node) != native_period(stated.node)  # "74 Mbps at peak" restates 93 MB/s


_PEAK = re.compile(r"\bpeak", re.IGNORECASE)


def mixed_number(candidate: Candidate) -> bool:
    """A result written as a whole and a fraction ("15/8, which is 1 7/8 cups"): the whole alone is not what is
    stated, so nothing is compared."""
    stated = candidate.stated
    return _FRACTION_AFTER.match(stated.source, stated.node.end) is not None


_FRACTION_AFTER = re.compile(r"[ \t]+\d+/\d+(?![\d/])")


# A figure whose thousands are set apart by dots, as continental writers group them: "4.056", "1.200.000".
_DOTTED = re.compile(r"^\s*(?:~|≈|about\s+|around\s+)?\s*\d{1,3}(?:\.\d{3})+(?![\d,.])")


def thousands_dotted(candidate: Candidate, aligned: Aligned) -> bool:
    """The stated figure groups its thousands with dots ("78 x 52 = 4.056 slots maximum") in a doc not otherwise read
    the continental way: read as a decimal it falls short of the working by a whole step of 1,000 per dot, which is
    the grouping, not a slip."""
    dotted = _DOTTED.match(candidate.stated.text)
    if dotted is None or not aligned.computed or abs(aligned.computed) < abs(aligned.stated):
        return False
    steps = math.log(abs(aligned.computed / aligned.stated), 1000)
    return abs(steps - dotted.group(0).count(".")) < 0.01


def downtime_of_nines(candidate: Candidate) -> bool:
    """An availability share of a span given with the downtime it leaves ("99.9% of 48h = ~3 min", "99.9% of 30
    days = 43 min downtime"): the stated figure is the rest of the span, 0.1% of it, not the share written."""
    return _NINES_OF.search(candidate.expression.text) is not None and _TIME.search(candidate.stated.text) is not None


_NINES_OF = re.compile(r"(?<![\d.,])99(?:[.,]\d+)?\s?%\s*(?:of|over|x|\*|×)\s", re.IGNORECASE)
# a length of time, not a rate's period ("43 min downtime", not "19 requests/s")
_TIME = re.compile(rf"(?<![\w/])(?<!per ){TIME_WORDS}(?![\w/])(?!\s*/)", re.IGNORECASE)


def figure_in_prose(candidate: Candidate) -> bool:
    """One figure and what it leaves room for ("A 48h event then allows ~3 min of downtime"): a sentence whose "~" is
    "about", not a working; a figure restated in words ("45 TB of new data every day, or around 1.4 PB a year")
    and a product before the verb ("8 nodes x 1000 req/s allows ~ 4000 req/s") are still checked."""
    return not candidate.expression.node.has_op() and _ROOM_FOR.search(candidate.expression.text) is not None


_ROOM_FOR = re.compile(r"\b(?:allows?|leaves?|permits?)\s*$", re.IGNORECASE)


def saving_told(candidate: Candidate) -> bool:
    """A price beside what is saved against it ("Compared to today (49 EUR / month) we save ca. 400 EUR per year"):
    the stated figure is a difference from another price, not the one before it converted."""
    # "3 × 40 EUR / month saved" works the saving out itself: a product or a sum in the working is checked
    return _SAVED.search(candidate.expression.text) is not None and not _works_out(candidate.expression.node)


def _works_out(node: Node) -> bool:
    return node.op in ("*", "+") or any(_works_out(part) for part in node.parts)


_SAVED = re.compile(r"\b(?:saves?|saving|saved)\s*$", re.IGNORECASE)


# Shapes of working whose stated figure is no result of the figures beside it.
UNCOMPARED: tuple[Callable[[Candidate], bool], ...] = (
    share_of_another,
    span_counted,
    things_of_a_size,
    priced_per_count,
    per_thing_totalled,
    peak_unworked,
    mixed_number,
    downtime_of_nines,
    figure_in_prose,
    saving_told,
)
