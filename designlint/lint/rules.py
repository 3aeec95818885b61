"""Rule definitions: TOML records in rules/ (and in a team's rules-dirs), checked by a JSON Schema."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from designlint.errors import RuleDefinitionError
from designlint.findings import Severity
from designlint.resources import data_dir, shipped
from designlint.validation import validate

# Files in rules/ that hold shared data rather than rule records.
DATA_FILES = frozenset({"catalogue.toml", "profiles.toml", "scoring.toml"})


@dataclass(frozen=True, slots=True)
class Variant:
    message: str
    severity: Severity


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    step: str
    severity: Severity
    message: str
    summary: str
    rationale: str
    good: str
    bad: str
    check: str
    options: Mapping[str, Any] = field(default_factory=dict)
    variants: Mapping[str, Variant] = field(default_factory=dict)
    source: str = ""
    fixable: bool = False

    def variant(self, name: str) -> Variant:
        if name and name in self.variants:
            return self.variants[name]
        return Variant(self.message, self.severity)


def _rule(raw: Mapping[str, Any], source: str) -> Rule:
    variants = {
        name: Variant(v.get("message", raw["message"]), Severity(v.get("severity", raw["severity"])))
        for name, v in raw.get("variants", {}).items()
    }
    return Rule(
        id=raw["id"],
        name=raw["name"],
        step=raw["step"],
        severity=Severity(raw["severity"]),
        message=raw["message"],
        summary=raw["summary"].strip(),
        rationale=raw["rationale"].strip(),
        good=raw["good"],
        bad=raw["bad"],
        check=raw["check"],
        options=MappingProxyType(dict(raw.get("options", {}))),
        variants=MappingProxyType(variants),
        source=source,
        fixable=raw.get("fixable", False),
    )


def load_rule_file(path: Path) -> list[Rule]:
    """Read and validate one rule file; every problem names the file and the key.

    The validated records are kept in the active cache under the file's bytes (designlint.memo),
    so an unchanged file is parsed and validated once, not on every run.
    """
    from designlint.memo import cached_value

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RuleDefinitionError(f"{path}: cannot read rule file: {exc.strerror}") from None
    check = not shipped(path)  # a cold run spent ~100 ms checking designlint's own files
    records = cached_value("rules", (data,), lambda: _validated_records(data, path, check))
    try:
        return [_rule(entry, str(path)) for entry in records]
    except (KeyError, TypeError, ValueError, AttributeError):  # an entry of the wrong shape: validate afresh
        return [_rule(entry, str(path)) for entry in _validated_records(data, path, True)]


def _validated_records(data: bytes, path: Path, check: bool = True) -> list[dict[str, Any]]:
    from designlint.checks import validate_options

    try:
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        raw = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a huge integer
        raise RuleDefinitionError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise RuleDefinitionError(f"{path}: nests too deeply to read; flatten its arrays and tables") from None
    if check:
        validate(raw, "rule", str(path), RuleDefinitionError)
        for index, entry in enumerate(raw["rule"]):
            validate_options(entry["check"], entry.get("options", {}), str(path), f"rule[{index}].options")
    return list(raw["rule"])


def rule_files(folder: Path) -> list[Path]:
    """The rule files of a folder; a symlink to a file outside it is not read."""
    real = folder.resolve()
    return sorted(p for p in folder.glob("*.toml") if p.name not in DATA_FILES and p.resolve().is_relative_to(real))


def load_rules(extra_dirs: Iterable[Path] = ()) -> dict[str, Rule]:
    """Built-in rules plus a team's; ids and names must be unique across them all."""
    folders = [data_dir("rules"), *extra_dirs]
    rules: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for folder in folders:
        if not folder.is_dir():
            raise RuleDefinitionError(f"{folder}: rules folder not found; fix rules-dirs in your config")
        for path in rule_files(folder):
            for rule in _cached_file(path, path.stat().st_mtime_ns):
                _claim(rule, rules, names)
    return rules


@lru_cache(maxsize=64)
def _cached_file(path: Path, mtime: int) -> tuple[Rule, ...]:
    return tuple(load_rule_file(path))


def _claim(rule: Rule, rules: dict[str, Rule], names: dict[str, str]) -> None:
    if rule.id in rules:
        raise RuleDefinitionError(f"{rule.source}: id: {rule.id} is already defined in {rules[rule.id].source}")
    if rule.name in names:
        raise RuleDefinitionError(f"{rule.source}: name: {rule.name} is already used by {names[rule.name]}")
    rules[rule.id] = rule
    names[rule.name] = rule.id


def find_rule(rules: Mapping[str, Rule], key: str) -> Rule | None:
    """A rule by id (any case) or by name."""
    wanted = key.strip()
    for rule in rules.values():
        if rule.id == wanted.upper() or rule.name == wanted.lower():
            return rule
    return None
