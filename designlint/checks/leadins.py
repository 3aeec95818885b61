"""Lead-ins that open the dives inside one section (D001): a bold topic ("**Write path**: ..."), a plain topic
and a colon ("Presence: ..."), a numbered item's own title line, parts numbered under the section's number
("5a.", "5b."), title lines in notes over points of their own ("1) rating engine", "how do we know a slot is
empty" over "- ..."), or a problem and its fix. When the lead-ins are ways of doing one thing and a decision names
one of them, they are the options of one dive instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from designlint.checks.highlevel import prose_of
from designlint.checks.statements import words
from designlint.doc.context import Context
from designlint.doc.dialogue import is_turn
from designlint.doc.document import Block, Section
from designlint.doc.headings import PICTOGRAPH
from designlint.doc.numbering import SUB_LETTER, SUB_NUMBER

# A bold topic, maybe marked by a pictograph or a chat's emoji code (":fire: *hot videos* — ..."), where one star
# makes bold as a chat app writes it, a dash after it.
_BOLD_LEAD = re.compile(
    rf"^\s*(?:[*+-]\s+)?(?:(?:{PICTOGRAPH}+|:[a-z0-9_+-]{{2,30}}:)\s*)?"
    r"(?:(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)\s*:?|\*(?=[^*\s])[^*\n]{2,60}(?<=\S)\*\s*(?::|[—–]|--?)\s)"
)
MARKER = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+")
# A problem stated, then what is done about it: each such item in a list of problems is a dive of its own.
_FIXED = re.compile(r"[.)!?]\s+(?:\*\*|__)?(?:fix|mitigation|solution|remedy|answer|workaround)(?:\*\*|__)?\s*:", re.I)
# A topic of a few words and a colon opening a line ("Presence: ...", "key generation: ...").
# A plain topic and a colon ("Presence: ..."), or in notes a lettered or numbered line whose topic a dash ends
# ("a) key generation - counter + base62 would ...", "2) hot links — ...").
_PLAIN_LEAD = re.compile(
    r"^\s*([A-Za-z][\w&'-]*(?: [\w&'/-]+){0,4}):\s"
    r"|^\s*\(?[a-h1-9][.)]\s+([A-Za-z][\w&'-]*(?: [\w&'/-]+){0,4})\s[-–—]\s"
)


def bold_lead(text: str) -> bool:
    """The text opens with a bold topic (see _BOLD_LEAD): "**Robe comes back damaged.** The keeper ..."."""
    return _BOLD_LEAD.match(text) is not None


def prose_blocks(section: Section) -> tuple[Block, ...]:
    """The section's own blocks that hold prose: no code, raw HTML, comment or rule."""
    return tuple(b for b in section.blocks if b.kind not in ("code", "html", "comment", "rule"))


def lead_ins(ctx: Context, section: Section, options: Mapping[str, Any], subsections: bool = True) -> int:
    """Parts numbered under the section's own number, or (in a dive without subheadings) paragraphs or list
    items that open with a lead-in and go on to reason.

    A lead-in is bold ("**Write path**: ..."), a plain topic and a colon ("Presence: ..."), or
    a numbered item's own title line ("1. Finding nearby drivers" over its paragraph). A lead-in
    that names a facet of one dive ("Options:", "Decision:", "Failure modes:") is not a dive.
    subsections: the section has subsections that are dives of their own; its lead-ins then are theirs to hold
    (false where none is, as "Scaling: not needed yet" below "Deep dive" and its numbered dives).
    """
    long_enough = options.get("lead-in-words", 30)
    # parts numbered under the section's own number ("5a.", "5b.") or titled in notes are its dives, whatever
    # follows them ("Open questions" under the step's last part)
    facet = ctx.terms(options.get("facet-titles", "dive-facet-titles"))
    numbered = _titled_parts(section, facet)
    if len(numbered) >= 2:
        return sum(1 for text in numbered if words(text) >= long_enough)
    if subsections and section.children:
        return 0
    texts = [chunk for b in section.blocks if b.kind == "paragraph" for chunk in _chunks(b.text)]
    texts += [item.text for b in section.blocks if b.kind == "list" for item in b.items]
    # the section's opening text is its own topic, whatever fix it names ("... Downside: ... Mitigation: ...")
    opening = texts[0] if section.blocks and section.blocks[0].kind == "paragraph" else None
    return sum(
        1 for text in texts if words(text) >= long_enough and _leads(text, facet, fixed=text is not opening)
    )


