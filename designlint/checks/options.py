"""Options weighed in notes without a trade-off word (D004): laid out under labels and one chosen,
under a heading that names the weighing ("Replication vs erasure coding"), or pros and cons marked
"+" and "-".

Notes often weigh a choice without a trade-off word: "Synchronous: the buyer waits ... But ..."
then "Asynchronous: ... more moving parts", and last "I'd go synchronous". Two labels of one
section naming ways to do it, and a decision in that section naming one of them, are a choice
made between options, whatever words carry the costs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial

from designlint.checks.highlevel import prose_of
from designlint.checks.placeholders import is_placeholder
from designlint.checks.weighing import COMMON_WORDS, CONTRAST, NO_WAY, judged_ways, weighs_ways
from designlint.doc.context import Context
from designlint.doc.dialogue import is_turn
from designlint.doc.document import Block, Section
from designlint.doc.items import TYPED_BULLETS
from designlint.doc.labels import opening_label
from designlint.doc.model import row_cells
from designlint.doc.numbering import SUB_NUMBER

ORDERED = r"\d{1,2}[.)]"  # "2. two-tower model: ...": the way is named after its number

# A run-in label opening a line or a sentence: "Synchronous:", "- **Push** (agent sends):", "pull (prometheus):",
# "300s TTL:" (a setting weighed by its value); in notes an arrow leads to the verdict ("- median → robust, but"),
# or leads the line as its bullet ("→ exact = keep every id", "→ HLL sketch: 12 KB a counter").
_LABEL = re.compile(
    rf"(?:^|(?<=[.!?] ))\s*(?:(?:[-*+{TYPED_BULLETS}]|{ORDERED}|→|->|=>)\s+)?"
    r"(?:\*\*|__)?([A-Za-z][\w-]{2,}|\d[\w.]*)(?: [\w+&/-]+){0,4}"
    r"(?: \([^)\n]{0,40}\))?(?:\*\*|__)?\s*(?::|→|->|=>| =(?!=))\s+\S",
    re.MULTILINE,
)
# A decision, and what follows it on its line: "decision: push via an agent", "I'd go synchronous", "→ go bayesian",
# "⇒ lua script is the gate".
_CHOICE = re.compile(
    r"(?:\b(?:decision|decided?|chose|chosen|choose|pick(?:ed|ing)?(?! up\b)|opting for|(?:go(?:ing)?|went) w(?:ith|/)"
    # a label for the pick ("choice: MQTT for devices"), not the word in running text ("the choice of store")
    r"|choice(?=\*{0,2}[ \t]*:)"
    # a hedge between ("I'd honestly take SQS", "we'd probably go with push")
    r"|(?:landed|settled) on|winner|wins"
    r"|(?:i|we)(?:'d|'ll| will| would)? (?:[a-z]+ly )?(?:go|use|pick|take|choose|keep))"
    r"|(?:→|->|=>) ?(?:go|use|pick)"
    # a conclusion drawn under the ways, leading its line: "- ⇒ redis lua is the gate"; or an arrow to a way's
    # letter: "-> b. cache two variants per article"
    r"|(?:→|->|=>)[ \t]?(?=\(?[a-e1-5]\)?(?:[.,;:]|\s|$))"
    r"|(?m:^)[ \t]*(?:[-*+][ \t]+)?[⇒∴][ \t]*"
    # a verdict by position: "For a 20-minute quiz the second is clearly right", "the latter wins"
    r"|\bthe (?:first|second|third|former|latter)(?: one| option| approach| way)? (?:wins"
    r"|is (?:(?:clearly|obviously|probably|just) )?(?:right|better|best|the winner|the way to go|my pick)))"
    r"(?:\b|(?<=/))[^.\n]{0,80}",  # "go w/" ends in no word boundary
    re.IGNORECASE,
)


def data_rows(block: Block, header: re.Pattern[str] | None = None) -> int:
    """Data rows of a table; 0 for other blocks, or when a header pattern is given and the first cell misses it."""
    if block.kind != "table":
        return 0
    lines = [line for line in block.text.split("\n") if line.strip().startswith("|")]
    first_cell = row_cells(lines[0])[0] if lines else ""
    if header is not None and not header.search(first_cell):
        return 0
    return max(0, len(lines) - 2)


def chosen_option(ctx: Context, sections: Iterable[Section], facets: re.Pattern[str]) -> bool:
    """A section labels two or more ways to do something and then picks one of them by name."""
    # judged once per section: D001 asks of every section no step claims, D002-D004 of the design's
    key = facets.pattern
    return any(ctx.once(("options.chosen", id(s), key), partial(_chosen_in, ctx, s, facets)) for s in sections)


def _chosen_in(ctx: Context, section: Section, facets: re.Pattern[str]) -> bool:
    if any(section is model for model in ctx.outline.titled_parts("data-model")):
        return False  # "friendship: user_id, friend_id, source (req accepted / imported)" names a record, no way
    text = "\n".join(prose_of(ctx, b.text) for b in section.blocks if b.kind in ("paragraph", "list") or _arrow(b))
    found = [m for m in _LABEL.finditer(text) if not is_turn(m.group(0).lstrip(" -*+"))]
    # "The problem:", "Third:" open the points of one dive in turn; they name no way to pick
    found = [m for m in found if not facets.fullmatch(m.group(1).lower()) and m.group(1).lower() not in _NO_HEAD]
    heads = {m.group(1).lower() for m in found}
    choices = [choice.group(0) for choice in _CHOICE.finditer(text)]
    if len(heads) >= 2 and any(_names(choice, heads) for choice in choices):
        return True
    if _picks_a_labelled_way(ctx, section) or _picks_a_lettered_way(text):
        return True
    # Each way with its drawback ("fast, but promql only"), then a decision, however it names the pick.
    if choices and sum(1 for m in found if _CONTRAST.search(_line_after(text, m.end()))) >= 2:
        return True
    return weighs_ways(text, facets, choices) or judged_ways(text, facets)


_NO_HEAD = NO_WAY | {"first", "second", "third", "fourth", "fifth", "next", "last", "another", "other"}


def _arrow(block: Block) -> bool:
    """A line of notes that opens on ">>" ("> > WS for chat" to Markdown, a quote in a quote) points to a pick."""
    return block.kind == "quote" and block.text.startswith(">>")


def _picks_a_labelled_way(ctx: Context, section: Section) -> bool:
    """Ways laid out as bold labels over their own points ("**geohash prefix**" over its bullets, then
    "**quadtree**"), and a decision below them naming one by a word of its label."""
    labels = [child for child in section.children if child.label and child.blocks]
    if len(labels) < 2:
        return False
    heads = {word for child in labels for word in _WORD.findall(child.title.lower())}
    text = "\n".join(prose_of(ctx, b.text) for b in section.all_blocks() if b.kind in ("paragraph", "list"))
    return any(_names(choice.group(0), heads) for choice in _CHOICE.finditer(text))


_WORD = re.compile(r"[a-z][\w-]{2,}")

# Ways lettered or numbered as a list of options ("- (a) pin to the revision ...", "option 2: push ...", a Markdown
# list's "2. Agents hold a stream ..."), and the pick naming one of them ("He picked (b) with (c) as a fallback",
# "going with option 2", "**Decision**: (2)").
_LETTERED = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]+)?(?:\(([a-e1-5])\)|([a-e1-5])\)|option ([a-e1-5])\b|([1-5])\.[ \t])", re.I | re.M
)
_NAMED_WAY = re.compile(r"\(([a-e1-5])\)|\boption ([a-e1-5])\b|(?:→|->|=>)\s*([a-e1-5])(?![\w])", re.IGNORECASE)


def _picks_a_lettered_way(text: str) -> bool:
    """Two or more ways lettered or numbered as options, then a decision that names one by its letter, or by
    the first word of its name ("c) LoRaWAN — long range ..." then "Picking LoRaWAN")."""
    lettered = list(_LETTERED.finditer(text))
    ways = {_letter(m) for m in lettered}
    if len(ways) < 2:
        return False
    choices = [choice.group(0) for choice in _CHOICE.finditer(text)]
    picked = (m for choice in choices for m in _NAMED_WAY.finditer(choice))
    names = {w.group(1).lower() for m in lettered if (w := _WAY_NAME.match(text, m.end()))}
    return any(_letter(m) in ways for m in picked) or any(_names(choice, names - COMMON_WORDS) for choice in choices)


# The first word of a lettered way's name (words too common to name one: weighing.COMMON_WORDS).
_WAY_NAME = re.compile(r"\s*(?:\*\*|__)?([A-Za-z][\w-]{2,})")


def _letter(found: re.Match[str]) -> str:
    """The letter or number a way is named by, whichever of the pattern's spellings found it."""
    return next(group for group in found.groups() if group).lower()


