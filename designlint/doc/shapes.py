"""What a block is shaped like, whatever its heading says: a record with fields (operations: doc/operations.py).

A data model shows itself by structure: DDL, a table of columns, lines that pair a field
with a type or size, a row of field names under an entity ("users: id, name, created_at"),
a class whose constructor takes the fields, a typed key/value declaration. Entity names on
their own ("Tables: User, Post") have none of these and are not a data model. DDL, constructors,
typed generics and key-value layouts are read in doc/notations.py.
"""

from __future__ import annotations

import re

from designlint.doc.document import Block
from designlint.doc.html import pipe_table, untagged
from designlint.doc.items import TYPED_BULLETS
from designlint.doc.model import CODE_SPAN, row_cells
from designlint.doc.notations import (
    brace_record,
    column_table,
    keyed_anywhere,
    pipe_record,
    sample_record,
    settled_alone,
)
from designlint.doc.prose_fields import (
    SNAKE,
    WORDED_MIN,
    key_tuple,
    listed_fields,
    prose_row,
)
from designlint.doc.stored_groups import stored_group
from designlint.doc.told_records import NOTE, labelled_fields, listed_record, without_table_names

# Line patterns use [ \t], not \s, so no match runs on into the next line.
_QUOTE = "[`*\"']*"
# A key marker after a field's name: "tweet_id PK", "(follower_id, followee_id, PK both)".
# Written in capitals too, as DDL is: "ticket_id UNIQUE", "id PRIMARY KEY", "email NOT NULL".
# A type in capitals the way DDL and PostGIS write one follows a name too: "geom POINT", "id UUID", "body TEXT".
_MARK = (
    r"(?:[ \t]+(?:PK|FK|pk|fk|(?i:primary key|partition key|sort key|key|unique|indexed|not null)|both"
    r"|[A-Z][A-Z0-9_]{1,15}\b)){0,3}"
)
# A type word after a field's name: "timestamp_ms int64", "value float64", "ts i64".
_TYPE_WORD = (
    r"(?i:u?int\d*|(?:big|small|tiny)int|float\d*|double|decimal|numeric|string|str|text|bool(?:ean)?|uuid"
    r"|timestamp(?:tz)?|date(?:time)?|bytes|blob|jsonb?|long|(?:var)?char(?:\(\d+\))?"
    r"|[uif](?:8|16|32|64|128))"  # Rust's and Go's short forms: "ts i64", "value f64"
)
_TYPE_AFTER = rf"(?:[ \t]+{_TYPE_WORD})?"
# A name with its type ("offset int64"): a field; an entity in a list of them has no type.
_TYPED_NAME = re.compile(rf"(?:^|[,|·])[ \t]*[A-Za-z_][\w.]*[ \t]+{_TYPE_WORD}[ \t]*(?=[,|·]|$)")
TYPED_NAMES_MIN = 2
# A field: its name (with "[]" for a list), a type word or key marker, a note in brackets
# ("status [created|paid]" gives its values).
_FIELD_NOTE = r"(?:[ \t]*(?:\([^)\n]{0,60}\)|\[[^\]\n]{1,80}\]))?"
# A state the field is shown in may follow it ("status=HELD"), or the states it takes ("status PENDING|PAID",
# "state: OPEN|HELD", "kind: seasonal|visitor"); a parameter's default ("limit=20") does not.
_STATES = (
    r"(?:=[A-Z][A-Z_]{1,30}\b|[ \t]+[A-Z][A-Z_]{1,30}(?:\|[A-Z][A-Z_]{1,30})+\b"
    r"|:[ \t]*[A-Za-z][\w-]{0,30}(?:\|[A-Za-z][\w-]{0,30})+\b)?"
)
# A name may be marked optional as notes and TypeScript mark it ("user_id?", "deleted?").
_IDENT = (
    rf"(?:{_QUOTE}[A-Za-z_][\w.]*(?:\[\])?\??{_QUOTE}{_STATES}{_TYPE_AFTER}{_MARK}{_FIELD_NOTE}"
    rf"|\[[\w ]{{1,40}}\])"
)
# "name: string", "id int PRIMARY KEY", "`user_id` - uuid": a field, then one type word that ends the line or the cell.
_DECLARED = re.compile(
    rf"^[ \t>*+-]*+{_QUOTE}[A-Za-z_][\w.]*{_QUOTE}[ \t]*(?::|-|=|\(|[ \t])[ \t]*{_QUOTE}(\w+)(?:\(\d+\))?{_QUOTE}"
    r"[ \t]*(?:$|[,;|)\]}]|#|--|//|[ \t]+(?:primary|pk|fk|not|null|unique|key|index|references|default)\b)",
    re.MULTILINE | re.IGNORECASE,
)
# "{ _id: ObjectId, text: String }": pairs inside braces on one line; a signature's typed
# parameters ("create(url: str, ttl: int)") are an operation, not a record.
_PAIR = re.compile(r"[{,][ \t]*[`\"']?[A-Za-z_]\w*[`\"']?[ \t]*:[ \t]*[`\"']?(\w+)")
_CALL = re.compile(r"\w\(")
# "`tweet_id` - 8 bytes": a field and its size.
_SIZED = re.compile(
    rf"^[ \t>*+-]*+{_QUOTE}[A-Za-z_]\w*{_QUOTE}[ \t]*[-:=(][ \t]*\d+[ \t]*(?:bytes?|B|KB|chars?|characters)\b",
    re.MULTILINE,
)
# "varchar(64) email": the type first, as in a struct or DDL body.
_TYPE_FIRST = re.compile(r"^[ \t]*(\w+)(?:\(\d+\))?[ \t]+[a-z_]\w*[ \t]*[,;]?[ \t]*$", re.MULTILINE)
# A row of three or more field names, alone or after an entity name (a note in brackets may follow it: "seek (in
# memory only): player_id, ...") and ":", "(", "{" or "-", opening a line or a sentence;
# once its bracket closes, a note may follow ("(video_id, user_id, city): embedded"), as may a comment after "--",
# "//" or "#" ("samples: series_id, ts, value  -- gorilla compressed").
_ROW = re.compile(
    # a speaker's turn may open the line: "Me: players table in Postgres: player_id, handle, region"
    r"(?:^|(?<=[.;!?][ \t])|(?<=^Me:[ \t])|(?<=^A:[ \t]))"
    rf"[ \t>*+-]*+(?:({_QUOTE}[A-Za-z_][\w ]{{0,30}}?{_QUOTE})(?:[ \t]*\([^()\n]{{1,40}}\)(?=[ \t]*:))?"
    rf"[ \t]*(?:[:(\{{\[=—–-][ \t]*)+)?"
    rf"({_IDENT}(?:[ \t]*[,|·][ \t]*{_IDENT}){{2,}})[ \t]*(?:[)\]}}].*|[,;.]?[ \t]*(?:(?:--|//|#)[^\n]*)?)$",
    re.MULTILINE,
)
# A name that is plainly a field: snake_case, an id, camelCase ending in Id, a key marker.
_FIELD_NAME = re.compile(r"\b(?:[a-z]+_[a-z_]+|[Ii][Dd]s?|[a-z]+Id|PK|FK|pk|fk)\b")
# "Tables: User, Post" or "Entities - ..." lists entities, not one entity's fields.
_CONTAINER = re.compile(r"(?:tables?|entit(?:y|ies)|collections?|models?|objects?|records?)", re.IGNORECASE)
# "name(a, b, c)" anywhere in a line, the scan linear as the parenthesis stops at the next one; a record wrapped at a
# line break inside its brackets reads as one ("write reservation(token_id, user_id,\n expires_at, status)").
_RECORD = re.compile(r"\b[A-Za-z_]\w{0,40}\([^()]{3,300}\)")
# "write it into a price-history table (route_date, ts, min_price, carrier)": a table named, then its fields;
# its own name may come between ("merge into a rolling table\n  hit_counts(page, hour, total)").
# One stored thing said to be its fields is one too: "a vote is (poll_id, participant_id, option, ts)".
_NAMED_RECORD = re.compile(
    r"\b(?:(?:tables?|rows?|records?|entry|entries)\s*(?:[a-z][a-z0-9]*_[a-z0-9_]*)?|(?:a|an|each|one)\s+[a-z]+\s+is\s*)"
    r"\(\s*[a-z][a-z0-9_]*(?:\s*,\s*[a-z][a-z0-9_]*){2,}\s*\)"
)
# "token table: 24M x ~250 bytes (token, platform, user, topics, region, last_seen)": a table named, a few words
# about it, then four or more fields in brackets.
# A row or record said to go somewhere works the same way: "a row in the metadata db (image_id, owner,
# state=processing, created_at)", a name perhaps shown in the state it is written with.
_TABLE_THEN_FIELDS = re.compile(
    r"\b(?:tables?|rows?|records?)\b[^()\n]{0,40}\(\s*[a-z][a-z0-9_]*(?:=\w+)?(?:\s*,\s*[a-z][a-z0-9_]*(?:=\w+)?){3,}\s*\)"
)
_CHECKBOX = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\[[ xX]\][ \t]*", re.MULTILINE)


