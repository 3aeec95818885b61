"""Terms are searched as whole words (no word character may follow a match), so a term that ends on one word
character with nothing after it ("... \\s+\\w", "- ?[a-z]") can never match inside a word: it finds only a
one-letter word there. Such an ending must be a lookahead instead ("(?=\\s+\\w)")."""

from __future__ import annotations

import re

from designlint.doc.vocabulary import load_vocabulary, terms_pattern

# a single word character, or a class of them, closing the term with no quantifier after it
_LONE_WORD_CHAR = re.compile(r"(?:\\w|\[(?:a-z|A-Z|A-Za-z|a-zA-Z|a-z0-9|0-9a-z)\])$")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def _consuming_end(term: str) -> str:
    """The term with the lookarounds that close it and the brackets of the groups it ends in taken off."""
    while term.endswith((")", "$")):
        if term.endswith("$") or not term.endswith("\\)"):
            start = _opening(term) if term.endswith(")") else len(term) - 1
            term = term[:start] if term[start:].startswith(_LOOKAROUND) else term[:-1]
        else:
            break
    return term


def _opening(term: str) -> int:
    """Where the group closed by the term's last bracket opens."""
    depth = 0
    for index in range(len(term) - 1, -1, -1):
        if index and term[index - 1] == "\\":
            continue
        depth += {")": 1, "(": -1}.get(term[index], 0)
        if depth == 0:
            return index
    return 0


def test_no_term_ends_on_a_lone_word_character() -> None:
    lone = [
        f"{name}: {term[-40:]}"
        for name, terms in load_vocabulary().items()
        for term in terms
        if _LONE_WORD_CHAR.search(_consuming_end(term))
    ]
    assert lone == []


def test_a_lone_word_character_at_the_end_finds_only_one_letter_words() -> None:
    # why the rule above holds: the whole-word search cannot end inside "md5"
    assert terms_pattern((r"^\s*\(?[a-c]\)\s+\w",)).search("a) md5 hash") is None
    assert terms_pattern((r"^\s*\(?[a-c]\)(?=\s+\w)",)).search("a) md5 hash") is not None
    assert _consuming_end(r"x\s+\w") == r"x\s+\w"
    assert _consuming_end(r"x(?=\s+\w)") == "x"
