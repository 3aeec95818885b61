"""Records declared in a notation of their own rather than laid out as field names: SQL's CREATE TABLE (or a
DDL body on one line), a class constructor, a typed generic ("InvertedIndex<term, documents>"), a key-value
store's layout ("player:{id} -> HASH {name, avatar_url}", "series_index: series_id -> metric_name, tags,
first_seen"), a Protocol Buffers message, a record's fields in braces or between pipes ("order = {order_id, ...}",
"places -> place_id | name | lat | lng"), a table whose header names its columns. Each is a fixed syntax, so one
match settles it; shapes.has_fields asks here before and beside its own readers of rows and lines of names.
"""

from __future__ import annotations

import re

from designlint.doc.items import TYPED_BULLETS
from designlint.doc.model import CODE_SPAN, row_cells
from designlint.doc.prose_fields import API_SIDE, KEY_FIELDS, SNAKE, SNAKE_ONLY

# Shapes that settle it alone: DDL, a class constructor, a typed key/value declaration
# ("InvertedIndex<term, documents>"). Spelled out, not re.IGNORECASE, which makes them slow.
_DDL = re.compile(r"[Cc][Rr][Ee][Aa][Tt][Ee][ \t]+[Tt][Aa][Bb][Ll][Ee]\b")
_CTOR = re.compile(r"def __init__\(self(?:,\s*\w+){2,}")
# A table's columns in brackets with its key among them, a DDL body on one line: "clicks_minute (ad_id, minute_ts,
# clicks, PRIMARY KEY (ad_id, minute_ts))".
_KEYED_ROW = re.compile(
    r"\b[A-Za-z_]\w*[ \t]*\((?:[^()\n]|\([^()\n]*\))*?\b(?:PRIMARY KEY|primary key)[ \t]*\([^()\n]+\)"
)
_GENERIC = re.compile(r"<[^<>\n]+,[^<>\n]+>")


def settled_alone(text: str) -> bool:
    """DDL (or a DDL body on one line), a drawing's box with its fields, a record's size with its fields, a
    constructor or a typed declaration. Each is looked for only where the text holds a string its every match
    holds: most blocks hold none, and `in` is far cheaper than a search."""
    low = text.lower()
    if ("table" in low and _DDL.search(text)) or ("primary key" in low and _KEYED_ROW.search(text)):
        return True
    if "message" in text and _PROTO.search(text) and len(_PROTO_FIELD.findall(text)) >= 2:
        return True
    if "[" in text and _box_fields(text):
        return True
    if "_" in text and "(" in text and sized_record(text):
        return True
    return ("__init__" in text and _CTOR.search(text) is not None) or ("<" in text and _is_generic(text))


# A Protocol Buffers message: "message Event {" over numbered fields, however many a line ("string event_id = 1;").
_PROTO = re.compile(r"\bmessage[ \t]+[A-Z]\w*[ \t]*\{")
_PROTO_FIELD = re.compile(r"\b(?:(?:repeated|optional)[ \t]+)?[A-Za-z][\w.]*[ \t]+[a-z_]\w*[ \t]*=[ \t]*\d+[ \t]*;")


def _is_generic(text: str) -> bool:
    return any(found.start() > 0 and text[found.start() - 1].isalnum() for found in _GENERIC.finditer(text))


_KEY_VALUE = re.compile(
    r"(?:->|→|=>|:)\s*(?i:hash|map|dict|json|document|record|struct|object|row)\s*\{[^{}\n]*,[^{}\n]*\}"
    r"|(?i:zset|sorted set)\s*,\s*member\s*=",
)
# A line that maps a key alone to the fields of its value, a label perhaps before it: "- alert_state: rule_id ->
# {status, since, last_eval}", "user:{id} -> {name, email}", "Redis, key `otp:{id}` → `{user_id, attempts}`".
# An endpoint before the arrow is an API reply instead.
_KEY_TO_FIELDS = re.compile(
    rf"^[ \t]*(?:[-*+{TYPED_BULLETS}][ \t]+)?(?:[a-z][\w ]{{0,30}}:[ \t]+|[A-Za-z][\w ]{{0,20}},?[ \t]+key[ \t]+)?"
    r"`?[a-z][a-z0-9]*[_:][a-z0-9_:{}]*`?[ \t]*"
    r"(?:->|→|=>)[ \t]*`?"
    # one level of nesting inside: "lobby:{id} -> {mode, host_id, members: [{player_id, team}], created_at}"
    r"\{(?:[^{}\n]|\{[^{}\n]*\})*,(?:[^{}\n]|\{[^{}\n]*\})*\}",
    re.MULTILINE,
)