def _titled_parts(section: Section, facet: re.Pattern[str]) -> list[str]:
    """The section's text cut at its part titles, each part with its title; none when fewer than two. Titles are
    read in turn, the first kind with two or more taken: sub-numbers ("5a.", see numbering.SUB_NUMBER), numbered
    title lines over points of their own ("1) rating engine", see _numbered_title), plain title lines over points
    ("how do we know a slot is empty" over "- option a: ...", see _plain_title; a facet titles no part)."""
    lines = [line for b in prose_blocks(section) for line in b.text.split("\n")]
    titled = (SUB_NUMBER, SUB_LETTER)
    starts = [i for i, line in enumerate(lines) if any(t.match(line) for t in titled) and words(line) <= 10]
    if len(starts) < 2:
        starts = [i for i in range(len(lines) - 1) if _numbered_title(lines[i], lines[i + 1])]
    if len(starts) < 2:
        starts = [i for i in range(len(lines) - 1) if _plain_title(lines[i], lines[i + 1], facet)]
    if len(starts) < 2:
        return []
    return ["\n".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


# In notes, a numbered line of a few words titles the points set out under it at its own margin ("1) rating
# engine" over "- premium = base rate x factors ..."); points indented under it are steps of a list instead.
_NUMBER_TITLE = re.compile(r"^\(?\d{1,2}[.)]\s+[A-Za-z][\w&'/+ -]*$")
_OWN_POINT = re.compile(r"^(?:[*+-]\s+\S|[A-Za-z])")
_TITLE_WORDS = 6


def _plain_title(line: str, after: str, facet: re.Pattern[str]) -> bool:
    """A line of a few words that no sentence mark ends, not itself a point, over a point: a part's title."""
    text = line.strip()
    if not text or MARKER.match(line) or text.endswith((".", ":", ",", ";", "!")) or words(text) > _PLAIN_TITLE_WORDS:
        return False
    return bool(_POINT.match(after)) and facet.fullmatch(text.lower()) is None


_POINT = re.compile(r"^\s*[*+-]\s+\S")
_PLAIN_TITLE_WORDS = 8  # "MQTT vs plain HTTPS POST from machine": a plain title may say a little more than a number's


def _numbered_title(line: str, after: str) -> bool:
    """A numbered line of a few words over a point or a line at its own margin: a part's title."""
    return bool(_NUMBER_TITLE.match(line)) and words(line) <= _TITLE_WORDS and bool(_OWN_POINT.match(after))


def _lead(text: str) -> str | None:
    """The topic a plain lead-in opens the text with (see _PLAIN_LEAD), or None."""
    found = _PLAIN_LEAD.match(text)
    return None if found is None else found.group(1) or found.group(2)


def _chunks(text: str) -> list[str]:
    """A paragraph cut where a line opens with a topic lead-in: notes often run their dives
    together ("key generation: ..." then "caching: ..." on the next line, no blank line between)."""
    chunks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if chunks[-1] and _lead(line):
            chunks.append([])
        chunks[-1].append(line)
    return ["\n".join(lines) for lines in chunks]


def _leads(text: str, facet: re.Pattern[str], fixed: bool = True) -> bool:
    """The text opens with a lead-in naming a topic of its own (see lead_ins); or, where fixed, states a problem
    and its fix."""
    if _BOLD_LEAD.match(text) or (fixed and _FIXED.search(text)):
        return True  # a bold topic, or a problem and its fix ("Gantry loses its link. Fix: buffer 72 h ...")
    if is_turn(text):
        return False  # a speaker of a transcript, not a topic
    topic = _lead(text)
    if topic is None:
        first, _, rest = text.partition("\n")
        titled = rest.strip() and words(first) <= 8 and not first.rstrip().endswith((".", ":", ","))
        return bool(titled) and facet.fullmatch(first.strip().lower()) is None
    # The whole topic must be a facet: "Failure modes:" is part of a dive, "Cache failure:" is one.
    return facet.fullmatch(topic.strip().lower()) is None


# "- head sampling: ..." "- tail sampling: ..." "- hybrid: ..." then "going hybrid": ways of doing one thing,
# laid out as lead-ins and settled by a decision naming one of them, are options of one dive.
_DECIDED = re.compile(
    # said by the writer or not: "I choose 2.", "We pick B", "Decision: hybrid"
    r"^\W*(?:(?:i|we)(?:'d| would)?\s+)?(?:going|go|went|decision|decided|pick(?:ed)?|choose|chose|chosen"
    # a pick made tentatively or summed up: "Leaning: nsjail inside a microVM", "Leaning towards geohash for v1"
    r"|lean(?:ing)?(?: towards?)?|(?:landed|settled) on|verdict|recommend(?:ation|ed)?"
    r"|we(?:'ll| will)? (?:use|go with|pick)"
    # taking one, in the writer's voice only: "I take 3, and ..." ("take the lock" names no option)
    r"|(?<=i )(?:take|took)|(?<=we )(?:take|took))\b(.*)$"
    # or an arrow to one of them, alone on its line: "-> B. cost of B: ...", "=> pull"
    r"|^\W*?(?:->|=>|→)\s*((?:option\s+)?[A-Za-z0-9][\w-]*\b.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_ARTICLES = {"the", "a", "an", "our", "my", "one"}


def options_decided(ctx: Context, section: Section) -> bool:
    """The section's lead-ins are ways of doing one thing: a decision line names one of them (parts titled as
    parts of the section, "7a." and "7b." or title lines over points, are dives of their own whatever they
    decide)."""
    if len(_titled_parts(section, ctx.terms("dive-facet-titles"))) >= 2:
        return False
    text = "\n".join(prose_of(ctx, b.text) for b in section.blocks)
    leads = (_lead(MARKER.sub("", line)) for line in text.split("\n"))
    topics = {w for lead in leads if lead for w in lead.lower().split()[:1] if w not in _ARTICLES}
    # numbered options decided by their number: "4. **Counter ranges**" ... "Went with 4."
    raw = "\n".join(b.text for b in section.blocks if b.kind == "list")
    topics |= {m.group(1) for m in _NUMBERED_BOLD.finditer(raw)}
    # options lettered in bold, decided by their letter: "**A) CRDT** ..." "**B) Last writer wins**" ... "I choose B."
    topics |= {m.group(1).lower() for b in section.blocks for m in _LETTERED_BOLD.finditer(b.text)}
    topics |= {m.group(1).lower() for m in _LETTERED_PLAIN.finditer(text)}
    decided = " ".join((m.group(1) or m.group(2) or "").lower() for m in _DECIDED.finditer(text))
    return any(re.search(rf"\b{re.escape(topic)}\b", decided) for topic in topics)


_NUMBERED_BOLD = re.compile(r"^\s*(\d{1,2})[.)]\s+(?:\*\*|__)", re.MULTILINE)
# "opt A: each bid = DB txn ...", "option B - in-memory actor": options lettered in plain notes
_LETTERED_PLAIN = re.compile(r"^\W*opt(?:ion)?\.?\s+([A-Ea-e])\s*[:)–—-]", re.MULTILINE | re.IGNORECASE)
_LETTERED_BOLD = re.compile(r"^\W*(?:\*\*|__)\s*(?:option\s+)?([A-Ea-e])[.):]\s", re.MULTILINE)