def _line_after(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at:] if end < 0 else text[at:end]


_CONTRAST = re.compile(rf"\b(?:{CONTRAST})\b", re.IGNORECASE)


def _names(choice: str, heads: set[str]) -> bool:
    # a way joined into one word names its label too: "I'd go with local-first-within-a-window" picks "Local first"
    lowered = choice.lower()
    words = set(re.findall(r"[a-z][\w-]+", lowered)) | set(re.findall(r"[a-z]\w+", lowered))
    # a hedged label names the way too: "bayesian-ish:" is picked by "go bayesian"
    return not words.isdisjoint(heads | {_HEDGE.sub("", head) for head in heads})


_HEDGE = re.compile(r"-(?:ish|like|style|esque)$")


# A section under a weighing heading must say something: a stub heading weighs nothing.
MIN_TITLED_WORDS = 20


def titled_weighing(section: Section, titles: re.Pattern[str]) -> bool:
    """A heading that names the weighing ("Push vs pull", "Alternatives considered") over a section that does it,
    or a line numbered below the section's number that does so over its own paragraph ("6a. Kappa vs lambda")."""
    if titles.search(section.title):
        # a stub ("Scaling" over "- tbd") weighs nothing, whatever the sections under it say
        own = [b for b in section.blocks if b.kind != "code"]
        if own and all(is_placeholder(b.text) for b in own):
            return False
        said = (b for b in section.all_blocks() if b.kind != "code" and not is_placeholder(b.text))
        return sum(len(b.text.split()) for b in said) >= MIN_TITLED_WORDS
    return any(_sub_titled(text, titles) for text in _paragraphs_and_items(section))


