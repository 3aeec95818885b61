"""Calculations written in words: "100 million a month times 12 months is 1.2 billion".

Only explicit steps are read: times, multiplied by, divided by (and "and" after it), plus,
minus; a result after is, gives, equals, comes to, which is, so. A sentence that begins
with a step continues the one before it ("900 million a year. Divided by 365 days and
86,400 seconds. Average: about 29 per second"). The words become symbols and the line
is read like any other; a sentence without a step word is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from designlint.estimate.connectors import NOT_ABBREVIATED
from designlint.estimate.finder import MAX_LINE, candidates
from designlint.estimate.phrasing import SPAN_UNITS
from designlint.estimate.plainly import plainly
from designlint.estimate.sides import Candidate
from designlint.estimate.told_products import told_products

_NUMBER_NEXT = r"(?=\s*(?:about|around|roughly|approximately|approx\.?|nearly|almost|~|≈)?\s*\(?\d)"
# A count over a window of time ("15M requests in 60 seconds, so ~250k/s") divides by it (see window.py).
_SPAN = (
    r"(?:in|over|within)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?"
    rf"\d[\d,.]*\s?{SPAN_UNITS}"
)
# "300 sites, each open 12 hours a day, each seeing 20 people an hour": each thing's own figure multiplies.
# A thing acting on a clock ("each heartbeats every 30 s") states a rate, which divides: no factor here.
_EACH = r",\s+each\s+(?:(?!(?:every|once|per)\b)[a-z'-]+\s+){0,3}?(?=[~≈]?\s*\d)"
_STEP = re.compile(rf"\b(?:times|multiplied by|divided by|plus|minus|{_SPAN})\b|{_EACH}", re.IGNORECASE)
# Its words in lower case without \b: searched much faster, and found in any ASCII line _STEP matches.
_STEP_WORD = re.compile(r"times|multiplied by|divided by|plus|minus|(?:in|over|within) [~a-z]*\s?\d|, each ")
_CONTINUE = re.compile(r"[.;]\s+(times|multiplied by|divided by)\s+", re.IGNORECASE)
_RESULT_SENTENCE = re.compile(
    r"[.;]\s+(?:(?:on )?average|result|total|so|that is|that's|which is|this gives|in total)\b[^.\d]{0,20}?:?\s*"
    + _NUMBER_NEXT,
    re.IGNORECASE,
)
# "5,000 users in the first 10 minutes, each making ~20 requests": "each" is of the users, not of the minutes.
_SPAN_BEFORE = re.compile(rf"\b(?:in|over|within|during)\b[^,.;\d]{{0,20}}\d[\d,.]*\s?{SPAN_UNITS}\s*$", re.IGNORECASE)


def _each(found: re.Match[str]) -> str:
    """ ", each making 20" multiplies the figure before it, unless that figure is a span of time."""
    return found.group(0) if _SPAN_BEFORE.search(found.string[max(0, found.start() - 40) : found.start()]) else " x "


_WORDS = (
    (re.compile(r"\s*\b(?:times|multiplied by)\s+" + _NUMBER_NEXT, re.IGNORECASE), " x "),
    (re.compile(r"\s*\bdivided by\s+" + _NUMBER_NEXT, re.IGNORECASE), " / "),
    # a comma may come before the term added: "~51TB, plus ~40TB indexes => ~61TB"
    (re.compile(r",?\s*\bplus\s+" + _NUMBER_NEXT, re.IGNORECASE), " + "),
    (re.compile(r",?\s*\bminus\s+" + _NUMBER_NEXT, re.IGNORECASE), " - "),
    (re.compile(_EACH, re.IGNORECASE), _each),
)
_PERIOD = r"(?:/\s?|per\s|a\s|every\s)\s*(?:day|week|wk|month|mo|year|yr|hour|hr|minute|min|second|sec|s)\b"
# (the sign of the money may follow the figure, as most of Europe writes it: "2,50 € per member per month")
_SIGN_AFTER = r"(?:\s?[€$£](?![\w€$£]))?"
_FIGURE = r"\d[\d,.]{0,24}" + _SIGN_AFTER + r"(?:\s?[A-Za-z]{1,12}){0,2}\s?"
_MONEY = r"[$€£]?"  # an amount of money restated: "~$800/day, ~$2.4k/month"
# "10,000,000/day (100/sec)": a rate and the same rate in another period, in brackets.
_RESTATED = re.compile(
    rf"({_FIGURE}{_PERIOD})\s*\(\s*((?:~|≈|about\s)?\s*{_MONEY}{_FIGURE}{_PERIOD})\s*\)",
    re.IGNORECASE,
)
# "30B inserts a day, so ~35k writes/s": a rate and the same rate in another period, after "so".
# "30B feed inserts", "45 TB of new mailbox data": each word taken whole (possessive), so a long line is not tried
# split into every run of letters
_NAMED_FIGURE = r"\d[\d,.]{0,24}" + _SIGN_AFTER + r"(?:\s?[A-Za-z]{1,12}+){0,5}\s?"
# (a count in one span is a rate too: "12.5k reports in the first hour, so call it 35 a second")
_IN_SPAN = r"in\s(?:a|an|one|the\sfirst|the)\s(?:hour|minute)\b"
_SO_RESTATED = re.compile(
    rf"({_NAMED_FIGURE}(?:{_PERIOD}|{_IN_SPAN})),?\s+so\s+(?:call it\s+)?((?:~|≈|about\s|around\s|roughly\s)?\s*"
    rf"{_MONEY}{_FIGURE}{_PERIOD})",
    re.IGNORECASE,
)
# "~800/day, ~24k/month": a rate and the same rate in another period, after a comma, marked approximate.
# The second figure has at most a short unit ("~24k/month", "~3 GB/month"), never a length of time: "105 MB/day,
# ~180 school days/year" counts days, it restates nothing.
_TIME_WORD = rf"(?:{SPAN_UNITS}|weeks?|months?|years?)\b"
_SHORT_FIGURE = rf"\d[\d,.]{{0,24}}\s?(?!{_TIME_WORD})[A-Za-z]{{0,4}}\s?"
# A dash does as a comma: "3.75M row updates a day — around 430 a second"; "or" may follow either ("45 TB a day, or
# around 16 PB a year"), and "call it" says the rounding alone ("5 GB a day, call it 2 TB a year").
_COMMA_RESTATED = re.compile(
    rf"({_NAMED_FIGURE}{_PERIOD})(?:,|\s+[—–])\s*(?:or\s+|call it\s+)?"
    rf"((?:~|≈|about\s|around\s|roughly\s|(?<=call it ))\s*{_MONEY}{_SHORT_FIGURE}{_PERIOD})",
    re.IGNORECASE,
)
# "833 x 40 KB = 33 MB/s, about 2.7 Gbps of egress", "33 MB/s (~264 Mbps)": a byte rate restated in bits.
# Case-sensitive: "MB" is bytes and "Mb" bits.
_BITS_RESTATED = re.compile(
    r"(\d[\d,.]{0,24}\s?[kKMGTP]i?B\s?/\s?s(?:ec)?)\s*(?:,\s*(?:about|around|roughly|approx\.?|~|≈)\s*~?\s*"
    r"|\(\s*(?:~|≈|about\s)?\s*)(\d[\d,.]{0,24}\s?[kKMGT]?(?:bps|bit/s|b/s))\b"
)
# "a 10 Gbps NIC is about 1.25 GB/s": a link's speed in bits, said in bytes (a word may name the link).
_BITS_AS_BYTES = re.compile(
    r"(\d[\d,.]{0,24}\s?[kKMGT]?(?:bps|bit/s|b/s))(?:\s+[A-Za-z]{2,12})?"
    # or said again in the next sentence, a speaker's turn perhaps: "= 27 Tbps egress. In bytes that's about 3.4
    # TB/s", "= 1.6 Tbps." over "Me: That's 1.6 TB a second leaving the CDN"
    r"(?:\s+(?:is|=)|\.\s+(?:[A-Z][A-Za-z]{0,12}:\s+)?(?:[Ii]n\s+bytes,?\s+)?"
    r"(?:[Tt]hat'?s|[Tt]hat\s+is|[Ii]t'?s|[Ii]t\s+is|[Tt]his\s+is|[Ww]hich\s+is))\s+"
    r"((?:about|around|roughly|approx\.?|~|≈)?\s*~?\s*\d[\d,.]{0,24}\s?[kKMGTP]i?B\s?(?:/\s?s(?:ec)?|\s(?:a|per)\s+sec(?:ond)?))\b"
)
# "5M reports a day, which I said was about 580 writes per second": the same rate restated after "which".
_WHICH_RESTATED = re.compile(
    rf"({_NAMED_FIGURE}{_PERIOD}),\s*which\s+(?:(?:I|we)\s+(?:said|guessed|figured|called)\s+)?"
    rf"(?:is|was|comes to|means|gives)\s+((?:~|≈|about\s|around\s|roughly\s)?\s*{_MONEY}{_NAMED_FIGURE}{_PERIOD})",
    re.IGNORECASE,
)
# What a figure counts, where its unit tells: an amount of data, or of money.
_SIZE = re.compile(r"\d\s?[kKMGTPE]?i?B\b|\bbytes?\b")
_KINDS = (_SIZE, re.compile(r"[$€£]"))


def _restated(found: re.Match[str]) -> str:
    """A rate after a comma restates the one before only if both count the same kind of thing: "15k reads/s,
    ~11 TB/yr raw" gives the data the reads make in a year, another figure."""
    first, second = found.group(1), found.group(2)
    marked = found.string[max(0, found.start(1) - 2) : found.end(1)]  # "$" stands just before the figure
    if any(bool(kind.search(marked)) != bool(kind.search(second)) for kind in _KINDS):
        return found.group(0)
    return f"{first} = {second}"


