"""Scope declined in the shapes writers use, composed from closed classes of words (R006).

A term list names phrasings one at a time, and the next writer uses another. These read a shape whose words
come from short lists kept in the vocabulary (the scope-* lists of rules/vocabulary/requirements.toml):

- who decides what the design covers, a negation of intent and the work declined: "we are not going to make
  spell correction", "I won't design the payment side";
- a proposal to leave a part out, asked: "can I drop the co-editing piece?";
- work declined where the doc says so: "and not design it here", "I'll skip refunds for now", "offline
  editing is not addressed in this document", "derivatives are out for today";
- a line labelled as what is left out: "OUT -> vanity domains", "scope cut: anti-cheat", "excl." over a list;
- a part kept out by who decides: "I'd keep payment processing outside this design", "I prefer to keep media out";
- a checklist of the scope: parts marked one by one as in or out ("voice/video => no" under "groups => yes",
  "click analytics ✗" beside "custom alias ✓", a table's "| Firmware OTA | No |").

A system's own behaviour ("we drop duplicate events", "ignore pings older than 30 s") names no decider with
an intent, asks nothing and says nothing of the doc: none of the shapes reads it.

Lines marked as notes mark scope (a label, a checklist, refusals one to a line) are read by checks/marked_scope.py.
R006 asks whether any line declines; R002 drops the qualities a declined line names; D004-D006 read no statement
the doc sets aside (left_out) as part of the design.
"""

from __future__ import annotations

import re
from functools import lru_cache

from designlint.checks.marked_scope import checklist, labelled, out_label, refusals
from designlint.checks.statements import Statement, doc_speakers
from designlint.checks.textutil import doc_text_lines
from designlint.doc.context import Context
from designlint.doc.dialogue import answered_as, keeps_all
from designlint.doc.either_or import picked_one
from designlint.doc.noted import program
from designlint.lowered import lower_alike
from designlint.termsearch import holds, needles

_LISTS = (
    "scope-deciders",
    "scope-intent-negations",
    "scope-work",
    "scope-work-done",
    "scope-decline",
    "scope-here",
)
_LABELS = "scope-out-labels"
_GAP = r"(?:[\w'-]+\s+){0,2}?"  # a word or two between the parts: "we are not going to", "not going to ever"


def declines(ctx: Context) -> bool:
    """A line of the doc's text declines part of the scope in one of the shapes above."""
    shapes, label = _doc_shapes(ctx), _out_label(ctx)
    lines = doc_text_lines(ctx)
    for index, (_, line) in enumerate(lines):
        shaped = _shaped(shapes, line, lower_alike(line)) and not answered_as(lines, index, keeps_all)
        shaped = shaped and not ("deep" in line and _FOR_A_DIVE.search(line))
        if shaped or labelled(label, lines, index):
            return True  # "Can I skip the firmware part?" over "No, I want to see that" leaves nothing out
    # a label line the outline reads as a heading ("not gonna cover:" over the parts) is still the writer's label
    implied = [s.title for s in ctx.sections if s.implicit and any(b.text.strip() for b in s.blocks)]
    if any(label.match(title) or _shaped(shapes, title, lower_alike(title)) for title in implied):
        return True
    # a cheat sheet fenced to keep its columns ("in : upload" over "out: versioning") is labelled as notes are
    fenced = _fenced_notes(ctx)
    if any(labelled(label, fenced, index) for index in range(len(fenced))) or checklist(fenced):
        return True
    return checklist(lines) or refusals(lines) or picked_one(lines, doc_speakers(ctx))


# A part put off to a deep dive later in the same write-up is taken up there, not left out: "Let me park it as a deep
# dive and get a sense of size first".
_FOR_A_DIVE = re.compile(
    r"\b(park|parking|defer|deferring|set|setting|leave|leaving|hold|holding|save|saving)\b[^.?!\n]{0,20}"
    r"\b(as|for|until|till|to) (a|the|one of the|my) deep[- ]?dives?\b",
    re.IGNORECASE,
)