def has_fields(block: Block, types: re.Pattern[str], operations: re.Pattern[str], titled: bool = False) -> bool:
    """The block lays out stored records with their fields (see the module notes).

    titled: the block sits under a data model heading, so a row of plain lower-case names
    ("User: name, email, password") is taken as fields even without an id among them.
    """
    if block.kind in ("comment", "heading"):
        return False
    # a checklist's boxes ("[x] site_id UInt32, ts DateTime, ...") and HTML's tags are no part of the record
    text = untagged(_CHECKBOX.sub("", block.text) if "[" in block.text else block.text)
    items = [item.text for item in block.items] if block.kind == "list" else []
    listed = (titled and listed_record(items)) or labelled_fields(items)
    if listed or settled_alone(text) or listed_fields(text) or sample_record(text, titled):
        return True
    table = text if block.kind == "table" else pipe_table(text) if "<" in text else None
    if table is None and block.kind == "html":
        return False  # of raw HTML only a table is read
    if table is not None:
        # under a data model heading, a table whose cells name snake_case fields ("| postings | (label_name,
        # label_value) | sorted list of series_id |") lays them out whatever its header says
        columns = column_table(table, types) or _entity_rows(table, operations)
        return columns or (titled and len(SNAKE.findall(table)) >= WORDED_MIN - 1)
    if _typed_lines(text, types) >= 2 or _aligned_fields(text) or _name_lines(text) or _bracket_layout(text):
        return True
    if ("{" in text and brace_record(text)) or (block.kind != "table" and pipe_record(text)):
        return True
    # a key told by its fields, in a text of any length ("(doc_id, revision) is the primary key", "..., so I'd add a
    # second table keyed by (user, channel)"), or a store's key ("a kv: token_id -> number")
    if block.kind != "code" and (key_tuple(text) or keyed_anywhere(text)):
        return True
    if text.count(",") + text.count("|") + text.count("·") + text.count(" and ") < 2:
        return False  # every row below needs two separators ("a, b and c" has two): skip the costlier patterns
    if _has_row(without_table_names(text), operations, titled):
        return True
    # A record written inline in a sentence: "stored as `pastes(paste_id, owner_id, body)`", or
    # several after a label: "Tables: notifications(id PK, user_id, status), preferences(...)".
    if block.kind == "code":
        return False
    inline = CODE_SPAN.findall(text) if "`" in text else []
    inline += [" ".join(found.group(0).split()) for found in _RECORD.finditer(text)] if "(" in text else []
    named = "(" in text and any(
        "_" in found.group(0) for pattern in (_NAMED_RECORD, _TABLE_THEN_FIELDS) for found in pattern.finditer(text)
    )
    if any(_has_row(span, operations, titled) for span in inline) or prose_row(text) or named:
        return True
    return stored_group(text) or ("(" in text and _records_in_a_row(text, operations))