def keyed(text: str) -> bool:
    """A key layout with the fields of its value: "player:{id} -> HASH {name, avatar_url, country}",
    "series_index: series_id -> metric_name, tags (map), first_seen", "KV (id -> owner, status, expiry)"."""
    if ("->" in text or "→" in text) and any("_" in m.group(0) for m in _KEY_TO_NAMES.finditer(text)):
        return True
    arrowed = "->" in text or "→" in text
    if arrowed and "(" in text and _STORE_LAYOUT.search(text):
        return True
    if arrowed and any(len(SNAKE_ONLY.findall(found["names"])) >= 2 for found in _ENTITY_TO_NAMES.finditer(text)):
        return True
    if "{" not in text and "=" not in text:
        return False
    return _KEY_VALUE.search(text) is not None or ("{" in text and _KEY_TO_FIELDS.search(text) is not None)


_VALUE_NAME = r"[a-z][a-z0-9_]*(?:[ \t]*\([^()\n]{0,40}\))?"
# An entity named in a word or two, an arrow, and its fields, two of them snake_case: "photo -> {photo_id, user_id,
# s3_key, caption}", "device registry -> device_id, owner, model, last_seen".
_ENTITY_TO_NAMES = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+)?[a-z][a-z]*(?: [a-z]+)?[ \t]*(?:->|→|=>)[ \t]*[\[{{]?"
    rf"(?P<names>{_VALUE_NAME}(?:[ \t]*,[ \t]*{_VALUE_NAME}){{2,}})[\]}}]?[ \t]*(?:(?:--|//|#)[^\n]*)?$",
    re.MULTILINE,
)
# A store named, its key, an arrow, then the fields of the value with no braces: "series_index: series_id ->
# metric_name, tags (map), first_seen". Three names after the arrow, snake_case among them.
# The key may name its parts as a wide-column store does ("pk (channel_id, day_bucket), ck (ts, msg_id)"), and a
# note may close the line ("-- hot in redis, source in postgres").
_KEY_NAMES = (
    r"(?:(?:pk|ck|sk|partition key|clustering key|sort key|primary key)[ \t]+)?"
    r"\(?[a-z][a-z0-9_]*(?:,[ \t]*[a-z][a-z0-9_]*)*\)?"
)
# A key written as a template needs no store named before it: "lobby:{id} hash -> host_uid, mode, region"; a note
# on the store ("frontier (per-host queue): host -> [url, priority, next_fetch_at]") or on the key ("url_hash (8B)")
# and the value's brackets change nothing.
_KEY_TEMPLATE = r"`?[a-z][a-z0-9_]*(?::\{?[a-z0-9_]+\}?)+`?"
_KEY_NOTE = r"(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]+(?:hash|set|zset|sorted set|list|string|map|hset))?"
_STORE = r"[a-z][\w ]{0,30}(?:[ \t]*\([^()\n]{1,30}\))?:[ \t]+"
_KEY_TO_NAMES = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+)?(?:{_STORE}(?:{_KEY_TEMPLATE}|{_KEY_NAMES}(?:,[ \t]*{_KEY_NAMES})?)|{_KEY_TEMPLATE})"
    rf"{_KEY_NOTE}[ \t]*(?:->|→|=>)[ \t]*[\[{{]?{_VALUE_NAME}(?:[ \t]*,[ \t]*{_VALUE_NAME}){{2,}}[\]}}]?"
    r"[ \t]*(?:(?:--|//|#)[^\n]*)?$",
    re.MULTILINE,
)


# A store's layout in brackets after the kind of store, as notes give it in passing: "metadata lookup: KV (id ->
# owner, status, expiry, renditions)", "a wide-column table (clip_id -> views, likes, last_seen)".
_STORE_LAYOUT = re.compile(
    r"\b(?:kv|key[- ]value(?: store)?|wide[- ]column(?: store| table)?|table|hash)[ \t]*\([ \t]*"
    rf"(?:{_KEY_TEMPLATE}|`?{_KEY_NAMES}`?)[ \t]*(?:->|→|=>)[ \t]*"
    rf"{_VALUE_NAME}(?:[ \t]*,[ \t]*{_VALUE_NAME}){{2,}}[ \t]*\)",
    re.IGNORECASE,
)


