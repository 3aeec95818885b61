"""Amounts given after "at" or "@", which phrasing.clean() rewrites into arithmetic: a share of a count at the count
("~15% need a human; at 150k/day that's ~22k/day"), an amount of data at a price per size ("~1.6 PB, at
~$23/TB/month ≈ $3.7k/month") and a count of things at the size or price of each ("10M prefixes at 200 bytes each
is 2 GB").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from designlint.estimate.lexer import SCALE_SHORT, SCALE_WORD, tokenize
from designlint.termsearch import cued

# "~15% of changesets need a human; at 150k/day that's ~22k reviews/day": a share of a count that the
# clause after it gives ("at 150k/day") is that count times the share.
SHARE_AT = re.compile(
    r"(?P<pct>\d+(?:\.\d+)?\s?%) of (?:[A-Za-z][\w'-]*\s+){1,6}?[A-Za-z][\w'-]*\s*[;,.]?\s*"
    r"(?:at|with|out of|of) (?:~\s?|about |around |roughly )?"
    r"(?P<base>\d[\d,.]*\s?" + SCALE_WORD + r"?"
    r"(?:\s?/\s?(?:day|d|s|sec|second|hour|h|min|minute)|\s(?:a|per) (?:day|second|hour|minute))?),?\s*"
    r"(?:that'?s|that is|this is|it'?s|is|gives|=|->|→|≈)\s*",
    re.IGNORECASE,
)
# "With a failure rate around 1% across 10,000 drives we lose about 1,000 a year", "2% of 50k orders is 1k":
# a share of a count, then what it comes to in words, is the count times the share ("% of" before a figure is
# "% x" by then).
SHARE_OF = re.compile(
    r"(?P<pct>(?<![\w.,])\d+(?:\.\d+)?\s?%)\s+(?:of|across|among|out of|x)\s+(?:the\s+|our\s+)?"
    r"(?:~\s?|about |around |roughly )?(?P<base>\d[\d,.]*(?:\s?" + SCALE_WORD + r")?)(?![\w.,%])"
    # what the count counts and what happens to the share ("drives fail each year")
    r"(?:\s+(?!(?:is|are|that|that's|we|so|which|gives|means|comes)\b)[A-Za-z][\w'-]*){0,4}?\s*,?\s*(?:so\s+)?"
    r"(?:we\s+(?:lose|see|get|expect|replace)|that'?s|that is|this is|is|are|means|gives|comes to)"
    r"\s+(?:about |around |roughly |~\s?|≈\s?)?"
    # a period on the result ("about 1,000 a year") is the share's own, dropped with the count's
    r"(?P<result>\d[\d,.]*(?:\s?" + SCALE_WORD + r"(?!\w))?)(?P<noun>\s+(?!(?:a|per|each|every)\b)[a-z]+)?"
    r"(?:\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b)?",
    re.IGNORECASE,
)


def share_of_count(line: str) -> bool:
    """The line gives a share of a count and what it comes to in words (see SHARE_OF)."""
    return "%" in line and SHARE_OF.search(line) is not None


def share_of(found: re.Match[str]) -> str:
    """SHARE_OF as arithmetic; the result's period goes, since the count it is a share of has none."""
    return f"{found['base']} x {found['pct']} = {found['result']}{found['noun'] or ''}"


