"""The short labels of a design doc that may name a quality R002 counts: the titles of sections with content and bold
phrases. A title in the design counts only where it is the quality's own name ("Security"); one named for the
design's work ("Replication", "Late and out of order events") is where the design works on it, not an ask."""

from __future__ import annotations

import re

from designlint.checks.placeholders import is_placeholder
from designlint.checks.textutil import title
from designlint.doc.context import Context

TOPICS = [
    "nfr-latency",
    "nfr-availability",
    "nfr-consistency",
    "nfr-durability",
    "nfr-throughput",
    "nfr-scalability",
    "nfr-security",
    "nfr-cost",
]
_BOLD = re.compile(r"\*\*([^*\n]{1,40})\*\*|__([^_\n]{1,40})__")
# What a writer types instead of a part left for later ("auth: skipped", "## Scaling" over "- later"): each reader
# of R002's adds its own frame (after a label's colon in topics._DISMISSED, alone on a line here).
LEFT_FOR_LATER = (
    r"skip(?:ped)?|n/?a|later|out(?: of scope)?|(?:ran )?out of time|not (?:now|yet|done|needed|doing|in v1)"
    r"|none|no|todo"
)
# A section left for later ("## Scaling" over "- later") takes no stance, as one left with TODO does not.
_DEFERRED = re.compile(rf"^\s*(?:[-*+]\s*)?\(?(?:{LEFT_FOR_LATER}|\?+|\.{{3}}|…)\)?\W*$", re.IGNORECASE)
# A heading over workload figures ("Scale assumptions", "Traffic estimates") states no quality.
_WORKLOAD_TITLE = re.compile(r"\b(?:assumptions?|estimat\w*|numbers|math|sizing|figures|calculations?)\b", re.I)


def labels(ctx: Context) -> str:
    """Short labels anywhere in the doc: titles of sections with content, and bold phrases.

    A quality used as a label ("## Scalability", "round the clock: **Availability**") is a
    stance on it, wherever it sits; a heading left as a prompt is not, nor the doc's title, which
    names the product ("QR menu ordering"). One line per label.
    """

    def make() -> str:
        bold = (
            m.group(1) or m.group(2)
            for b in ctx.blocks
            if b.kind in ("paragraph", "list")
            for m in _BOLD.finditer(b.text)
        )
        named, design = title(ctx)[0], ("high-level", "deep-dive")
        titles = [
            s.title
            for s in ctx.sections
            if any(not is_placeholder(b.text) and not _DEFERRED.match(b.text) for b in s.blocks)
            and not _WORKLOAD_TITLE.search(s.title)
            and s.line != named
            and (not ctx.outline.holds(s.line, steps=design) or _names_quality(ctx, s.title))
        ]
        return ctx.catalogue.mend("\n".join(titles + list(bold)))

    return ctx.once("requirements._labels", make)


def _names_quality(ctx: Context, heading: str) -> bool:
    """A design section titled with the quality's own name ("Security") is a stance; one named for the design's
    work ("Replication", "Late and out of order events") is not."""
    return any(ctx.terms(s).search(heading) for t in TOPICS if (s := f"{t}-stance") in ctx.vocabulary)
