"""What a statement of the design follows from, read with it where a rule asks whether the doc is talking about
change (D006's mechanisms in context): the paragraph of notes it is a line of, the line a run of arrow lines
follows from, the paragraph that leads in its list ("so as the fleet grows we will:" over "- partition
topics by tenant"), and a load grown past today's as the label of its note line ("what if 10x? -> read replicas",
"10M+ online -> shard by user_id"), and the points nested under its list item.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from designlint.checks.statements import Statement, View
from designlint.checks.unsaid import noted_in
from designlint.doc.context import Context


def in_context(ctx: Context, context: re.Pattern[str], design: View, index: int) -> bool:
    """The statement at index, or what it follows from, talks about change: "followers table grows fast" over
    "shard by follower_id", "viral post = 50k likes/s on 1 row" over "-> sharded counter", as the same words in
    one sentence would."""
    statement = design.items[index]
    if context.search(statement.text) is not None or noted_in(ctx, context, statement.note):
        return True
    # the heading right above says it, as blog posts title what happened: "When twelve more clubs signed up"
    heading = statement.titles.rpartition("\n")[2]
    if heading and context.search(heading) is not None:
        return True
    before = _led_by(design, index)
    if before is not None and (context.search(before.text) is not None or grown_label(before.text)):
        return True
    # the sentence before in the same paragraph sets the scene: "300 million rows, so not one machine any more.
    # I'd partition store_stock by region"
    if index and design.items[index - 1].line == statement.line and context.search(design.items[index - 1].text):
        return True
    if grown_label(statement.text):
        return True
    lead = list_lead(ctx, statement.line)
    if lead and context.search(lead) is not None:
        return True
    # a question is answered by the rest of its paragraph: "Write time or read time? ... so I take write time."
    answer = design.items[index + 1 :] if statement.text.rstrip().endswith("?") else []
    if any(context.search(after.text) for after in itertools.takewhile(lambda s: s.line == statement.line, answer)):
        return True
    # the points nested under its list item: "optimistic vs pessimistic:" over "... so pick optimistic"
    return any(context.search(nested.text) is not None for nested in _nested_under(ctx, design, index))


def _nested_under(ctx: Context, design: View, index: int) -> Iterator[Statement]:
    """The statements on the lines after the one at index that are indented deeper than its own (the rest of its
    own paragraph is no point under it)."""
    statement = design.items[index]
    depth = _indent(ctx, statement.line)
    for after in design.items[index + 1 :]:
        if after.line == statement.line:
            continue
        if after.titles != statement.titles or _indent(ctx, after.line) <= depth:
            return
        yield after


def _indent(ctx: Context, line: int) -> int:
    text = ctx.doc.lines[line - 1]
    return len(text) - len(text.lstrip())


# A note line's label, up to the first arrow, colon or question mark: "what if 100x?", "10M+ online ->".
_LABEL = re.compile(r"^[^\n]{0,40}?(?=->|→|=>|:|\?)")
# A load grown past today's: a multiple ("10x", "100 ×"), or a size and more ("10M+", "50k+ rps").
_GROWN = re.compile(
    r"(?<![\w.])(?:[2-9]|[1-9]\d{1,3})\s?[x×](?!\w)|(?<![\w.])\d[\d.,]*\s?(?:k|m|b|bn|mil|million|billion|thousand)?\+(?!\w)",
    re.IGNORECASE,
)
# A multiple that is no growth: a peak over the average or a season over the usual ("Dec = 8x normal"), copies
# kept, one side against another.
_SAME_LOAD = re.compile(
    r"peak|av(?:era)?g|normal|usual|typical|baseline|=|replic|cop(?:y|ies)|\brf\b|ratio|\bvs\b|\bthan\b|\bread|\bwrit",
    re.IGNORECASE,
)


def grown_label(text: str) -> bool:
    """The line is labelled with a load grown past today's, as a plan by load step is: "what if 10x? -> more app
    pods", "10M+ online -> shard presence by user_id"; not "peak 3x avg -> 70k/s", "Dec = 8x normal -> autoscale"
    (the base design's own peak) nor "3x replication: 90 TB"."""
    label = _LABEL.match(text)
    return label is not None and bool(_GROWN.search(label.group())) and not _SAME_LOAD.search(label.group())


_ARROW_LEAD = re.compile(r"^\s*(?:->|→|=>|⇒)")


def _led_by(design: View, index: int) -> Statement | None:
    """The statement a run of arrow lines follows from, under the same headings ("one row lock = meltdown" over
    "-> waiting room in front" and "-> pre-split seats into 50 buckets" leads both)."""
    statement = design.items[index]
    while index > 0 and _ARROW_LEAD.match(design.items[index].text):
        before = design.items[index - 1]
        if before.titles != statement.titles:
            return None
        if not _ARROW_LEAD.match(before.text):
            return before
        index -= 1
    return None


def list_lead(ctx: Context, line: int) -> str:
    """The paragraph that leads in the list holding the line, ending on a colon right above it ("A broker tops
    out around 200k connections, so as the fleet grows we will:"), or "". Worked out once per document."""

    def make() -> dict[int, str]:
        leads: dict[int, str] = {}
        for section in ctx.sections:
            for above, block in zip(section.blocks, section.blocks[1:], strict=False):
                if block.kind == "list" and above.kind == "paragraph" and above.text.rstrip().endswith(":"):
                    leads.update(dict.fromkeys(range(block.line, block.end_line + 1), above.text))
        return leads

    return ctx.once("followed.list_lead", make).get(line, "")
