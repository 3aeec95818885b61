"""Which rules run for a file, at which severity and with which options."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fnmatch import fnmatch
from pathlib import Path, PurePath
from typing import Any

from designlint.lint.rules import Rule


def matches(rule: Rule, selector: str) -> bool:
    """ALL, an exact id or name, or an id prefix such as R or R00."""
    key = selector.strip()
    if key.upper() == "ALL" or key.lower() == rule.name:
        return True
    return bool(key) and rule.id.startswith(key.upper())


def any_match(rule: Rule, selectors: Iterable[str]) -> bool:
    return any(matches(rule, s) for s in selectors)


def is_selected(rule: Rule, select: Iterable[str], extend: Iterable[str], ignore: Iterable[str]) -> bool:
    """Selected by select or extend-select, and not ignored. Reserved X rules always run."""
    if rule.id.startswith("X") and not any(matches(rule, s) and s.strip().upper() != "ALL" for s in ignore):
        return True
    chosen = any_match(rule, select) or any_match(rule, extend)
    return chosen and not any_match(rule, ignore)


def per_file_ignored(path: Path, root: Path, table: Mapping[str, Iterable[str]]) -> list[str]:
    """Selectors that per-file-ignores lists for this path (globs relative to the config's folder)."""
    try:
        relative = PurePath(path.resolve().relative_to(root.resolve())).as_posix()
    except ValueError:
        relative = path.as_posix()
    found: list[str] = []
    for pattern, selectors in table.items():
        if fnmatch(relative, pattern) or fnmatch(path.name, pattern):
            found.extend(selectors)
    return found


def rule_key(rule: Rule, table: Mapping[str, Any]) -> str:
    """The key the config uses for this rule (its name or its id)."""
    return rule.name if rule.name in table else rule.id


def rule_settings(rule: Rule, table: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any]:
    """The config's [rules.X] table for this rule, keyed by id or by name."""
    return table.get(rule.id) or table.get(rule.name) or {}
