"""What a statement of the design follows from, read with it where a rule asks whether the doc is talking about
change (D006's mechanisms in context): the paragraph of notes it is a line of, the line a run of arrow lines
follows from, and the paragraph that leads in its list ("so as the fleet grows we will:" over "- partition
topics by tenant").
"""

from __future__ import annotations

import re

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
    before = _led_by(design, index)
    if before is not None and context.search(before.text) is not None:
        return True
    lead = list_lead(ctx, statement.line)
    return bool(lead) and context.search(lead) is not None


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
