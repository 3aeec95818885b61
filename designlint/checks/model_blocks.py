"""Blocks H003 reads in a special way: those a line or a title says are what is stored (read as under a data
model heading), and the API's payloads beside its endpoints (not read at all)."""

from __future__ import annotations

import re

from designlint.doc.context import Context
from designlint.doc.document import Block
from designlint.doc.prose_fields import STORED_NOUNS


def api_payloads(ctx: Context) -> set[int]:
    """The blocks under the API's title that name an endpoint or a call: the fields there are what requests and messages
    carry ("SET_STATUS {status: online|away}", "-> { eta_at, confidence }"), not a stored record, unless the title
    names the data too ("API and schema") or the block keys a table ("PRIMARY KEY", "PK")."""
    sections = [s for s in ctx.outline.titled_parts("api") if not _DATA_TITLE.search(s.title)]
    blocks = (b for s in sections for b in s.all_blocks())
    payloads = {id(b) for b in blocks if _ENDPOINT_IN.search(b.text) and not _KEYED_TABLE.search(b.text)}
    # wherever it sits, a block that declares a service's calls holds their messages ("service FraudScoring {
    # rpc Score(ScoreRequest) returns (ScoreResponse); }" over "message ScoreRequest { ... }")
    declared = {id(b) for b in ctx.blocks if b.kind == "code" and _RPC_SERVICE.search(b.text)}
    # and a sentence that names calls, then gives them ("only a handful of frames: `join(room_id, last_seq)` to
    # enter a room, `send(room_id, text, nonce)` to post"): their arguments are what a call carries
    named = {id(b) for b in ctx.blocks if b.kind == "paragraph" and _CALLS_NAMED.search(b.text)}
    return payloads | declared | named


_DATA_TITLE = re.compile(r"data|model|schema|table|entit|storage|stor(?:e|ed)\b|records?\b|db\b", re.IGNORECASE)
# an HTTP endpoint, or a call written as a signature and what it returns ("validate(pass_uid, gate_id) -> {allow}";
# a record's fields and then its index, "reservation(id, spot_id) -> idx (spot_id)", are a table)
_ENDPOINT_IN = re.compile(
    r"\b(?:GET|POST|PUT|PATCH|DELETE)\s+`?/|^\s*(?:[-*+]\s+)?`?[A-Za-z_][\w.]*\([^()\n]*\)`?\s*(?:->|→|=>|returns\b)(?!\s*(?:idx|index|indexe?s|key|pk|unique)\b)",
    re.MULTILINE,
)
_CALLS_NAMED = re.compile(
    r"\b(?:frames?|messages?|calls?|methods?|rpcs?|commands?|operations?)\b[^.:\n]{0,40}:\s*`?[A-Za-z_]\w*\(",
    re.IGNORECASE,
)
_RPC_SERVICE = re.compile(r"^\s*service\s+\w+\s*\{[^}]*?\brpc\s+\w+\s*\(", re.MULTILINE)
_KEYED_TABLE = re.compile(r"create\s+table|primary\s+key|\bPK\b", re.IGNORECASE)


# What is stored, named: "One record per route:", "schema:", "Product stored as a document:", "Search document".
_STORED = re.compile(rf"\b(?:schema|{STORED_NOUNS}|stored|layout)\b", re.IGNORECASE)
# A line over a list may name its columns, or what is kept per one of a kind: "Per photo we keep in the database
# (table `photo`, new columns):" (a title with "fields" asks about an API's fields as often as a record's).
_LEAD_STORED = re.compile(
    r"\bcolumns\b|\bper\s+[a-z]+,?\s+(?:we|i|it)\s+(?:keep|store|save|record)s?\b", re.IGNORECASE
)


def introduced_as_stored(ctx: Context) -> list[Block]:
    """Blocks right after a line that says they are what is stored, and those of sections titled so."""
    found = [b for s in ctx.sections if _STORED.search(s.title) for b in s.blocks]
    for section in (ctx.doc.root, *ctx.sections):
        pairs = zip(section.blocks, section.blocks[1:], strict=False)
        found += [b for above, b in pairs if above.kind == "paragraph" and _says_stored(above.text)]
    return found


def _says_stored(text: str) -> bool:
    last = text.rstrip().rsplit("\n", 1)[-1]
    return last.endswith(":") and (_STORED.search(last) or _LEAD_STORED.search(last)) is not None
