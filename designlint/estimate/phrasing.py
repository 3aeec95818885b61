"""How a line's words are read before its arithmetic: Markdown read away, and the phrasings that state a
step in words ("2.4M orders in 3h ≈ 222/s", "~164 GB a day, and keeping 30 days is ~4.9 TB").

finder.py cuts the cleaned line into clauses and sides; this module only rewrites text.
"""

from __future__ import annotations

import re

from designlint.estimate import amounts_at, chains, kept
from designlint.estimate.amounts_at import AT_EACH, PRICED_AT, SHARE_AT, SIZED_AFTER, SIZED_AT, SIZED_CUES, sized_after
from designlint.estimate.kept import A_SPAN_OF, COUNT_KEPT, FOR_A_SPAN, HELD_FOR, RETAINED, held_for, spelled_spans
from designlint.estimate.lexer import PERIOD_WORDS, SCALE_WORD
from designlint.estimate.quantity import DEFAULT_PERIODS
from designlint.estimate.spans import RATE_OVER_CUES, RATE_OVER_SPAN
from designlint.estimate.written_forms import decimal_points, period_words, unit_symbols
from designlint.termsearch import cued

DIGIT = re.compile(r"\d")

_SUP = re.compile(r"<sup>\s*([^<]{1,12}?)\s*</sup>", re.IGNORECASE)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Emphasis marks, not operators: before a word, after one, and "**" (never a product) before a figure.
_EMPHASIS = re.compile(
    r"(?:(?<=\s)|^)(?:[*_]{1,2}(?=[A-Za-z~(])|(?:\*\*|__)(?=\d))|(?<=[A-Za-z.:)%])[*_]{1,2}(?=\s|$|[.,:;)])"
)
# "short_url (7 bytes) + long_url (avg 200 bytes)": a sum of named terms reads as 7 bytes + 200 bytes.
_NAMED_TERM = re.compile(
    r"[A-Za-z_][\w.-]*\s*\(\s*(?:avg\.?|average|about|approx\.?|~|≈)?\s*(\d[\d.,]*\s*[A-Za-z]{0,5})\s*\)"
)
_SUM_OF_TERMS = re.compile(r"\)\s*\+")
_PERCENT_OF = re.compile(r"(\d\s?%)\s+of\s+(?=[~≈]?\s*\d)")
# A step that carries on from the result before it: "= 200 GB/day, x 365 = 73 TB/year", "-> / 86400 ≈ 382/s".
_CONTINUED = re.compile(r"(?:,|\s*(?:->|→|=>))\s*(?=[x×*/÷]\s*\d)")
# What a step carries on from: the text since the last result or arrow. A sum or a range there ("erasure coding
# 10+4 -> x1.4 -> ~394 TB", "2-3 KB -> x 1M") is no single result: joined, "10+4 x1.4" would bind as 10 + 5.6.
_STEP_START = re.compile(r"=|->|→|=>|≈|,")
_SUM_OR_RANGE = re.compile(r"\d\s*[-+–]\s*\d")


def _carried_on(found: re.Match[str]) -> str:
    """The arrow or comma before a step dropped, so the step reads on from the result before it."""
    since = _STEP_START.split(found.string[: found.start()])[-1]
    return found.group(0) if _SUM_OR_RANGE.search(since) else " "