_AND = re.compile(r"\band\s+" + _NUMBER_NEXT, re.IGNORECASE)
# Each result word only before a figure: "that's a lot of writes" states no result.
_RESULT = re.compile(
    r"(?:,?\s+(?:which|that)\s+(?:is|gives|comes to|makes)\b\s*|[,:]?\s+that's\s+"
    r"|,?\s+(?:is|are|gives|giving|equals|comes to|makes|yields|so)\s+)"
    r"(?=\s*(?:about|around|roughly|approximately|approx\.?|nearly|almost|~|≈)?\s*\d)",
    re.IGNORECASE,
)


# An operator between figures, written as a symbol: "50k × 1 µs comes to about 5 ms" has its result in words.
_SYMBOL_STEP = re.compile(r"\d[\d,.]*+(?:\s?[A-Za-z]{1,15}){0,2}\s*(?:[×*/÷]|x(?=\s*\d))\s*[~≈]?\s*\d")


def worded_result(line: str) -> bool:
    """A sentence of the line works a calculation in symbols whose result follows a word ("is", "comes to",
    "that's"), not "=": "... = 10M saves a day. 10M / 86,400 is about 1,100 writes per second." has one."""
    return any(_worded_sentence(sentence) for sentence in _SENTENCE.split(line))


def _worded_sentence(sentence: str) -> bool:
    return "=" not in sentence and bool(_SYMBOL_STEP.search(sentence)) and bool(_RESULT.search(sentence))


