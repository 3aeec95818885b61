"""What the speed work relies on: built-in patterns are checked here instead of at each start,
and what checks share through Context.once is keyed by everything it depends on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from designlint.catalogue import load_catalogue
from designlint.checks.highlevel import prose_of
from designlint.checks.textutil import text_lines
from designlint.doc.context import Context
from designlint.doc.document import Block, parse
from designlint.doc.profiles import Profile, _any_marker, _marked, heading_text, load_profiles
from designlint.doc.vocabulary import load_vocabulary, terms_pattern

from conftest import CORPUS, needs_corpus

BUILTIN_PATTERNS = [
    *((f"catalogue {e.id}", p) for e in load_catalogue().entries for p in (*e.synonyms, *e.content)),
    *((f"profile {name} marker", p) for name, prof in load_profiles().items() for p in prof.markers),
    *(
        (f"profile {name} section {spec.id}", p)
        for name, prof in load_profiles().items()
        for spec in prof.sections
        for p in spec.synonyms
    ),
]


@pytest.mark.parametrize(("where", "pattern"), BUILTIN_PATTERNS, ids=[w for w, _ in BUILTIN_PATTERNS])
def test_builtin_pattern_compiles(where: str, pattern: str) -> None:
    re.compile(pattern)  # load_catalogue and load_profiles no longer compile these at start-up


def test_every_vocabulary_list_compiles() -> None:
    for terms in load_vocabulary().values():
        assert terms_pattern(terms).flags & re.IGNORECASE


# A list's pattern ends in a word guard, (?![\w]): a term ending in a bracket, an equals sign or a space can never
# match where a word follows it ("rpc Append(" before "AppendRequest", "limit=" before "50").
_STOPPED = re.compile(r"(\\[(\[{]|=|/| |\\s[*+]?)$")


def test_no_term_ends_where_the_word_guard_would_stop_it() -> None:
    stopped = [(name, term) for name, terms in load_vocabulary().items() for term in terms if _STOPPED.search(term)]
    assert stopped == []


def _context(text: str) -> Context:
    return Context(parse(text, "doc.md"), load_catalogue(), load_vocabulary())


def test_once_builds_a_value_once_per_context_and_key() -> None:
    ctx, calls = _context("# T\n\ntext\n"), []

    def make() -> list[int]:
        calls.append(1)
        return [len(calls)]

    assert ctx.once("k", make) is ctx.once("k", make)
    assert ctx.once(("k", 2), make) == [2]
    assert _context("# T\n\ntext\n").once("k", make) == [3]  # another document builds its own


def test_text_lines_memo_keys_on_line_as_well_as_text() -> None:
    ctx = _context("# T\n")
    first, later = Block("paragraph", 3, 3, "**same** text"), Block("paragraph", 9, 9, "**same** text")
    assert list(text_lines(ctx, [first])) == [(3, "same text")]
    assert list(text_lines(ctx, [later])) == [(9, "same text")]
    assert list(text_lines(ctx, [Block("paragraph", 3, 3, "TODO later")])) == []


def test_text_lines_leave_out_each_prompt_line_and_only_those() -> None:
    ctx = _context("# T\n")
    block = Block("list", 3, 6, "- TODO: latency\n- **p99** 200 ms\n- XXX\n- a TODO left inside")
    assert list(text_lines(ctx, [block])) == [(4, "- p99 200 ms"), (6, "- a TODO left inside")]
    # a prompt typed in lower case is one too, but not the product's "todo list"
    lower = Block("list", 3, 5, "- todo: later\n- b\n- todo list app")
    assert list(text_lines(ctx, [lower])) == [(4, "- b"), (5, "- todo list app")]


def test_prose_memo_gives_each_text_its_own_prose() -> None:
    ctx = _context("# T\n")
    assert prose_of(ctx, "[a](http://x)") == "a"
    assert prose_of(ctx, "[b](http://x)") == "b"


def _brute_scores(titles: list[str], profiles: dict[str, Profile]) -> dict[str, int]:
    return {name: profile.score(titles) for name, profile in profiles.items()}


@needs_corpus
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else [], ids=lambda p: p.name)
def test_marker_gate_keeps_every_score(path: Path) -> None:
    titles = [heading_text(s.title) for s in parse(path.read_text(encoding="utf-8")).sections() if not s.label]
    profiles = dict(load_profiles())
    assert _brute_scores(_marked(titles, profiles), profiles) == _brute_scores(titles, profiles)


def test_marker_gate_steps_aside_for_backreferences() -> None:
    grouped = Profile("g", ("ALL",), markers=("alternatives( considered)?", r"(ab)\1"))
    assert _any_marker(grouped.markers) is None
    assert _any_marker(grouped.markers[:1]) is not None  # a group alone renumbers nothing that matters
    assert _marked(["x", "abab"], {"g": grouped}) == ["x", "abab"]
    plain = Profile("p", ("ALL",), markers=("summary", "motivation"))
    assert _marked(["Summary", "Design", "Motivation and goals"], {"p": plain}) == ["Summary", "Motivation and goals"]