# The units of a span of time a count is spread over ("in 3h", "over 60 seconds").
SPAN_UNITS = r"(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?)"
# "That's 336 thousand views a day. Divide by 86,400... that's about 40 a second.": the figure ending one sentence,
# divided or multiplied as the next one says out loud, and the result that sentence gives.
# (The divisor may be a word, and a quotient may follow a comma and a word of approximation alone: "150k holds a
# week. Divide by seven, roughly 2k holds a day.")
_SAID_OP = re.compile(
    r"(?P<base>(?<![\w.,])\d++(?:,\d{3})*+(?:\.\d+)?\s?" + SCALE_WORD + r"?(?:\s+[a-z]+){0,3}?"
    r"(?:\s+(?:a|per)\s+(?:day|second|hour|minute|week|month|year))?)"
    r"\s*[.;]\s+(?P<op>divide|divided|multiply|multiplied|times)\s+(?:it\s+|that\s+)?(?:by\s+)?"
    rf"(?P<by>\d++(?:,\d{{3}})*+(?:\.\d+)?|{'|'.join(kept.NUMBER_WORDS)})\s*(?:\.{{2,3}}|…|,)?\s*"
    r"(?:(?:that'?s|that is|which is|gives|so|call it|=|->|→|≈)\s*(?:about\s+|around\s+|roughly\s+|~\s?)?"
    r"|(?<=,)\s*(?P<loose>about\s+|around\s+|roughly\s+))(?=\d)",
    re.IGNORECASE,
)


def _said_op(found: re.Match[str]) -> str:
    """The operation said out loud, written as arithmetic ending in its result's sign. A product told loosely
    ("2 GB a day. Times 365, roughly 730 GB") is the sentence before's result carried on (finder's _GOES_ON_WORD)."""
    sign = "/" if found.group("op").lower().startswith("divide") else "x"
    if found.group("loose") and sign == "x":
        return found.group(0)
    by = found.group("by")
    return f"{found.group('base')} {sign} {kept.NUMBER_WORDS.get(by.lower(), by)} ≈ "


