"""The first-character guard on term lists (designlint/termsearch.py) finds exactly what
the plain pattern finds: same positions, same text, same groups, for every list."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from termtext import TERM_TEXT

from designlint.doc.vocabulary import guarded_terms_pattern as terms_pattern
from designlint.doc.vocabulary import load_vocabulary, plain_terms_pattern
from designlint.termsearch import _c, _class_text, _first_of_seq, _p, first_chars

from conftest import CORPUS, needs_corpus

VOCABULARY = load_vocabulary()
NAMES = sorted(VOCABULARY)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.group(0), m.groups()) for m in pattern.finditer(text)]


def _agree(terms: tuple[str, ...], text: str) -> None:
    fast, plain = terms_pattern(terms), plain_terms_pattern(terms)
    assert _found(fast, text) == _found(plain, text)
    assert bool(fast.match(text)) == bool(plain.match(text))
    assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text))


def test_most_lists_get_a_guard() -> None:
    guarded = [name for name in NAMES if "(?=[" in terms_pattern(VOCABULARY[name]).pattern]
    assert guarded == NAMES  # a list without a guard is scanned several times slower


@needs_corpus
@pytest.mark.parametrize("name", NAMES)
def test_same_matches_on_every_corpus_line(name: str) -> None:
    terms = VOCABULARY[name]
    fast, plain = terms_pattern(terms), plain_terms_pattern(terms)
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert _found(fast, text) == _found(plain, text), path.name
        for line in text.split("\n"):
            assert _found(fast, line) == _found(plain, line), (path.name, line)
            assert bool(fast.match(line)) == bool(plain.match(line)), (path.name, line)


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(NAMES), text=TERM_TEXT)
def test_same_matches_on_generated_text(name: str, text: str) -> None:
    _agree(VOCABULARY[name], text)


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(NAMES), data=st.data())
def test_same_matches_on_a_term_with_odd_case(name: str, data: st.DataObject) -> None:
    term = data.draw(st.sampled_from(VOCABULARY[name]))
    word = re.sub(r"[^\w ]", "", term)
    swapped = data.draw(st.sampled_from([word.upper(), word.swapcase(), word.title(), word.replace("s", "ſ")]))
    _agree(VOCABULARY[name], f"x {swapped} y {word}. 12 {swapped}")


@pytest.mark.parametrize(
    ("body", "chars"),
    [
        ("(?:ab|c)", r"\x61\x63"),
        ("(?:(a )?b)", r"\x61\x62"),
        (r"(?:\d+x|y)", r"\d\x79"),
        ("(?:[a-c]d|e)", r"\x61-\x63\x65"),
        ("(?:(?-i:GET)|put)", r"\x47\x70"),
        (r"(?:^a)", r"\x61"),  # anchors take no character: the match starts with what follows
        (r"(?:\bab|^\s*c)", r"\s\x61\x63"),
    ],
)
def test_first_chars_of_known_shapes(body: str, chars: str) -> None:
    assert first_chars(body, re.IGNORECASE) == chars


@pytest.mark.parametrize(
    "body",
    ["(?:a|)", "(?:a?)", "(?:.b)", "(?:[^a]b)", r"(?:^$)", r"(?:\b)", "(?:(?=a)ab)", "(?:(?i:a)b)", r"(?:(a)?\1b)"],
)
def test_no_guard_when_unsure(body: str) -> None:
    assert first_chars(body, re.IGNORECASE) is None


def _standalone(op: object, av: object) -> str:
    """One first item as a pattern of its own, outside any class."""
    if op is _c.LITERAL:
        return re.escape(chr(av))  # type: ignore[arg-type]
    if op is _c.RANGE:
        return "[" + re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])) + "]"  # type: ignore[index]
    return _class_text([(op, av)])


def test_each_first_item_accepts_the_same_characters_inside_the_guard_class() -> None:
    """Over every code point, under the same flags: each first item is written back into
    the guard class, so case folding inside a class must agree with folding outside one
    (a class accepts the union of what its members accept)."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    items = set()
    for terms in set(VOCABULARY.values()):
        body = "(?:" + "|".join(terms) + ")"
        if first_chars(body, re.IGNORECASE) is not None:
            items.update(_first_of_seq(_p.parse(body, re.IGNORECASE))[0])
    assert len(items) > 10
    for op, av in items:
        alone = {m.start() for m in re.finditer(_standalone(op, av), every, re.IGNORECASE)}
        in_class = {m.start() for m in re.finditer("[" + _class_text([(op, av)]) + "]", every, re.IGNORECASE)}
        assert alone and alone == in_class, (op, av)


def test_guards_are_on_only_while_a_big_run_lints(tmp_path) -> None:
    """Small runs keep the quick-to-build plain patterns; a run of many files uses the guarded ones."""
    import io

    from designlint.doc import vocabulary
    from designlint.lint.run import GUARD_MIN_FILES, LintOptions, lint_files

    seen: list[bool] = []
    real = vocabulary.use_guards

    def spy(on: bool) -> None:
        seen.append(on)
        real(on)

    for count in (2, GUARD_MIN_FILES):
        folder = tmp_path / str(count)
        folder.mkdir()
        for index in range(count):
            (folder / f"d{index}.md").write_text(f"# Doc {index}\n\n## Requirements\n\n- low latency\n")
        vocabulary.use_guards = spy
        try:
            options = LintOptions(paths=(str(folder),), cache=False, jobs=1)
            assert len(list(lint_files(options, io.StringIO(), lambda m: None))) == count
        finally:
            vocabulary.use_guards = real
    assert seen == [True, False]
    assert vocabulary.terms_pattern(("latency",)) is vocabulary.plain_terms_pattern(("latency",))
