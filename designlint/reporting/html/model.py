"""What the report page shows, gathered from one lint run of one file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from designlint.catalogue import Catalogue
from designlint.config import Config
from designlint.errors import UsageError
from designlint.findings import Finding
from designlint.lint.rules import Rule
from designlint.reporting.html.calculations import Calculation
from designlint.reporting.html.writeup import Chunk

if TYPE_CHECKING:
    from designlint.doc.document import Document
    from designlint.lint.engine import RuleSet


@dataclass(frozen=True, slots=True)
class Bar:
    """One scored step: its score out of maximum and the framework's time budget for it."""

    area: str
    title: str
    score: int
    minutes: str = ""
    change: int | None = None
    maximum: int = 100


@dataclass(frozen=True, slots=True)
class Practice:
    """The weakest step, what it holds, and its rules (with whether each fired)."""

    step: str
    title: str
    summary: str
    parts: tuple[tuple[str, str], ...]
    rules: tuple[tuple[Rule, bool], ...]


@dataclass(frozen=True)
class Report:
    path: str
    title: str
    total: int
    bars: tuple[Bar, ...]
    chunks: tuple[Chunk, ...]
    findings: tuple[Finding, ...]
    explanations: tuple[Rule, ...]
    calculations: tuple[Calculation, ...]
    practice: Practice | None
    total_change: int | None = None
    against: str = ""
    version: str = field(default="")

    def anchor(self, line: int) -> str:
        """The id of the piece of the write-up that holds line (pieces are anchored by their first line)."""
        first = max((c.first for c in self.chunks if c.first <= line), default=self.chunks[0].first)
        return f"line-{first}"


def build(path: Path, against: Path | None = None) -> Report:
    """Lint path as `designlint lint` would (its own config) and gather the page."""
    from designlint import __version__
    from designlint.doc.document import parse
    from designlint.lint.engine import build_ruleset
    from designlint.reporting.html.against import earlier_scores
    from designlint.reporting.html.writeup import chunks
    from designlint.reporting.score import score

    text, findings, config = _lint(path)
    ruleset = build_ruleset(config)
    result = score(findings, ruleset.rules)
    doc = parse(text, str(path))
    catalogue = ruleset.catalogue
    old = earlier_scores(against, path) if against is not None else {}
    fired = {f.rule_id for f in findings}
    return Report(
        path=str(path),
        title=doc.title.title if doc.title else path.name,
        total=result.total,
        bars=tuple(_bars(result.areas, catalogue, old)),
        chunks=tuple(chunks(doc, findings)),
        findings=tuple(findings),
        explanations=tuple(ruleset.rules[r] for r in sorted(fired) if r in ruleset.rules),
        calculations=_calculations(doc, ruleset, findings),
        practice=_practice(result.areas, catalogue, ruleset.rules, fired),
        total_change=result.total - old["total"] if "total" in old else None,
        against=str(against) if against is not None else "",
        version=__version__,
    )


def _lint(path: Path) -> tuple[str, list[Finding], Config]:
    from io import StringIO

    from designlint.lint.reading import read_text
    from designlint.lint.run import LintOptions, lint_files

    if not path.is_file():
        raise UsageError(f"{path}: no such file; name one Markdown design doc")
    text = read_text(path, str(path))  # as lint reads it: the same limits and the same words when it cannot
    if isinstance(text, Finding):
        raise UsageError(f"{path}: {text.message}")

    def warn(message: str) -> None:
        raise UsageError(message)

    options = LintOptions(paths=(str(path),), cache=False, jobs=1)
    linted = next(iter(lint_files(options, StringIO(""), warn)), None)
    if linted is None:
        raise UsageError(f"{path}: excluded by the config's exclude settings; nothing to report")
    job, findings = linted
    return text, sorted(findings, key=Finding.sort_key), job.config


def _calculations(doc: Document, ruleset: RuleSet, findings: list[Finding]) -> tuple[Calculation, ...]:
    from designlint.doc.context import Context
    from designlint.reporting.html.calculations import calculations

    rows = calculations(Context(doc, ruleset.catalogue, ruleset.vocabulary), _tolerance(ruleset.rules))
    return _agreeing(rows, findings)


# Rules whose findings are about one stated calculation, and the verdict each means.
_CALCULATION_RULES = {"E002": "arithmetic", "E007": "unit"}


def _agreeing(rows: list[Calculation], findings: list[Finding]) -> tuple[Calculation, ...]:
    """Rows as the findings judged them: a rule may fault a calculation the arithmetic alone passes
    (a total stated per second), and the table must not say it checks out."""
    from dataclasses import replace

    faulted = {(f.line, f.context): f for f in findings if f.rule_id in _CALCULATION_RULES}
    out = []
    for row in rows:
        finding = faulted.get((row.line, row.source))
        if finding is not None and row.verdict != _CALCULATION_RULES[finding.rule_id]:
            row = replace(row, verdict=_CALCULATION_RULES[finding.rule_id], computed="", hint=finding.message)
        out.append(row)
    return tuple(out)


def _tolerance(rules: Mapping[str, Rule]) -> float:
    """The arithmetic rule's tolerance, so the table agrees with its findings."""
    rule = rules.get("E002")
    return float(rule.options.get("tolerance", 0.15)) if rule is not None else 0.15


def _bars(areas: Mapping[str, int], catalogue: Catalogue, old: Mapping[str, int]) -> list[Bar]:
    steps = {step.id: step for step in catalogue.steps()}
    bars = []
    for area, value in areas.items():
        step = steps.get(area)
        title = step.title if step else area.replace("-", " ").capitalize()
        change = value - old[area] if area in old else None
        bars.append(Bar(area, title, value, step.minutes if step else "", change))
    return bars


def _practice(
    areas: Mapping[str, int], catalogue: Catalogue, rules: Mapping[str, Rule], fired: set[str]
) -> Practice | None:
    """The framework step that scored lowest (the earlier one on a tie); None when all are full."""
    scored = [step for step in catalogue.steps() if step.id in areas]
    if not scored or min(areas[s.id] for s in scored) >= 100:
        return None
    weakest = min(scored, key=lambda s: (areas[s.id], s.order))
    parts = tuple((part.title, part.summary) for part in catalogue.parts(weakest.id))
    own = sorted((r for r in rules.values() if r.step == weakest.id), key=lambda r: (r.id not in fired, r.id))
    return Practice(weakest.id, weakest.title, weakest.summary, parts, tuple((r, r.id in fired) for r in own))
