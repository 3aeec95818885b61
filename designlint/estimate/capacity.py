"""Machines counted from what one of them takes: "1.2M ops/s. One shard does ~100k ops/s, so ~12 shards".

A total, then what one machine (a shard, a node, a worker) takes, then how many are needed: the count
is the total divided by the one's capacity. Fewer than that is a slip; more is headroom, which the
writer may add without saying so, so the judge lets a larger count pass (Candidate.at_least).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from designlint.estimate.finder import MAX_LINE, NOTE_LINE, candidates
from designlint.estimate.lexer import SCALE_WORD
from designlint.estimate.sides import Candidate

_AMOUNT = r"(?<![\d.,])\d[\d,.]*\s?" + SCALE_WORD + r"?\b"
_CAPACITY = re.compile(
    # the total, then words but no other figure before the one machine
    rf"(?P<total>{_AMOUNT})[^\d\n]{{0,80}}?"
    r"\b(?:if\s+)?(?P<article>one|a single|each|1|an?)\s+(?P<one>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:does|handles|serves|holds|takes|sustains|supports|manages|can (?:do|handle|serve|hold|take|sustain)"
    r"|tops out at|maxes out at)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?"
    # what one takes, then how many
    rf"(?P<cap>{_AMOUNT})[^\d\n.;]{{0,40}}?[,;]?\s*"
    r"(?:so|that's|that is|thus|hence|->|→|=>|means|=)\s*(?:about\s+|around\s+|roughly\s+|~\s*)?(?=\d)",
    re.IGNORECASE,
)
# Every phrasing holds one of these: most lines hold none, and `in` is far cheaper than the search. With a bare "a"
# ("2M reads/s and a node does about 150k/s, so ~130 nodes") the line holds a verb of capacity too.
_WORDS = (" one ", " a single ", " each ", " 1 ")
_VERBS = (" does ", " handles ", " serves ", " holds ", " takes ", " sustains ", " supports ", " can ", " tops out")


# What one machine takes, on a line of its own under the total: "- 50k conns per gateway box → 20 gateway
# servers" under "- 20% of DAU online at once → 10M websocket conns".
# The machines a count may be of, as an estimate names them ("12 shards", "50k conns per gateway box").
MACHINES = (
    r"machines?|servers?|nodes?|box(?:es)?|hosts?|instances?|shards?|workers?|pods?|brokers?|gateways?|replicas?"
    r"|racks?|disks?|drives?|partitions?"
)
_MACHINE = rf"(?:{MACHINES})"
# each machine noun without its plural ending ("box", "server"): a line must hold one to name a machine (tested
# as substrings of the lowered line: a case-blind search of fifteen words costs far more, line after line)
_MACHINE_STEMS = tuple(name.replace("(?:es)?", "").removesuffix("s?") for name in MACHINES.split("|"))
# (the thing may be named first, at its rate: "kafka @ ~10 MB/s per partition -> ~300 partitions")
_PER_ONE = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*[A-Za-z][\w ]{{0,20}}:\*\*[ \t]*|[A-Za-z][\w ]{{0,20}}:[ \t]+)?"
    rf"(?:[a-z][\w-]*[ \t]*(?:@|\bat\b)[ \t]*)?(?:~\s*)?(?P<cap>{_AMOUNT})\s*"
    # (a word may say which part of it counts: "2 TB usable per node")
    r"(?P<noun>[a-z][\w/-]*)(?:\s+(?:usable|free|effective|net|raw))?\s+(?:per|/|each)\s*"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?{_MACHINE}\b[^\d\n]{{0,20}}?(?:->|→|=>|=|,?\s*so)\s*(?:about\s+|~\s*)?(?=\d)",
    re.IGNORECASE,
)


# The machine named first, then what it takes ("redis node ~100k ops/s -> ~4 nodes"), or what it has joined to it
# by a hyphen ("32-core workers -> ~12 boxes" under "~370 cores busy").
_COUNT_NEXT = r"[^\d\n]{0,10}?(?:->|→|=>|=|,?\s*so)\s*(?:about\s+|~\s*)?(?=\d)"
_NAMED_FIRST = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+)?(?:[a-z][\w-]*[ \t]+){{0,2}}?{_MACHINE}[ \t]*(?:~|≈|@|:|=|does|handles|takes)?[ \t]*"
    rf"(?:about\s+|~\s*)?(?P<cap>{_AMOUNT})\s*(?P<noun>[a-z][\w-]*)(?:/s(?:ec)?)?\b{_COUNT_NEXT}",
    re.IGNORECASE,
)
_HYPHENED = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+)?(?P<cap>\d+)-(?P<noun>[a-z]+)[ \t]+{_MACHINE}\b{_COUNT_NEXT}", re.IGNORECASE
)


def capacity_over_lines(line: str, below: str, number: int) -> Iterator[Candidate]:
    """The count of machines a line works out from what one takes, the total being the last figure of the lines
    above (the caller gives a few) that counts the same thing ("10M websocket conns" over "50k conns per box -> 20
    boxes")."""
    low = below.lower()
    if len(below) > NOTE_LINE or not any(stem in low for stem in _MACHINE_STEMS):
        return  # a note's short line names a machine; a paragraph's long one is read by the one-line reader
    found = _PER_ONE.search(below) or _NAMED_FIRST.search(below) or _HYPHENED.search(below)
    if found is None:
        return
    noun = re.escape(found["noun"].lower().rstrip("s"))
    totals = re.findall(rf"({_AMOUNT})\s+(?:[a-z][\w-]*\s+)?{noun}s?\b", line, re.IGNORECASE)
    for candidate in candidates(f"{totals[-1]} / {found['cap']} = {below[found.end():]}", number) if totals else ():
        yield replace(candidate, at_least=True)
        return  # the first: the count itself, not what the line goes on to say


_UNIT_AFTER = re.compile(r"\s*([A-Za-z][\w/]*)")


def _same_unit(line: str, found: re.Match[str]) -> bool:
    """The total and one machine's share are written in the same unit, or neither in one ("400k ops/s; at 100k
    ops/s per redis shard"): the figures are read bare, so a total in TB over a share in MB/s divides nothing."""
    units = [_UNIT_AFTER.match(line, found.end(name)) for name in ("total", "cap")]
    words = [unit.group(1).lower() if unit else "" for unit in units]
    return words[0] == words[1] or not all(words) or words[1] in ("per", "each")


def _names_machine(one: str) -> bool:
    return re.fullmatch(_MACHINE, one.split()[-1], re.IGNORECASE) is not None


_COUNTED = re.compile(r"^[\d,.]+\s?(?:k|m)?\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.IGNORECASE)


def _counts_machines(one: str, result: str) -> bool:
    """The count after "so" is of the one thing that takes a share ("One shard does ~100k ops/s, so ~12 shards"),
    or of machines: "each bin holds ~3 SKUs, so ~800k scan events" multiplies, it counts no bins."""
    counted = _COUNTED.match(result.lstrip("~≈ "))
    if counted is None:
        return True  # a bare count: the line gives nothing else it could count
    ones = {word.lower().rstrip("s") for word in one.split()}
    words = counted["words"].split()
    return any(re.fullmatch(_MACHINE, w, re.IGNORECASE) or w.lower().rstrip("s") in ones for w in words)


# The total, then what one machine takes after "at ... per": "400k ops/s; at 100k ops/s per redis shard thats 40
# shards", "2M conns at 50k per gateway box -> 40 boxes".
_AT_PER = re.compile(
    rf"(?P<total>{_AMOUNT})[^\d\n]{{0,40}}?\bat\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<cap>{_AMOUNT})"
    rf"[ \t]*(?:[a-z][\w/-]*[ \t]+)?(?:per|/|each)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?P<one>{_MACHINE})\b"
    r"[^\d\n.;]{0,20}?(?:that'?s|thats|so|->|→|=>|=|means|gives|needs?|,(?=\s*~?\d[\d,.]*\s*[a-z]+\s*(?:[.;]|$)))\s*(?:about\s+|around\s+|roughly\s+|~\s*)?(?=\d)",
    re.IGNORECASE,
)


def capacity_candidates(line: str, number: int) -> Iterator[Candidate]:
    """The count of machines a line works out from a total and one's capacity, as total / capacity."""
    low = f" {line.lower()}"
    bare = (" a " in low or " an " in low) and any(verb in low for verb in _VERBS)
    if len(line) > MAX_LINE or not (any(word in low for word in _WORDS) or bare or (" at " in low and " per " in low)):
        return
    found = _CAPACITY.search(line) or _AT_PER.search(line)
    if found is None or not _counts_machines(found["one"], line[found.end() :]):
        return
    if found.re is _CAPACITY and found["article"].lower() in ("a", "an") and not _names_machine(found["one"]):
        return  # "a user does 5 requests a day, so ..." multiplies: only a machine said with "a" takes a share
    if found.re is _AT_PER and not _same_unit(line, found):
        return  # "a catalog (8 TB) at 50 MB/s per worker, 20 workers" shares out no total: the units differ
    for candidate in candidates(f"{found['total']} / {found['cap']} = {line[found.end():]}", number):
        yield replace(candidate, at_least=True)
        return  # the first: the count itself, not what the line goes on to say
