"""Fields named in running text rather than laid out: "each row has notification_id, user_id, status", "a record
with an item id, the owning vault id and a revision", a YAML spec's "fields: [copy_id, title_id]", a marked entity's
(told_records). shapes.has_fields asks here once a block is no table, DDL or typed list.
"""

from __future__ import annotations

import itertools
import re

from designlint.doc.items import TYPED_BULLETS
from designlint.doc.told_records import NOTE, told_record, without_table_names

_SNAKE_NAME = r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"  # a field's name as only fields are written: "placed_at"
SNAKE = re.compile(_SNAKE_NAME + r"|\bid\b")
# After a verb or label that introduces fields, three or more names in a row, commas between.
# A field named in prose: "`comment_id` (snowflake)", "image_id uuid pk", "key varchar(8) pk".
# A key or type marker in capitals may follow: "player_id PK", "week SK", "id UUID".
_PROSE_NAME = (
    r"`?[a-z][a-z0-9_]*`?(?:[ \t]+(?:[a-z][a-z0-9_]*(?:\(\d+\))?|[A-Z]{2,8}\b)){0,2}(?:[ \t]*\([^()\n]{0,40}\))?"
)
_PROSE_ROW = re.compile(
    # (a label's name may be in backticks: "`members`: id, name, postal address, `prefers_post` flag")
    r"(?:\b(?:has|have|holds?|with|stores?|keeps?|carr(?:y|ies)|fields?|columns?|contains?)\b:?"
    r"|\b[a-z_]{2,30}`?:)[ \t]+"
    # the last name joined by "and" with no comma before it, as most lists in prose are ("a, b and c")
    rf"({_PROSE_NAME}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_PROSE_NAME}){{2,}})",
)
# What a stored thing is called in prose ("a record with ...", "One row per seat"); a colon after "is" sets its
# fields out too: "an episode row is roughly: id, show_id, guid", "a vote row is just: talk id, voter id, score".
STORED_NOUNS = r"records?|rows?|documents?|entr(?:y|ies)"
# What the stored thing is kept for may come between: "the metadata row per episode holds the episode id, ...".
_WORDED = re.compile(
    rf"\b(?:{STORED_NOUNS})\s+(?:(?:per|for|of)\s+(?:an?\s+|each\s+|every\s+|the\s+)?[a-z]+\s+)?"
    r"(?:with|holding|containing|carrying|that (?:has|holds|contains|carries)|has|holds|carries"
    r"|(?:is|are|looks like)(?:\s+(?:just|roughly|basically|simply|about|something like))?\s*:"
    # the colon left out after a word that sets the fields out: "A comment record is just video_id, comment_id, ..."
    r"|(?:is|are)\s+(?:just|simply|basically|only)(?=\s))"
    r"\s+([^.;:\n]{10,400})",
    re.IGNORECASE,
)
# The same fields set out in brackets or after a colon right behind the stored noun: "a quote record (quote id,
# rider, pickup, price, expiry)", "asset record: id, created date, checksum, deleted flag".
# A table so described too: "a table of kiosks (which site, which toilet, which operator)", "an append-only table
# of stamp events, each with the customer, the shop, the till, ...", "Catalogue table: ISBN as key, title, author"
# ("Tables: users, bookings, ..." names tables).
_SET_OUT = re.compile(
    rf"\b(?:(?:{STORED_NOUNS})\s*(?:\(([^()\n]{{10,300}})\)|:[ \t]+([^.;:\n()]{{10,400}}))"
    r"|tables?(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:\(([^()\n]{10,300})\)|,?\s+each\s+with\s+([^.;:\n()]{10,400}))"
    r"|(?<=[a-z_`] )table:[ \t]+([^.;:\n()]{10,400}))",
    re.IGNORECASE,
)
_PHRASE_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ID_WORD = re.compile(r"\b(?:ids?|keys?|uuids?|numbers?|references?|refs?|serials?)\b", re.IGNORECASE)
WORDED_MIN = 4


def prose_row(text: str) -> bool:
    """Fields named in a sentence: "each row has notification_id, user_id, status and created_at"."""
    named = without_table_names(text)
    rows = "_" in named and any(len(SNAKE.findall(found.group(1))) >= 2 for found in _PROSE_ROW.finditer(named))
    snaked = rows or ("_" in named and (_snake_run(named) or _dense_names(named) or key_tuple(text)))
    return snaked or _worded_record(text) or told_record(text)


