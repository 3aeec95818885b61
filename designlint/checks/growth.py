"""D006: growth told under its own title. A section headed for what comes later ("Later", "If it spreads",
"Extension in the future") that speaks of more of what the product serves ("More resorts: each resort is
self-contained", "A second diocese would be a second root", "Nothing above changes much with more of them")
discusses how the design grows, whatever mechanism it names or none: annotators count it so, and a list of
mechanisms cannot hold every answer ("the service stays one", "repeat the kit per site").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from designlint.checks.declines import left_out
from designlint.checks.statements import Statement, View
from designlint.doc.context import Context


def grown_under_title(ctx: Context, design: View, options: Mapping[str, Any], start: int) -> bool:
    """A statement under a growth title (or after a growth label) names more of what is served (option
    "growth-more", read with "mechanism-titles"). Before the design starts (start), such a title sizes the load
    ("## Scale" over "about 400 shops"): it grows nothing."""
    if "growth-more" not in options or "mechanism-titles" not in options:
        return False
    titles = ctx.terms(options["mechanism-titles"])
    more = design.matching(ctx.terms(options["growth-more"]), ctx.lowered(options["growth-more"]))
    later = (statement for statement in more if statement.line >= start)
    return any(_titled(statement, titles) and not left_out(ctx, statement) for statement in later)


def _titled(statement: Statement, titles: re.Pattern[str]) -> bool:
    """Under a growth title, or after a growth label; a bare topic name or a question says nothing of growth."""
    if statement.bare or statement.question:
        return False
    return titles.search(statement.titles) is not None or bool(statement.label and titles.search(statement.label))
