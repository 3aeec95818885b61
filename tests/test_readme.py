"""The README stays true: its rule table is the rule data, and CI runs its test command."""

from __future__ import annotations

import re

from designlint.reporting.explain import list_rules

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_current() -> None:
    block = re.search(r"<!-- rules-table:start -->\n(.*?)<!-- rules-table:end -->", README, re.S)
    assert block is not None
    assert block.group(1) == list_rules("markdown"), (
        "run: designlint rules --format markdown, and paste it into README.md"
    )


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv .venv && .venv/bin/pip install '.[test]' && .venv/bin/python -m pytest" in README
    assert '.venv/bin/pip install --quiet ".[test]"' in ci
    assert ".venv/bin/python -m pytest" in ci
