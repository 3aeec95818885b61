"""Whether a side and its result restate one figure in another unit: a rate per another period ("100M per day
-> 1,157 per second"), a length of time in another unit ("1.1M minutes ≈ 18k hours"), a data rate in bits
for one in bytes ("600 MB/s ≈ 4.8 Gbps"). finder.py reads such a pair as a conversion to check.
"""

from __future__ import annotations

import math
import re

from designlint.estimate.parser import Node
from designlint.estimate.phrasing import DIGIT


def is_conversion(left: Node, right: Node, before: str = "") -> bool:
    """Both sides one figure in different units (see the module notes); before is the text ahead of the
    left side. A share per period ("40%/year growth we hit 10 TB/day") is a rate of growth, which no amount
    per period restates."""
    rates = [[t.rate for t in side.tokens() if t.rate] for side in (left, right)]
    shares = any(t.kind == "num" and t.text.endswith("%") for side in (left, right) for t in side.tokens())
    if shares or _sized_on_one_side(left, right):
        return False
    if all(len(r) == 1 for r in rates) and rates[0][0] != rates[1][0]:
        return True
    # an amount of time in another unit, per the same period or none: "1.1M minutes of audio/day ≈ 18k hours/day";
    # not a span that a figure before it goes with ("99.95% uptime over 30 days = 21.6 min of downtime"), nor a
    # cadence ("logs a point every 5 seconds and the average trip is 18 minutes"), how often, not how long
    if DIGIT.search(before) or _CADENCE.search(before):
        return False
    durations = [[t.duration for t in side.tokens() if t.duration] for side in (left, right)]
    same_rate = rates[0] == rates[1] and len(rates[0]) <= 1
    if same_rate and all(len(d) == 1 for d in durations) and durations[0][0] != durations[1][0]:
        return not _one_unit(right) and _same_thing(left, right)
    # a data rate in bits on one side and bytes on the other: "600 MB/s ≈ 4.8 Gbps" (a size alone on each side,
    # "2 KB per card = 760 MB", is a product whose count is elsewhere)
    sizes = [[t.byte_factor for t in side.tokens() if t.byte_factor] for side in (left, right)]
    if not (rates[0] and same_rate and all(len(b) == 1 for b in sizes)):
        return False
    return _in_bits(sizes[0][0]) != _in_bits(sizes[1][0])


_CADENCE = re.compile(r"\b(?:every|each)\s*$", re.IGNORECASE)


def _same_thing(left: Node, right: Node) -> bool:
    """Both spans count the same thing's time: "hours" and "days", or "GPU-hours" and "GPU-days". Hours of audio
    said as GPU-days ("112M hrs -> ≈ 47k GPU-days") take a machine's speed to work out, no change of unit."""
    owners = [{t.text.rpartition("-")[0].lower() for t in side.tokens() if t.duration} for side in (left, right)]
    return owners[0] == owners[1]


def restates_size(left: Node, right: Node) -> bool:
    """One amount of data in bytes on each side, in another unit and per the same period or none ("2,000 MB ≈ 20
    GB"). Read only where the left side is the result a working just gave, so it is that figure restated; alone,
    "2 KB = 760 MB" may be one thing's size beside the total."""
    sizes = [[t.byte_factor for t in side.tokens() if t.byte_factor] for side in (left, right)]
    rates = [[t.rate for t in side.tokens() if t.rate] for side in (left, right)]
    numbers = [[t for t in side.tokens() if t.kind == "num"] for side in (left, right)]
    if any(len(found) != 1 for found in sizes) or any(len(found) != 1 for found in numbers) or rates[0] != rates[1]:
        return False
    return sizes[0][0] != sizes[1][0] and not _in_bits(sizes[0][0]) and not _in_bits(sizes[1][0])


def _sized_on_one_side(left: Node, right: Node) -> bool:
    """A rate of things on one side and of bytes on the other ("(1/min downsample) -> ~720 GB/day"): the figure
    was multiplied by a size the line does not write, so it is a step of a working, not one figure restated."""
    sized = [any(t.byte_factor for t in side.tokens()) for side in (left, right)]
    return sized[0] != sized[1]


def _one_unit(side: Node) -> bool:
    """The side is one of its unit ("1 min", "1h rollups"): a length of time rarely converts to exactly one unit
    unless the two are equal, so "10s -> 1min" or "1min or 1h" steps from one granularity to the next."""
    return [t.value for t in side.tokens() if t.kind == "num"] == [1.0]


def _in_bits(factor: float) -> bool:
    """A unit counted in bits: its factor in bytes is a power of ten divided by 8 (Gbps: 1e9 / 8)."""
    return factor < 1 or not math.log10(factor).is_integer() and math.log10(factor * 8).is_integer()


def restated_as(left: Node, right: Node) -> bool:
    """The right side restates the left's figure in another unit of size or time (restates_size, is_conversion)."""
    return restates_size(left, right) or is_conversion(left, right)
