"""What a doc declares a day, month or year to be ("assume 2.5 million seconds per month").

Back-of-envelope write-ups round the calendar on purpose; a declaration holds for the
whole doc, so a calculation that uses it is read with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import partial

from designlint.estimate.lexer import tokenize
from designlint.estimate.parser import ParseError, Reading, evaluate, parse
from designlint.estimate.quantity import DAY, DEFAULT_PERIODS, NONE, EvalError
from designlint.termsearch import folded

_NUMBER = r"(?P<n>[~≈]?\s*\d[\d.,]*(?:\s*(?:\^|\*\*)\s*\d+)?(?:\s*(?:thousand|million|billion|[KMk](?![\w])))?)"
_PERIOD = r"(?P<p>day|month|year)"
_DECLARATIONS = (
    re.compile(rf"{_NUMBER}\s*(?:seconds|secs|s)\s+(?:per|in\s+an?|an?|each|every)\s+{_PERIOD}\b", re.IGNORECASE),
    re.compile(
        rf"\b(?:an?|one|1|each|every)\s+{_PERIOD}\s*(?:is|has|=|≈|~|of)\s*(?:about|roughly|around|~|≈)?\s*"
        rf"{_NUMBER}\s*(?:seconds|secs|s)\b",
        re.IGNORECASE,
    ),
)
SANE = {"day": (5e4, 2e5), "month": (1e6, 5e6), "year": (1e7, 1e8)}


# A year counted in the doc's own days, worked out once: "50 per day × 250 days = 12.500 per year" (a business open on
# weekdays); a later day's figure per year may use it ("20 MB per day -> ca. 5 GB per year").
_YEAR_OF_DAYS = re.compile(
    r"(?:per|a|/)\s*day\s*[×x*]\s*(?P<d>\d{3})\s*(?:working |open |business |school )?days\b[^\n]{0,40}?"
    r"(?:per|a|/)\s*(?:year|yr)\b",
    re.IGNORECASE,
)
_YEAR_DAYS = (200, 366)


def year_of_days(lines: Iterable[str]) -> float | None:
    """The doc's own year in seconds, where it counts one in days (see _YEAR_OF_DAYS): a calendar to try for a day's
    figure scaled to a year, after the usual one (the servers of a business open on weekdays still run all year)."""
    for line in lines:
        year = _YEAR_OF_DAYS.search(line) if "day" in line else None
        if year and _YEAR_DAYS[0] <= int(year["d"]) <= _YEAR_DAYS[1]:
            return int(year["d"]) * DAY
    return None


def periods(lines: Iterable[str]) -> Mapping[str, float]:
    """Seconds in each period name: the defaults, overridden by what the doc declares."""
    found = dict(DEFAULT_PERIODS)
    for line in lines:
        if "second" not in line and "sec" not in line:
            continue
        for pattern in _DECLARATIONS:
            for m in pattern.finditer(line):
                value = _value(m.group("n"))
                low, high = SANE[folded(m.group("p"))]
                if value is not None and low <= value <= high:
                    found[folded(m.group("p"))] = value
    return found


# A rate counted over working days ("2 trips per weekday", "business days", "Mon-Fri", "10 business hours" a day)
# makes a week five days, a month about 22 and a year about 250; the writer may scale it either way, so both
# readings are tried.
_WORKDAYS = re.compile(
    r"\b(?:week|work(?:ing)?|business|school|office)[ -]?(?:days?|hours?)\b|\bmon(?:day)?\s*(?:-|–|to)\s*fri(?:day)?\b",
    re.IGNORECASE,
)
_WORKING = {"week": 5 * DAY, "month": 22 * DAY, "year": 250 * DAY}


def counts_workdays(line: str) -> bool:
    """The line counts in working days ("per weekday", "Mon-Fri"), so its weeks may be five days long."""
    return _WORKDAYS.search(line) is not None


def working(periods: Mapping[str, float]) -> Mapping[str, float]:
    """The periods with weeks, months and years of working days (see _WORKDAYS)."""
    return {**periods, **_WORKING}


# A day that is the hours something runs, on the line that uses it: "session 6.5h = 23,400 s; avg ~200k/s ->
# 4.68B orders/day" counts a trading day, "200k/s over the 4 h peak -> 2.9B a day" a day's busy hours.
_ACTIVE_SPAN = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b|(?<![\d.,])(?P<s>\d{1,2},?\d{3})\s*(?:s|secs?|seconds)\b",
    re.IGNORECASE,
)
_HOUR = 3600.0


def active_days(line: str) -> list[float]:
    """Spans shorter than a day that the line names ("6.5h", "23,400 s"), in seconds: a day the line may mean."""
    spans: list[float] = []
    for found in _ACTIVE_SPAN.finditer(line):
        seconds = float(found["n"]) * _HOUR if found["n"] else float(found["s"].replace(",", ""))
        if _HOUR <= seconds < DAY and seconds not in spans:
            spans.append(seconds)
    return spans


# A line that names the hours the load comes in ("mostly 9am-7pm -> 10h window", "biz hours only (8h = 28,800 s)"):
# the doc's day, for the lines after it, may be that window.
_WINDOW_NAMED = re.compile(
    r"\bwindow\b|\b(?:business|biz|working|work|office|opening|trading|waking|school)\s+(?:hours?|day)\b|\bsession\b",
    re.IGNORECASE,
)


def named_windows(lines: Iterable[tuple[int, str]]) -> list[tuple[int, float]]:
    """(line, seconds) of each window of hours a line names as the time the load comes in (see _WINDOW_NAMED)."""
    return [(number, span) for number, line in lines if _WINDOW_NAMED.search(line) for span in active_days(line)]


def _value(text: str) -> float | None:
    tokens = tokenize(text.strip())
    try:
        node, end = parse(tokens)
        quantity = evaluate(node, Reading(DEFAULT_PERIODS))
    except (ParseError, EvalError):
        return None
    return quantity.value if end == len(tokens) and quantity.dim == NONE else None


# Numbers written the continental way: a decimal comma ("17,5 TB", "1,08 TB") and dots between thousands
# ("86.400 s", "200.000 bits"). A doc that writes two decimal commas and no comma between thousands
# ("1,000") writes all its numbers so; read as written, "17,5" would be 17 and "86.400" would be 86.4.
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])")
_THOUSANDS_COMMA = re.compile(r"\d,\d{3}(?![\d])")
# (in such a doc "12,195 km" has three decimals: the comma is a decimal one there too)
_CONTINENTAL = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,])|(?<![\d.,])\d+,\d{1,3}(?![\d.,])")
MIN_DECIMAL_COMMAS = 2


def continental(texts: Iterable[str]) -> bool:
    """Whether the doc writes its numbers with decimal commas and thousands dots (see _CONTINENTAL): two such signs
    or more, decimal commas or round thousands set apart by dots, and far more of them than commas between
    thousands (a continental writer's "12,195 km" has three decimals, which reads as a thousands comma, and one
    such stands against many "2,25" and "62,5")."""
    signs = thousands = 0
    for text in texts:
        if "," in text:
            thousands += len(_THOUSANDS_COMMA.findall(text))
            signs += len(_DECIMAL_COMMA.findall(text))
        signs += len(_ROUND_DOTTED.findall(text)) if "." in text else 0
    return signs >= MIN_DECIMAL_COMMAS and signs > _OUTNUMBER * thousands


# Round thousands set apart by a dot ("8.000 units", "86.400 s", "1.200.000"): an English writer would not give
# three decimals ending in zeros, nor a figure with two points.
_ROUND_DOTTED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.,])|(?<![\d.,])[1-9]\d{0,2}\.\d00(?![\d.,])")


_OUTNUMBER = 3  # decimal commas per comma between thousands, at least, for a doc to write the continental way


# Thousands set apart by spaces, as many European writers group them ("960 000 / 86 400 ≈ 11"). Read as one
# number only in a doc that writes several so and no comma between thousands: elsewhere "3 100-byte rows" or
# "x 2 300 servers" are two figures. A group followed by a hyphen is a compound ("3 100-byte"), never joined;
# one that ends a sentence ("= 50 400.") is whole, one with a decimal part after it ("1 200.5") is not.
_SPACES = "[ \u00a0\u202f]"
_SPACED_GROUPS = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{_SPACES}\d{{3}})+(?![\d]|[.,]\d|{_SPACES}?-)")
MIN_SPACED_GROUPS = 2


def spaced_thousands(texts: Iterable[str]) -> bool:
    """Whether the doc groups its thousands with spaces (see _SPACED_GROUPS)."""
    found = 0
    for text in texts:
        if "," in text and _THOUSANDS_COMMA.search(text):
            return False
        found += len(_SPACED_GROUPS.findall(text))
    return found >= MIN_SPACED_GROUPS


def with_joined_groups(text: str) -> str:
    """The text's space-grouped numbers written without the spaces ("86 400" is "86400")."""
    return _SPACED_GROUPS.sub(lambda m: re.sub(_SPACES, "", m.group(0)), text)


