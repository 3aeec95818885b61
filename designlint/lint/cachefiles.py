"""The cache folder's files, kept safe and small: a keyed seal on entries, bounded reads, no writes
through links, and pruning of old entries.

A cache folder may come with the repository (committed, or planted by a pull request), so nothing in
it is trusted: entries are sealed with an HMAC whose key lives in the user's own cache folder, outside
any repository; an entry is read only if it is a regular file under a size cap; markers and entries are
never written through a symlink.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import shutil
import stat
import time
from functools import lru_cache
from pathlib import Path

MAX_ENTRY_BYTES = 32 * 1024 * 1024  # a 10 MB doc's findings fit many times over
MAX_AGE_SECONDS = 30 * 24 * 3600  # an entry unused this long is pruned
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # past this, the least recently used entries go first
PRUNE_EVERY_SECONDS = 24 * 3600
STALE_TEMP_SECONDS = 3600  # a temporary file this old was left by a killed run
_STAMP = ".last-prune"
_LAYOUT = re.compile(r"v\d+")
_KEY_BYTES = 32


def _key_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "designlint" / "cache-key"


@lru_cache(maxsize=1)
def user_key() -> bytes:
    """The user's secret sealing key, made on first use; a fresh one for this run if it cannot be kept."""
    path = _key_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        data = read_regular(path, 1024)
        return data if data is not None and len(data) >= _KEY_BYTES else os.urandom(_KEY_BYTES)
    except (OSError, RuntimeError):  # no home, read-only home: entries live for this run only
        return os.urandom(_KEY_BYTES)
    key = os.urandom(_KEY_BYTES)
    with os.fdopen(handle, "wb") as stream:
        stream.write(key)
    return key


def seal(body: str) -> str:
    return hmac.new(user_key(), body.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def sealed(body: str, mac: object) -> bool:
    return isinstance(mac, str) and hmac.compare_digest(seal(body), mac)


def read_regular(path: Path, limit: int | None = None) -> bytes | None:
    """A regular file's bytes, or None for a link, a FIFO, a device, a folder or a file over limit."""
    limit = MAX_ENTRY_BYTES if limit is None else limit
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        data = stream.read(limit + 1)
    if len(data) > limit:
        return None
    if time.time() - info.st_mtime > PRUNE_EVERY_SECONDS:
        _touch(path)  # recently used: pruning goes by this time
    return data


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path, follow_symlinks=False)


def write_marker(path: Path, text: str) -> None:
    """Create a marker file unless something (a file, a link) already has the name; never follow a link."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    except OSError:
        return
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)


def stays_inside(path: Path, folder: Path) -> bool:
    """True if path, links resolved, is inside folder's real place."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False


def prune(folder: Path, layout: str, now: float | None = None) -> None:
    """At most once a day: drop old layouts, stale temporary files, entries unused for 30 days, then
    the least recently used entries while the cache is over its size cap."""
    now = time.time() if now is None else now
    stamp = folder / _STAMP
    try:
        if now - stamp.lstat().st_mtime < PRUNE_EVERY_SECONDS:
            return
    except OSError:
        pass
    if not _ours(folder):  # a --cache-dir may name a folder that holds other things: touch nothing there
        return
    write_marker(stamp, "")
    _touch(stamp)
    for old in folder.iterdir():
        if old.name != layout and _LAYOUT.fullmatch(old.name) and old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
    _prune_entries(folder / layout, now)


def _ours(folder: Path) -> bool:
    """True if folder carries the CACHEDIR.TAG designlint writes."""
    tag = read_regular(folder / "CACHEDIR.TAG", 4096)
    return tag is not None and b"designlint" in tag


def _prune_entries(root: Path, now: float) -> None:
    kept: list[tuple[float, int, Path]] = []
    for current, _dirs, names in os.walk(root, followlinks=False):
        for name in names:
            path = Path(current) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            age = now - info.st_mtime
            if age > MAX_AGE_SECONDS or (name.startswith(".tmp-") and age > STALE_TEMP_SECONDS):
                path.unlink(missing_ok=True)
            elif not name.startswith(".tmp-"):
                kept.append((info.st_mtime, info.st_size, path))
    total = sum(size for _, size, _ in kept)
    for _mtime, size, path in sorted(kept):
        if total <= MAX_TOTAL_BYTES:
            break
        path.unlink(missing_ok=True)
        total -= size
