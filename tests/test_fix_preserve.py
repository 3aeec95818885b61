"""`designlint fix` only inserts whole lines: every byte the author wrote is kept, in order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline
from designlint.errors import TemplateError
from designlint.scaffold.fix import fix_text, split_lines

from conftest import CORPUS, ids, lint_string, needs_corpus

CATALOGUE = load_catalogue()
CORPUS_DOCS = sorted(CORPUS.glob("*--*.md")) if CORPUS.is_dir() else []


def kept(original: str, fixed: str) -> bool:
    """The original lines appear in the fixed text in order and unchanged; only whole lines were added.

    The one allowed change: a last line without a line end gains one when text is added after it.
    """
    lines = split_lines(original)
    if lines and not lines[-1].endswith(("\n", "\r")):
        last = lines[-1]
        lines[-1:] = [] if fixed.endswith(last) and fixed.count(last) else []
        rest = fixed[: len(fixed) - len(last)] if fixed.endswith(last) else None
        if rest is None:
            return _subsequence(lines + [last], split_lines(fixed), loose_last=True)
        return _subsequence(lines, split_lines(rest))
    return _subsequence(lines, split_lines(fixed))


def _subsequence(wanted: list[str], lines: list[str], loose_last: bool = False) -> bool:
    position = 0
    for index, line in enumerate(wanted):
        loose = loose_last and index == len(wanted) - 1
        while position < len(lines) and not (
            lines[position] == line or (loose and lines[position].rstrip("\r\n") == line)
        ):
            position += 1
        if position == len(lines):
            return False
        position += 1
    return True


def complete(text: str) -> None:
    outline = build_outline(parse(text), CATALOGUE)
    for step in CATALOGUE.steps():
        assert outline.first_line(step.id) is not None, step.id
        for part in CATALOGUE.parts(step.id):
            assert outline.has(part.id), part.id


TITLES = [
    "Requirements",
    "Functional requirements",
    "Non-functional",
    "Out of scope",
    "Estimation",
    "Back of the envelope",
    "High-level design",
    "API",
    "Data model",
    "Architecture",
    "Deep dive",
    "Deep dive: caching",
    "Wrap up",
    "Motivation",
    "Cache",
    "Notes",
    "Step 2 - Propose high-level design",
]
LINES = st.one_of(
    st.builds(lambda level, title: "#" * level + " " + title, st.integers(1, 6), st.sampled_from(TITLES)),
    st.sampled_from(
        [
            "",
            "",
            "Some prose about the design.",
            "- a point",
            "1. a step",
            "**Functional:**",
            "> a quote",
            "```",
            "~~~",
            "    indented code",
            "<!-- note -->",
            "| a | b |",
            "|---|---|",
            "===",
            "---",
            "GET /v1/items",
            "CREATE TABLE t (id int primary key);",
            "TODO",
            "\ufeff# t",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINES, max_size=25))
    ending = draw(ENDINGS)
    text = ending.join(lines)
    return text + ending if draw(st.booleans()) else text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_fix_keeps_every_line_and_completes_the_doc(text: str) -> None:
    try:
        fixed, inserted = fix_text(text)
    except TemplateError:
        return  # refused: nothing written, which keeps every byte too
    assert kept(text, fixed)
    if not inserted:
        assert fixed == text
        return
    assert len(fixed) > len(text)
    complete(fixed)
    again, more = fix_text(fixed)
    assert (again, more) == (fixed, [])


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_DOCS, ids=lambda p: p.stem)
def test_fix_on_corpus_docs_keeps_every_byte(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fixed, inserted = fix_text(text)
    assert kept(text, fixed)
    complete(fixed)
    assert fix_text(fixed) == (fixed, [])
    before, after = ids(lint_string(text, select=("S",))), ids(lint_string(fixed, select=("S",)))
    assert "S001" not in after
    assert after.count("S002") <= before.count("S002")  # fix never puts a step out of order


def test_kept_detects_a_changed_or_dropped_line() -> None:
    original = "# T\n\nsome text\n"
    assert kept(original, "# T\n\n## New\n\nsome text\n")
    assert not kept(original, "# T\n\nsome text!\n")
    assert not kept(original, "# T\n\n")