# "ca. 68 000", "Ca. 5 birds": circa before a figure, as German and other continental writers mark a rough one.
_CIRCA = re.compile(r"\b[Cc]a\.\s?(?=[~≈]?\d)")


def with_circa_marked(text: str) -> str:
    """The text with each "ca." before a figure written "~", as the finder reads a rough figure."""
    return _CIRCA.sub("~", text) if "a." in text else text


# Pence and cents written after the figure on a line that prices in pounds, dollars or euros: "800/wk × 4p ≈ £32/wk",
# "2M texts × 0.5c = $10k". Elsewhere "4p" may be four people or partitions, so only beside the currency.
_COINS = (
    ("£", re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)p\b")),
    ("$", re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:c\b|¢)")),
    ("€", re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:c\b|ct\b)")),
)


def with_coins_priced(text: str) -> str:
    """The text with each figure in pence or cents (see _COINS) written in its currency ("4p" is "£0.04")."""
    for sign, coins in _COINS:
        if sign in text:
            text = coins.sub(partial(_in_currency, sign=sign), text)
    return text


def _in_currency(found: re.Match[str], sign: str) -> str:
    return f"{sign}{float(found.group(1)) / 100:g}"


# "700 M", "5 M queries": the scale letter set apart by a space, as continental writers do.
_SPACED_SCALE = re.compile(r"(?<=\d) (?=[KM](?![\w]))")


