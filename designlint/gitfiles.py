"""Markdown files changed against a git ref, for linting only what a pull request touches.

The linted repository may come from a fork, and git obeys that repository's own config: an fsmonitor
command, filter drivers, hooks, a pager, diff drivers. So git is only asked to read its object database
and index (ls-tree, ls-files), with every program-starting setting overridden; the working tree is
compared here, by hashing each file as a blob, so no clean filter or textconv ever runs.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from designlint.errors import UsageError
from designlint.files import SUFFIXES

# Command-line -c beats every config file, the repository's own included.
_SAFE = [
    "-c", "core.fsmonitor=false",
    "-c", "core.hooksPath=/dev/null",
    "-c", "core.pager=cat",
    "-c", "core.sshCommand=false",
    "-c", "core.untrackedCache=false",
    "-c", "core.askPass=",
    "-c", "credential.helper=",
    "-c", "diff.external=",
    "-c", "protocol.allow=never",
    "--no-pager",
]  # fmt: skip
_DROP = ("GIT_EXTERNAL_DIFF", "GIT_ASKPASS", "SSH_ASKPASS", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_PAGER", "GIT_DIR")
_ENV = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_PAGER": "cat",
    "PAGER": "cat",
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_OPTIONAL_LOCKS": "0",  # read the index, never refresh and rewrite it
    "GIT_NO_LAZY_FETCH": "1",  # a partial clone must not reach for its promisor remote
}


def _environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in _DROP}
    return {**env, **_ENV}


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(
            ["git", *_SAFE, *args], cwd=cwd, env=_environment(), capture_output=True, check=False, timeout=60
        )
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    errors = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        raise UsageError(errors.splitlines()[-1] if errors else "git failed")
    return done.stdout.decode("utf-8", "surrogateescape")


def _ref_blobs(ref: str, top: Path) -> dict[str, str]:
    """Path -> blob id of every file in ref's tree."""
    blobs = {}
    for row in _git(["ls-tree", "-r", "-z", "--full-tree", ref], top).split("\0"):
        meta, _tab, name = row.partition("\t")
        if meta.split(" ")[1:2] == ["blob"]:
            blobs[name] = meta.split(" ")[2]
    return blobs


def _blob_id(path: Path, algorithm: str) -> set[str]:
    """The ids git would give path's content, raw and with CRLF as LF (what autocrlf stores)."""
    data = os.readlink(path).encode("utf-8", "surrogateescape") if path.is_symlink() else path.read_bytes()
    forms = {data, data.replace(b"\r\n", b"\n")}
    return {hashlib.new(algorithm, b"blob %d\0" % len(form) + form).hexdigest() for form in forms}


def changed_markdown(ref: str, cwd: Path) -> list[Path]:
    """Markdown files added, copied, modified or renamed since ref, plus untracked ones."""
    top = _top(cwd)
    _check_ref(ref, top)
    algorithm = _git(["rev-parse", "--show-object-format"], top).strip() or "sha1"
    before = _ref_blobs(ref, top)
    names = _git(["ls-files", "--cached", "--others", "--exclude-standard", "-z"], top).split("\0")
    markdown = {name for name in names if name.endswith(SUFFIXES)}
    return sorted(top / name for name in markdown if _differs(top / name, before.get(name), algorithm))


def _top(cwd: Path) -> Path:
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    except UsageError:
        raise UsageError(f"{cwd}: not inside a git repository; --changed-since needs one") from None


def _check_ref(ref: str, top: Path) -> None:
    if ref.startswith("-"):  # git would read it as an option
        raise UsageError(f"--changed-since: {ref!r} is not a git ref; try origin/main or a commit id")
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    except UsageError:
        raise UsageError(f"--changed-since: unknown git ref {ref!r}; try origin/main or a commit id") from None


def _differs(path: Path, blob: str | None, algorithm: str) -> bool:
    """True for a file that exists in the working tree and is new or not the blob ref holds."""
    if not path.is_file():
        return False
    return blob is None or blob not in _blob_id(path, algorithm)
