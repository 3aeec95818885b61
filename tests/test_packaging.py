"""The wheel carries the rule data and templates, so an installed designlint works from any folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_ships_rules_templates_and_schemas(tmp_path: Path) -> None:
    build = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "-w", str(tmp_path)]
    subprocess.run(build, check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("designlint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "designlint/_data/rules/catalogue.toml",
        "designlint/_data/rules/structure.toml",
        "designlint/_data/rules/vocabulary/structure.toml",
        "designlint/_data/templates/design.md.j2",
        "designlint/_data/templates/estimate.md.j2",
        "designlint/_data/templates/report.html.j2",
        "designlint/_data/templates/questions.toml",
        "designlint/schemas/question.schema.json",
        "designlint/schemas/rule.schema.json",
        "designlint/schemas/config.schema.json",
    }
    assert shipped <= names
    rule_files = {p.name for p in (ROOT / "rules").glob("*.toml")}
    assert rule_files == {Path(n).name for n in names if n.startswith("designlint/_data/rules/") and n.count("/") == 3}
