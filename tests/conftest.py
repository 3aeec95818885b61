"""Shared helpers: lint a string or a file with chosen rules, without touching config files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from designlint.config import Config
from designlint.findings import Finding
from designlint.lint.engine import build_ruleset, lint_file, lint_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus beside the project (absent here)")


def sample_docs(count: int) -> list[Path]:
    """Docs of the project's own that give findings: the rule fixtures that break a rule, one per rule first."""
    bad = sorted(FIXTURES.glob("rules/*/bad-*.md"), key=lambda p: (p.name, p.parent.name))
    by_rule = {p.parent.name: p for p in reversed(bad)}
    picked = sorted(by_rule.values()) + [p for p in bad if p not in by_rule.values()]
    return picked[:count]


def make_config(**settings: Any) -> Config:
    settings.setdefault("profile", "interview")
    settings.setdefault("root", ROOT)
    return Config(**settings)


def lint_string(text: str, select: tuple[str, ...] = ("ALL",), **settings: Any) -> list[Finding]:
    """Findings for Markdown text under the built-in rules (or the selected ones)."""
    ruleset = build_ruleset(make_config(select=select, **settings))
    return lint_text(text, "doc.md", ruleset)


def messages(text: str, *rules: str) -> list[str]:
    """The messages the named rules report on Markdown text."""
    return [f.message for f in lint_string(text, select=rules)]


def nfr_unmet(text: str) -> str:
    """The NFR topics R002 asks the text for, as its message lists them ("" where R002 is silent)."""
    found = messages(text, "R002")
    return found[0].split("say what you need for")[-1] if found else ""


def arithmetic_slips(lines: str, title: str) -> list[str]:
    """E002 and E007's messages on the lines set under an estimate heading in a doc so titled."""
    return [f.message for f in lint_string(f"# {title}\n\n## Estimation\n\n{lines}\n", select=("E002", "E007"))]


def lint_path(path: Path, select: tuple[str, ...] = ("ALL",), **settings: Any) -> list[Finding]:
    ruleset = build_ruleset(make_config(select=select, **settings))
    return lint_file(path, str(path), ruleset)


def ids(findings: list[Finding]) -> list[str]:
    return [f.rule_id for f in findings]


@pytest.fixture(scope="session", autouse=True)
def _own_cache_key_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The cache's sealing key lives in the user's cache folder: keep the tests' key out of the real one."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    if before is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
