"""What a block shows of the API, whatever its heading says: an operation written as a signature in a code
span, a code block, an item's head or a line's ("createUser(name, email)", "SetStops(car_id, stops[]) -> ok"), or named
as a call in running text. H001 and the outline ask; records with fields are read in doc/shapes.py.
"""

from __future__ import annotations

import re

from designlint.doc.document import Block
from designlint.doc.model import CODE_SPAN

# An operation written as a signature: `createUser(name, email)`, `scorer(doc): relevance`,
# "- List<Post> getFeed(user_id, cursor)", `SetStops(car_id, stops[])`. The name is an action, or a return follows.
_SIGNATURE = re.compile(
    # a short label may lead the item ("- ops: acquire(name, ttl_ms) -> {token}"), a chat's time stamp the
    # speaker's ("[10:17] me: search(user_id, query) -> hits")
    r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?:[A-Za-z][\w ]{0,20}:\s+)?"
    r"(?:[\w<>\[\],.]+\s+)?"
    r"([A-Za-z_][A-Za-z0-9_]*)\(([^()\n]*)\)"
    r"\s*((?:->|=>|:)\s*[\w\[\]<>{}.,| ]+)?",
    re.MULTILINE,
)


# A message of a protocol with its payload, one a line: "- `queue.join {party_id, mode}`", "lobby.leave {lobby_id}".
_MESSAGE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?`?[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+[ \t]*\{[ \t]*[a-z_]\w*[^{}\n]*\}", re.MULTILINE
)


# A call in running text, its name and its inputs: "checkLimit(key, ruleId, cost=1)", "get(key)".
_CALL_IN_PROSE = re.compile(r"\b([a-z][A-Za-z0-9_]{1,40})\(([\w =.]{1,40}(?:,\s*[\w =.]{1,40})*)\)")
_CAMEL = re.compile(r"[a-z]+[A-Z]\w*")
_LOWER = re.compile(r"[a-z][a-z_]{1,30}")


# A message sent with its payload, in a code span after the verb that sends it: "Panel sends `ring {building,
# unit}` over its socket", "App sends `unlock {call_id}` to the access service".
_SENT = re.compile(
    r"\b(?:sends?|sending|calls?|posts?|emits?|invokes?|issues?|publishes)\s+`[a-z][a-z0-9_.]*\s*"
    r"\{\s*[a-z_]\w*(?:\s*,\s*[a-z_]\w*)*\s*\}`"
)


# Who sends a message, as a protocol names the way it goes ("client -> server").
_CLIENTS = r"client|browser|app|player|user|device|sdk|bot"  # who calls an API
_WAY = rf"(?:{_CLIENTS}|server|gateway)s?"
# A message under a comment that says which way it goes, as a protocol's examples are set out: "// client ->
# server" over '{ "t": "move", "game": "g_8fK2", "uci": "e2e4" }' (a stored record has no sender).
_DIRECTED = re.compile(
    rf"^[ \t]*(?://|#|--)[ \t]*{_WAY}[ \t]*(?:->|→|=>)"
    r"[^\n]*\n[ \t]*\{[ \t]*[\"']?[a-z_]\w*[\"']?[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


# A protocol's messages under the way they go, one a line with its payload: "client -> server" over "join {room_id,
# name, token}" and "guess {text}".
_DIRECTION_LINE = re.compile(
    rf"^[ \t]*{_WAY}[ \t]*(?:->|→|=>)[ \t]*{_WAY}[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE
)
# A message a client sends, on the line of the way it goes, named by its type field: 'client --WS--> gateway: {type:
# "send", channel: "c123", text: "..."}' (a record stored has no sender; one a service passes on, "user-service ->
# kafka", is no client's call, nor is one put on a queue).
_CALLER = rf"(?:{_CLIENTS}|phone)s?(?![\w-])"
_QUEUE = r"(?:kafka|kinesis|pub/?sub|queue|topic|stream|bus|sqs|sns|db|database|redis|s3|log|warehouse)\b"
_SENT_FRAME = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+)?{_CALLER}[ \t]+(?:-{{2,}}[\w ]{{0,12}}-*>|->|→|=>)[ \t]*(?!{_QUEUE})"
    r"[a-z][\w -]{0,30}?[ \t]*:?[ \t]*"
    r"\{[ \t]*[\"']?(?:type|t|op|action|kind|cmd|event)[\"']?[ \t]*:[ \t]*[\"'][a-z_][\w.]*[\"'][ \t]*,",
    re.IGNORECASE | re.MULTILINE,
)
_PAYLOAD_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?[a-z][a-z0-9_]*[ \t]*\{[ \t]*[a-z_][^{}\n]*\}", re.MULTILINE)
_PAYLOAD_LINES_MIN = 2


