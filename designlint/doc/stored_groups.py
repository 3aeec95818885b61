"""A record told by its fields in brackets beside the word for it, or beside the verb that stores it."""

from __future__ import annotations

import re

from designlint.doc.prose_fields import API_TERMS, STORED_NOUNS

__all__ = ["stored_group"]

# A stored thing and its fields in brackets of any kind in one sentence: "each sample ends up as a row of (series_id,
# timestamp, value)", "record = [crc32 4B | ts 8B | ...]", "record: <key, ts, tombstone>". Three short names or more,
# one written as only a field is; no call or payload ("notify(user_id, ...)", "POST /posts {user_id, text}"). The
# thing is named as a record is (row, record, table, stored): a node or a store holds much besides records.
_GROUP = re.compile(r"(?<![\w])[(\[{<]([^()\[\]{}<>\n]{5,300})[)\]}>]")
_STORED_WORD = re.compile(
    rf"\b(?:{STORED_NOUNS}|tables?|stored|persist(?:s|ed)?|layout|schema)\b",
    re.IGNORECASE,
)
_API_WORD = re.compile(rf"\b(?:{API_TERMS}|requests?|responses?|call)\b")
_FIELD_LIKE = re.compile(r"^`?(?:[a-z][a-z0-9]*_[a-z0-9_]+|id|ts|[a-z]+[A-Z][A-Za-z0-9]*)`?$")
_SIZE_NOTE = re.compile(r"\s+\d+\s*[A-Za-z]{0,2}$")  # "crc32 4B": a field and its size
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_GROUP_MIN = 3


# ... or the thing stored right after the verb that stores it, four plain names or more in its brackets: "fetch
# forecast -> store snapshot (spot, hour, provider, kn, gust, dir)".
_STORED_AS = re.compile(
    # the verb as a step ("-> store snapshot", "then save ...") or said of a part ("the worker saves ..."): "store
    # locator (map, hours, ...)" names a feature, "save money (coupons, ...)" no record
    r"(?:(?:->|→|=>|[:;,]|\bthen|\band)\s*(?:store|save|persist)|\b(?:stores|saves|persists))\s+"
    r"(?!(?:money|time|energy|space|battery|costs?)\b)(?:an?\s+|the\s+|each\s+)?[a-z][\w-]*\s*"
    r"\([ \t]*[a-z]\w*(?:[ \t]*,[ \t]*[a-z]\w*){3,}[ \t]*\)",
    re.IGNORECASE,
)


def stored_group(text: str) -> bool:
    """Fields set out in brackets beside a word for a stored thing (see _GROUP and _STORED_AS)."""
    if not any(mark in text for mark in "([{<"):
        return False
    return _STORED_AS.search(text) is not None or any(_stored_sentence(s) for s in _SENTENCE.split(text))


def _stored_sentence(sentence: str) -> bool:
    if not _STORED_WORD.search(sentence) or _API_WORD.search(sentence):
        return False
    for found in _GROUP.finditer(sentence):
        names = [_SIZE_NOTE.sub("", name.strip(" `*'\":")) for name in re.split(r"\s*[,|]\s*", found.group(1))]
        short = len(names) >= _GROUP_MIN and all(0 < len(n.split()) <= 3 for n in names)
        if short and any(_FIELD_LIKE.match(n) for n in names):
            return True
    return False
