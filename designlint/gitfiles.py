"""Markdown files changed against a git ref, for linting only what a pull request touches."""

from __future__ import annotations

import subprocess
from pathlib import Path

from designlint.errors import UsageError
from designlint.files import SUFFIXES

# No external diff drivers or textconv filters: a repo's own config must not run code.
_DIFF = ["git", "diff", "--name-only", "--no-ext-diff", "--no-textconv", "--diff-filter=ACMR", "-z"]


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False, timeout=60)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        raise UsageError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "git failed")
    return done.stdout


def changed_markdown(ref: str, cwd: Path) -> list[Path]:
    """Markdown files added, copied, modified or renamed since ref, plus untracked ones."""
    try:
        top = Path(_git(["git", "rev-parse", "--show-toplevel"], cwd).strip())
    except UsageError:
        raise UsageError(f"{cwd}: not inside a git repository; --changed-since needs one") from None
    try:
        _git(["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    except UsageError:
        raise UsageError(f"--changed-since: unknown git ref {ref!r}; try origin/main or a commit id") from None
    names = _git([*_DIFF, ref, "--"], top).split("\0")
    names += _git(["git", "ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    found = {top / name for name in names if name.endswith(SUFFIXES)}
    return sorted(path for path in found if path.is_file())
