"""Fuzzing: no hostile document makes a rule raise, report X003 or point outside the file.

A thousand examples per run, half generated design docs and half mutated fixtures
(tests/markdown_gen.py), linted in-process. bench/fuzz.py runs the same check at length.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from markdown_gen import markdown_docs, mutated_fixtures, problems, seed_docs

from designlint.lint.engine import build_ruleset

from conftest import make_config

RULESET: Any = build_ruleset(make_config())
FUZZ = settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def test_the_seeds_are_there() -> None:
    assert len(seed_docs()) >= 50


@FUZZ
@given(markdown_docs())
def test_generated_docs_lint_cleanly(text: str) -> None:
    assert problems(text, RULESET) == []


@FUZZ
@given(mutated_fixtures())
def test_mutated_fixtures_lint_cleanly(text: str) -> None:
    assert problems(text, RULESET) == []


def test_the_check_reports_what_escapes() -> None:
    """problems() is not blind: a rule that raises shows up as X003, a bad line as out of range."""
    from dataclasses import replace

    from designlint.lint import engine, reading

    def broken(doc: Any, ruleset: Any, path: Any = None) -> list[Any]:
        finding = reading.read_error("doc.md", "x")
        return [replace(finding, rule_id="X003"), replace(finding, rule_id="S001", line=99)]

    original = engine.lint_document
    engine.lint_document = broken
    try:
        found = problems("# T\n", RULESET)
    finally:
        engine.lint_document = original
    assert [p.split()[0] for p in found] == ["X003", "S001"]
