"""Which sections are deep dives worth counting (D001): a section that reasons about one component or problem.

The outline says where the deep-dive step is; a reader counts only the parts of it that
reason. A stub heading, a request flow, or a list of one-line mentions ("Caching: hot keys
in Redis", "Sharding: by user id") names topics without diving into any. Where a dive
section has no subheadings but introduces each problem with a bold lead-in
("**Write path**: ..."), each lead-in that carries a paragraph is a dive of its own. And
where the doc never names the step but follows its architecture with a section per
component, those sections are the dives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from designlint.checks import implied
from designlint.checks.asked_whole import asks_about_whole
from designlint.checks.highlevel import prose_of
from designlint.checks.implied import bold_dives, implied_dives, implied_sections, named_part_lines, unstepped
from designlint.checks.leadins import MARKER, lead_ins, options_decided, prose_blocks
from designlint.checks.options import chosen_option
from designlint.checks.statements import words
from designlint.checks.tours import failure_catalogue, laid_out, point_list, walkthrough
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.doc.headings import named_entry
from designlint.doc.implicit import LABEL_KINDS
from designlint.doc.outline import normalize_title, without_note
from designlint.doc.threads import comment_header

_MENTION_WORDS = 30
_TOPIC = re.compile(r"^[\w][\w /&'()-]{0,40}:\s")


def _mentions_only(ctx: Context, blocks: tuple[Block, ...], max_words: int) -> bool:
    """Short list lines that each open with a topic of their own: a tour of topics, one line each.

    Short points under one component's heading ("Dispatch service": three lines on how
    it shards and matches) are a dive into that component; lines that each name another
    topic ("Storage: ...", "Caching: ...") are not. A label naming a facet of the problem
    ("fix:", "why:", "cost:") names no topic of its own.
    """
    lines = [line for b in blocks for line in prose_of(ctx, b.text).split("\n") if line.strip()]
    listed = [MARKER.sub("", line) for line in lines if MARKER.match(line)]
    if not listed or len(listed) < len(lines) - 1:  # a lead-in line may introduce the list
        return False
    if any(words(line) > max_words for line in listed) or any(line.startswith((" ", "\t")) for line in lines):
        return False
    facets = ctx.terms("dive-facet-titles")
    topics = (found.group(0) for line in listed if (found := _TOPIC.match(line)))
    return sum(1 for label in topics if not facets.fullmatch(label.rstrip(": \t").lower())) * 3 >= len(listed) * 2


def _reasons(ctx: Context, section: Section, options: Mapping[str, Any], own: bool = False) -> bool:
    """The section holds enough prose to reason with, and more than one-line mentions; a section its writer
    marks unfinished at its start ("TODO. The Kafka path adds ~1-2 s ... need to think about it") does not,
    nor one whose few words of its own end so ("pixel + redirect links. TODO") whatever its subsections say.
    own: its subsections are judged as dives of their own, so only its own words count."""
    blocks = prose_blocks(section)
    if blocks and _MARKED_UNFINISHED.match(prose_of(ctx, blocks[0].text)):
        return False
    said = sum(words(prose_of(ctx, b.text)) for b in blocks)
    if blocks and said < _MENTION_WORDS and _ENDS_UNFINISHED.search(prose_of(ctx, blocks[-1].text)):
        return False
    children = () if own else section.children
    said += sum(words(c.title) + sum(words(prose_of(ctx, b.text)) for b in c.blocks) for c in children)
    if said < options.get("min-words", 30) or any(b.kind == "table" for b in blocks) and said < 20:
        return False
    mention_words = options.get("mention-words", _MENTION_WORDS)
    if any(b.kind == "table" for b in blocks) or not _mentions_only(ctx, blocks, mention_words):
        return True
    if _failures_titled(ctx, section, beside=True):
        return True  # "net down: ...", "printer jam: ..." under "Offline / failure" are one dive's cases
    # ways to do one thing, a line each, then the pick ("fixed window: ...", "token bucket: ...", "going w/
    # token bucket"): one problem weighed, not a tour of topics
    return chosen_option(ctx, [section], ctx.terms(options.get("facet-titles", "dive-facet-titles")))


_MARKED_UNFINISHED = re.compile(r"^\W*(?:todo|tbd|tbc|fixme|wip)\b", re.IGNORECASE)
_ENDS_UNFINISHED = re.compile(r"\b(?:todo|tbd|tbc|fixme|wip)\W*$", re.IGNORECASE)


def unread_siblings(ctx: Context, candidates: list[Section], options: Mapping[str, Any]) -> bool:
    """Some candidate the count passed over still says something: neither a bare heading nor a section opening
    with TODO. Only such a sibling may be a dive the count could not read."""
    for section in candidates:
        blocks = prose_blocks(section)
        said = bool(blocks) and not _MARKED_UNFINISHED.match(prose_of(ctx, blocks[0].text))
        if said and not _reasons(ctx, section, options):
            return True
    return False


_DESIGN_PARTS = ("api", "data-model", "architecture")  # the high-level design's parts; "Use case: ..." may be a dive


def counted_dives(ctx: Context, options: Mapping[str, Any]) -> tuple[list[Section], list[Section]]:
    """(the sections that may be dives, the dives counted among them) for D001: a section holding several dives
    is there once for each, so the dives counted are as many as the list is long."""
    candidates = _candidates(ctx, options)
    return candidates, _counted(ctx, candidates, options)


def _candidates(ctx: Context, options: Mapping[str, Any]) -> list[Section]:
    """The sections that may be dives, in line order."""
    closing = ctx.terms(options.get("closing-titles", "closing-titles"))
    facet = ctx.terms(options.get("facet-titles", "dive-facet-titles"))
    if not ctx.outline.steps.get("deep-dive"):
        # a section split by bold lines over their own points ("bits that matter" over "**tamper evidence**")
        whole = (ctx.terms("dive-failure-section-titles"), ctx.terms("dive-crosscut-titles"))
        bolded = [b for d in implied_dives(ctx, "high-level", closing) for b in bold_dives(d, facet, whole)]
        # an essay may weigh its ways before it shows its tables and endpoints: those sections are dives too
        design = ctx.outline.first_line("high-level") or 0
        before = [s for s in _weighed_elsewhere(ctx, facet) if s.line < design]
        found = [*bolded, *before, *implied.claimed_late(ctx, closing)]
        return sorted({id(s): s for s in found}.values(), key=lambda s: s.line)
    # Beside a section called a deep dive, plain-line sections after the architecture dive too
    # ("storage on broker", "replication *** main deep dive ***", "consumer groups"); with no
    # section for the architecture, those after the requirements may be feature flows.
    dives = [d for section in ctx.outline.deep_dives() for d in bold_dives(section, facet)]
    # held by identity: a scan of the step's sections for each dive was quadratic in long docs
    steps = {id(s) for s in ctx.outline.step_sections("deep-dive")}
    # "What I skipped" under the dives is none, nor an API or a schema under a dive-named section
    # ("Components and data" over "Tables", "Endpoints"); the step's own section is judged whatever its title says
    parts = named_part_lines(ctx, _DESIGN_PARTS)
    named = [d for d in dives if id(d) in steps or not (closing.search(d.title) or _part_titled(ctx, d, parts))]
    after = implied_sections(ctx, "high-level", closing, fallback=False)
    # in notes headed by bold lines ("**Discussion: push vs poll**"), those are the doc's headings too
    taken = {id(d) for d in named}
    plain = [s for s in after if (s.implicit in (*LABEL_KINDS, "bold") or unstepped(ctx, s)) and id(s) not in taken]
    # sections no heading names after a dive ("## Matching alerts to users" below "## Components")
    later = [s for s in implied_sections(ctx, "deep-dive", closing, fallback=False) if unstepped(ctx, s)]
    weighed = _weighed_elsewhere(ctx, facet)
    found = [*named, *plain, *later, *weighed, *implied.claimed_late(ctx, closing)]
    return sorted({id(s): s for s in [*found, *implied.label_children(ctx, found)]}.values(), key=lambda s: s.line)


def _part_titled(ctx: Context, section: Section, parts: set[int]) -> bool:
    """The heading names a part and little else ("Tables", "Data model"); a problem that only holds a part's word
    ("Combining tables for large groups", a café's tables) is judged as a dive by what it says."""
    return section.line in parts and implied.named_whole(ctx, section)


def _counted(ctx: Context, candidates: list[Section], options: Mapping[str, Any]) -> list[Section]:
    """The dives the candidates hold: those that reason, each lead-in of several counted apart (a section once for
    each dive it holds; a thread's topic as the comment that opens it)."""
    passed = _passed_over(ctx, candidates, options)
    judged = {id(s) for s in candidates if id(s) not in passed}
    # a thread's comments from one question to the next discuss one topic, a dive once one of them reasons
    counted: list[Section] = []
    topic_counted, opener = False, None
    facet = ctx.terms(options.get("facet-titles", "dive-facet-titles"))
    kept = [s for s in candidates if id(s) in judged]
    for before, section in zip([None, *kept], kept, strict=False):
        if counted and counted[-1] is before and _facet_label(section, facet):
            continue  # "what to do:" below a dive holds that dive's fixes, not dives of its own
        if section.implicit == "comment":
            if opener is None or _asks(ctx, section):
                opener = section  # a question opens the next topic, which is named by it
            topic_counted = topic_counted and opener is not section
            if not topic_counted and _reasons(ctx, section, options):
                topic_counted = True
                counted.append(opener)
            continue
        # a heading over stubs ("Deep dive": "fanout -> TBD") is none for what its own subsections say
        own = any(id(child) in judged for child in section.children)
        # under a bare "Deep dive" over numbered dives and a "Scaling" stub, the numbered dives are its own
        leads = lead_ins(ctx, section, options, own or not _bare_step(ctx, section))
        several = leads >= 2 and not options_decided(ctx, section) and not _one_topic(ctx, section)
        several = several and not _failures_titled(ctx, section)
        counted += [section] * (leads if several else int(_reasons(ctx, section, options, own)))
    return counted


def _facet_label(section: Section, facet: re.Pattern[str]) -> bool:
    """A label line that names a facet of a dive ("what to do:", "options:"), not a topic of its own."""
    return section.implicit in LABEL_KINDS and facet.fullmatch(normalize_title(section.title) or "") is not None


def _failures_titled(ctx: Context, section: Section, beside: bool = False) -> bool:
    """The section is titled for how the system fails ("When something is broken"): its lead-ins ("**Gateway
    down**: ...") are the cases of that one dive, as annotators count them, not dives of their own. beside: the
    title may set it beside another word ("Offline / failure"), where its labelled lines are one dive's cases."""
    title = normalize_title(section.title) or section.title.strip()
    sides = _SIDES.split(title) if beside else [title]
    return any(ctx.terms("dive-failure-section-titles").fullmatch(side.strip()) for side in sides)


_SIDES = re.compile(r"\s*[/&+]\s*")  # ("Monitoring and reliability" names two topics, not failure beside one)


def _one_topic(ctx: Context, section: Section) -> bool:
    """The title names the deep-dive step and then one topic ("Deep dive: the redeem, how to not spend twice"):
    its lead-ins ("options:", "the race:") are the points of that one dive, as they are under a title that calls
    its topic the one hard part ("reservations - the one interesting bit"). A note in brackets names no topic
    ("Deep dive (asked in dialogue)")."""
    title = without_note(normalize_title(section.title))
    return 0 < _step_named(ctx, title) < len(title) or _THE_ONE_PART.search(section.title) is not None


_THE_ONE_PART = re.compile(r"\bthe (?:one|only|main|actual|real) (?:interesting|hard|tricky) (?:bit|part)\b", re.I)


def _bare_step(ctx: Context, section: Section) -> bool:
    """The section's title names the deep-dive step and nothing else ("Deep dive", "Deep dives"), no topic of
    its own ("Deep dive: price crossing")."""
    title = normalize_title(section.title)
    return _step_named(ctx, title) >= len(title) > 0


def _step_named(ctx: Context, title: str) -> int:
    """How many of the title's characters name the deep-dive step (0 when it names another entry or none)."""
    found = named_entry(title, ctx.catalogue) if title else None
    return found.length if found is not None and found.entry.id == "deep-dive" else 0


def _passed_over(ctx: Context, candidates: list[Section], options: Mapping[str, Any]) -> set[int]:
    """The candidates that are no dive whatever they say: flows, catalogues, the whole system's growth."""
    flows = ctx.terms(options["flow-titles"]) if "flow-titles" in options else None
    crosscut = ctx.terms(options["crosscut-titles"]) if "crosscut-titles" in options else None
    beside_a_dive = bool(ctx.outline.steps.get("deep-dive"))
    points = ctx.terms(options["point-list-titles"]) if "point-list-titles" in options else None
    passed = set()
    for section in candidates:
        flow = flows is not None and flows.search(section.title) or walkthrough(section) or failure_catalogue(section)
        flow = flow or points is not None and point_list(section, points)
        # "Phase 2" is all numbering to the normaliser: then the title as written is what it names
        whole = crosscut is not None and crosscut.fullmatch(normalize_title(section.title) or section.title.strip())
        # "And if Redis dies mid-sale?", "And at 10x?": failure handling or growth, not a dive
        if flow or whole or asks_about_whole(section, beside_a_dive) or laid_out(ctx, section):
            passed.add(id(section))
    return passed


def dives_in_design(ctx: Context, options: Mapping[str, Any], counted: list[Section]) -> list[Section]:
    """Sections under the high-level design's heading that are none of its parts and reason ("### Computing tour
    slots", "### Calendar sync" under "## High level design"): a writer who goes deep on a component there dives
    into it as surely as under a heading that says so. D001 reads them only to spare a doc it would tell it has
    too few: beside a deep-dive step they may as well be the design's own parts (polling, long polling)."""
    flows = ctx.terms(options["flow-titles"]) if "flow-titles" in options else None
    closing = ctx.terms(options.get("closing-titles", "closing-titles"))
    parts = {s.line for sections in ctx.outline.parts.values() for s in sections}
    taken = {id(s) for s in counted}
    nested = (
        child
        for section in ctx.outline.step_sections("high-level")
        if section.line not in parts  # an API's endpoints or a schema's tables are no dives
        for child in section.children
        if child.line not in parts and id(child) not in taken and not closing.search(child.title)
    )
    return [s for s in nested if not (flows and flows.search(s.title)) and _reasons(ctx, s, options)]


def _weighed_elsewhere(ctx: Context, facet: re.Pattern[str]) -> list[Section]:
    """Sections no step claims that lay out ways to do one thing and pick one ("Step 3 - Radio choice" with
    "a) cellular ... c) LoRaWAN" and "Picking LoRaWAN" before the numbers): a dive wherever it sits."""
    return [s for s in ctx.sections if not s.children and unstepped(ctx, s) and chosen_option(ctx, [s], facet)]


_QUESTION = re.compile(r"\?(?:\s|$)")


def _asks(ctx: Context, comment: Section) -> bool:
    """The comment asks a question, or names its own topic in a short label over what it says ("jam detection
    (the pings):" over its points): either way it opens a thread's next topic."""
    return any(_QUESTION.search(prose_of(ctx, b.text)) for b in comment.blocks) or _labelled(comment)


# A comment's opening line as a label: a few words closed by a colon, its points below ("deep dive on votes:").
_TOPIC_LABEL = re.compile(r"^[^.:!?]{1,50}:\s*$")
_TOPIC_WORDS = 6


def _labelled(comment: Section) -> bool:
    lines = [line for block in comment.blocks for line in block.text.split("\n") if line.strip()]
    opening = lines[1] if len(lines) > 1 and comment_header(lines[0]) else lines[0] if lines else ""
    return _TOPIC_LABEL.match(opening) is not None and len(opening.split()) <= _TOPIC_WORDS


def reasoning_dives(ctx: Context) -> list[Section]:
    """The named deep dives that D002 and D003 judge: neither request flows nor tours of topics.

    A list of one-line topic mentions under a "Deep dive" heading weighs nothing and
    decides nothing, and a flow walks through boxes; asking either for options or a
    decision would only add noise.
    """

    def keep() -> list[Section]:
        flows = ctx.terms("dive-flow-titles")
        # the whole system's growth ("Scaling", no dive to D001 either) or failures ("What can go wrong")
        whole = [ctx.terms("dive-crosscut-titles"), ctx.terms("dive-failure-section-titles")]
        return [
            d
            for d in ctx.outline.deep_dives()
            if not flows.search(d.title)
            and not _mentions_only(ctx, prose_blocks(d), _MENTION_WORDS)
            and not any(w.fullmatch(normalize_title(d.title) or d.title.strip()) for w in whole)
        ]

    return ctx.once("dives.reasoning", keep)
