"""The shipped examples: a thorough write-up that lints clean, and weak ones that show every rule family."""

from __future__ import annotations

from designlint.config import Config
from designlint.lint.engine import build_ruleset, lint_file
from designlint.lint.rules import load_rules

from conftest import ROOT

EXAMPLES = ROOT / "examples"


def _lint(name: str) -> list[str]:
    path = EXAMPLES / name
    return [f.rule_id for f in lint_file(path, str(path), build_ruleset(Config(root=ROOT)))]


def test_the_thorough_write_up_is_clean() -> None:
    assert _lint("paste-service.md") == []


def test_the_weak_examples_show_every_interview_rule() -> None:
    shown = {rule for name in ("weak-chat.md", "weak-feed.md", "weak-counter.md") for rule in _lint(name)}
    interview = {r for r in load_rules() if r[0] in "SREHDPC"}
    assert interview - shown == set()
