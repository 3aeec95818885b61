"""Checks on the high-level design: an API and a data model with keys (the diagram is in `diagram`).

The small text helpers at the top (prose, section_blocks, design_started) are shared with the
deep-dive and pitfall checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from designlint.checks.base import Check
from designlint.checks.model_blocks import api_payloads, introduced_as_stored
from designlint.checks.placeholders import is_placeholder
from designlint.doc.context import Context
from designlint.doc.document import Block, Section
from designlint.doc.headings import typed_straight
from designlint.doc.model import row_cells
from designlint.doc.operations import has_operation
from designlint.doc.shapes import has_fields
from designlint.findings import Hit

# Link words stop at the next "[" and targets at the next "(" (possessively): a scan from each
# opener to the line's end was quadratic on "[[[[..." or "![a](![a](...".
_LINK = re.compile(r"!?\[([^\[\]]*+)\]\([^()]*+\)")
# A part's section that opens by saying there is none of it.
_NONE = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:none|n/a|not applicable|nothing|no (?:public |external )?(?:api|endpoints?))\b", re.I
)
_URL = re.compile(r"<?https?://\S+>?")
IMAGE = re.compile(r"!\[([^\[\]]*+)\]\(([^()\s]*+)[^()]*+\)|<img\b[^<>]*+>|<svg\b", re.IGNORECASE)


def prose(text: str) -> str:
    """Text as a reader sees it: link targets and bare URLs removed, link words kept, typed straight."""
    text = typed_straight(text)
    if "](" not in text and "://" not in text:
        return text  # most blocks hold neither a link nor a URL: no pattern need run
    return _URL.sub(" ", _LINK.sub(lambda m: m.group(1), text))


def prose_of(ctx: Context, text: str) -> str:
    """prose(text) with notes' shorthand written out ("bc" is "because"), worked out once per document for
    each text, however many checks read it."""
    return ctx.once(("prose", text), lambda: ctx.catalogue.expand(prose(text)))


def section_blocks(ctx: Context) -> Iterator[tuple[Section, Block, str]]:
    """Every block with the section that holds it and that section's step ("" when none), the
    blocks above every heading first (in notes without headings, that is the whole doc)."""
    root = ctx.doc.root
    claimed = "requirements" if ctx.outline.steps.get("requirements") == [root] else ""
    for block in root.blocks:
        yield root, block, claimed
    for section in ctx.sections:
        step = ctx.outline.step_at.get(section.line, "")
        for block in section.blocks:
            yield section, block, step


def first_match(ctx: Context, pattern: re.Pattern[str], blocks: Iterable[Block], code: bool = False) -> Block | None:
    """The first block whose prose (or code, if asked) matches the pattern."""
    for block in blocks:
        if block.kind == "code" and not code:
            continue
        if pattern.search(block.text if block.kind == "code" else prose_of(ctx, block.text)):
            return block
    return None


def design_started(ctx: Context) -> bool:
    """The doc has a high-level design or deep dives (see Context.step_shown); without either,
    S001 says what is missing."""
    return ctx.step_shown("high-level") or ctx.step_shown("deep-dive")


def _options_terms(ctx: Context, options: Mapping[str, Any], key: str) -> re.Pattern[str]:
    return ctx.terms(options[key])


# --- H001 no-api, H003 no-data-model -------------------------------------------

PART_MISSING = {
    "properties": {
        "part": {"type": "string"},
        "cues": {"type": "string"},
        "min-cues": {"type": "integer", "minimum": 1},
        "more-cues": {"type": "string"},
        "operations": {"type": "string"},
    },
    "required": ["part", "cues"],
}


def _cue_lines(ctx: Context, name: str, blocks: Iterable[Block], enough: int) -> int:
    """Lines of the blocks that the list called name finds something in, counted up to enough."""
    pattern, count = ctx.terms(name), 0
    for block in blocks:
        text = block.text if block.kind in ("code", "table") else prose_of(ctx, block.text)
        if not ctx.may_hold(name, text):
            continue  # no line of it can match
        count += sum(1 for line in text.split("\n") if pattern.search(line))
        if count >= enough:
            break
    return count


def _says_none(ctx: Context, section: Section) -> bool:
    """A part's heading over a statement that there is none ("## API" over "None public. ..."), or over
    nothing but a note to come back to it ("## API" over "TODO"), or over nothing at all."""
    if section.children:
        return False
    if not any(b.text.strip() for b in section.blocks):
        return True  # a heading left for later defines no part; S003 says it is empty
    written = [b for b in section.blocks if b.kind in ("paragraph", "list")]
    if written and len(written) == len(section.blocks) and all(is_placeholder(prose_of(ctx, b.text)) for b in written):
        return True
    return bool(written) and _NONE.match(prose_of(ctx, written[0].text)) is not None


def part_missing(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """No section holds the part, and no line anywhere carries enough of its cues."""
    part = options["part"]
    # a section taken for the part by its content alone proves nothing here: the cues below decide
    # ("- `shifts(id, site_id, role)`" reads as a call to the content cues, though it is a table)
    named = ctx.outline.titled_parts(part)
    if any(not _says_none(ctx, s) for s in named) or not design_started(ctx):
        return
    enough = options.get("min-cues", 1)
    if _cue_lines(ctx, options["cues"], ctx.blocks, enough) >= enough:
        return
    if "more-cues" in options and _cue_lines(ctx, options["more-cues"], ctx.blocks, enough) >= enough:
        return
    # under the data model's title, "settlement_batches(batch_id, network, status)" is a table, not a call
    tables = {id(b) for s in ctx.outline.titled_parts("data-model") for b in s.all_blocks()}
    calls = (b for b in ctx.blocks if id(b) not in tables)
    if "operations" in options and any(has_operation(b, _options_terms(ctx, options, "operations")) for b in calls):
        return  # an operation given by its signature ("createUser(name, email)")
    yield Hit(ctx.anchor("high-level"), args={"part": part}, context=part)


# --- H003 no-data-model ----------------------------------------------------------------

MODEL_MISSING = {
    "properties": {
        "field-types": {"type": "string"},
        "operations": {"type": "string"},
        "schema-images": {"type": "string"},
    },
    "required": ["field-types", "operations"],
}


def _shows_fields(ctx: Context, options: Mapping[str, Any]) -> bool:
    types, operations = ctx.terms(options["field-types"]), ctx.terms(options["operations"])
    payloads = api_payloads(ctx)
    if any(has_fields(block, types, operations) for block in ctx.blocks if id(block) not in payloads):
        return True
    # Under a data model heading, plain field rows and a schema drawn as an image count too.
    titled = [b for s in ctx.outline.parts.get("data-model", []) for b in s.all_blocks()]
    if any(IMAGE.search(b.text) or has_fields(b, types, operations, titled=True) for b in titled):
        return True
    # So does a block the text says is what is stored ("One record per route:" over a sample, a section
    # titled "Listing search document"): read as under a data model heading.
    if any(has_fields(b, types, operations, titled=True) for b in introduced_as_stored(ctx)):
        return True
    # Anywhere else, an image whose caption or file name says it is the schema ("er_diagram.png").
    schema = ctx.terms(options["schema-images"]) if "schema-images" in options else None
    return schema is not None and any(
        schema.search(found.group(0).replace("_", " ")) for b in ctx.blocks for found in IMAGE.finditer(b.text)
    )


def model_missing(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """No block anywhere lays out records with fields; a heading over entity names alone is not enough."""
    if not design_started(ctx) or _shows_fields(ctx, options):
        return
    # Only a heading that says "data model" gets the unfielded message; a section the outline
    # took for one by its content ("Followup" mentioning a partition key) is named by nothing.
    titled = ctx.outline.titled_parts("data-model")
    if titled:
        first = min(titled, key=lambda s: s.line)
        yield Hit(first.line, args={"title": first.title}, variant="unfielded", context=first.title)
    else:
        yield Hit(ctx.anchor("high-level"), context="data-model")


# --- H002 api-concerns-unstated ----------------------------------------------------

API_CONCERNS = {
    "properties": {
        "api-cues": {"type": "string"},
        "concerns": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "terms": {"type": "string"},
                    "applies-if": {"type": "string"},
                },
                "required": ["name", "terms"],
                "additionalProperties": False,
            },
        },
        "min-missing": {"type": "integer", "minimum": 1},
    },
    "required": ["api-cues", "concerns"],
}


def _api_lines(ctx: Context, name: str) -> Iterator[tuple[Section, str]]:
    """Lines that define an API operation (the list called name), with the section holding each."""
    pattern = ctx.terms(name)
    for section, block, _ in section_blocks(ctx):
        text = block.text if block.kind == "code" else prose_of(ctx, block.text).replace("`", "")
        if not ctx.may_hold(name, text):
            continue  # no line of it can match: most blocks define no operation
        for line in text.split("\n"):
            if pattern.search(line):
                yield section, line


def _whole_text(ctx: Context) -> str:
    return "\n".join(b.text if b.kind == "code" else prose_of(ctx, b.text) for b in ctx.blocks)


def api_concerns(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """An API is given, but the doc never touches some of the concerns every API has."""
    found = list(_api_lines(ctx, options["api-cues"]))
    if not found:
        return
    api = "\n".join(line for _, line in found)
    whole = _whole_text(ctx)
    missing = []
    for concern in options["concerns"]:
        applies = concern.get("applies-if")
        if applies and not ctx.terms(applies).search(api):
            continue
        if not ctx.terms(concern["terms"]).search(whole):
            missing.append(concern["name"])
    if len(missing) >= options.get("min-missing", 1):
        args = {"missing": ", ".join(missing), "count": len(missing)}
        yield Hit(found[0][0].line, args=args, context=",".join(missing))


# --- H004 data-model-without-keys ----------------------------------------------------

MODEL_KEYS = {"properties": {"keys": {"type": "string"}}, "required": ["keys"]}
# A schema table with a column for the key ("| table | key | fields |") states each record's key by layout.
_KEY_COLUMN = re.compile(r"^(?:(?:primary|partition|sort|row|hash|clustering) )?keys?$|^pk$", re.IGNORECASE)


def _key_column(block: Block) -> bool:
    if block.kind != "table":
        return False
    header = block.text.lstrip().split("\n", 1)[0]
    return any(_KEY_COLUMN.match(cell.strip(" *_`")) for cell in row_cells(header))


def model_keys(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A data model is given, yet nothing in the doc says how rows are keyed or indexed."""
    sections = ctx.outline.parts.get("data-model", [])
    if not sections:
        return
    if first_match(ctx, _options_terms(ctx, options, "keys"), ctx.blocks, code=True):
        return
    if any(_key_column(b) for b in ctx.blocks):
        return
    first = min(sections, key=lambda s: s.line)
    yield Hit(first.line, args={"title": first.title}, context=first.title)


CHECKS = {
    "part_missing": Check(part_missing, PART_MISSING),
    "api_concerns": Check(api_concerns, API_CONCERNS),
    "model_keys": Check(model_keys, MODEL_KEYS),
    "model_missing": Check(model_missing, MODEL_MISSING),
}
