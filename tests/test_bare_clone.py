"""The README's test command passes on a bare clone: no ../shared beside it, so corpus tests must skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

INSIDE = "DESIGNLINT_BARE_CLONE_TEST"  # set in the clone's run, so it does not clone itself again


@pytest.mark.skipif(bool(os.environ.get(INSIDE)), reason="already the run inside a bare clone")
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout: nothing to clone")
def test_readme_test_command_passes_on_a_clone_without_shared(tmp_path: Path) -> None:
    clone = tmp_path / "designlint"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True, timeout=120)
    assert not (clone.parent / "shared").exists()
    env = {**os.environ, INSIDE: "1", "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    tail = run.stdout[-3000:]
    assert run.returncode == 0, tail
    assert "needs ../shared/corpus" in run.stdout, "the corpus tests must say why they skipped"