def with_points(text: str) -> str:
    """The text's continental numbers written with a decimal point and no thousands dots ("17,5" is "17.5"),
    a scale letter set apart joined to its number ("700 M" is "700M")."""
    text = _SPACED_SCALE.sub("", text) if " M" in text or " K" in text else text
    if "," not in text and "." not in text:
        return text
    return _CONTINENTAL.sub(lambda m: m.group(0).replace(".", "").replace(",", "."), text)


# Maths typed the LaTeX way: "$200\text{k} \times (1 - 0.9) = 20\text{k qps}$", "$$50 \times 10^6$$".
_TEX_WORD = re.compile(r"\\(?:text|mathrm|textrm|mathit|textit|operatorname)\{([^{}]*)\}")
_TEX_SYMBOLS = (
    (re.compile(r"\\(?:times|cdot)\b"), " x "),
    (re.compile(r"\\(?:approx|sim|simeq)\b"), " ≈ "),
    (re.compile(r"\\[,;:! ]|~"), " "),
    (re.compile(r"\\%"), "%"),
    (re.compile(r"\$+"), " "),
    (re.compile(r"\\(?:left|right)\b"), ""),
)
# a command marks the line as LaTeX; a "$" alone is money ("$0.023/GB-month")
_TEX = re.compile(r"\\(?:text|mathrm|textrm|mathit|textit|operatorname|times|cdot|approx|sim|simeq|frac|left|right)\b")


def plain_figures(text: str) -> str:
    """The line's figures written as the finder reads them, whatever the doc's conventions: LaTeX as plain text
    ("$200\\text{k} \\times 0.1$"), "ca." as "~" ("ca. 68 000"), pence and cents in their currency ("4p ≈ £32"),
    a cadence as a rate ("1 min values")."""
    return with_cadences(with_coins_priced(with_circa_marked(untexed(text))))


# Things made once per a span, named by the span: "1 min values x 40 sensors is 57,600 rows per day" takes one value
# a minute from each sensor; read as a duration, "1 min x 40" is forty minutes.
_CADENCE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)[ -]?(s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?)[ -]"
    r"(values|samples|readings|snapshots|points|averages|aggregates|buckets|rows|records|measurements)\b",
    re.IGNORECASE,
)


def with_cadences(text: str) -> str:
    """The line with each cadence written as a rate: "1 min values" as "1 values / 1 min"."""
    if " " not in text or not _CADENCE.search(text):
        return text
    return _CADENCE.sub(r"1 \3 / \1 \2", text)


def untexed(text: str) -> str:
    """The line with LaTeX maths written as plain text ("200k x (1 - 0.9) = 20k qps"); other lines as they are."""
    if "\\" not in text or not _TEX.search(text):  # most lines hold no backslash at all
        return text
    text = _TEX_WORD.sub(r"\1", text)
    for pattern, plain in _TEX_SYMBOLS:
        text = pattern.sub(plain, text)
    return re.sub(r"[ \t]{2,}", " ", text)
