"""Records told in a story's sentences: an entity the writer marks as a name, bold or italic, and its fields in
brackets or after "with" ("There's an *animal* (species, breed, sex, date of birth, microchip if any)", "There are
**volunteers**, with a name, a phone number, an optional email, and a preferred contact method").

Several signals together, since each alone is common: the marked name, four or more short lower-case phrases
right after it, most of them singular (a record's fields, not kinds of data: "*intent* (reservations, codes, expiry
dates)"), and at least two of them naming what fields are named for (a date, a number, a status). What the
writer keeps per one of a kind ("What we store per submission: exam id, student number, ...") is read the same
way. A bold word over options ("**Queue** (Kafka, SQS, RabbitMQ, Pulsar)") has capitalised names; one over qualities
("**Cons** (slow, costly, complex, fragile)") names no field. The reverse too: tables named after a label for
them ("The main tables are: complaint, case_note, audit_log") are no fields, however they are written.
"""

from __future__ import annotations

import re

from designlint.doc.items import ITEM_TEXT

_MARKED = re.compile(
    r"(?:\*\*|\*|(?<!\w)_)(?P<entity>[A-Za-z][A-Za-z -]{1,30}?)(?:\*\*|\*|_(?!\w))"
    r"(?:\s*\((?P<bracketed>[^()\n]{10,300})\)|,?\s+(?:with|has|holds|having)\s+(?P<told>[^.;:()\n]{10,300}))"
)
_PHRASES = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+")
_ARTICLE = re.compile(r"^(?:an?|the|its|their|one|some|any)\s+", re.IGNORECASE)
# What fields are named for: "date of birth", "phone number", "status", "expiry date", "contact method".
_FIELD_HEAD = re.compile(
    r"\b(?:names?|dates?|times?|timestamps?|ids?|numbers?|emails?|phones?|address(?:es)?|status(?:es)?|states?"
    r"|types?|kinds?|counts?|totals?|prices?|amounts?|sizes?|versions?|urls?|titles?|scores?|levels?|flags?"
    r"|codes?|keys?|owners?|methods?|expiry|sex|age|species|breeds?|descriptions?|notes?)\b"
)
MIN_PHRASES, MAX_WORDS, MIN_FIELD_HEADS = 4, 5, 2


# What is kept for each of a kind, its fields after the colon: "What we store per submission: exam id, student
# number, version number, original file name, size", "For each booking we keep: the member, the court, the start".
_KEPT_PER = re.compile(
    r"\b(?:we|it|the (?:app|system|server|service|database|db))\s+(?:store|keep|save|record)s?\s+"
    r"(?:per|for (?:each|every|one)|about (?:each|every))\s+[a-z]+\s*:\s*(?P<told>[^.;:()\n]{10,300})"
    r"|\b(?:per|for (?:each|every))\s+[a-z]+,?\s+(?:we|it)\s+(?:store|keep|save|record)s?\s*:\s*"
    r"(?P<after>[^.;:()\n]{10,300})"
    # the thing alone before the colon, as a turn answers what a record holds: "Per key: the key bytes, ..."
    r"|(?:^|(?<=[:.?!]\s))per\s+(?!(?:second|minute|hour|day|week|month|year|user|request)s?\b)[a-z]+\s*:\s*"
    r"(?P<alone>[^.;:()\n]{10,300})"
    # a record said to be written for each of a kind, its fields perhaps wrapped: "A verdict record is written for
    # every scanned message: message id, recipient, score, the signals that fired, the action"
    r"|\b(?:a|an|one)\s+(?:[a-z]+\s+)?(?:record|row|entry|document)\s+(?:is\s+)?(?:written|stored|kept|saved|created"
    r"|inserted|added)\s+(?:for|per)\s+(?:each\s+|every\s+)?[a-z][\w -]{0,30}:\s*(?P<record>[^.;:()]{10,300})",
    re.IGNORECASE,
)


# Every _KEPT_PER shape holds "per" or "each"/"every": most texts hold neither, and this test is far cheaper.
_KEPT_CUE = re.compile(r"\b(?:per|each|every)\b", re.IGNORECASE)
# A note in brackets beside a name ("photo id (exists already)"): no part of the name (shared with prose_fields).
NOTE = re.compile(r"\s*\([^()\n]*\)")


def told_record(text: str) -> bool:
    """The text names an entity it marks, or says what it keeps per one of a kind, and that entity's fields (see
    the module notes)."""
    kept = ":" in text and _KEPT_CUE.search(text) is not None
    if kept and any(_fields(_told(found)) for found in _KEPT_PER.finditer(NOTE.sub("", text))):
        return True
    if "*" not in text and "_" not in text:
        return False  # nothing marked: the search is costlier than this test, and most texts mark nothing
    return any(_fields(found["bracketed"] or found["told"]) for found in _MARKED.finditer(text))


