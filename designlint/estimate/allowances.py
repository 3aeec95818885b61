"""Stated values that differ from the computed one and still follow from it: machines come whole, a count of them
may carry headroom, and replicas may be counted beside the primary."""

from __future__ import annotations

import math
import re

from designlint.estimate.align import Aligned
from designlint.estimate.sides import Candidate

_MACHINES = re.compile(
    r"\b(?:servers?|nodes?|machines?|instances?|shards?|hosts?|replicas?|partitions?|disks?|boxes|pods?|brokers?)\b",
    re.IGNORECASE,
)


def holds(candidate: Candidate, aligned: Aligned, tolerance: float) -> bool:
    """The stated value follows from the computed one: equal within the tolerance, machines rounded up or given
    headroom, or replicas counted beside the primary."""
    if aligned.passes(aligned.computed, tolerance) or _rounded_up(candidate, aligned) or _headroom(candidate, aligned):
        return True
    return _copies_beside(candidate, aligned, tolerance)


# "x2 replicas": two copies in all, or two more beside the primary ("x2 replicas on top = 1.5 TB" from 500 GB);
# "x 3 on top" is how referred.py writes a multiple of a figure stated with the figure in it ("... all in").
_REPLICAS = re.compile(r"[x×*]\s*(\d)\s*(?:replicas?|copies|replicated|on top)\b", re.IGNORECASE)


def _copies_beside(candidate: Candidate, aligned: Aligned, tolerance: float) -> bool:
    """A size times n replicas stated as n + 1 copies: the writer counted the primary too (or, n times a figure
    stated with the figure in it)."""
    found = _REPLICAS.search(candidate.expression.text)
    if found is None or not (n := int(found.group(1))):
        return False
    return aligned.passes(aligned.computed * (n + 1) / n, tolerance)


def _rounded_up(candidate: Candidate, aligned: Aligned) -> bool:
    """3.1 servers written 4: machines come whole, so a count of them is rounded up."""
    whole = aligned.stated == math.ceil(aligned.computed) and aligned.computed > 0
    return whole and _MACHINES.search(candidate.stated.text) is not None


# A count of machines from one's capacity may carry headroom up to this many times the need.
MAX_HEADROOM = 4.0


def _headroom(candidate: Candidate, aligned: Aligned) -> bool:
    """More machines than the total needs, within MAX_HEADROOM: room to spare, not a slip."""
    return candidate.at_least and 0 < aligned.computed <= aligned.stated <= aligned.computed * MAX_HEADROOM