# A store named, then its key and what it maps to, as notes lay out a table or a key-value store in passing:
# "a cassandra table for history (match_id, seq) -> event", "writes to a kv: token_id -> number". The key is a
# snake_case name of an id, code or hash, a template ("seat:{flight_id}") or two names or more in brackets; a key
# that leads to a place ("user_id -> shard 3", "hash(user_id) -> partition") routes, it lays out nothing.
_STORED_KEY = rf"(?:{KEY_FIELDS}|[a-z][a-z0-9]*_(?:id|key|hash|code|no)\b|{_KEY_TEMPLATE})"
_PLACE = r"(?:shard|partition|node|server|worker|consumer|queue|topic|region|replica|instance|host|bucket|pod|machine)"
_STORE_KEYED = re.compile(
    r"\b(?:kv|key[- ]value(?: store)?|table|hash ?map|dictionary|redis|dynamo(?:db)?)\b[^\n.;]{0,40}?"
    rf"{_STORED_KEY}[ \t]*(?:->|→|=>)[ \t]*(?!(?:the |a |one |its |same )?(?:[a-z]+ ){{0,2}}{_PLACE}s?\b)[\w\[{{]",
    re.IGNORECASE,
)


def store_keyed(text: str) -> bool:
    """A store named, then its key and what the key leads to (see _STORE_KEYED)."""
    return "_" in text and ("->" in text or "→" in text or "=>" in text) and _STORE_KEYED.search(text) is not None


# A drawing's box with the fields it keeps beside it: "[device registry] (device_id, hw_model, current_version, slot)".
_BOX_FIELDS = re.compile(
    r"\[[A-Za-z][\w /-]{0,30}\][ \t]*\(([ \t]*[a-z][a-z0-9_]*(?:[ \t]*,[ \t]*[a-z][a-z0-9_]*){2,})[ \t]*\)"
)


def _box_fields(text: str) -> bool:
    """A box of a drawing with three names or more beside it, two of them snake_case (see _BOX_FIELDS)."""
    return any(len(SNAKE.findall(found.group(1))) >= 2 for found in _BOX_FIELDS.finditer(text))


# A record written as its name, a sign and its fields in braces, as notes write one: "order = {order_id,
# customer_id, items[] (menu_item_id, qty), placed_at}", "PK short_code → { long_url, owner_id, expires_at }".
_BRACE_FIELD = r"[a-z_][\w]*(?:\[\])?(?:[ \t]*\([^(){}\n]{0,60}\))?(?:[ \t]+[a-z]+)?"
_BRACE_RECORD = re.compile(
    rf"(?:=|:|→|->|=>)[ \t]*\{{[ \t]*({_BRACE_FIELD}(?:[ \t]*,[ \t]*{_BRACE_FIELD}){{2,}})[ \t]*,?[ \t]*\}}",
    re.IGNORECASE,
)


# One key a line of a sample record, as JSON or YAML writes it: '"parent_asin": "B08X0000",', "route_id: payments".
_SAMPLE_KEY = re.compile(r"^[ \t]*[\"']?([a-z][a-z0-9_]*)[\"']?[ \t]*:[ \t]*\S", re.MULTILINE)
SAMPLE_KEYS_MIN = 4
# A record's name opening a block in braces, as code declares one ("secret_version {", "Booking {"); one whose
# words name a request, a reply or settings ("HoldRequest", "create_hold_response", "retry_config") is none. (Not
# API_SIDE: its "returns?" would turn down a shop's "Return {" record.)
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "HoldRequest", "create_hold_response": their words
_NOT_RECORDS = frozenset(
    {"request", "requests", "req", "response", "responses", "resp", "reply", "body", "payload", "params", "args"}
    | {"query", "config", "conf", "configuration", "settings", "options", "opts", "env", "policy"}
)
_RECORD_OPENS = re.compile(r"^(?:[ \t]*(?:```|~~~)[^\n]*\n)?[ \t]*([A-Za-z][A-Za-z0-9_]*)[ \t]*\{[ \t]*$", re.MULTILINE)


def sample_record(text: str, titled: bool) -> bool:
    """A record shown by example: SAMPLE_KEYS_MIN keys or more one a line, one an id or a snake_case name. Read
    under a data model heading (titled), or where the block opens by naming its record before a brace: elsewhere
    such a block is as often a config file or a request's body (whose name says so)."""
    if not titled and not _names_a_record(text):
        return False
    keys = _SAMPLE_KEY.findall(text) if ":" in text else []
    return len(keys) >= SAMPLE_KEYS_MIN and any(SNAKE.search(key) for key in keys)


def _names_a_record(text: str) -> bool:
    """The block opens with a record's name before a brace, no request's, reply's or settings' (_RECORD_OPENS)."""
    named = _RECORD_OPENS.match(text) if "{" in text else None
    words = [word.lower() for word in _NAME_WORD.findall(named.group(1))] if named else []
    return bool(words) and _NOT_RECORDS.isdisjoint(words)