# "~1.6 PB, at ~$23/TB/month ≈ $3.7k/month": an amount of data priced per size after it is the amount times
# the price.
PRICED_AT = re.compile(
    r"(?P<size>(?<![\w.,])\d[\d,.]*+\s?(?:[KMGTPE]i?B|bytes?)\b(?:\s?/\s?(?:month|mo|day|year|yr))?)"
    r"\s*[,;]?\s*(?:at|@)\s*(?:~\s?|about |around |roughly )?"
    r"(?P<price>[$€£]\s?\d[\d,.]*\s?(?:/\s?|per\s+)[KMGTPE]?i?B(?:\s?[-/]\s?(?:month|mo|year|yr|day)|\s+per\s+month)?)"
    r"\s*,?\s*(?:that'?s|that is|this is|it'?s|is|gives|comes to|=|->|→|≈|~)\s*",
    re.IGNORECASE,
)
# "≈ 11B rows. At ~16 bytes per row (id, date, rate) that's ≈ 17.5 GB": a count of things, then the size or price
# of one of them after "at" or "@", is the count times the size ("10M prefixes at 200 bytes each is 2 GB", "20M
# sms/day @ $0.0075 each = $150k/day").
SIZED_AT = re.compile(
    # the words before the noun describe it: "500 ids per user at 8 bytes each" sizes an id, not a user
    r"(?P<count>(?<![\w.,])\d[\d,.]*+\s?" + SCALE_WORD + r"?)\s+"
    r"(?:(?!(?:per|a|an|each|every)\b)[a-z][\w-]*\s+){0,2}?"
    # the count may be a period's ("260 million bids a year. At about 200 bytes a bid, that's about 5 TB a year")
    r"(?P<noun>[a-z][a-z-]*?)s?\b(?P<per>/\s?(?:day|d|s|sec|mo|month|yr|year)|\s(?:a|per) (?:day|week|month|year)"
    r"|\s(?:a|per) (?P<short>second|minute|hour))?"
    r"\s*(?:(?P<stop>\.)|[;,])?\s*"
    r"(?:(?:at|with)\s+|@\s*)(?:~\s?|about |around |roughly )?"
    # (or the time each takes: "13,600 calls at 20 ms each, that's about 272 seconds")
    r"(?P<size>\d[\d,.]*\s?(?:[KMGT]i?B|bytes?|B|ms|milliseconds?|secs?|seconds?)\b"
    r"|[$€£]\s?\d[\d,.]*+(?![\d,.]*\s?(?:/|per\b)))"
    # after a full stop the size may name what things counted over a period carry: "5.4 billion deliveries a
    # second. At roughly 100 bytes a message, that's 54 GB/s" ("400M rows. At 50 bytes per booking" sizes another)
    r"\s+(?:(?:per|each|an?|/)\s*(?:(?P=noun)s?\b|(?(stop)(?(per)[a-z][\w-]*\b|(?!))|(?!)))|each\b|apiece\b)"
    r"[^.\d\n]{0,80}?,?\s*(?:that'?s|that is|this is|it'?s|is|gives|comes to|=|->|→|≈)\s*(?:[~≈]\s*)?"
    r"(?:(?:only|just|about|around|roughly)\s+)?"
    # a count a second is sized as a total a second: "the daily volume is 740 GB" after it sums another span
    r"(?(short)(?=\d[\d,.]*+\s?[a-z]*\s?(?:/\s?(?:s|sec|min|h)\b|(?:a|per) (?:second|minute|hour))))",
    re.IGNORECASE,
)


# Notes give the size of each after a comma, no "at": "330m seat rows, ~100B/row => 3.3TB", "= 1B/yr, ~200 bytes
# each => 20GB/yr". The count, its words, a period, then the size of one and the product after an arrow or "=".
SIZED_AFTER = re.compile(
    r"(?P<count>(?<![\w.,])\d[\d,.]*+\s?" + SCALE_WORD + r"?)"
    r"(?P<words>(?:\s+(?!(?:per|a|an|each|every)\b)[a-z][\w-]*){0,3}?)(?P<per>/\s?(?:day|d|s|sec|mo|month|yr|year))?"
    r"\s*,\s*(?:~\s?|about |around |roughly )?(?P<size>\d[\d,.]*)\s?(?P<unit>[KMGT]i?B|bytes?|B)\b"
    r"\s*(?:each\b|apiece\b|/\s?(?:row|item|record|event|msg|message|entry|doc|object|seat|trade|user)s?\b)"
    r"\s*(?P<conn>=>|->|→|=|≈)",
    re.IGNORECASE,
)


def sized_after(found: re.Match[str]) -> str:
    """SIZED_AFTER's match as a product: a bare "B" after a size per thing is bytes ("~100B/row"), not billions."""
    unit = "bytes" if found["unit"] == "B" else found["unit"]
    per = found["per"] or ""
    return f"{found['count']}{found['words']}{per} x {found['size']} {unit} {found['conn']}"


