"""Whatever the text, linting returns findings and never an internal error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import lint_string

PIECES = [
    "# Requirements\n",
    "## Non-functional requirements\n",
    "## Back-of-the-envelope estimation\n",
    "## High-level design\n",
    "## API\n",
    "## Data model\n",
    "## Deep dive: cache\n",
    "### Options\n",
    "- p99 < 200 ms\n",
    "- 99.9% uptime\n",
    "* 100M DAU x 5 / 86,400 = ~5,800 QPS\n",
    "Peak = 5,800 x 3 = 17,400\n",
    "10M x 365 x 300 bytes = ~1.1 TB/year\n",
    "62^7 = ~3.5 trillion\n",
    "```\nA -> B\n```\n",
    "```mermaid\ngraph\n```\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "> quote\n",
    "<!-- designlint-disable R002 -->\n",
    "**Decision:** use Redis.\n",
    "We choose X over Y because Z.\n",
    "TODO\n",
    "\n",
    "1e5 / 0 = 3\n",
    "x = (((((1\n",
    "---\ntitle: x\n---\n",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_lint_never_crashes_on_design_doc_shaped_text(pieces: list[str]) -> None:
    findings = lint_string("".join(pieces))
    assert not [f.message for f in findings if f.rule_id == "X003"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_lint_never_crashes_on_any_text(text: str) -> None:
    findings = lint_string(text)
    assert not [f.message for f in findings if f.rule_id == "X003"]
    assert all(f.line >= 1 for f in findings)