def _told(found: re.Match[str]) -> str:
    return found["told"] or found["after"] or found["alone"] or found["record"]


def listed_record(items: list[str]) -> bool:
    """List items under a line that says they are stored ("Per photo we keep (new columns):"), each a field and its
    notes ("photo id (exists already)", "width / height of the original", "status: pending / ready / failed"):
    the items' heads read as one record's fields, as a told record's do."""
    heads = [_ITEM_HEAD.split(NOTE.sub("", item).strip(" `*"), maxsplit=1)[0] for item in items]
    return _fields(", ".join(head.replace(" / ", " and ") for head in heads if head)) or any(
        _entity_item(item) for item in items
    )


# An item that says what its sub-items are, a record's fields ("- fields" over "  - title: text (analyzer)" and
# "  - price: scaled long per market"), wherever it stands; a call's fields ("search payload fields", "returned
# fields", "webhook fields") are an API's, and a screen's or a report's columns are shown, not stored.
_NOT_STORED = (
    r"request|response|reply|query|params?|parameters|input|output|headers?|form|payload|body|returned|returns?"
    r"|webhooks?|api|endpoints?|filters?|search|page|screen|ui|view|display|csv|export|report|message"
)
_FIELDS_LABEL = re.compile(
    rf"(?:(?!(?:{_NOT_STORED})\b)[A-Za-z_][\w-]*\s+){{0,3}}(?:fields|columns|attributes|schema|mapping)\s*:?",
    re.IGNORECASE,
)


def labelled_fields(items: list[str]) -> bool:
    """An item labelled as fields whose own items read as a listed record (see listed_record)."""
    for item in items:
        label, _, nested = item.partition("\n")
        if nested and _FIELDS_LABEL.fullmatch(label.strip(" *_`")):
            subs = [found.group(2) for line in nested.split("\n") if (found := ITEM_TEXT.match(line.strip()))]
            if listed_record(subs):
                return True
    return False


# An item that is an entity, then its fields after a colon, in plain words as a writer outside software puts them:
# "Club: name, contact person, invoice address, debtor number (from accounting)".
_ENTITY_ITEM = re.compile(r"[*_`]{0,2}[A-Za-z][\w /-]{0,30}?[*_`]{0,2}\s*:[*_]{0,2}\s*(?P<told>[^:\n]{10,300})")


def _entity_item(item: str) -> bool:
    found = _ENTITY_ITEM.fullmatch(NOTE.sub("", item.split("\n", 1)[0]).strip())
    return found is not None and _fields(found["told"])


_ITEM_HEAD = re.compile(r"\s*(?:[,:;]|\s[-–—]\s|\be\.g\.)")


def _fields(told: str) -> bool:
    phrases = [_ARTICLE.sub("", p.strip()) for p in _PHRASES.split(told) if p.strip()]
    if len(phrases) < MIN_PHRASES or any(len(p.split()) > MAX_WORDS for p in phrases[:MIN_PHRASES]):
        return False
    if sum(1 for p in phrases if not p[:1].islower()) > len(phrases) // 5:
        return False  # "Kafka, SQS, RabbitMQ": names of things, not fields (one of five may be "TTL")
    if sum(1 for p in phrases if _PLURAL.search(p)) * 2 > len(phrases):
        return False  # "(reservations, codes, expiry dates, redirect instructions)": kinds of data, not one's fields
    return sum(1 for p in phrases if _FIELD_HEAD.search(p)) >= MIN_FIELD_HEADS


_PLURAL = re.compile(r"(?<![su])s$")  # "dates", not "status", "address"


# The tables named after a label for them: "The main tables are: complaint, case, source_location, audit_log".
# A few words may come between the word and its colon ("Tables in the database:", "Tables roughly:"), unless they
# say fields follow ("Tables with their columns: booking(booking_id, ...)").
_TABLE_NAMES = re.compile(
    r"\b(?:tables|entities|collections)\b(?![^:.\n]{0,30}\b(?:fields|columns|attributes|keys|schemas?)\b)"
    r"[^:.\n()]{0,30}:[^.\n]*",
    re.I,
)


def without_table_names(text: str) -> str:
    """The text with the tables named after a label taken out: names of tables, not fields."""
    return _TABLE_NAMES.sub(" ", text) if "_" in text and ":" in text else text