def _sub_titled(text: str, titles: re.Pattern[str]) -> bool:
    """The paragraph's numbered first line, or the label opening it ("*Locks vs leases.* ..."), names the weighing."""
    first = text.split("\n", 1)[0]
    named = titles.search(first) is not None if SUB_NUMBER.match(first) else bool(titles.search(opening_label(first)))
    return named and len(text.split()) >= MIN_TITLED_WORDS


def _paragraphs_and_items(section: Section) -> Iterable[str]:
    """The section's paragraphs, and each item of its lists with the lines it wraps onto."""
    for block in section.blocks:
        if block.kind == "paragraph":
            yield block.text
        elif block.kind == "list":
            yield from (item.text for item in block.items)


# Pros and cons marked as a writer marks them in notes: "+ reads are one lookup" over "- a celebrity
# means 50M writes", in one section (Markdown reads them as two lists, one per marker).
_PRO = re.compile(r"^[ \t]*\+[ \t]+\w", re.MULTILINE)
_CON = re.compile(r"^[ \t]*[-−–—][ \t]+\w", re.MULTILINE)  # a dash as typed or as a word processor makes it


# "Pro: atomic, easy to reason about. Con: an 80k-row transaction ...": labels for and against, run into the text.
_PRO_LABEL = re.compile(r"(?:^|[.:;!?]\s+|\n\s*(?:[-*+]\s+)?)(?:\*\*)?pros?(?:\*\*)?\s*:", re.IGNORECASE)
_CON_LABEL = re.compile(r"(?:^|[.:;!?]\s+|\n\s*(?:[-*+]\s+)?)(?:\*\*)?cons?(?:\*\*)?\s*:", re.IGNORECASE)


def marked_pros_and_cons(sections: Iterable[Section]) -> bool:
    """A section lists points for an option with "+" and points against with "-", or gives them after
    "Pro:" and "Con:" labels in its text."""
    for section in sections:
        text = "\n".join(b.text for b in section.blocks if b.kind in ("paragraph", "list"))
        if "+" in text and _PRO.search(text) and _CON.search(text):
            return True
        if _PRO_LABEL.search(text) and _CON_LABEL.search(text):
            return True
    return False


_MARKS = re.compile("[\u2705\u274c\u2713\u2717\u2714\u2716]")


def comparison_table(block: Block, header: re.Pattern[str] | None, sides: tuple[re.Pattern[str], ...] = ()) -> bool:
    """A table that compares options: options down its first column, across its header, ticked, or
    with a column for each and one against each ("| store | fits because | worries |")."""
    if block.kind != "table" or data_rows(block) < 2:
        return False
    cells = row_cells(block.text.strip().split("\n")[0])
    named = header is not None and header.search(cells[0]) is not None
    weighed = len(sides) == 2 and all(any(side.search(cell) for cell in cells[1:]) for side in sides)
    # An empty corner cell heads a matrix of options against criteria; over two columns it heads a
    # key-value table ("| Author | ... |", "| Status | DRAFT |"), which weighs nothing.
    matrix = not cells[0].strip() and len(cells) >= 3
    return named or weighed or matrix or _MARKS.search(block.text) is not None
