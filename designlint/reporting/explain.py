"""Text for `designlint rules` and `designlint explain`, from the rule data alone."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from designlint.config import Config, load_config_file
from designlint.errors import UsageError
from designlint.lint.rules import Rule, find_rule, load_rules


def _rules(config_file: Path | None) -> dict[str, Rule]:
    config = load_config_file(config_file) if config_file else Config()
    return load_rules(config.rules_dirs)


def list_rules(fmt: str, config_file: Path | None = None) -> str:
    rules = sorted(_rules(config_file).values(), key=lambda r: r.id)
    if fmt == "markdown":
        return rule_table(rules)
    if fmt == "json":
        data = [
            {"id": r.id, "name": r.name, "step": r.step, "severity": r.severity.value, "summary": r.summary}
            for r in rules
        ]
        return json.dumps(data, indent=2) + "\n"
    width = max(len(r.name) for r in rules)
    lines = [f"{r.id}  {r.name:<{width}}  {r.severity.value:<7}  {r.summary}" for r in rules]
    return "\n".join(lines) + "\n"


def rule_table(rules: list[Rule]) -> str:
    """The README's rule table: one row a rule, generated so docs and data never drift."""
    rows = ["| id | name | step | severity | what it finds |", "|---|---|---|---|---|"]
    for rule in rules:
        summary = rule.summary.replace("|", "\\|")
        rows.append(f"| {rule.id} | `{rule.name}` | {rule.step} | {rule.severity.value} | {summary} |")
    return "\n".join(rows) + "\n"


def _block(title: str, text: str) -> list[str]:
    return ["", f"{title}:", textwrap.indent(text.strip("\n"), "    ")]


def explain_rule(key: str, config_file: Path | None = None) -> str:
    rules = _rules(config_file)
    rule = find_rule(rules, key)
    if rule is None:
        raise UsageError(f"{key}: no such rule; `designlint rules` lists them all")
    lines = [
        f"{rule.id} {rule.name}",
        f"step: {rule.step}    default severity: {rule.severity.value}",
        "",
        rule.summary,
        "",
        rule.rationale,
    ]
    for name, variant in rule.variants.items():
        lines.append(f"\nAlso reported as {variant.severity.value} ({name}): {variant.message}")
    if rule.options:
        lines += _block(
            "Options (set under [tool.designlint.rules." + rule.id + "])",
            "\n".join(f"{k} = {json.dumps(v)}" for k, v in rule.options.items()),
        )
    if rule.check == "problem_expectations":
        from designlint.doc.problems import expectations_text

        lines += _block(
            "What it expects (from the preset, as `designlint new` uses it)", expectations_text(rule.options)
        )
    lines += _block("Good", rule.good) + _block("Bad", rule.bad)
    return "\n".join(lines) + "\n"