def _doc_shapes(ctx: Context) -> tuple[Shape, ...]:
    """The shapes, built from the doc's vocabulary (cached by its lists)."""
    return _shapes(*(ctx.vocabulary[name] for name in _LISTS))


def _out_label(ctx: Context) -> re.Pattern[str]:
    """The label for parts left out, from the vocabulary's labels and decline verbs (cached by its lists)."""
    return out_label(ctx.vocabulary[_LABELS], ctx.vocabulary["scope-decline"])


def _fenced_notes(ctx: Context) -> list[tuple[int, str]]:
    """The lines of code blocks that hold notes, not a program (doc.noted.program), fences aside."""
    fenced = [b for b in ctx.blocks if b.kind == "code" and not program(b)]
    return [
        (block.line + offset, line)
        for block in fenced
        for offset, line in enumerate(block.text.split("\n"))
        if not line.lstrip().startswith(("```", "~~~"))
    ]


def declined(ctx: Context, line: str) -> bool:
    """The line sets a part aside in one of the shapes above, or in the words of the rule's list
    ("I'd leave security out of scope for today", "I'll skip cost for this round")."""
    low = lower_alike(line)
    if _shaped(_doc_shapes(ctx), line, low):
        return True
    # the list is long: its needles rule most lines out before it is searched, lowered where it can be
    return ctx.may_hold("scope-excluded", line, low) and ctx.finds("scope-excluded", line, low)


def left_out(ctx: Context, statement: Statement) -> bool:
    """A part the doc sets aside, in the statement or the label or heading over it ("Multi-region and disaster
    recovery are left out of this document", "DR, backups" under "out of scope for this round"): it names what the
    design does not do."""
    # asked by D004, D005 and D006 of the statements their lists find, which overlap: each is read once
    return ctx.once(("declines.left_out", statement.line, statement.text), lambda: _left_out(ctx, statement))


def _left_out(ctx: Context, statement: Statement) -> bool:
    title = statement.titles.rsplit("\n", 1)[-1]
    said = _MAY_DECLINE.search(statement.text) is not None and declined(ctx, statement.text)
    if said or any(_declined_over(ctx, text) for text in (title, statement.label)):
        return True
    # a line labelled as what is left out, as R006 reads it: "out: multi-region failover, DR drills"
    if _out_label(ctx).match(statement.text):
        return True
    return statement.line in ctx.once("declines.lists", lambda: _declined_lists(ctx))


# Words one of which a statement that sets a part aside holds ("out of scope", "not designed here", "set aside",
# "later", "v2", "skip", "park"): a statement with none is not searched with the long list and every shape. A
# cheap test, asked of every statement a D004-D006 list finds.
_MAY_DECLINE = re.compile(
    r"scope|out\b|not\b|n'?t\b|never|aside|skip|park|later|v2|goal|ignor|exclud|defer|punt|drop|leav|left|focus"
    r"|beyond|separate|another|elsewhere|follow|team|handed|only|just|stick|limit|keep|chose|choos|decid",
    re.IGNORECASE,
)


def _declined_over(ctx: Context, text: str) -> bool:
    """declined() for a heading or a label, which stands over many statements: each is read once."""
    return bool(text) and ctx.once(("declines.over", text), lambda: declined(ctx, text))


def _declined_lists(ctx: Context) -> set[int]:
    """The lines of each list under a line alone that sets its items aside ("out of scope for this round" over
    "- DR, backups"), right under it or a blank line below."""
    lines: set[int] = set()
    for section in (ctx.doc.root, *ctx.sections):
        for above, block in zip(section.blocks, section.blocks[1:], strict=False):
            alone = above.kind == "paragraph" and "\n" not in above.text and block.line - above.line <= 2
            if block.kind == "list" and alone and declined(ctx, above.text):
                lines.update(range(block.line, block.end_line + 1))
    return lines


# Steps of the write-up or the interview, which a writer may skip without leaving any part of the product out.
_ROUND_STEPS = r"(?:diagrams?|estimat\w*|math|numbers|calculations?|intro\w*|small\s+talk|slides?)\b"