# A record laid out byte by byte, its fields in brackets side by side: "[key_len][key][val_len][val][ts]".
_BRACKET_LAYOUT = re.compile(r"(?:\[[a-z][\w ]{0,20}\]){4,}", re.IGNORECASE)


def _bracket_layout(text: str) -> bool:
    return "][" in text and _BRACKET_LAYOUT.search(text) is not None


# A store named, then its records in a row, each with its fields: "- postgres: customer, property(addr, lat/lng,
# ladder y/n), visit(due, status, crew, seq)". Calls are verbs ("book(slot, user), cancel(booking)") and do not count.
_STORE_LABEL = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?[A-Za-z][\w /-]{0,20}:[ \t]")
RECORDS_IN_A_ROW = 2


def _records_in_a_row(text: str, operations: re.Pattern[str]) -> bool:
    for line in text.split("\n"):
        if not _STORE_LABEL.match(line):
            continue
        records = [m.group(0) for m in _RECORD.finditer(line)]
        named = [r for r in records if not _called(r.split("(")[0], operations) and r[:1].islower()]
        fielded = [r for r in named if r.count(",") >= 1 and _lower_case_names(r[r.index("(") + 1 : -1])]
        if len(fielded) >= RECORDS_IN_A_ROW:
            return True
    return False


# "clips" over "  clip_id  (ulid)", "  cam_id", "  started_at, dur_ms": a record one field (or a few) a
# line, each line nothing but snake_case names and a note in brackets.
# A bullet may mark each line, and a note in brackets may follow any name ("- cell_id (H3 index), city_id").
_NAME_LINE = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+)?[a-z][a-z0-9]*_[a-z0-9_]+{_FIELD_NOTE}"
    rf"(?:[ \t]*,[ \t]*[a-z][a-z0-9_]*{_FIELD_NOTE})*[ \t]*$",
    re.MULTILINE,
)
_NAME_LINES_MIN = 4
# One field a line, its name alone or followed by a gap and what it holds: "  chat_id      partition key",
# "- long_url    text", "  sender_id". A bullet may mark each line.
_FIELD_LINE = re.compile(
    rf"^[ \t]*(?:[-*+{TYPED_BULLETS}][ \t]+)?([a-z][a-z0-9_]{{1,40}})(?:([ \t]{{2,}}|\t)\S.*|{_FIELD_NOTE}[ \t]*)$",
    re.MULTILINE,
)


