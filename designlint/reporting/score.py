"""Per-step scores from findings, with penalties and weights kept in rules/scoring.toml."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from designlint.errors import RuleDefinitionError
from designlint.findings import Finding
from designlint.lint.rules import Rule
from designlint.resources import data_dir


@dataclass(frozen=True, slots=True)
class Scoring:
    penalty: Mapping[str, int]
    weights: Mapping[str, int]
    missing: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Score:
    total: int
    areas: Mapping[str, int]

    def to_dict(self) -> dict[str, object]:
        return {"total": self.total, "steps": dict(self.areas)}


@lru_cache(maxsize=1)
def load_scoring() -> Scoring:
    path = data_dir("rules") / "scoring.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return Scoring(dict(raw["penalty"]), dict(raw["weights"]), frozenset(raw.get("missing", ())))
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise RuleDefinitionError(f"{path}: cannot read scoring weights: {exc}") from None


def score(findings: Iterable[Finding], rules: Mapping[str, Rule], scoring: Scoring | None = None) -> Score:
    """Each area loses points per finding of its rules; the total is their weighted mean."""
    scoring = scoring or load_scoring()
    areas = dict.fromkeys(scoring.weights, 100)
    for finding in findings:
        rule = rules.get(finding.rule_id)
        if rule is None:
            continue
        if finding.rule_id in scoring.missing:
            area = finding.context if finding.context in areas else rule.step
            if area in areas:
                areas[area] = 0
        elif rule.step in areas:
            areas[rule.step] = max(0, areas[rule.step] - scoring.penalty[finding.severity.value])
    weight = sum(scoring.weights.values())
    total = int(sum(areas[a] * w for a, w in scoring.weights.items()) / weight + 0.5) if weight else 100
    return Score(total, areas)


def render_text(path: str, result: Score) -> str:
    """Two lines to show first: the total, then each area."""
    from designlint.formatters import visible

    areas = "  ".join(f"{area} {value}" for area, value in result.areas.items())
    return f"{visible(path)}: score {result.total}/100\n    {areas}\n"