# Four or more names in a row, commas between ("flight_id, seat_no, cabin, status (free, held), booking_ref").
_NAME_RUN = re.compile(rf"(?<![\w`])({_PROSE_NAME}(?:[ \t]*,[ \t]*(?:and[ \t]+)?{_PROSE_NAME}){{3,}})")
_SNAKE_RUN_MIN = 3


def _snake_run(text: str) -> bool:
    """Fields listed in a sentence with nothing to introduce them ("Something like flight_id, seat_no,
    cabin, booking_ref"): a run of names, three of them snake_case as only fields are written."""
    if text.count("_") < _SNAKE_RUN_MIN:
        return False
    # a payload in braces and a call's arguments are an operation's, not a record's ("notify(user_id, ...)")
    text = _PAYLOAD.sub(" ", text)
    return any(len(SNAKE.findall(found.group(1))) >= _SNAKE_RUN_MIN for found in _NAME_RUN.finditer(text))


_PAYLOAD = re.compile(r"\{[^{}\n]*\}|\w\([^()\n]*\)")
# A paragraph told as a story or a dialogue's answer names a record's fields one by one ("Besides the obvious
# order_id, customer_id and restaurant_id, it carries a courier_id ... and placed_at / delivered_at"): enough
# snake_case names, and a word that says they are kept, make it a record however the sentences run.
_KEPT = re.compile(
    r"\b(?:stored?|stores|rows?|tables?|records?|columns?|persist\w*|journal\w*|primary key|database)\b", re.IGNORECASE
)
# A stored record's key told as its fields: "The pair (doc_id, revision) is the primary key", "primary key is
# (tenant_id, event_id)". A key of two fields or more is part of a record's layout.
KEY_FIELDS = r"\(\s*`?[a-z][a-z0-9_]*`?(?:\s*,\s*`?[a-z][a-z0-9_]*`?)+\s*\)"  # "(doc_id, revision)"
_KEY_TUPLE = re.compile(
    rf"{KEY_FIELDS}\s+(?:is|are|as|forms?|makes?)\s+(?:the\s+|a\s+|its\s+|our\s+)?"
    r"(?:composite\s+|compound\s+)?(?:primary|partition|sort|clustering|row)\s+key"
    rf"|\b(?:primary|partition|composite)\s+key\s+(?:is\s+)?{KEY_FIELDS}",
    re.IGNORECASE,
)


# ... or as what the rows are keyed or indexed by, or as the key's two parts by their roles: "Comments table keyed by
# (video_id, ts)", "an index table on (author_id, created_at)", "partition=video_id, clustering=time",
# "partition key video_id, clustering key created_at". ("sharded by" splits a store, it lays out no record.)
_KEYED = re.compile(
    rf"\b(?:keyed|indexed|clustered|partitioned)\s+(?:by|on)\s+{KEY_FIELDS}|\bindex(?:\s+table)?\s+on\s+{KEY_FIELDS}"
    # (a composite partition key in brackets: "partition (stream_id, hour_bucket), clustering msg_id")
    r"|\b(?:partition|hash|primary|row)(?:\s+key)?\s*[=:]?\s*"
    r"(?:`?[a-z][a-z0-9_]*`?|\(\s*[a-z][a-z0-9_]*(?:\s*,\s*[a-z][a-z0-9_]*)+\s*\)),?\s+(?:and\s+)?"
    r"(?:clustering|sort|range)(?:\s+key)?\s*[=:]?\s*`?[a-z][a-z0-9_]*"
    # ... told as what the rows are split and ordered by ("partitioned by stream_id and clustered by comment_id"), or
    # as a key and the fields of its value ("key is user_id, value is {plan, status, renewal_date}")
    r"|\bpartitioned\s+by\s+`?[a-z][a-z0-9_]*`?\s+and\s+(?:clustered|sorted|ordered)\s+by\b"
    r"|\bkey\s+(?:is\s+)?`?[a-z][a-z0-9_]*`?,?\s+(?:and\s+)?(?:the\s+)?value\s+(?:is\s+)?\{[^{}\n]*,[^{}\n]*\}"
    # ... or a key-value store's key and value each given after a sign: "AC: kv, key = action digest, val =
    # ActionResult proto"
    r"|\b(?:kv|key[- ]value(?:\s+store)?|redis|dynamo(?:db)?)\b[^\n.;]{0,20}?\bkey\s*[=:]\s*[^,\n=]{2,40},\s*"
    r"(?:val|value)\s*[=:]\s*\w",
    re.IGNORECASE,
)


