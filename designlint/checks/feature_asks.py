"""Whether a doc asks for features outside a requirements step: a lead-in over a list, a sentence that
asks for several in a row, or an opening that says what users can do. R001 takes only what is set out as a
list (features_listed) for the features and says when sentences tell them (features_told);
qualities.requirements_in_prose takes it for requirements written in prose, so S001 does not call the
step missing and R003/R004 read the targets over the whole text."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import partial

from designlint.checks.plain_lists import asked_in_a_row, listed_first, listed_in_a_row, told_first
from designlint.checks.textutil import doc_text_lines, lead_in_part, lead_in_step, next_step_line, opening, plain
from designlint.doc.context import Context
from designlint.doc.document import Block
from designlint.estimate.lexer import SCALE_WORD

_ACTOR = re.compile(r"^\s*(?:the )?(?:service|system|user|it)\s+(?:has|is|should be|must be|needs to be)?\s*", re.I)
# A count of users, requests or data: "1B users", "~40 mails received / user / day", "avg mail 50KB".
LOAD = re.compile(
    # (?<!...) and *+: a figure is tried once, from its start (linear on a long run of digits)
    r"(?<![\d,.])\d[\d,.]*+\s?" + SCALE_WORD + r"?\s*"
    r"(?:[kmgtp]i?b\b|bytes|(?:daily |monthly |active )?"
    r"(?:users?|dau|mau|qps|rps|requests?|reads?|writes?|mails?|emails?|messages?|events?|posts?|uploads?|devices?))"
    # a count with its scale of any kind of thing ("100M tracks", "30M concurrent listeners"), or a rate
    r"|(?<![\d,.])\d[\d,.]*+\s?" + SCALE_WORD + r"\s+(?:[a-z-]+\s+)?[a-z]+s\b"
    r"|(?<![\d,.])\d[\d,.]*+\s?[kmg]?(?:bps|b/s|/s|/sec|/day|/month|\s?per\s(?:second|day|month))",
    re.IGNORECASE,
)
# An invariant the data must keep states a quality: "a top-up is credited exactly once, never twice".
_INVARIANT = re.compile(r"\b(?:never|exactly[- ]once|at[- ]most[- ]once)\b", re.IGNORECASE)


def is_quality(text: str, starts: re.Pattern[str], figures: re.Pattern[str]) -> bool:
    """A clause that states a quality ("High availability", "p99 under 200 ms") or an invariant the data
    must keep ("a top-up is credited exactly once, never twice"), not a feature."""
    return bool(starts.match(_ACTOR.sub("", text, count=1).strip()) or figures.search(text) or _INVARIANT.search(text))


def is_fact(head: str, starts: re.Pattern[str], figures: re.Pattern[str]) -> bool:
    """A line of workload ("1B users") or of qualities, not a feature."""
    return bool(LOAD.search(head)) or is_quality(plain(head), starts, figures)


def introduced_list(ctx: Context, blocks: list[Block]) -> bool:
    """A list right after a lead-in that names the features ("The functional requirements came from ...:")
    or, above every step, the requirements ("what I clarified (roughly):")."""
    return any(after.kind == "list" and _leads_to_features(ctx, before) for before, after in itertools.pairwise(blocks))


def _leads_to_features(ctx: Context, block: Block) -> bool:
    return lead_in_part(ctx, block) == "functional" or lead_in_step(ctx, block) == "requirements"


def features_asked(ctx: Context, asks: re.Pattern[str], fact: Callable[[str], bool]) -> bool:
    """Features asked for outside any requirements step, set out as a list (see features_listed) or told in
    sentences (see features_told)."""
    return features_listed(ctx, fact) or features_told(ctx, asks)


def features_listed(ctx: Context, fact: Callable[[str], bool]) -> bool:
    """Features set out outside any requirements step in a form a reader takes for a list: a list under a
    lead-in in the doc's opening, a label over them ("The features are: ..."), or one sentence before the
    design that asks for three or more in a row. Sentences of what someone can do are no list (R001)."""
    in_a_row = listed_in_a_row(_before_requirements(ctx))
    return introduced_list(ctx, opening(ctx)) or in_a_row or listed_first(ctx, fact)


def features_told(ctx: Context, asks: re.Pattern[str]) -> bool:
    """Features told outside any requirements step in sentences, which say what the product is but list
    nothing: one before the design that tells three things a user does ("A courier scans a parcel, gets a
    door, and drops it"), or an opening that says what someone can or must do ("riders can book a seat")."""
    return asked_in_a_row(_before_requirements(ctx)) or told_first(ctx, asks)


def _before_requirements(ctx: Context) -> list[str]:
    first = next_step_line(ctx, "requirements", 0)
    return [text for number, text in doc_text_lines(ctx) if number < first]


def features_in_prose(ctx: Context) -> bool:
    """features_asked with the catalogue's own term lists, for S001, R003 and R004 (R001 asks features_listed
    and features_told with the lists its options name)."""
    fact = partial(is_fact, starts=ctx.terms("nfr-item"), figures=ctx.terms("nfr-item-figures"))
    return ctx.once("feature_asks.in_prose", lambda: features_asked(ctx, ctx.terms("feature-asks"), fact))
