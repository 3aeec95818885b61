"""Careful write-ups lint nearly clean: no error and at most one warning each.

Each fixture is a complete four-step write-up in a style real practice notes use: Markdown
headings with features packed into one bullet; plain-text notes with an opening dialogue,
label lines and casual numbers ("20m", "250k"); a Q&A transcript with `##Heading` lines and
numbered section labels. Every part the rules look for is there, so a warning on one of them
is a wrong verdict worth a look.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from designlint.findings import Severity

from conftest import FIXTURES, lint_path

DOCS = sorted((FIXTURES / "thorough").glob("*.md"))


def test_there_are_several_styles() -> None:
    assert len(DOCS) >= 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_a_thorough_write_up_lints_nearly_clean(path: Path) -> None:
    findings = lint_path(path)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    assert errors == [], errors
    assert len(warnings) <= 1, warnings
    assert not [f for f in findings if f.rule_id == "S001"]  # every step is found, headings or not