# ... or as the rows a store keeps, one for each value of the key's fields: "a ledger, one row per (user, challenge,
# day)", "one document per (tenant_id, month)".
_ROW_PER = re.compile(
    r"\b(?:one|a|1|single)\s+(?:row|record|entry|document|doc|item)\s+(?:per|for\s+each|for\s+every)\s+"
    r"\(\s*[a-z][a-z0-9_]*(?:\s*,\s*[a-z][a-z0-9_]*){1,5}\s*\)",
    re.IGNORECASE,
)


def key_tuple(text: str) -> bool:
    """A record's key told as its fields ("(doc_id, revision) is the primary key", "keyed by (video_id, ts)", "one
    row per (user, challenge, day)")."""
    low = text.lower()
    if "key" in low and _KEY_TUPLE.search(text) is not None:
        return True
    if " per (" in low and _ROW_PER.search(text) is not None:
        return True
    cued = "key" in low or "index" in low or "cluster" in low or "partition" in low
    return cued and _KEYED.search(text) is not None


SNAKE_ONLY = re.compile(_SNAKE_NAME)  # snake_case names alone, "id" aside
_DENSE_MIN = 4


def _dense_names(text: str) -> bool:
    if text.count("_") < _DENSE_MIN:
        return False
    names = set(SNAKE_ONLY.findall(_PAYLOAD.sub(" ", text)))
    return len(names) >= _DENSE_MIN and _KEPT.search(text) is not None


def _worded_record(text: str) -> bool:
    """A stored record's fields in plain words: "a record with an item id, the owning vault id, a
    revision number and a deleted flag" (four or more short phrases, one of them an id)."""
    low = text.lower()
    if not any(word in low for word in ("record", "row", "document", "entr", "table")):
        return False  # the search is costlier than these tests, and most texts hold none
    text = _WRAP.sub(" ", text)  # a sentence wrapped at a line break reads whole
    if any(_field_phrases(found.group(1)) for found in _WORDED.finditer(text)):
        return True
    # set out right behind its noun ("Per user, a small row: current streak length, longest streak, the local date of
    # the last active day, ..."), the fields need no id among them: the noun and the colon say what they are
    # (a named table's own fields in brackets may be three: "a sensors table (location, hardware, which calibration)",
    # "a table of kiosks (which site, which toilet, which operator)"; "a table (cheap, fast, simple)" names none)
    return any(
        _field_phrases(_set_out(found), keyed=False, least=3 if _named_table(found) else WORDED_MIN)
        for found in _SET_OUT.finditer(text)
    )


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|one|this|that|each|every)\s+$", re.IGNORECASE)


def _named_table(found: re.Match[str]) -> bool:
    """The table set out in brackets is named: "table of kiosks", or a name before it ("sensors table")."""
    if not found.group(3):
        return False
    before = found.string[max(0, found.start() - 8) : found.start()]
    return " of " in found.group(0) or _ARTICLE_BEFORE.search(before) is None


def _set_out(found: re.Match[str]) -> str:
    """The fields _SET_OUT found: in brackets as written, after a colon or "each with" without their notes."""
    return found.group(1) or found.group(3) or NOTE.sub("", found.group(2) or found.group(4) or found.group(5))


# A line break inside a sentence, not before a list item of its own.
_WRAP = re.compile(rf"[ \t]*\n[ \t]*(?![-*+{TYPED_BULLETS}>|#]|\d{{1,2}}[.)]\s|\n)")


_CLAUSE = re.compile(r"\s+(?:that|which|whose)\b.*", re.DOTALL)
_GOES_ON = re.compile(r"\s*(?:so|but|because|then|you|we|i|they|it)\b", re.IGNORECASE)
_SIZE = re.compile(r"\d\s?(?:[kmgt]i?b|bytes?)\b", re.IGNORECASE)  # "maybe 1 KB": the record's size, no field