Shape = tuple[tuple[str, ...] | None, re.Pattern[str]]


def _shaped(shapes: tuple[Shape, ...], line: str, low: str | None) -> bool:
    """One of the shapes finds the line. Each is searched only where the line holds one of its needles
    (termsearch.needles: strings one of which any match holds), which rules out most lines at a fraction of the
    search's cost: every shape tries its alternatives at every word of every line. low is lower_alike(line)."""
    return any(holds(needed, line, low) and shape.search(line) for needed, shape in shapes)


def _any(terms: tuple[str, ...]) -> str:
    return "(?:" + "|".join(terms) + ")"


@lru_cache(maxsize=8)
def _shapes(
    deciders: tuple[str, ...],
    intents: tuple[str, ...],
    work: tuple[str, ...],
    done: tuple[str, ...],
    decline: tuple[str, ...],
    here: tuple[str, ...],
) -> tuple[Shape, ...]:
    who, verbs, where = _any(deciders), _any(work), _any(here)
    ongoing = _any(tuple(verb for verb in work if "ing" in verb))
    shapes = (
        rf"\b{who}\s+{_GAP}{_any(intents)}\s+{_GAP}{verbs}\b",
        rf"\b(?:can|could|may|should|shall)\s+(?:I|we)\s+(?:just\s+)?{_any(decline)}\b[^?\n]{{0,80}}\?",
        rf"\b(?:not|never)\s+{_GAP}{verbs}\b[^.;\n]{{0,60}}\b{where}\b",
        rf"\b{who}\s+{_GAP}{_any(decline)}\b[^.;\n]{{1,60}}\b{where}\b",
        rf"\b(?:is|are|was|were|be)\s+not\s+(?:\w+\s+)?{_any(done)}\b[^.;\n]{{0,40}}\b{where}\b",
        r"\b(?:is|are)\s+(?:\w+\s+)?out\s+(?:for\s+(?:now|today|this\s+\w+)|of\s+(?:this|the)\s+(?:design|doc|document))\b",
        # a part not in a version or this doc: "offline editing is NOT in v1", "click analytics -> not in v1"
        rf"(?:\b(?:(?:is|are)\s+not|isn'?t|aren'?t)|(?:->|→|=>|:)\s*not)\s+{where}\b",
        # the writer's choice not to: "things I'm choosing not to tackle", "cheat detection isn't something I'm
        # designing here"
        rf"\b(?:choos(?:e|ing)|chose|decid(?:e|ed|ing)|opt(?:ed|ing)?)\s+not\s+to\s+{verbs}\b",
        rf"\b(?:isn'?t|is not|aren'?t|are not)\s+(?:something|anything|a thing)\s+{who}\s+(?:am\s+|are\s+)?"
        rf"{ongoing}\b",
        # a narrower scope asked for: "Can I stick to VOD?", "could we limit it to one city?"
        r"\b(?:can|could|may|shall)\s+(?:I|we)\s+(?:just\s+)?(?:stick|keep it|limit (?:it|this|myself|ourselves))"
        r"\s+to\b[^?\n]{1,60}\?",
        # the work under way declined: "I'm not touching image filters", "we're not building the kiosk"
        rf"\b(?:I'?m|I am|we'?re|we are)\s+not\s+(?:\w+ly\s+)?{ongoing}\b",
        # kept out of the design, not out of a cache: "keep media out.", "keep payments outside this design"
        rf"\b{who}\s+{_GAP}keep\s+[^.;\n]{{1,50}}?\s+(?:out(?:side)?\s+(?:of\s+)?{where}|out(?:side)?\s+(?:of\s+)?"
        r"(?:this|the)\s+(?:design|doc|document|scope|write-?up|interview)|out(?=\s*(?:[.;,)]|$|and\s+(?:stick|focus|keep)\b)))",
        # the scope kept to a part: "I'd keep it to 1:1 for now"; parts dropped to focus on the rest: "I'm dropping
        # all three to keep attention on concurrent edits"
        rf"\b{who}\s+{_GAP}(?:stick|keep\s+(?:it|this|things)|limit\s+(?:it|this))\s+to\b[^.;\n]{{1,60}}\b{where}\b",
        rf"\b{who}\s+{_GAP}{_any(decline)}\b[^.;\n]{{1,60}}\bto\s+(?:focus|keep\s+(?:the\s+)?(?:attention|focus))\s+on\b",
        # the writer alone setting a part aside, no "here" needed: "I'm gonna ignore syntax highlighting", "I'd like
        # to drop live streaming" ("we'll drop duplicates" may be the system's doing); a step of the round skipped
        # ("I'd skip the generic boxes diagram") leaves no part of the product out
        rf"\b(?:I'?m\s+(?:going\s+to|gonna)|I'?ll|I'?d(?:\s+like\s+to)?|I\s+(?:want|plan)\s+to|let\s+me)\s+"
        rf"(?:just\s+)?{_any(decline)}\b(?!\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?{_ROUND_STEPS})",
        # the parts named first and left, at the clause's end: "sharing, autofill, recovery left out", "billing is
        # left aside for now"; "left out of the group chat" is the product's
        r"\b(?:left|set)\s+(?:out|aside)(?=\s*(?:[.;,)!]|$|for\s+(?:now|today|this\b|v1\b|the\s+\w+)"
        r"|of\s+(?:this|the)\s+(?:design|doc|document|scope|write-?up|interview|round)\b|here\b))",
        # the part named first: "Driver onboarding I'd keep out."
        rf"\b{who}\s+{_GAP}keep\s+out(?:side)?(?=\s*(?:[.;,)!]|$))",
        # the write-up declining: "What this design does not address", "this doc doesn't cover billing"
        rf"\bthis\s+(?:design|doc|document|proposal|write-?up|note|post)\s+(?:does\s+not|doesn'?t|will\s+not|won'?t)\s+"
        rf"{verbs}\b",
        # the write-up leaving a part out in a verb of its own: "This write-up deliberately ignores replication",
        # "this section skips billing"
        r"\bthis\s+(?:design|doc|document|proposal|write-?up|note|post|section|page|article)\s+(?:\w+ly\s+)?"
        r"(?:ignores|skips|omits|leaves\s+out|sets\s+aside|glosses\s+over|sidesteps|defers)\b",
        # the write-up saying what it is not: "a word on what this design is not. It is not an offline editor"
        r"\bwhat\s+this\s+(?:design|doc|document|system|proposal|write-?up|article|post|service)\s+"
        r"(?:is\s+not|isn'?t|does\s+not\s+do|doesn'?t\s+do|won'?t\s+do)\b",
        # on purpose, looking back: "I deliberately didn't tackle matchmaking"
        rf"\b{who}\s+(?:deliberately|intentionally|consciously|purposely)\s+(?:did\s+not|didn'?t|do\s+not|don'?t|"
        rf"will\s+not|won'?t|am\s+not|are\s+not)\s+{verbs}\b",
        # a part left alone on purpose: "I'm going to deliberately ignore cache warming"
        rf"\b{who}\s+{_GAP}(?:deliberately|intentionally|consciously|purposely)\s+(?:ignor(?:e|ing)|skip(?:ping)?"
        r"|leav(?:e|ing)\s+out|set(?:ting)?\s+aside)\b",
        # a part set aside as the writer goes: "I'm setting them aside", "we'll put billing aside"
        rf"\b{who}\s+{_GAP}(?:set|setting|put|putting|leave|leaving)\s+(?:[\w'-]+\s+){{1,4}}?aside\b",
        # a negation with no auxiliary, as non-native writers put it: "we not include the edit of message"
        rf"\b{who}\s+not\s+{verbs}\b",
        # the other side of the interview declining for the writer: "the interviewer told me not to worry about the
        # leaderboard", "they asked us not to design billing"
        rf"\b(?:told|asked)\s+(?:me|us)\s+not\s+to\s+{verbs}\b",
    )
    return tuple((needles((shape,), re.IGNORECASE), re.compile(shape, re.IGNORECASE)) for shape in shapes)