def has_operation(block: Block, operations: re.Pattern[str]) -> bool:
    """The block defines an operation by its signature, in a code span, a code block or an item's head."""
    if "{" in block.text and _directed(block):
        return True
    if "`" in block.text and "{" in block.text and block.kind in ("list", "paragraph") and _SENT.search(block.text):
        return True
    if "(" not in block.text:
        # every form of a signature holds its parenthesis; a protocol's messages hold their braces
        return "{" in block.text and block.kind in ("list", "code") and len(_MESSAGE.findall(block.text)) >= 2
    if block.kind == "code":
        texts = block.text.split("\n")[1:-1]
    elif block.kind in ("list", "paragraph"):
        # a line of a paragraph may open with the signature, as an item's head does ("  join(doc_id, token) ->
        # snapshot" under "Other messages on the socket:")
        texts = [*CODE_SPAN.findall(block.text), block.text]
    else:
        return False
    if any(_is_signature(found, operations) for text in texts for found in _SIGNATURE.finditer(text)):
        return True
    return block.kind == "paragraph" and _calls_in_prose(block.text, operations)


def _calls_in_prose(prose: str, operations: re.Pattern[str]) -> bool:
    """In a sentence, one camelCase operation with two or more inputs ("expose one RPC, checkLimit(key,
    ruleId, cost=1), which returns ..."), or two named in lower case ("clients call get(key) and put(key, v)")."""
    calls = [m.groups() for m in _CALL_IN_PROSE.finditer(prose) if operations.fullmatch(m.group(1))]
    if any(_CAMEL.fullmatch(name) and "," in inputs for name, inputs in calls):
        return True
    return len({name for name, _ in calls if _LOWER.fullmatch(name)}) >= 2


_PASCAL_COMPOUND = re.compile(r"[A-Z][a-z]+[A-Z_]\w*")


def _is_signature(found: re.Match[str], operations: re.Pattern[str]) -> bool:
    """An action's name, or a return after it. A capitalised name ("DestinationCall(...)", as RPC styles write
    them) names a record as often ("User(id, name)"): it needs an action's name or an arrow to what it returns."""
    name, returned = found.group(1), found.group(3) or ""
    if name[0].isupper():
        # an action joined to its object ("SetStops"), not a noun made of a verb ("Publisher(popularity, ...)")
        compound = _PASCAL_COMPOUND.fullmatch(name) is not None
        return (compound and operations.fullmatch(name) is not None) or returned.lstrip().startswith(("->", "=>"))
    return bool(returned) or operations.fullmatch(name) is not None


def _directed(block: Block) -> bool:
    """Messages under the way they go: a code block's message under a comment that says it (see _DIRECTED), or
    messages with their payloads below a line naming the way (see _DIRECTION_LINE)."""
    if (block.kind == "code" and _DIRECTED.search(block.text)) or _SENT_FRAME.search(block.text):
        return True
    way = _DIRECTION_LINE.search(block.text)
    return way is not None and len(_PAYLOAD_LINE.findall(block.text, way.end())) >= _PAYLOAD_LINES_MIN