# "231k x 64 KB, roughly 1.5 GB/s": a product, then its value after a comma and a word of approximation; the value
# must carry a unit of size or rate, or a scale word, since "10 regions x 3 zones, about 5 of them in Europe" goes
# on to a new figure.
# (?<!...) and *+: an operand is tried once, from its start, so a long run of digits is read in linear time
# (a comma ends the operand unless a digit follows it: "x 8, about 1.2 GB" gives the value of "x 8")
_OPERAND = r"(?<![\w.,])\d(?:[\w.]|,(?=\d))*+(?:\s?[A-Za-z]{1,5})?(?:/[a-z]{1,6})?"
_ROUGHLY = re.compile(
    rf"(?P<expr>{_OPERAND}\s*[×x*/]\s*~?{_OPERAND})\s*,\s+"
    r"(?:roughly|about|around|approximately|approx\.)\s+(?=~?\d[\d,.]*\s?[kmbKMBG]?\s?(?:[KMGTP]i?B|bytes?|[KMGT]?bps"
    r"|qps|rps|/\s?(?:s|sec|second|day|hour|h|min|month|year)|per\s+(?:second|day|hour|minute|month|year))\b"
    # or a count at a scale no part of a list reaches: "20 × 500 × 60,480, about 60 million points"
    r"|~?\d[\d,.]*\s?(?:million|billion|trillion)\b)",
)
# One figure over another, and what that gives: "10 Tbps over 40 Gbps a box gives ~250 servers", "2,000 over 30
# is about 67", "2,000 over 30 -- call it 70". A word of result follows: "10 TB over 30 days of retention" divides none.
_OVER = re.compile(
    rf"(?P<a>{_OPERAND})\s+over\s+(?P<b>{_OPERAND}(?:\s+(?:seconds|minutes|hours))?)(?:\s+(?:a|per|each)\s+[a-z]+)?"
    # ("is", "call it" only after a divisor with its unit: "27,000 scans over 900 is roughly 300" says not what 900 is)
    r"(?:\s+(?:gives|makes|comes to|works out to)|(?<=[A-Za-z])(?:\s+(?:is|that'?s)|\s*(?:,|—|–|--)\s*call it))\s+"
    r"(?=(?:about\s+|around\s+|roughly\s+|~\s?|≈\s?)?\d)",
    re.IGNORECASE,
)
# A data rate restated in bits after a comma and a word of approximation, or in bytes after one in bits: "~2 GB/s,
# about 16 Gbps into storage", "125 MB/s, so roughly 125 Mbps on the wire". Only a rate of data on each side: "2
# GB/s, about 30% of the link" goes on to another figure.
_DATA_RATE = r"\d[\d,.]*\s?(?:[KMGTP]i?B\s?(?:/\s?s(?:ec)?|ps|per second)|[KMGT]?bps)\b"
_BITS_RESTATED = re.compile(
    rf"(?P<rate>(?<![\w.,]){_DATA_RATE})(?:\s+[A-Za-z]+){{0,4}}\s*,\s+(?:so\s+)?(?:roughly|about|around|approximately)\s+"
    rf"(?=~?{_DATA_RATE})"
)
# A result marked only as approximate: "~ 30k/s" right after the rate, or after "so", "which", "that" (there a word
# may say it: "so about 330k per second"). A "~" after a comma alone opens the next assumption ("80,000 sensors,
# one reading every 60 s, ~64 bytes per reading").
_APPROX_RESULT = r"\s*,?\s*(?:which|that|so)\s*(?:~|(?=(?:about|around|roughly)\s))|\s*~"
# A client acting on a clock for each thing counted ("app polls every 5s"): a verb, not the act counted ("one
# ping every 10 min" is _ONE_EVERY's).
_POLLS = r"(?<!\bone )(?<!\ba )(?<!\b1 )(?:polls?|pings?|refresh(?:es)?|heartbeats?)"
_POLLING = re.compile(rf"\s{_POLLS}\s", re.IGNORECASE)
# "300k orders in flight, each refreshing its ETA every 10 seconds, which comes to about 30k updates per
# second": a count of things that each act once per span is a rate of count / span.
_EACH_EVERY = re.compile(
    # ("a million couriers ...": a round count spelled out)
    r"(?P<count>\d[\d,.]*\s?" + SCALE_WORD + r"?|\ba (?:thousand|million|billion))\s+(?:[A-Za-z][\w'-]*,?\s+){1,8}?"
    # or the client that acts for each of them, polling on a clock: "200k orders tracked, app polls every 5s"
    rf"(?:each\s+(?:[A-Za-z'][\w'-]*\s+){{0,5}}?|{_POLLS}\s+)(?:once\s+)?every\s+"
    rf"(?:(?P<span>\d[\d,.]*\s?{SPAN_UNITS})|(?P<unit>second|minute|hour|day))\b"
    # the result in the same sentence, or as the next one opens ("every 4 seconds. That's 25k writes a second")
    r"(?:\s*,?\s*(?:which|that|so)?\s*(?:comes to|is|gives|means|works out (?:to|at)|adds up to|=>|⇒|=|≈|->|→)"
    r"|\.\s+that'?s"
    rf"|{_APPROX_RESULT})"
    r"\s*(?:about|around|roughly|~|≈)?\s*(?=\d)",
    re.IGNORECASE,
)
EACH_EVERY_WORDS = (" each ", " every ")
# "20k scanners, one scan every 6 s each | ~12k scans/s |": the same rate with the act counted once, its
# result after a connector (see _APPROX_RESULT) or in the next cell of a table row.
_ONE_EVERY = re.compile(
    r"(?P<count>\d[\d,.]*\s?" + SCALE_WORD + r"?)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?[A-Za-z][\w'-]*,?\s+"
    r"(?:one|a|1)\s+(?:[A-Za-z][\w'-]*\s+){1,2}?every\s+"
    rf"(?:(?P<span>\d[\d,.]*\s?{SPAN_UNITS})|(?P<unit>second|minute|hour|day))\b(?:\s+each)?"
    r"(?P<end>\s*\||\s*$|(?:\s*,?\s*(?:which|that|so)?\s*(?:comes to|is|gives|means|=>|⇒|=|≈|->|→)"
    rf"|{_APPROX_RESULT})"
    # a result given for each of the things ("= 144/day each") is one thing's rate: the count is no part of it
    r"\s*(?:about|around|roughly|~|≈)?\s*(?=\d)(?![\d,.]*+\S*\s+each\b))",
    re.IGNORECASE,
)
_CODE_NAME = re.compile(r"`[^`\d]*`")
# A span of days of one kind: "x 180 school days", "over 22 working days" are that many days.
_SPANS_OF_DAYS = ("days", "weeks", "months", "years", "nights")
_KIND_OF_DAYS = re.compile(
    r"(?<![\w.,])(\d[\d,.]*)\s+(?!(?:per|a|an|the|each|every|of|in|for|over|more|less|fewer|or|and|to)\b)[a-z]{3,12}\s+"
    rf"(?=(?:{'|'.join(_SPANS_OF_DAYS)})\b)"
)
# A video rendition's name ("360p + 720p + 1080p ≈ 6 MB per clip"): a label, not a figure.
_RESOLUTION = re.compile(r"(?<![\w.])(?:144|240|360|480|540|720|1080|1440|2160|4320)[pi](?!\w)")
# Words in brackets note what a figure holds ("500 bytes (body + metadata)"): no figure. An "or" and a figure after
# one offers a value for another case ("60 min (lap) or 2,5 h (public)"), a clause of its own ("or about" restates).
_WORD_GROUP = re.compile(r"\(\s*[A-Za-z][A-Za-z\s.,'/+&-]*\)(\s+or(?=\s+\d))?")
# Three figures or more joined by slashes in brackets list values, no division: "3 sizes (28/56/112px)".
_SLASHED_VALUES = re.compile(r"\(\s*\d[\d.,]*(?:\s*/\s*\d[\d.,]*){2,}\s*[A-Za-z%]{0,5}\s*\)")
# A cadence in brackets restating the rate before it ("360 pings/h (every 10 s)"): a note, not a factor.
_CADENCE = re.compile(r"\(\s*(?:once\s+)?every\s+\d[\d.,]*\s?[a-z]{1,8}\s*\)", re.IGNORECASE)
# A span restated in brackets in another unit ("23,400 s (6.5 h)", "90 days (~3 months)"): one figure, not two.
_SECONDS = {word: DEFAULT_PERIODS[period] for word, period in PERIOD_WORDS.items()}  # the lexer's own spellings
_SPAN = r"(\d[\d,]*(?:\.\d+)?)\s?([a-z]{1,7})\b"
_RESTATED_SPAN = re.compile(rf"(?<![\w.,]){_SPAN}\s*\(\s*(?:~|≈|about\s|approx\.?\s|i\.e\.,?\s)?\s*{_SPAN}\s*\)")
# A chat log's time stamp ahead of a line ("[10:05] me: ...", "**[20:49] rafa:** ...", "9:16 PM tom: ..."): a
# time, not a figure of the estimate.
_STAMP = re.compile(
    r"^\s*(?:\*\*|__)?\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\](?=\s)|^\s*\d{1,2}:\d{2}\s?[AaPp][Mm]\b"
)
# An arrow opens a line as a bullet in notes typed that way ("-> watchers: ~200k ..."), unless an operator
# follows it: "-> x 365 = 73 TB" goes on from the line above.
_LIST_MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,3}[.)]|(?:->|→|=>)(?=\s+(?![x×*/÷=≈]\s)))\s+")