def brace_record(text: str) -> bool:
    """A line names a record and sets its fields out in braces, two of them at least snake_case names."""
    for line in text.split("\n"):
        found = _BRACE_RECORD.search(line)
        if found and not API_SIDE.search(line[: found.start()]) and len(SNAKE.findall(found.group(1))) >= 2:
            return True
    return False


# A record written as its name, a sign and its fields between pipes or spaced slashes, as a cheat sheet sets one
# out: "places -> place_id | name | lat | lng | geohash6", "clicks -> short_code + ts (PK) | ip | ua", "on-disk
# record = key_len(4B) | key | value", "frontier: url_hash (pk) / url / host / next_fetch_at". The line opens with
# the name (a Markdown table's row opens with a pipe); the fields are lower-case names, one written as only a field
# is.
_PIPE_NAME = r"[a-z][a-z0-9_]*(?:[ \t]*\([^()|\n]{0,40}\))?"  # "short_code (PK, 7 chars)"
_PIPE_FIELD = rf"{_PIPE_NAME}(?:[ \t]*\+[ \t]*{_PIPE_NAME})?"  # a key of two: "short_code + ts (PK)"
_PIPE_RECORD = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?[A-Za-z][\w -]{0,30}?[ \t]*(?:->|→|=>|=|:)[ \t]*"
    rf"({_PIPE_FIELD}(?:(?:[ \t]*\||[ \t]+/)[ \t]*{_PIPE_FIELD}){{2,}})[ \t]*$",
    re.MULTILINE,
)
_PIPE_FIELDS_MIN = 4  # three names between pipes may be choices ("mode: walk | bike | drive"); four are a record


def pipe_record(text: str) -> bool:
    """A line names a record and sets its fields out between pipes or slashes (see _PIPE_RECORD)."""
    for found in _PIPE_RECORD.finditer(text) if "|" in text or " /" in text else ():
        if API_SIDE.search(found.group(0)):
            continue
        fields = re.split(r"\||[ \t]/", found.group(1))
        if len(fields) >= _PIPE_FIELDS_MIN and any(SNAKE.search(field) for field in fields):
            return True
    return False


_COLUMN_HEAD = re.compile(r"\b(?:fields?|columns?|attributes?|(?:data )?types?)\b", re.IGNORECASE)
# A header whose first cell names the stored things its rows are: "| Table | Content |", "| Entity | Holds |".
_STORED_HEAD = re.compile(r"^[ \t]*\|?[ \t]*(?:tables?|entit(?:y|ies)|records?|collections?)[ \t]*\|", re.IGNORECASE)
_LISTED_ROWS_MIN = 2


def column_table(text: str, types: re.Pattern[str]) -> bool:
    """A table whose header names columns or fields, or whose rows give a type per field, or whose header names
    the stored things and whose rows list what each holds ("| vehicle | licence plate, type, seats |")."""
    lines = text.split("\n")
    if _COLUMN_HEAD.search(lines[0]) or (_STORED_HEAD.match(lines[0]) and _listed_rows(lines[2:])):
        return True
    cells = (cell.strip(" `*") for line in lines[2:] for cell in line.split("|"))
    return sum(1 for cell in cells if cell and types.fullmatch(re.sub(r"\(\d+\)$", "", cell))) >= 2


def _listed_rows(rows: list[str]) -> bool:
    """Two rows or more whose second cell lists three things or more."""
    seconds = (row_cells(row)[1:2] for row in rows)
    return sum(1 for cell in seconds if cell and cell[0].count(",") >= 2) >= _LISTED_ROWS_MIN


# A record's size in an estimate, its fields in brackets after it: "100M x ~100 B (user_id, status, last_seen,
# device bitmap, ts)", "~200 bytes per row (id, owner_id, created_at)". Three names or more, two in snake_case.
_SIZED_RECORD = re.compile(
    r"\b\d+(?:[.,]\d+)?[ \t]?(?:B|bytes?|KB|kB|KiB)\b[^()\n]{0,20}"
    r"\((?P<names>[ \t]*[a-z][a-z0-9_]*(?:[ \t]*,[ \t]*[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*)?){2,}[ \t]*)\)"
)


def sized_record(text: str) -> bool:
    """A record's size given with the fields that make it up (see _SIZED_RECORD)."""
    return any(len(SNAKE.findall(found["names"])) >= 2 for found in _SIZED_RECORD.finditer(text))


def keyed_anywhere(text: str) -> bool:
    """A key layout on a line of its own, or set apart as code in a sentence ("Gateway writes
    `presence:{user_id} -> {desktop_last_active, mobile_last_active}` on each heartbeat")."""
    return keyed(text) or store_keyed(text) or ("`" in text and any(keyed(span) for span in CODE_SPAN.findall(text)))
