"""Writes that either fully happen or leave the old file as it was."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
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
        os.chmod(temp, path.stat().st_mode & 0o7777 if path.exists() else new_file_mode())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write: {exc.strerror}") from None


def new_file_mode() -> int:
    """The mode open() would give a new file (0o666 less the umask): a temporary file is made 0o600,
    which would leave a new doc or report unreadable to the rest of the team."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


STALE_SECONDS = 3600  # a temporary file this old was left by a killed run


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.designlint-"


def clean_stale(path: Path) -> None:
    """Remove temporary files an earlier, killed rewrite of path left beside it (hidden, *.tmp: never a doc)."""
    for temp in path.parent.glob(f"{glob.escape(_temp_prefix(path))}*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - temp.lstat().st_mtime > STALE_SECONDS:
                temp.unlink()


def rewrite_in_place(path: Path, text: str) -> None:
    """Replace an existing file's text atomically, keeping its mode, owner and extended attributes.

    Refused, with nothing written, where the replacement could not be the same file to its readers:
    a read-only file, one with other hard links (a rename would split them) or one whose owner this
    process cannot give the new file.
    """
    info = path.lstat()
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise UsageError(f"{path}: is read-only; make it writable first (nothing written)")
    if info.st_nlink > 1:
        raise UsageError(f"{path}: has {info.st_nlink} hard links, which a rewrite would split (nothing written)")
    clean_stale(path)
    temp = write_temp(path.parent, text, _temp_prefix(path))
    try:
        _copy_identity(path, temp, info)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write: {exc.strerror}; nothing written") from None
    except UsageError:
        temp.unlink(missing_ok=True)
        raise


def _copy_identity(path: Path, temp: Path, info: os.stat_result) -> None:
    """Mode, owner and extended attributes of path onto temp."""
    os.chmod(temp, info.st_mode & 0o7777)
    mine = temp.stat()
    if (mine.st_uid, mine.st_gid) != (info.st_uid, info.st_gid):
        try:
            os.chown(temp, info.st_uid, info.st_gid)
        except PermissionError:
            message = "owned by another user; a rewrite would change its owner (nothing written)"
            raise UsageError(f"{path}: {message}") from None
        os.chmod(temp, info.st_mode & 0o7777)  # chown clears set-id bits
    for name in _xattrs(path):
        with contextlib.suppress(OSError):  # an attribute this process may not set (some security labels)
            os.setxattr(temp, name, os.getxattr(path, name))


def _xattrs(path: Path) -> list[str]:
    try:
        return os.listxattr(path) if hasattr(os, "listxattr") else []
    except OSError:
        return []