# The size of one, then how many of them and the total: "around 15 MB across renditions, so 3 million of them is
# 450 TB a day" is the count times the size.
SIZE_THEN_COUNT = re.compile(
    r"(?P<size>(?<![\w.,])\d[\d,.]*+\s?(?:[KMGTP]i?B|bytes?))\b(?:\s+[a-z]+){0,3}?\s*[,;]?\s*(?:so\s+|and\s+)?"
    r"(?P<count>\d[\d,.]*+\s?" + SCALE_WORD + r"?)\s+of\s+(?:them|those|these)\s+"
    r"(?:is|are|comes? to|gives?|=|->|→|≈)\s*(?:about\s+|around\s+|roughly\s+|~\s?)?(?=\d)",
    re.IGNORECASE,
)
SIZE_THEN_COUNT_CUES = (" of them ", " of those ", " of these ")
# Or the size of one thing named, then how many of the same things and their total: "If each row is something
# like 150 bytes with indexes, 360,000 rows is roughly 540 MB", "At 150 bytes a row, 360,000 rows is ~54 MB".
_ONE = r"(?:something like\s+|about\s+|around\s+|roughly\s+|~\s?)?(?P<size>\d[\d,.]*+\s?(?:[KMGTP]i?B|bytes?))\b"
SIZE_OF_ONE = re.compile(
    r"(?:\beach\s+(?P<noun>[a-z][a-z-]*?)\s+(?:is|takes|needs|weighs)\s+" + _ONE
    + r"|\bat\s+" + _ONE.replace("size>", "size_at>") + r"\s+(?:a|an|per|each)\s+(?P<noun_at>[a-z][a-z-]*?))"
    r"(?=[\s,;])[^.\d\n]{0,40}?[,;]\s*(?:so\s+|and\s+)?"
    r"(?P<count>\d[\d,.]*+\s?" + SCALE_WORD + r"?)\s+(?:(?P=noun)|(?P=noun_at))(?:s|es)?\s+"
    r"(?:is|are|comes? to|gives?|=|->|→|≈)\s*(?:about\s+|around\s+|roughly\s+|~\s?)?(?=\d)",
    re.IGNORECASE,
)
SIZE_OF_ONE_CUES = ("each ", "Each ", "at ", "At ")


def _one_sized(found: re.Match[str]) -> str:
    return f"{found['count']} x {found['size'] or found['size_at']} ≈ "


# Or a count of things over a period ends a sentence and the next gives the size of each, then the total:
# "350 million click events a day. After enrichment each event is maybe 200 bytes, so about 70 GB a day".
_HEDGE = r"(?:maybe\s+|about\s+|around\s+|roughly\s+|ca\.?\s*|~\s?)?"
_SCALED = rf"(?:\s?(?:{SCALE_WORD}|{'|'.join(SCALE_SHORT)})\b)?"  # the lexer's scales: "350 million", "1,73 Mrd"
_PER_SECOND_TOTAL = r"(?=\d[\d,.]*\s?[KMGT]i?B\s?(?:/\s?s(?:ec)?\b|ps\b|(?:a|per) second))"
COUNT_THEN_EACH = re.compile(
    r"(?P<count>(?<![\w.,])\d[\d,.]*+" + _SCALED + r")\s+"
    r"(?:(?!(?:per|a|an|each|every)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>[a-z][a-z-]*?)s?\b"
    r"(?P<per>\s(?:a|per) (?:(?P<sec>second)|day|week|month|year)|/\s?(?:(?P<sec2>s|sec)|day|d|mo|month|yr|year))"
    # a remark may close the count's sentence ("8,000 messages a second, which is what we see at 8 a.m.")
    r"(?:,[^\n]{0,80}?)?\.\s+(?:[a-z][^.\d\n]{0,40}?\s)?"
    # the next gives the size of each, or of one ("A message on the wire, with TLS overhead, is about 200 bytes")
    r"(?:each\s+(?P=noun)\s+(?:is\s+)?|(?:an?|one)\s+(?P=noun)\b[^.\d\n]{0,60}?\s(?:is|takes|weighs)\s+)" + _HEDGE
    + r"(?P<size>\d[\d,.]*\s?(?:[KMGT]i?B|bytes?))\b"
    # then the total, maybe named first ("so ingress is around 16 MB/s")
    r"\s*,?\s*(?:so|→|->|=>|=|that'?s)\s*(?:(?:[a-z]+\s+){1,2}(?:is|are|comes to)\s+)?" + _HEDGE + r"(?=\d)"
    # a count a second gives a total a second ("so 5 GB a day" after "580 a second" was worked from the day's count)
    r"(?(sec)" + _PER_SECOND_TOTAL + r"|(?(sec2)" + _PER_SECOND_TOTAL + r"))",
    re.IGNORECASE,
)
COUNT_THEN_EACH_CUES = ("each ", "Each ", "A ", "An ", "One ")