def _name_lines(text: str) -> bool:
    return "_" in text and len(_NAME_LINE.findall(text)) >= _NAME_LINES_MIN


def _aligned_fields(text: str) -> bool:
    """A record laid out one field a line, its name then a gap then what it holds ("expires_at    now +
    TTL"): three or more such lines, two of them snake_case names as fields are written. Lines naming a
    field alone count too where four or more lines do and three name fields in snake_case, as a column
    list mixing described and bare fields does ("chat_id   partition key" over "sender_id" and "body")."""
    if "\n" not in text:
        return False  # one field a line needs lines
    lines = [(m.group(1), m.group(2) is not None) for m in _FIELD_LINE.finditer(text)]
    gapped = [name for name, gap in lines if gap]
    snake = sum(1 for name, _ in lines if "_" in name)
    if len(gapped) >= WORDED_MIN - 1 and sum(1 for name in gapped if "_" in name) >= 2:
        return True
    # with no line described after a gap, one more line must name a field alone ("street", "postcode")
    return len(lines) >= WORDED_MIN + (0 if gapped else 1) and snake >= WORDED_MIN - 1


def _typed_lines(text: str, types: re.Pattern[str]) -> int:
    declared = [m.group(1) for m in _DECLARED.finditer(text)] + [m.group(1) for m in _TYPE_FIRST.finditer(text)]
    declared += [
        m.group(1) for line in text.split("\n") if "{" in line and not _CALL.search(line) for m in _PAIR.finditer(line)
    ]
    return sum(1 for word in declared if types.fullmatch(word)) + len(_SIZED.findall(text))


def _has_row(text: str, operations: re.Pattern[str], titled: bool = False) -> bool:
    """A row of field names that is not an operation's parameter list ("createUser(name, email_address)")."""
    for found in _ROW.finditer(text):
        entity = (found.group(1) or "").strip("`*\"' ")
        called = _called(entity, operations) and not _NOUN_PLURAL.fullmatch(entity) and not _STORED_NAME.search(entity)
        # "record: offset int64 | timestamp int64 | ...": a container's name over typed names is one record
        # (two of them: "quizzes (MCQ, numeric, short text)" names one kind of answer in words)
        typed = len(_TYPED_NAME.findall(found.group(2))) >= TYPED_NAMES_MIN
        if entity and (called or (_CONTAINER.fullmatch(entity) and not typed)):
            continue
        if typed or _FIELD_NAME.search(found.group(2)):
            return True
        if titled and _lower_case_names(found.group(2)) and (entity or not _plural_names(found.group(2))):
            return True
    return False


def _called(name: str, operations: re.Pattern[str]) -> bool:
    """The name is an operation's: a verb of the list, or a method's name in lowerCamelCase ("placeBid(lotId,
    amount)", "acceptBid"), where records are named in PascalCase or snake_case."""
    return operations.match(name) is not None or _LOWER_CAMEL.fullmatch(name) is not None


_LOWER_CAMEL = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+")


def _names(row: str) -> list[str]:
    return [NOTE.sub("", name).strip("`*\"' [.") for name in re.split(r"\s*[,|·]\s*", row)]


def _lower_case_names(row: str) -> bool:
    """Most names in the row start lower case, as fields do; entity names ("User, Post") are capitalised."""
    names = _names(row)
    return sum(1 for name in names if name[:1].islower()) * 2 > len(names)


_PLURAL = re.compile(r"[a-z](?<![su])s$")
# A table named by the plural of a verb's noun ("checkins", "uploads"), or in snake_case by a plural or a stored thing
# after a verb ("match_results", "send_log"); an operation is a verb ("reserve", "checkIn", "get_uploads").
_NOUN_PLURAL = re.compile(r"[a-z]+[a-z](?<![su])s")
_STORED_NAME = re.compile(
    r"^(?!(?:get|list|fetch|search|find|load|read|query)_)\w+_(?:[a-z]*[a-z](?<![su])s|log|history|table|index|store)$"
)


def _plural_names(row: str) -> bool:
    """Most names in the row are plurals, as entities are ("patrons, titles"); fields are singular ("name, email")."""
    names = _names(row)
    return sum(1 for name in names if _PLURAL.search(name)) * 2 > len(names)


def _entity_rows(table: str, operations: re.Pattern[str]) -> bool:
    """A table pairing each record with its fields, whatever its header says ("| commission | id, studio_id,
    status |"): two rows or more that read as a record's row once their first cell is taken as its name."""
    rows = (row_cells(line) for line in table.split("\n")[2:])
    named = (f"{row[0].strip()}: {row[1].strip()}" for row in rows if len(row) >= 2)
    return sum(1 for line in named if _has_row(line, operations)) >= ENTITY_ROWS_MIN


ENTITY_ROWS_MIN = 2
