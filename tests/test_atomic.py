"""Atomic writes give a new file the mode any program would, and keep an existing file's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from designlint.atomic import write_atomic


@pytest.fixture
def umask_022() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "design.md"
    write_atomic(target, "# Design\n")
    assert target.stat().st_mode & 0o777 == 0o644  # not the temporary file's 0o600
    assert target.read_text(encoding="utf-8") == "# Design\n"


def test_an_existing_file_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640
    assert target.read_text(encoding="utf-8") == "new"
