"""Writes that either fully happen or leave the old file as it was."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from designlint.errors import UsageError


def write_temp(folder: Path, text: str, prefix: str) -> Path:
    """A fully written, fsynced temporary file in folder (so a rename onto the target is atomic)."""
    try:
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(f"{folder}: cannot write here: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        Path(name).unlink(missing_ok=True)
        raise UsageError(f"{folder}: cannot write: {exc.strerror}") from None
    return Path(name)


def write_atomic(path: Path, text: str, *, overwrite: bool = True) -> None:
    """Write text to path through a temporary file in the same folder and os.replace.

    A symlink at path is refused, so a write never lands outside the named place.
    With overwrite False an existing file is an error.
    """
    if path.is_symlink():
        raise UsageError(f"{path}: is a symlink; refusing to write through it")
    if not overwrite and path.exists():
        raise UsageError(f"{path}: already exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    temp = write_temp(folder, text, f".{path.name}.")
    try:
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o7777)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write: {exc.strerror}") from None