def _field_phrases(fields: str, keyed: bool = True, least: int = WORDED_MIN) -> bool:
    """least short phrases or more, one of them an id (when keyed): what a record's fields read like in words."""
    # a field explained by a clause is named by its head: "a revision number that the server bumps on every write"
    listed = [p for p in _PHRASE_SPLIT.split(NOTE.sub("", fields)) if p.strip() and not _SIZE.search(p)]
    # the sentence going on ends the list: "one document: an ingredient list and steps, and you always read it whole"
    listed = list(itertools.takewhile(lambda p: not _GOES_ON.match(p), listed))
    phrases = [_CLAUSE.sub("", p) for p in listed]
    most = 6 if keyed else 8 if least >= WORDED_MIN else 4  # three of them must be names, not a note's clauses
    short = len(phrases) >= least and all(len(p.split()) <= most for p in phrases[:least])
    return short and (not keyed or any(_ID_WORD.search(p) or SNAKE.search(p) for p in phrases))


# A spec written as YAML or JSON: "fields: [copy_id, title_id, status]", "columns: [...]".
_FIELDS_LIST = re.compile(
    r"^[ \t-]*[\"']?(?:fields|columns|attributes|properties)[\"']?[ \t]*:[ \t]*\[([^\]\n]{3,300})\]", re.M
)


def listed_fields(text: str) -> bool:
    """A key that names fields over a list of them, one of them an id or a snake_case name: in brackets, or one
    a line below the key ("fields: tokens (float)" over "        last_refill (ms epoch)")."""
    if "[" in text:
        for found in _FIELDS_LIST.finditer(text):
            names = [n.strip(" '\"") for n in found.group(1).split(",") if n.strip()]
            if len(names) >= 2 and any(SNAKE.search(n) for n in names):
                return True
    if any(_named_in_prose(found) for found in _FIELDS_SAID.finditer(text)):
        return True
    return "field" in text and any(_fields_below(text, found) for found in _FIELDS_KEY.finditer(text))


# The fields said in a sentence after the word for them or for the record: "Attributes: items, a map of sku to qty;
# updated_at; and a vector clock", "columns: id, owner_id", "players table in MySQL - player_id, ...". Three or
# more, two of them a few words at most, one written as only a field is; no request's fields ("POST body fields").
_FIELDS_SAID = re.compile(
    r"\b(?:(?:fields|columns|attributes|properties)[ \t]*:|(?:table|record|row|entity)\b[^.:\n]{0,30}?(?::|[ \t][-–—]))"
    r"[ \t]*([^.\n\[]{5,300})",
    re.IGNORECASE,
)
_SAID_MIN, _SHORT_WORDS = 3, 4


def _named_in_prose(found: re.Match[str]) -> bool:
    if API_SIDE.search(found.string[max(0, found.start() - 40) : found.start()]):
        return False
    names = [n.strip() for n in re.split(r"[,;]", found.group(1)) if n.strip()]
    short = [n for n in names if len(n.split()) <= _SHORT_WORDS]
    return len(names) >= _SAID_MIN and len(short) >= 2 and any(SNAKE_ONLY.search(n) for n in short)


# A key naming the fields with the first on its line, the rest one a line below it, indented past the margin.
_FIELDS_KEY = re.compile(r"^[ \t-]*(?:fields|columns|attributes)[ \t]*:[ \t]*([a-z_]\w*)", re.MULTILINE)
_FIELD_BELOW = re.compile(r"^[ \t]{2,}([a-z_]\w*)\b")


def _fields_below(text: str, found: re.Match[str]) -> bool:
    names = [found.group(1)]
    for line in text[found.end() :].split("\n")[1:]:
        below = _FIELD_BELOW.match(line)
        if below is None:
            break
        names.append(below.group(1))
    return len(names) >= 2 and any(SNAKE.search(name) for name in names)


# Words that make a text an API's rather than a stored record's (here and in doc/stored_groups.py).
API_TERMS = r"GET|POST|PUT|PATCH|DELETE|body|payload|returns?|params?"
# A request or a response laid out so is an API's, not a stored record: "POST /charges body: {amount, ...}".
API_SIDE = re.compile(rf"\b(?:{API_TERMS}|request|req|response|resp|query|args?)\b")
