"""Patterns from a team's config are refused when they could backtrack for ever."""

from __future__ import annotations

from pathlib import Path

import pytest

from designlint.cli import main
from designlint.patterns import nested_repetition, problem
from designlint.resources import data_dir


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a*)*b", "(\\w+\\s?)+x", "((ab)+)+", "(x+){2,}", "(?:a|b+)*c"])
def test_nested_unbounded_repetition_is_refused(pattern: str) -> None:
    assert nested_repetition(pattern)


@pytest.mark.parametrize(
    "pattern",
    ["hard problems", "(key|hard) (decisions?|challenges)", "([\\w-]+\\s){0,3}per second", "[(+)]+", "\\(a+\\)+", "deep[- ]?dives?"],
)
def test_ordinary_patterns_pass(pattern: str) -> None:
    assert not nested_repetition(pattern) and problem(pattern) is None


def test_every_builtin_vocabulary_pattern_would_pass_as_config() -> None:
    import tomllib

    for path in sorted((data_dir("rules") / "vocabulary").glob("*.toml")):
        for name, terms in tomllib.loads(path.read_text()).items():
            for term in terms:
                assert problem(term) is None or "longer than" in (problem(term) or ""), (path.name, name, term)


def test_a_backtracking_synonym_in_config_is_a_one_line_error(runner, tmp_path: Path) -> None:
    (tmp_path / ".designlint.toml").write_text('[steps.deep-dive]\nextend-synonyms = ["(a+)+$"]\n')
    (tmp_path / "doc.md").write_text("# " + "a" * 40 + "!\n")
    result = runner.invoke(main, ["lint", str(tmp_path / "doc.md"), "--no-cache"])
    assert result.exit_code == 2
    assert "steps.deep-dive: bad pattern '(a+)+$': a repeated group that itself repeats" in result.output
