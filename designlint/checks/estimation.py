"""Checks for the estimation rules: is there an estimate, has it a peak, is it complete, does it conclude.

They read the estimation region (see textutil), code blocks included, since many
write-ups keep their arithmetic in fenced blocks. The arithmetic itself is checked
by other rules (E002, E006, E007).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.calculations import calculations
from designlint.checks.derived import derived_in_words
from designlint.checks.placeholders import is_placeholder
from designlint.checks.textutil import (
    doc_text_lines,
    finds_in_doc,
    line_says,
    preamble,
    tagged_blocks,
    text_lines,
    unwrapped,
)
from designlint.doc.context import Context
from designlint.findings import Hit

_NAME = {"type": "string", "minLength": 1}
_NUMBER = {"type": "number", "minimum": 1}
MISSING = {"properties": {"figures": _NAME, "skips": _NAME, "skipped": _NAME, "skip-reasons": _NAME}}
PEAK = {
    "properties": {
        "rates": _NAME,
        "peaks": _NAME,
        "reasons": _NAME,
        "low": _NUMBER,
        "high": _NUMBER,
        "min-rate": {"type": "number", "minimum": 0},
    }
}
CONCLUSION = {"properties": {"conclusions": _NAME}}
# A number right after a multiplication sign, or right before one ("x 3", "3x", "3 times").
_FACTORS = (
    re.compile(r"(?<![a-z])[x×*]\s*(\d+(?:\.\d+)?)(?![\d,])", re.IGNORECASE),
    re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:[x×](?![a-z])|times\b)", re.IGNORECASE),
)
_BYTES = re.compile(r"\d\s?(?:bytes|[kmgtpe]i?b)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_VALUE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|m|million)?(?![\w])", re.IGNORECASE)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}


def estimate_lines(ctx: Context) -> list[tuple[int, str]]:
    """Plain text of every line of the estimation region, code blocks included, unit conversions left out.

    Worked out once per document; callers share the list and must not change it.
    """
    return ctx.once("estimate_lines", lambda: _estimate_lines(ctx))


def _estimate_lines(ctx: Context) -> list[tuple[int, str]]:
    lines = list(text_lines(ctx, [t.block for t in tagged_blocks(ctx, "estimation")], code=True))
    if not lines:
        return []  # no estimate: the term list is not even compiled
    conversion = ctx.terms("est-conversions")
    return [(number, line) for number, line in lines if not conversion.search(line)]


def _heading(ctx: Context) -> int:
    return ctx.anchor("estimation")


def _has_figures(ctx: Context, lines: list[tuple[int, str]], name: str) -> bool:
    if not lines:
        return False
    figures = ctx.terms(name)
    return any(figures.search(line) for _, line in lines)


# A doc with no step named is still a write-up to hold to an estimate once it has this many words.
_WRITTEN_WORDS = 150

# --- E001 ---------------------------------------------------------------------


def _skipped_for_scale(ctx: Context, options: Mapping[str, Any]) -> bool:
    """A line skips the estimate and gives the scale as the reason ("skipping the estimate: it is tiny")."""
    name = options.get("skipped", "est-skipped")
    if not finds_in_doc(ctx, name):
        return False  # the whole text first, as line_says does: most docs skip nothing, and no line need be read
    reasons, skipped = ctx.terms(options.get("skip-reasons", "est-skip-reasons")), ctx.terms(name)
    return any(skipped.search(line) and reasons.search(line) for _, line in doc_text_lines(ctx))


def missing_estimation(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """No estimate: no number derived anywhere in the doc, unless the doc says why it skips the step.

    A figure that is only assumed ("200M DAU") estimates nothing; one worked out from others
    ("200M x 5 / 86,400 = ~11,600 reads/s"), in whatever section, does.
    """
    if line_says(ctx, options.get("skips", "est-skips")) or _skipped_for_scale(ctx, options):
        return
    if calculations(ctx) or _derived_in_words(ctx):
        return
    if not ctx.outline.step_sections("estimation"):
        if any(ctx.outline.step_sections(step.id) for step in ctx.catalogue.steps()):
            yield Hit(_heading(ctx), context="estimation")
        elif _written(ctx) and not _derived_in_words(ctx, loosely=True):
            # No step named at all: the outline may have missed an estimate in running text
            # ("200M people, about 5 photos each"), so any figure given as a result spares it.
            yield Hit(_heading(ctx), context="estimation")
    elif not _has_figures(ctx, estimate_lines(ctx), options.get("figures", "est-figures")):
        yield Hit(_heading(ctx), variant="empty", context="estimation")
    elif not _unfinished(ctx):  # a section still holding prompts is S003's to report
        yield Hit(_heading(ctx), variant="assumed", context="estimation")


def _written(ctx: Context) -> bool:
    """Prose enough to be a write-up though no heading names a step (notes in running text)."""
    return sum(len(line.split()) for _, line in doc_text_lines(ctx)) >= _WRITTEN_WORDS


def _unfinished(ctx: Context) -> bool:
    blocks = [t.block for t in tagged_blocks(ctx, "estimation")]
    return any(is_placeholder(line) for block in blocks for line in block.text.split("\n"))


def _derived_in_words(ctx: Context, loosely: bool = False) -> bool:
    """A figure given as a result after others on its line, in the estimate or else anywhere (see derived.py)."""
    estimate = estimate_lines(ctx)
    if estimate and derived_in_words(estimate, in_estimate=True, loosely=loosely):
        return True
    # a list item wrapped between its figures and its result ("300-500 parents, a reload every few minutes." over
    # "So maybe 5 requests per second")
    if estimate and _derived_wrapped(ctx, loosely):
        return True
    # a section called the estimate may be something else ("Wait time estimate?" asks how a feature guesses)
    # while the sizing was done in the talk before it; an essay's sentence may wrap between its verb and figure
    # ("that averages out to about" over "60 requests a second")
    if derived_in_words(doc_text_lines(ctx), in_estimate=False, loosely=loosely):
        return True
    joined = unwrapped(ctx, list(ctx.blocks)).split("\n")
    return derived_in_words(enumerate(joined), in_estimate=False, loosely=loosely)


def _derived_wrapped(ctx: Context, loosely: bool) -> bool:
    joined = unwrapped(ctx, [t.block for t in tagged_blocks(ctx, "estimation")])
    return bool(joined) and derived_in_words(enumerate(joined.split("\n")), in_estimate=True, loosely=loosely)


# --- E003 ---------------------------------------------------------------------


def multiplier(line: str) -> float | None:
    """The small factor (1-20) a peak line multiplies by, as in '5,800 x 3' or '2x average'."""
    for pattern in _FACTORS:
        for match in pattern.finditer(line):
            value = float(match.group(1))
            if 1 <= value <= 20:
                return value
    return None


def _peak_lines(ctx: Context, peaks: re.Pattern[str]) -> list[str]:
    around = text_lines(ctx, preamble(ctx) + [t.block for t in tagged_blocks(ctx, "requirements")])
    lines = [line for _, line in estimate_lines(ctx)] + [line for _, line in around]
    return [line for line in lines if peaks.search(line) and _DIGIT.search(line)]


def _odd_multiplier(ctx: Context, lines: list[str], options: Mapping[str, Any]) -> float | None:
    reasons = ctx.terms(options.get("reasons", "est-peak-reasons"))
    low, high = options.get("low", 2), options.get("high", 5)
    for line in lines:
        factor = multiplier(line)
        if factor is not None and not low <= factor <= high and not reasons.search(line):
            return factor
    return None


def rate_value(text: str) -> float:
    """The first figure of a rate ('4,000', '100 thousand', '12k'), as a number; 0 if none."""
    found = _VALUE.search(text)
    if found is None:
        return 0.0
    scale = _SCALE.get((found.group(2) or "").lower(), 1.0)
    return float(found.group(1).replace(",", "")) * scale


def _rates(ctx: Context, options: Mapping[str, Any]) -> list[tuple[int, str, float]]:
    """Each average rate of the estimate: its line, its text and its value (peak lines left out)."""
    lines = estimate_lines(ctx)
    if not lines:
        return []
    pattern = ctx.terms(options.get("rates", "est-rates"))
    peaks = ctx.terms(options.get("peaks", "est-peaks"))
    found: list[tuple[int, str, float]] = []
    for number, line in lines:
        if not peaks.search(line):
            found.extend((number, m.group(0), rate_value(m.group(0))) for m in pattern.finditer(line))
    return found


def no_peak(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """QPS is estimated with no peak figure, or with a peak multiplier outside low-high and no reason.

    Rates all below min-rate are left alone: at a few requests a second the peak changes nothing.
    """
    rates = _rates(ctx, options)
    if not rates:
        return
    number, rate, top = max(rates, key=lambda found: found[2])  # the busiest path needs the peak most
    if top < options.get("min-rate", 100):
        return
    peak_lines = _peak_lines(ctx, ctx.terms(options.get("peaks", "est-peaks")))
    args = {"low": options.get("low", 2), "high": options.get("high", 5), "rate": rate.strip()}
    if not peak_lines:
        yield Hit(number, args=args, context="no-peak")
        return
    factor = _odd_multiplier(ctx, peak_lines, options)
    if factor is not None:
        yield Hit(number, args={**args, "factor": f"{factor:g}"}, variant="multiplier", context="multiplier")


# --- E004 ---------------------------------------------------------------------

PARTS = ("read QPS", "write QPS", "storage", "bandwidth", "cache memory", "server count")


def _present(ctx: Context, line: str) -> set[str]:
    terms = ctx.terms
    found: set[str] = set()
    if terms("est-rate-words").search(line) and _DIGIT.search(line):
        found.add("rate")
        found |= {"read QPS"} if terms("est-read-rate").search(line) else set()
        found |= {"write QPS"} if terms("est-write-rate").search(line) else set()
    bandwidth = terms("est-bandwidth").search(line) and _DIGIT.search(line)
    cache = terms("est-cache").search(line) and _BYTES.search(line)
    if bandwidth:
        found.add("bandwidth")
    if cache:
        found.add("cache memory")
    if not (bandwidth or cache) and terms("est-storage").search(line) and terms("est-storage-words").search(line):
        found.add("storage")
    if terms("est-servers").search(line):
        found.add("server count")
    return found


def incomplete_estimation(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Which of read and write QPS, storage, bandwidth, cache memory and server count the estimate lacks."""
    lines = estimate_lines(ctx)
    if not _has_figures(ctx, lines, "est-figures"):
        return
    present: set[str] = set()
    for _, line in lines:
        present |= _present(ctx, line)
    wanted = options.get("parts", list(PARTS))
    missing = [part for part in PARTS if part in wanted and part not in present]
    if "rate" in present and {"read QPS", "write QPS"} <= set(missing):
        # A rate is given but not split: say that rather than claim no rate at all.
        missing = ["read/write split of the QPS"] + [m for m in missing if not m.endswith("QPS")]
    if missing:
        yield Hit(_heading(ctx), args={"missing": ", ".join(missing)}, context=",".join(missing))


# --- E005 ---------------------------------------------------------------------


def no_conclusion(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The estimate gives figures but never says what they mean for the design."""
    lines = estimate_lines(ctx)
    if not _has_figures(ctx, lines, "est-figures"):
        return
    conclusions = ctx.terms(options.get("conclusions", "est-conclusions"))
    if not any(conclusions.search(line) for _, line in lines):
        yield Hit(_heading(ctx), context="estimation")


COMPLETE = {"properties": {"parts": {"type": "array", "items": {"enum": list(PARTS)}, "uniqueItems": True}}}

CHECKS = {
    "missing_estimation": Check(missing_estimation, MISSING),
    "no_peak": Check(no_peak, PEAK),
    "incomplete_estimation": Check(incomplete_estimation, COMPLETE),
    "no_conclusion": Check(no_conclusion, CONCLUSION),
}
