"""Notes kept in a notes app: each topic a run of bullets led by its title ("• numbers" over "• 40M logins/day
..."), a blank line between runs. Markdown joins the runs into one loose list; a reader sees a section per run.
"""

from __future__ import annotations

import re

from designlint.catalogue import Catalogue
from designlint.doc.headings import strip_markup
from designlint.doc.implicit import MAX_UNNAMED_ITEM_WORDS, STEP_LEVEL, Implicit, Piece, label
from designlint.doc.items import BULLETS, ITEM_TEXT

MIN_LED_ITEMS, LED_MARGIN = 2, 3


def lead_item(lines: list[str], spans: list[tuple[int, int]], catalogue: Catalogue) -> Implicit | None:
    """Notes kept in a notes app, each topic a list of bullets led by its title ("• numbers" over "• 40M
    logins/day ..."): the first bullet, a few words and no sentence, over two or more longer ones."""
    found = ITEM_TEXT.match(lines[spans[0][0] - 1]) if len(spans) > MIN_LED_ITEMS else None
    if found is None or found.group(1) not in BULLETS:
        return None
    words = strip_markup(found.group(2)).strip().rstrip(":").strip()
    size = len(words.split())
    if not words or size > MAX_UNNAMED_ITEM_WORDS or words.endswith((".", ",")) or _DIGIT.search(words):
        return None
    rest = [len(lines[number - 1].split()) - 1 for number, _ in spans[1:]]
    if sum(rest) < (size + LED_MARGIN) * len(rest):
        return None  # the bullets after it are no longer than it: one list of short points
    return label(words, catalogue, True, bare=True) or Implicit(STEP_LEVEL, words, "item")


_DIGIT = re.compile(r"\d")
MIN_LED_GROUPS = 2


def led_groups(lines: list[str], spans: list[tuple[int, int]], catalogue: Catalogue) -> list[Piece]:
    """The list cut into its groups of bullets (a blank line between them, which Markdown reads as one loose
    list), each led by its title (see lead_item); none unless MIN_LED_GROUPS groups are led so."""
    cuts = [i for i, (number, _) in enumerate(spans) if i == 0 or not lines[number - 2].strip()]
    groups = [spans[a:b] for a, b in zip(cuts, [*cuts[1:], len(spans)], strict=True)]
    leads = [lead_item(lines, group, catalogue) for group in groups]
    if sum(1 for led in leads if led is not None) < MIN_LED_GROUPS:
        return []
    pieces: list[Piece] = []
    for group, led in zip(groups, leads, strict=True):
        first, last = group[0][0], group[-1][1]
        pieces += [(led, first, first), (None, first + 1, last)] if led else [(None, first, last)]
    return pieces