# ... or a "~" there ("1000 x ~50 B"): the operand is approximate, and the "~" restates nothing
_AVERAGED = re.compile(r"(\s[×x*/])\s+(?:(?:avg\.?|average|on average)\s+(?=~?\d)|~\s*(?=\d))", re.IGNORECASE)


def clean(line: str) -> str:
    """The line without Markdown that would get in the way of reading its arithmetic."""
    text = _LIST_MARKER.sub("", _STAMP.sub("", line, count=1), count=1)
    text = period_words(decimal_points(unit_symbols(text)))
    text = _SUP.sub(r"^(\1)", text).translate(_SUPERSCRIPT)
    text = _LINK.sub(r"\1", text) if "](" in text else text  # each pattern runs only where its character is
    text = _CODE_NAME.sub(" § ", _TAG.sub(" ", text))  # `memLevel` names a variable: no value
    text = _KIND_OF_DAYS.sub(r"\1 ", text) if any(unit in text for unit in _SPANS_OF_DAYS) else text
    text = spelled_spans(text) if any(unit in text for unit in _SPANS_OF_DAYS) else text
    text = _RESOLUTION.sub(" § ", text) if "0p" in text or "4p" in text or "0i" in text else text
    text = text.replace("`", "").replace("\\*", "*")
    text = _EMPHASIS.sub("", text) if "*" in text or "_" in text else text
    text = _PERCENT_OF.sub(r"\1 x ", text) if "%" in text else text
    # "300 officers x avg 45 tickets each": a word of averaging between an operator and its figure
    text = _AVERAGED.sub(r"\1 ", text) if "av" in text or "~" in text else text
    text = _CONTINUED.sub(_carried_on, text)
    text = amounts_at.priced_factors(text) if "/" in text and any(sign in text for sign in "$€£") else text
    for cues, pattern, arithmetic in _WORDED_STEPS:
        if all(cue in text for cue in cues):  # the search is costlier than these tests, and most lines hold none
            text = pattern.sub(arithmetic, text)
    if any(cue in text for cue in _SAID_CUES):
        text = _SAID_OP.sub(_said_op, text)
    if any(cue in text for cue in _SHARED_CUES):
        text = _SHARED_OUT.sub(r"\g<total> / \g<n> ≈ ", text)
    if each_every(text):
        text = _ONE_EVERY.sub(_once_per_span, _EACH_EVERY.sub(_per_span, text))
    if _SUM_OF_TERMS.search(text):
        text = _NAMED_TERM.sub(r"\1", text)
    text = _CADENCE.sub(" ", text) if "every" in text else text
    text = _RESTATED_SPAN.sub(_first_span, _SLASHED_VALUES.sub(" ", text)) if "(" in text else text
    return _WORD_GROUP.sub(lambda found: ";" if found.group(1) else " ", text)


