"""designlint's own rule files and presets are checked here, since a run trusts them (resources.shipped)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from designlint.errors import RuleDefinitionError, TemplateError
from designlint.lint.rules import _validated_records, rule_files
from designlint.resources import data_dir, shipped
from designlint.scaffold.presets import presets_dir
from designlint.validation import validate

RULE_FILES = rule_files(data_dir("rules"))
PRESETS = sorted(presets_dir().glob("*.toml"))


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_each_shipped_rule_file_passes_its_schema_and_option_checks(path: Path) -> None:
    assert shipped(path)
    assert _validated_records(path.read_bytes(), path, check=True)


@pytest.mark.parametrize("path", PRESETS, ids=lambda p: p.name)
def test_each_shipped_preset_passes_its_schema(path: Path) -> None:
    assert shipped(path)
    validate(tomllib.loads(path.read_text(encoding="utf-8")), "preset", str(path), TemplateError)


def test_a_team_rule_file_is_still_checked(tmp_path: Path) -> None:
    bad = tmp_path / "team.toml"
    bad.write_text('[[rule]]\nid = "T001"\n', encoding="utf-8")
    assert not shipped(bad)
    with pytest.raises(RuleDefinitionError, match="team.toml"):
        _validated_records(bad.read_bytes(), bad, check=True)


def test_a_lint_with_only_shipped_data_does_not_load_the_schema_checker(tmp_path: Path) -> None:
    (tmp_path / "doc.md").write_text("# A design\n\n## Requirements\n- Users upload files.\n", encoding="utf-8")
    code = (
        "import sys\nfrom designlint.cli import main\n"
        "try:\n    main(['lint', 'doc.md', '--cache-dir', 'cache', '--exit-zero'])\nexcept SystemExit:\n    pass\n"
        "print('jsonschema' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert done.stdout.strip().endswith("False"), done.stdout
