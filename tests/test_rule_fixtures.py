"""Every rule has good and bad fixture docs; bad ones list their findings as 'LINE RULE' lines.

tests/fixtures/rules/<ID>/good-*.md must give no finding of <ID>;
tests/fixtures/rules/<ID>/bad-*.md must give exactly the (line, id) pairs in bad-*.expected.
A fixture folder may hold a config.toml with settings for the rule ([rules.<ID>] options, profile).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from designlint.lint.rules import load_rules

from conftest import FIXTURES, lint_path

RULE_FIXTURES = FIXTURES / "rules"
ALL_RULES = load_rules()


def _settings(folder: Path) -> dict[str, Any]:
    path = folder / "config.toml"
    if not path.exists():
        return {}
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    settings: dict[str, Any] = {}
    if "rules" in raw:
        settings["rules"] = MappingProxyType({k: MappingProxyType(v) for k, v in raw["rules"].items()})
    if "profile" in raw:
        settings["profile"] = raw["profile"]
    return settings


def _expected(path: Path) -> list[tuple[int, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            number, rule_id = line.split()[:2]
            pairs.append((int(number), rule_id))
    return sorted(pairs)


def _cases(kind: str) -> list[Any]:
    return [
        pytest.param(path, id=f"{path.parent.name}/{path.name}")
        for path in sorted(RULE_FIXTURES.glob(f"*/{kind}-*.md"))
    ]


@pytest.mark.parametrize("path", _cases("good"))
def test_good_fixture_is_clean(path: Path) -> None:
    rule_id = path.parent.name
    findings = lint_path(path, select=(rule_id,), **_settings(path.parent))
    assert [(f.line, f.rule_id, f.message) for f in findings if f.rule_id == rule_id] == []


@pytest.mark.parametrize("path", _cases("bad"))
def test_bad_fixture_gives_expected_findings(path: Path) -> None:
    rule_id = path.parent.name
    findings = lint_path(path, select=(rule_id,), **_settings(path.parent))
    got = sorted((f.line, f.rule_id) for f in findings if f.rule_id == rule_id)
    assert got == _expected(path.with_suffix(".expected")), [f.message for f in findings]


def test_bad_fixtures_expect_something() -> None:
    for path in RULE_FIXTURES.glob("*/bad-*.md"):
        assert _expected(path.with_suffix(".expected")), f"{path} expects no finding"


@pytest.mark.parametrize("rule_id", sorted(ALL_RULES))
def test_every_rule_has_good_and_bad_fixtures(rule_id: str) -> None:
    if ALL_RULES[rule_id].check == "engine":
        pytest.skip("reported by the engine; covered by its own tests")
    folder = RULE_FIXTURES / rule_id
    assert list(folder.glob("good-*.md")), f"{rule_id} has no good fixture in {folder}"
    assert list(folder.glob("bad-*.md")), f"{rule_id} has no bad fixture in {folder}"


def test_fixture_folders_name_real_rules() -> None:
    for folder in RULE_FIXTURES.iterdir():
        assert folder.name in ALL_RULES, f"{folder} is not named after a rule"