# "500k reads/s spread over 22 nodes is about 23k per node": a total shared out among machines is the total divided
# by their count. A span of time shared out is a window (window.py), not a count of machines.
_SHARED_OUT = re.compile(
    r"(?P<total>(?<![\w.,])\d[\d,.]*+\s?" + SCALE_WORD + r"?(?:\s?(?:/\s?s(?:ec)?|[A-Za-z]{1,12})){0,2}?)"
    r"\s+(?:(?:is|are|gets?)\s+)?(?:spread|split|shared|distributed|balanced)\s+(?:evenly\s+)?(?:over|across|between|among)\s+"
    rf"(?P<n>\d[\d,]*)\s+(?!(?:{SPAN_UNITS}|weeks?|months?|years?)\b)(?:[a-z-]+\s+){{1,2}}?"
    r"(?:is|are|that'?s|gives|means|comes to|=|->|→|≈)\s*(?:about\s+|around\s+|roughly\s+)?(?=~?\s*\d)",
    re.IGNORECASE,
)
_SHARED_CUES = ("spread ", "split ", "shared ", "distributed ", "balanced ")


def shared_out(line: str) -> bool:
    """The line shares a total out among machines and gives each one's part (see _SHARED_OUT)."""
    return cued(_SHARED_CUES, _SHARED_OUT, line)