# Where a sentence ends in a line; not after "approx." or "vs." ("approx. 1,100"), nor "i.e." or "e.g.".
_SENTENCE = re.compile(rf"(?<![Aa]pprox){NOT_ABBREVIATED}(?<!\bvs)(?<=[.!?;])\s+")


def with_worded_results(line: str) -> str:
    """The line with each worded result after symbols ("10M / 86,400 is about 1,100") written as "="."""
    pieces = _SENTENCE_KEPT.split(line)
    return "".join(_worded_as_symbol(piece) if _worded_sentence(piece) else piece for piece in pieces)


def _worded_as_symbol(sentence: str) -> str:
    """The sentence with the result word of its step as "=": the first after the step, as a sentence may give
    a result before it ("... at 3 MB, so 12 MB a listing, and 20,000 x 12 MB comes to about 240 GB"), else
    the first of all."""
    step = _SYMBOL_STEP.search(sentence)
    result = (_RESULT.search(sentence, step.end()) if step else None) or _RESULT.search(sentence)
    return sentence if result is None else f"{sentence[: result.start()]} = {sentence[result.end() :]}"


_SENTENCE_KEPT = re.compile(rf"({_SENTENCE.pattern})")


def has_step(line: str) -> bool:
    """The line has a step word (times, divided by...); most lines are ASCII and fail the quick test."""
    if line.isascii() and not _STEP_WORD.search(line.lower()):
        return False
    return bool(_STEP.search(line))


def symbolic(line: str) -> str:
    """The line with its spelled-out steps as symbols; the line itself when it has none."""
    if not has_step(line):
        if worded_result(line):  # "so 233k x 500B ≈ 117 MB a day, roughly 4 GB a year": the rate restated too
            worded = with_worded_results(line)
            return _COMMA_RESTATED.sub(_restated, worded) if _may_restate(worded) else worded
        text = _RESTATED.sub(r"\1 = \2", line) if "(" in line else line
        text = _COMMA_RESTATED.sub(_restated, text) if _may_restate(text) else text
        text = _WHICH_RESTATED.sub(r"\1 = \2", text) if "which" in text else text
        text = _BITS_AS_BYTES.sub(r"\1 = \2;", _BITS_RESTATED.sub(r"\1 = \2", text)) if "B" in text else text
        return _SO_RESTATED.sub(r"\1 = \2", text) if " so " in text else text
    text = _CONTINUE.sub(lambda m: " x " if m.group(1).lower() != "divided by" else " / ", line)
    text = _RESULT_SENTENCE.sub(" = ", _separate_sums(text) if " plus " in text else text)
    for pattern, symbol in _WORDS:
        text = pattern.sub(symbol, text)
    return _RESULT.sub(" = ", "=".join(_divided_by_each(piece) for piece in text.split("=")))


