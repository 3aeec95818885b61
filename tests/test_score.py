"""Scores per step from findings, and the weights that turn them into a total."""

from __future__ import annotations

from designlint.findings import Finding, Severity
from designlint.lint.rules import load_rules
from designlint.reporting.score import Scoring, render_text, score

RULES = load_rules()
SCORING = Scoring({"error": 30, "warning": 15, "info": 5}, {"structure": 1, "meta": 1})


def _finding(rule_id: str, severity: Severity) -> Finding:
    return Finding("a.md", 1, 1, rule_id, RULES[rule_id].name, severity, "m")


def test_no_findings_scores_100() -> None:
    assert score([], RULES, SCORING).total == 100


def test_penalties_per_severity_and_floor_at_zero() -> None:
    result = score([_finding("S001", Severity.ERROR), _finding("S003", Severity.WARNING)], RULES, SCORING)
    assert result.areas == {"structure": 55, "meta": 100}
    assert result.total == 78  # (55 + 100) / 2 = 77.5, rounded half up
    many = score([_finding("S001", Severity.ERROR)] * 5, RULES, SCORING)
    assert many.areas["structure"] == 0


def test_severity_of_the_finding_counts_not_the_default() -> None:
    assert score([_finding("S001", Severity.INFO)], RULES, SCORING).areas["structure"] == 95


def test_builtin_weights_cover_every_rule_step_but_meta() -> None:
    from designlint.reporting.score import load_scoring

    weights = load_scoring().weights
    steps = {rule.step for rule in RULES.values()} - {"meta", "team"}
    assert steps <= set(weights)


def test_a_missing_step_scores_zero() -> None:
    scoring = Scoring(SCORING.penalty, {"structure": 1, "high-level": 1, "estimation": 1}, frozenset({"S001", "E001"}))
    missing = Finding("a.md", 1, 1, "S001", "missing-step", Severity.ERROR, "m", context="high-level")
    no_estimate = Finding("a.md", 1, 1, "E001", RULES["E001"].name, Severity.WARNING, "m")
    result = score([missing, no_estimate], RULES, scoring)
    assert result.areas == {"structure": 100, "high-level": 0, "estimation": 0}


def test_render_text_shows_total_first() -> None:
    text = render_text("a.md", score([_finding("S003", Severity.WARNING)], RULES, SCORING))
    assert text == "a.md: score 93/100\n    structure 85  meta 100\n"