def _each_counted(found: re.Match[str]) -> str:
    """COUNT_THEN_EACH's match as the count sentence, then the count times the size of each."""
    counted = found.group(0)[: found.end("per") - found.start()]
    return f"{counted}; {found['count']}{found['per']} x {found['size']} ≈ "


# Or a price per size first, then the amount of data and what it comes to: "At roughly $0.023 per GB-month for
# standard object storage, 360 TB sitting in the hot tier comes to about $8,300 a month".
PRICE_THEN_SIZE = re.compile(
    r"\bat\s+(?:~\s?|about |around |roughly )?"
    r"(?P<price>[$€£]\s?\d[\d,.]*\s?(?:/\s?|per\s+)[KMGTPE]?i?B(?:\s?[-/]\s?(?:month|mo|year|yr|day))?)"
    r"[^.\d\n]{0,60}?,\s*(?:[a-z]+\s+){0,3}?(?P<size>\d[\d,.]*+\s?(?:[KMGTPE]i?B|bytes?))\b[^.\d\n]{0,40}?\s"
    r"(?:is|comes to|costs?|that'?s|=|≈|->|→)\s*(?:about\s+|around\s+|roughly\s+|~\s?)?(?=[$€£]\s?\d)",
    re.IGNORECASE,
)
PRICE_THEN_SIZE_CUES = ("$", "€", "£")  # every match names its price in money


# A load at a cache's hit rate, then what still reaches the store behind it: "200k reads per second at a 90% hit
# rate means the database still sees 20k reads per second" is the load times the share missed.
HIT_RATE = re.compile(
    r"(?P<load>(?<![\w.,])\d[\d,.]*+" + _SCALED + r")\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<per>(?:a|per) second|/\s?s(?:ec)?\b|[qr]ps\b)\s+(?:at|with)\s+(?:an?\s+)?"
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s?%\s+(?:cache\s+)?hit\s+(?:rate|ratio)\b,?\s*"
    r"(?:means|leaves|gives|so|is|=|->|→|≈)\s+(?:[a-z]+\s+){0,4}?" + _HEDGE + r"(?=\d)",
    re.IGNORECASE,
)
HIT_RATE_CUES = (" hit rate", " hit ratio")


def _missed(found: re.Match[str]) -> str:
    """HIT_RATE's match as the load times the share the cache misses."""
    missed = round(100 - float(found["pct"]), 2)
    return f"{found['load']} {found['per']} x {missed:g}% ≈ "


# A worded step for phrasing.clean(): the cues a line must hold, the pattern, what a match is written as.
Step = tuple[tuple[str, ...], re.Pattern[str], str | Callable[[re.Match[str]], str]]
# phrasing.clean()'s worded steps for these readings
SIZE_THEN_COUNT_STEPS: tuple[Step, ...] = (
    *(((cue,), SIZE_THEN_COUNT, r"\g<count> x \g<size> ≈ ") for cue in SIZE_THEN_COUNT_CUES),
    *(((cue,), SIZE_OF_ONE, _one_sized) for cue in SIZE_OF_ONE_CUES),
    *(((". ", cue), COUNT_THEN_EACH, _each_counted) for cue in COUNT_THEN_EACH_CUES),
    *(((cue,), PRICE_THEN_SIZE, r"\g<size> x \g<price> ≈ ") for cue in PRICE_THEN_SIZE_CUES),
    *(((cue,), HIT_RATE, _missed) for cue in HIT_RATE_CUES),
)