def _separate_sums(line: str) -> str:
    """ "180k / 60 = 3k msg/s plus 20k / 5 = 4k msg/s": a "plus" between two worked results joins two
    calculations, each with its own result; it adds nothing to the first one's result."""
    parts = re.split(r"(\s+plus\s+)", line, flags=re.IGNORECASE)
    joined = parts[0]
    for joint, after in zip(parts[1::2], parts[2::2], strict=True):
        worked = "=" in re.split(r"[.;]", joined)[-1] and "=" in re.split(r"[.;]", after)[0]
        joined += "; " if worked else joint
        joined += after
    return joined


def period_restated(line: str) -> bool:
    """A rate restated per another period after a comma ("≈ 117 MB a day, roughly 4 GB a year"), read beside the
    line's symbols too."""
    return _may_restate(line) and _COMMA_RESTATED.search(line) is not None


def _may_restate(text: str) -> bool:
    """The text has a comma or a dash, one of which a rate restated after it needs (see _COMMA_RESTATED)."""
    return "," in text or "—" in text or "–" in text


def bits_restated(line: str) -> bool:
    """A byte rate restated in bits on the line ("33 MB/s, about 264 Mbps") or a bit rate in bytes ("a 10 Gbps
    NIC is 1.25 GB/s"), read beside its symbols too."""
    return "B" in line and (_BITS_RESTATED.search(line) or _BITS_AS_BYTES.search(line)) is not None


def _divided_by_each(piece: str) -> str:
    """ "/ 365 days and 86,400 seconds": each "and" after a division divides again."""
    head, slash, tail = piece.partition("/")
    return head + slash + _AND.sub("/ ", tail) if slash else piece


def prose_candidates(line: str, number: int) -> Iterator[Candidate]:
    """Calculations stated in words on one line (none when the line has no step word or restated rate)."""
    line = plainly(line)
    if len(line) > MAX_LINE:
        return
    told = told_products(line)
    line = told or line
    restated = told is not None or (
        ("(" in line and _RESTATED.search(line))
        or (" so " in line and _SO_RESTATED.search(line))
        or (_may_restate(line) and _COMMA_RESTATED.search(line))
        or ("which" in line and _WHICH_RESTATED.search(line))
        or bits_restated(line)
    )
    if not (has_step(line) or restated or worded_result(line)):
        return
    yield from candidates(symbolic(line), number)


_ITEM = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,3}[.)])\s+")
_STARTS_STEP = re.compile(r"(?:times|multiplied by|divided by)\s", re.IGNORECASE)
_STARTS_RESULT = re.compile(
    r"(?:(?:on )?average|result|total|so|that is|that's|which is|which gives|this gives|in total)\b", re.IGNORECASE
)


def may_chain(text: str) -> bool:
    """Whether chained_items can find a chain in text: a line of it must begin with a step word.

    A quick test of substrings for ASCII text, the usual kind; other text is always read.
    """
    low = text.lower()
    return not text.isascii() or "times" in low or "multiplied by" in low or "divided by" in low


def chained_items(rows: Iterable[tuple[int, str]], bullets: bool = True) -> Iterator[tuple[int, str]]:
    """Bullets (or the lines of a paragraph) that continue a calculation, joined as sentences.

    Yields (line of the result, joined text) for

    - 900 million check-ins a year
    - divided by 365 days and 86,400 seconds
    - on average about 29 per second
    """
    chain: list[str] = []
    stepped = False
    for number, line in rows:
        item = _ITEM.match(line) if bullets else None
        text = line[item.end() :] if item else ("" if bullets else line)
        text = text.strip().rstrip(".")
        if chain and _STARTS_STEP.match(text):
            chain.append(text)
            stepped = True
        elif chain and stepped and _STARTS_RESULT.match(text):
            yield number, ". ".join([*chain, text])
            chain, stepped = [], False
        else:
            chain, stepped = ([text] if text and len(text) < MAX_LINE else []), False
