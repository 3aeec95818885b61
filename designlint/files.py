"""Which files a lint run reads: named files, folders walked for Markdown, and globs."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path

from designlint.errors import UsageError

SUFFIXES = (".md", ".markdown")


def _excluded(path: Path, root: Path, patterns: Sequence[str]) -> bool:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
    relative = "/".join(parts)
    return any(fnmatch(part, p) for part in parts for p in patterns) or any(fnmatch(relative, p) for p in patterns)


def inside(path: Path, root: Path) -> bool:
    """True if path, with its links resolved, stays inside root."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True


def _walk(folder: Path, exclude_for: Callable[[Path], Sequence[str]], warn: Callable[[str], None]) -> Iterator[Path]:
    for current, dirs, names in os.walk(folder, followlinks=False):
        here = Path(current)
        patterns = exclude_for(here)
        dirs[:] = sorted(d for d in dirs if not _excluded(here / d, folder, patterns))
        for name in sorted(names):
            path = here / name
            if not name.endswith(SUFFIXES) or _excluded(path, folder, patterns):
                continue
            if path.is_symlink() and not inside(path, folder):
                warn(f"{path}: skipped, it is a symlink to a place outside {folder}")
                continue
            if _special(path, warn):
                continue
            yield path


def _special(path: Path, warn: Callable[[str], None]) -> bool:
    """True (with a note) for a FIFO, socket or device: reading one could block for ever."""
    if path.exists() and not path.is_file():
        warn(f"{path}: skipped, not a regular file (a FIFO, socket or device)")
        return True
    return False


def expand(
    targets: Sequence[str],
    exclude_for: Callable[[Path], Sequence[str]],
    warn: Callable[[str], None],
) -> Iterator[Path]:
    """Files to lint, in a stable order and each once; a target that matches nothing is an error."""
    seen: set[Path] = set()
    for target in targets:
        found = list(_expand_one(target, exclude_for, warn))
        if not found and not Path(target).exists():
            raise UsageError(f"{target}: no such file, folder or matching glob")
        for path in found:
            key = path.absolute()
            if key not in seen:
                seen.add(key)
                yield path


def _expand_one(
    target: str, exclude_for: Callable[[Path], Sequence[str]], warn: Callable[[str], None]
) -> Iterator[Path]:
    path = Path(target)
    if path.is_dir():
        yield from _walk(path, exclude_for, warn)
    elif path.exists():
        if path.is_file():
            yield path  # a file named on the command line is linted whatever its name
        else:  # opening a FIFO waits for a writer: the run would hang
            warn(f"{path}: skipped, not a regular file (a FIFO, socket or device); to lint a stream, pipe it to `-`")
    elif glob.has_magic(target):
        yield from _glob(target, exclude_for, warn)


def _glob_base(target: str) -> Path:
    """The folder a glob starts from: its parts before the first wildcard."""
    parts = Path(target).parts
    literal = parts[: next(i for i, p in enumerate(parts) if glob.has_magic(p))]
    return Path(*literal) if literal else Path(".")


def _glob(target: str, exclude_for: Callable[[Path], Sequence[str]], warn: Callable[[str], None]) -> Iterator[Path]:
    """Matches of a glob, as a walk of its base folder would take them: no link out of that folder."""
    base = _glob_base(target)
    for match in sorted(glob.glob(target, recursive=True)):
        candidate = Path(match)
        if not (candidate.is_dir() or match.endswith(SUFFIXES)) or not candidate.exists():
            continue
        if not inside(candidate, base):
            warn(f"{candidate}: skipped, it leads through a symlink to a place outside {base}")
        elif candidate.is_dir():
            yield from _walk(candidate, exclude_for, warn)
        elif not _special(candidate, warn):
            yield candidate
