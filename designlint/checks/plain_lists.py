"""Lists a reader sees that Markdown does not mark, read for R001: features typed one per line without
bullets ("upload video: any client"), lettered or boxed ("a) top-up", "[x] funnels", LaTeX's "\\item"),
or set out inline on one line after a short label ("Must do: edit items offline; share a vault; item
history", "In: submit score, global top 100, my rank"), as one-pagers write them; or asked in a row in one
sentence of prose ("has to let players create a lobby, join by code, ... and start the match"); or set out
with the problem above the requirements; or asked aloud in a transcript that is more than a quiz on the
design. Sentences of what someone can do, or a user's actions told in a row, say what the product is but
list nothing: feature_asks reads those for S001.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from designlint.checks.textutil import is_spoken, opening, plain, text_lines
from designlint.doc.context import Context
from designlint.doc.document import Block
from designlint.doc.model import Item

# A line longer than this is a sentence of prose, not one feature of a bullet-less list.
_LINE_ITEM_WORDS = 20


def line_list(block: Block, unwrapped: bool = False) -> Block | None:
    """A paragraph written one feature per line, without bullets.

    Plain-text notes list features as short lines ("upload video: any client"); each
    line is an item. A paragraph of long lines is prose, not a list: None. unwrapped: under
    a heading that does not say it holds features, no line may run on into the next
    (see _WRAPS), as prose wrapped at a width does, and most lines end without a full stop.
    """
    lines = [(block.line + i, line.strip()) for i, line in enumerate(block.text.split("\n")) if line.strip()]
    if block.kind != "paragraph" or len(lines) < 2 or any(len(text.split()) > _LINE_ITEM_WORDS for _, text in lines):
        return None
    sentences = sum(1 for _, text in lines if text.endswith((".", "!", "?")))
    if unwrapped and (any(_WRAPS.search(text) for _, text in lines[:-1]) or sentences * 2 > len(lines)):
        return None  # prose: lines that run on, or sentences each ended with a full stop
    return _as_list(block, lines)


# A line that ends mid-clause, after a comma or a joining word; one that runs on into the next (_WRAPS) may also hold
# a sentence's end with more after it.
_OPEN_END = (
    r"(?:,|\b(?:and|or|but|the|a|an|to|of|for|with|in|on|by|that|which|is|are|be|from|as|at|so|we|it))$"
)
_ENDS_MID_CLAUSE = re.compile(_OPEN_END, re.IGNORECASE)
_WRAPS = re.compile(rf"{_OPEN_END}|[a-z]{{2}}[.!?]\s+\S", re.IGNORECASE)


# "a) top-up from card", "b) P2P transfer": items lettered or numbered with a bracket, which Markdown reads
# as the lines of a paragraph; so are a checklist's boxes ("[x] track page views", "[ ] funnels").
_LETTERED = re.compile(r"^\s*(?:\(?(?:[a-z]|\d{1,2})\)|\[[ xX]\]|\\item)\s+(?=\S)")
# LaTeX's list around its "\item" lines: "\begin{itemize}", "\end{itemize}"
_TEX_ENVIRONMENT = re.compile(r"^\s*\\(?:begin|end)\{\w+\}\s*$")


def lettered(block: Block) -> Block | None:
    """A paragraph of lettered or boxed items (see _LETTERED), as a list: each item on a line, or wrapped onto the
    next as typed text wraps, indented or broken mid-clause ("d) Weekly lessons, with fixed day and room for the"
    over "   whole school year")."""
    if block.kind != "paragraph":
        return None
    items: list[tuple[int, str]] = []
    for number, line in enumerate(block.text.split("\n"), start=block.line):
        text = line.strip()
        if not text or _TEX_ENVIRONMENT.match(text):
            continue
        if _LETTERED.match(text):
            items.append((number, _LETTERED.sub("", text, count=1)))
        elif items and (line[:1].isspace() or _ENDS_MID_CLAUSE.search(items[-1][1])):
            items[-1] = (items[-1][0], f"{items[-1][1]} {text}")
        else:
            return None
    return _as_list(block, items) if len(items) >= 2 else None


def _as_list(block: Block, lines: list[tuple[int, str]]) -> Block:
    """The paragraph read as a list, one item for each (line number, text) given."""
    return replace(block, kind="list", items=tuple(Item(number, text) for number, text in lines))



_LABELLED = re.compile(r"^\W*([A-Za-z][\w' /-]{0,24}?)\s*:\s+(.+)$")
# Labels over what is left out, or over qualities and figures: no features follow them.
_NOT_FEATURES = re.compile(
    r"^(?:out|not\b|non[- ]?goals?|skip\w*|excluded|scale|load|traffic|numbers?|targets?|nfrs?|non[- ]?functional"
    r"|qualit\w+|constraints?|assumptions?|problem|context|status|owner|reviewers?|[\w ]*\bscope\b|[\w ]*\bnotes?\b)",
    re.IGNORECASE,
)
# A clause before the colon, not a label: "The cause was boring:", "The website side is reads:" explain what
# follows; "The features are:" still names a list.
_SAID = re.compile(r"\b(?:is|are|was|were)\s+\w", re.IGNORECASE)
_SENTENCES = re.compile(r"[a-z)][.!?]\s+[A-Z]")
INLINE_MIN = 3  # clauses that state no quality or figure
MAX_CLAUSE_WORDS = 14


def inline_features(lines: Iterable[str], fact: Callable[[str], bool], spoken: bool = False) -> bool:
    """Some line sets out INLINE_MIN or more features after a label (clauses split at ";", else at ","), or
    some sentence does, its label mid-paragraph and its list wrapped ("... 200M users. We need: per-user
    preferences, templates,\ndelivery over APNs, email, in-app inbox."); spoken: the lines are a transcript's turns."""
    lines = [plain(line) for line in lines]
    sentences = _SENTENCE_BREAK.split(" ".join(line.strip() for line in lines))
    # mid-paragraph in writing, a colon ends many a clause ("I looked at three options:", "You know the widget:"):
    # only one that asks for what follows labels a list there; in a turn, "I'd say:" sets out the speaker's list
    asking = [text for text in sentences if spoken or _ASKING.search(text.split(":", 1)[0])]
    return any(_features_in(text, fact) >= INLINE_MIN for text in [*lines, *asking])


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Words of a label mid-paragraph that asks for what follows: "We need:", "I listed:", "The features are:".
_ASKING = re.compile(
    r"\b(?:needs?|wants?|list(?:ed)?|features?|requirements?|must|has to|have to|should|asked)\b", re.IGNORECASE
)


_STEP_ARROW = re.compile(r"->|→|=>|⇒")
_FLOW_STEPS = 2


def _features_in(line: str, fact: Callable[[str], bool]) -> int:
    found = _LABELLED.match(line)
    if found is None or _NOT_FEATURES.match(found.group(1).strip()) or _SAID.search(found.group(1)):
        return 0
    body = found.group(2)
    if _SENTENCES.search(body) or len(_STEP_ARROW.findall(body)) >= _FLOW_STEPS:
        # prose after a label ("Quick note on scope: I'm only doing ... I left out ..."), or a flow in arrow
        # steps ("ride-svc: lock, TTL 30s → insert ride → publish unlock"): how it works, no list of features
        return 0
    clauses = re.split(r";\s*", body) if ";" in body else re.split(r",\s*(?:and\s+)?", body)
    return sum(1 for c in clauses if c.strip() and len(c.split()) <= MAX_CLAUSE_WORDS and not fact(c))


# Features asked in one sentence, three or more in a row: "has to let players create a lobby, join by code,
# see who is ready, and start the match".
_SERIES = re.compile(
    r"\b(?:has to|have to|must|should|needs? to|will)\s+(?:let|allow)\s+[a-z]+\s+(?:to\s+)?"
    r"[a-z][^.;\n]{2,120}?,[^.;\n]{2,120}?,[^.;\n]{0,160}?\b(?:and|or)\s+[a-z]"
    # or the system's duties in a row, each a thing it does: "the system has to work out when a pass lapses,
    # remind the holder ..., let them renew ..., and stop once they do" (not qualities: "be fast, stay up")
    r"|\b(?:the\s+(?:system|service|app|product|platform|tool|site|backend)|it)\s+(?:has to|must|needs? to)\s+"
    r"(?!(?:be|stay|remain|scale|survive|cost|cope|run|keep up)\b)[a-z][^.;\n]{2,160}?,[^.;\n]{2,160}?,"
    r"[^.;\n]{0,200}?\b(?:and|or)\s+[a-z]",
    re.IGNORECASE,
)


# Or what a user does, told as three or more actions in a row: "A freelancer signs up, sets their details,
# adds clients, and creates invoices". A count is no one who acts ("a hundred files (resolutions, bitrates,
# codecs)"), and a list in brackets holds things, not actions.
# Words ending in s that do nothing: "The cause was boring: CI systems ..., plus mirrors ..., plus ...".
_NOT_DONE = r"(?!(?:was|has|is|does|plus|thus|this|its|his|less|unless|across|always|perhaps|whereas)\b)"
_DONE_IN_A_ROW = re.compile(
    r"\b(?:a|an|the|each|every|any)\s+(?!(?:hundred|thousand|million|billion|dozen|few|couple|lot|pair)\b)[a-z]+\s+"
    rf"{_NOT_DONE}[a-z]{{2,}}s\b(?:[^.;\n()]{{0,120}}?,\s*(?:and\s+|then\s+)?{_NOT_DONE}[a-z]{{2,}}s\b){{2}}",
    re.IGNORECASE,
)


def listed_in_a_row(lines: Iterable[str]) -> bool:
    """Some sentence asks for three or more features in a row (see _SERIES): a list written as a sentence;
    a sentence may wrap over lines."""
    return _SERIES.search(" ".join(line.strip() for line in lines)) is not None


def asked_in_a_row(lines: Iterable[str]) -> bool:
    """listed_in_a_row, or some sentence tells three or more things a user does (see _DONE_IN_A_ROW): a
    story of the product, which says what it is but lists nothing."""
    joined = " ".join(line.strip() for line in lines)
    return bool(_SERIES.search(joined) or _DONE_IN_A_ROW.search(joined))


def listed_first(ctx: Context, fact: Callable[[str], bool]) -> bool:
    """The opening of a doc with no requirements step sets features out after a label ("I listed: submit a
    report, show reports near me, ...") or asks for them in a row in one sentence: above every heading, or
    in its first sections, as a quoted prompt or a retro's account does."""
    lines = _opening_lines(ctx)
    return inline_features(lines, fact) or listed_in_a_row(lines)


def told_first(ctx: Context, asks: re.Pattern[str]) -> bool:
    """The opening asks for a feature in a sentence of someone who can or must ("free users can read 5 articles
    a month"): enough to tell what the product is, though not a list of its features."""
    found = (m.group(0) for text in _opening_lines(ctx) for m in asks.finditer(text))
    return any(_MODAL.search(ask) for ask in found)  # "allow and subtract" asks nothing


def _opening_lines(ctx: Context) -> list[str]:
    """The opening's lines, less those of a quality asked ("nobody should be able to change an event"), a
    figure's working ("we must keep 7 years") or the design ("slots: slot_id, store_id" under "Tables"),
    which ask for no feature even in the first sections."""
    return [text for n, text in text_lines(ctx, opening(ctx)) if not ctx.outline.holds(n, _NOT_ASKED, _UNASKED_PARTS)]


_NOT_ASKED = ("estimation", "high-level", "deep-dive")
_UNASKED_PARTS = ("non-functional", "data-model", "api", "architecture")
_MODAL = re.compile(r"\b(?:can|could|should|must|will|may|need to|needs to|want to|able to)\b", re.IGNORECASE)


# A self-quiz on the design asks for no features: each question asks how it works or what happens when
# something goes wrong ("Q: how does matching run?", "what if the broker crashes?", "how much load at peak?")
# or names a topic ("Q: security?"). Any other question in a transcript ("Is that the right scope?", "Where do
# you want to start?") is the requirements talk, whose features may be in its answers.
_QUIZ = re.compile(
    r"^(?:and |so |ok,? |also,? )?(?:how (?:does|do|did|is|are|would|will|can|much|many|big|fast|often)"
    r"|what (?:if|happens|gets|about)|and if|why)\b",
    re.IGNORECASE,
)
_TOPIC_WORDS = 2
# Where a sentence ends, whatever opens the next: R001 reads a quiz's last question and an item's first clause by it.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def posed(block: Block, facts: Callable[[Block], bool]) -> bool:
    """A list of what the system's users do, set out with the problem ("Shelters post pets", "Adopters save
    searches", ...): three or more items, not qualities or workload figures."""
    items = [item for item in block.items if item.text.strip()] if block.kind == "list" else []
    return len(items) >= _POSED_ITEMS and not facts(block)


_POSED_ITEMS = 3


def asked_aloud(lines: list[str]) -> bool:
    """A transcript that is not only a quiz on the design (see _QUIZ), or that talks with no questions."""
    spoken = [text for text in lines if is_spoken(text)]
    questions = [text for text in spoken if text.rstrip(" *_").endswith("?")]
    if not spoken:
        return False
    return not questions or not all(_quiz(text) for text in questions)


def _quiz(line: str) -> bool:
    """The line's question asks how the design works or names a topic (see _QUIZ)."""
    asked = SENTENCE_END.split(line.split(":", 1)[-1].strip(" *_"))[-1].strip(" *_")
    return bool(_QUIZ.match(asked)) or len(asked.split()) <= _TOPIC_WORDS