# Calculations written in words, each as arithmetic, in this order: the strings a line must hold for the
# pattern to match it, the pattern, and what it becomes. Where a step's result opens the next ("... ≈ 1.4 GB/day.
# Keep 2 years → ~1 TB", "~1.6 PB, at ~$23/TB/month ≈ ..."), it is written twice: it ends the one step and
# opens the other.
_WORDED_STEPS: tuple[amounts_at.Step, ...] = (
    (("day",), RETAINED, r"\g<rate>; \g<rate> x \g<span> = "),
    (("day", " of "), A_SPAN_OF, r"\g<rate>; \g<rate> x 1 \g<unit> = "),
    (("day",), FOR_A_SPAN, r"\g<rate>; \g<rate> x \g<span> = "),
    *((cues, HELD_FOR, held_for) for cues in kept.HELD_CUES),
    (("%", " of "), SHARE_AT, r"\g<base> x \g<pct> = "),
    (("%",), amounts_at.SHARE_OF, amounts_at.share_of),
    (("/",), COUNT_KEPT, r"\g<rate> x \g<span>"),
    ((", ",), _ROUGHLY, r"\g<expr> ≈ "),
    ((", ",), _BITS_RESTATED, r"\g<rate> ≈ "),
    ((" over ",), _OVER, r"\g<a> / \g<b> ≈ "),
    *(((cue,), RATE_OVER_SPAN, r"\g<rate> x 1 \g<span> ≈ ") for cue in RATE_OVER_CUES),
    (("at",), PRICED_AT, r"\g<size>; \g<size> x \g<price> = "),
    *((cues, SIZED_AT, r"\g<count> \g<noun>s; \g<count>\g<per> x \g<size> ≈ ") for cues in SIZED_CUES),
    (("@",), AT_EACH, r"\g<count> x \g<size> "),
    *amounts_at.SIZE_THEN_COUNT_STEPS,
    ((", ",), SIZED_AFTER, sized_after),
    *(((cue,), chains.STEP_AFTER_COMMA, chains.step_after_comma) for cue in chains.STEP_AFTER_COMMA_CUES),
)
_SAID_CUES = ("vide", "ltipl", "times")  # in "divide", "multiply", "times": a line without one holds no _SAID_OP


def roughly(line: str) -> bool:
    """The line gives a product's value, or a data rate in other units, after a comma and a word of approximation
    (see _ROUGHLY, _BITS_RESTATED)."""
    return ", " in line and (_ROUGHLY.search(line) is not None or _BITS_RESTATED.search(line) is not None)


def said_out_loud(line: str) -> bool:
    """The line divides or multiplies the figure before as a sentence says out loud (see _SAID_OP)."""
    return any(cue in line for cue in _SAID_CUES) and _SAID_OP.search(line) is not None


def divided_over(line: str) -> bool:
    """The line takes one figure over another and says what that is (see _OVER)."""
    return " over " in line and _OVER.search(line) is not None


def each_every(line: str) -> bool:
    """The line gives a rate as things that each act once per span (see _EACH_EVERY, _ONE_EVERY)."""
    if " every " not in line:
        return False
    each = " each " in line or _POLLING.search(line) is not None
    return (each and _EACH_EVERY.search(line) is not None) or _ONE_EVERY.search(line) is not None


def _per_span(found: re.Match[str]) -> str:
    count = re.sub(r"^a ", "1 ", found["count"], flags=re.IGNORECASE)
    return f"{count} / {found['span'] or '1 ' + found['unit']} = "


def _once_per_span(found: re.Match[str]) -> str:
    rate = f"{found['count']} / {found['span'] or '1 ' + found['unit']}"
    end = found["end"].strip()
    return rate + (" |" if end == "|" else "" if not end else " = ")


def _first_span(found: re.Match[str]) -> str:
    """The span as first written, when the one in brackets is the same length of time in another unit."""
    first, unit, second, other = found.groups()
    if unit not in _SECONDS or other not in _SECONDS or unit == other:
        return found.group(0)
    a, b = float(first.replace(",", "")) * _SECONDS[unit], float(second.replace(",", "")) * _SECONDS[other]
    low, high = SAME_SPAN
    return f"{first} {unit}" if b and low <= a / b <= high else found.group(0)


# How far apart two spans may be and still be one restated: a rounding's worth ("6.5 h" for 23,400 s, "~3
# months" for 90 days), the tolerance E002 itself allows a result.
SAME_SPAN = (0.85, 1.18)