def size_then_count(line: str) -> bool:
    """The line gives the size of one, then how many and their total in words, or how many and then the size of
    each and the total, or a price per size and then the amount and its cost (see SIZE_THEN_COUNT, SIZE_OF_ONE,
    COUNT_THEN_EACH, PRICE_THEN_SIZE)."""
    if cued(SIZE_THEN_COUNT_CUES, SIZE_THEN_COUNT, line) or cued(SIZE_OF_ONE_CUES, SIZE_OF_ONE, line):
        return True
    if ". " in line and cued(COUNT_THEN_EACH_CUES, COUNT_THEN_EACH, line):
        return True
    return cued(PRICE_THEN_SIZE_CUES, PRICE_THEN_SIZE, line) or cued(HIT_RATE_CUES, HIT_RATE, line)

# All of one of these stand in every match of SIZED_AT ("at 200 bytes a bid" after "at", "At").
SIZED_CUES = ((" per ",), (" each",), ("apiece",), ("t ", " a "), ("t ", " an "))


def sized_at(line: str) -> bool:
    """The line gives a count of things, the size or price of each, and the product in words (see SIZED_AT)."""
    return any(all(cue in line for cue in cues) for cues in SIZED_CUES) and SIZED_AT.search(line) is not None



# A count "@" what each takes, then the total at once ("30M listeners @ 160 kbps avg = 4.8 Tbps", "2M conns @ 2 KB =
# 4 GB"): "@" in notes is "at each", so the count times the rate or size.
AT_EACH = re.compile(
    r"(?P<count>(?<![\w.,])\d[\d,.]*+\s?" + SCALE_WORD + r"?)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
    r"\s*@\s*(?:~\s?|about |avg\.? |average )?"
    r"(?P<size>\d[\d,.]*\s?(?:[KMGTP]i?B(?:/s|ps)?|[KMGTkmgt]?bps|[KMGT]?bit/s|bytes?)(?![\w/])|[$€£]\s?\d[\d,.]*+)"
    r"\s*(?:avg\.?|average|each|apiece|on average)?\s*(?=(?:=|->|→|≈)\s*~?\s*\d)",
    re.IGNORECASE,
)


# A price per size given first, then its figure alone as a factor: "CDN @ $0.02/GB → 75 TB × 0.02 = ~$150/day"
# multiplies by the price, so the bare 0.02 is $0.02/GB.
PRICE_PER_SIZE = re.compile(r"(?P<price>[$€£]\s?(?P<figure>\d[\d,.]*+)\s?(?:/\s?|per\s+)[KMGTP]i?B)\b", re.IGNORECASE)


def priced_factors(line: str) -> str:
    """The line with each bare factor that repeats a price per size given before it written as that price."""
    # the last price first: each rewrites only the text after it, so the places of those before it hold
    for found in reversed(list(PRICE_PER_SIZE.finditer(line))):
        bare = re.compile(r"(?:(?<=[×x*] )|(?<=[×x*]))" + re.escape(found["figure"]) + r"(?![\w.,%/])")
        price = found["price"].replace("\\", "\\\\")  # a replacement template: no backslash may stand alone
        line = line[: found.end()] + bare.sub(price, line[found.end() :])
    return line


# "~40 per race, at 2 photos × 3 MB = 240 MB": a clause that ends on a count of things per something, before a
# working after ", at" for each of those things.
_COUNT_PER = re.compile(
    r"(?:~|≈|about |around |roughly )?\s*(?P<n>\d[\d,.]*(?:\s?" + SCALE_WORD + r")?)\s+"
    r"(?:[a-z]+\s+)?(?:per|a|an|each|every)\s+[a-z]+\s*$",
    re.IGNORECASE,
)


def count_before_at(clause: str) -> float:
    """The count a clause ends on ("Boats finish about 40 per race"), or 0."""
    found = _COUNT_PER.search(clause[-80:]) if clause else None
    numbers = [t.value for t in tokenize(found["n"]) if t.kind == "num"] if found else []
    return numbers[0] if numbers else 0.0
