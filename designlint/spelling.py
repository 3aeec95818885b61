"""Misspelt key words, mended before the rules search a line.

Quick practice notes misspell the very words the rules look for ("availabilty",
"scalibility", "latancy"), and a longer term list would chase each spelling one writer
at a time. Instead every word one edit (a letter dropped, added, swapped or changed)
away from a listed word is read as that word. Only words of seven letters or more are
mended so, where one edit rarely turns one real word into another; a six-letter word only
from two of its letters swapped ("desing").
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]{6,}")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MIN_LENGTH = 7
_MIN_SWAPPED = 6


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away from word."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = _swaps(word)
    changes = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | changes | inserts


def _swaps(word: str) -> set[str]:
    """Every string two adjacent letters of word swapped."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}


@lru_cache(maxsize=8)
def spelling_table(words: tuple[str, ...]) -> dict[str, str]:
    """Misspelling -> the listed word it stands for; a listed word never changes."""
    table: dict[str, str] = {}
    for word in (w.lower() for w in words if len(w) >= _MIN_SWAPPED):
        # a shorter word is mended only from two letters typed the wrong way round ("desing", "schmea"):
        # a letter dropped or changed turns too many short words into others
        for variant in _one_edit(word) if len(word) >= _MIN_LENGTH else _swaps(word):
            table.setdefault(variant, word)
    for word in words:
        table.pop(word.lower(), None)
    return table


def mend(text: str, table: dict[str, str]) -> str:
    """text with each misspelt listed word written as the word."""
    # Most lines hold no misspelling: finding the words and looking them up runs at C speed,
    # where sub() would call back into Python for every long word.
    if not table or table.keys().isdisjoint(map(str.lower, _WORD.findall(text))):
        return text
    return _WORD.sub(lambda m: table.get(m.group(0).lower(), m.group(0)), text)


@lru_cache(maxsize=8)
def _shorthand(pairs: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for every shorthand, as a whole word written in lower case ("BC" is a place, not "because")."""
    if not pairs:
        return None
    body = "|".join(re.escape(short) for short, _ in sorted(pairs, key=lambda p: -len(p[0])))
    return re.compile(rf"(?<![\w/])(?:{body})(?![\w/])"), dict(pairs)


def expand(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """text with each shorthand of pairs ("bc", "b/c") written as the word it stands for ("because")."""
    found = _shorthand(pairs)
    # most texts hold no shorthand: a substring test per entry is far cheaper than the pattern
    if found is None or not any(short in text for short in found[1]):
        return text
    pattern, words = found
    return pattern.sub(lambda m: words[m.group(0)], text)
