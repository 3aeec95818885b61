"""The content cache in .designlint_cache/: lint results per file, validated rule data and config.

Every entry is a JSON file named by a SHA-256 key over everything its value depends on:
for a file's findings, the file's bytes, its shown path, the effective config, a
fingerprint of all rule data (built-in rules, vocabulary, catalogue, profiles, a team's
rules-dirs) and of designlint itself (version, code, schemas, mistune, Python).
An entry repeats its key and an HMAC of its value under the user's own key (cachefiles.py); one
that does not parse, names another key or fails its seal is ignored and rebuilt, never trusted. Entries are
written to a temporary file and renamed into place, so runs that share the cache only
ever see whole entries. JSON only: reading the cache never runs code.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designlint import __version__, memo
from designlint.findings import Finding, Severity
from designlint.lint import cachefiles
from designlint.memo import canonical, digest
from designlint.resources import package_dir

if TYPE_CHECKING:
    from designlint.config import Config

DEFAULT_DIR = ".designlint_cache"
LAYOUT = "v2"  # bump when the entry format changes
_PACKAGE = package_dir()
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# designlint's cache: safe to delete.\n"

_SEVERITIES = frozenset(s.value for s in Severity)

_active: Store | None = None


class Store:
    """One cache folder. Every failure to read or write is a miss, never an error.

    The default folder (named False) is used only if it is really inside the current folder, not a
    link to elsewhere: a repository must not point designlint at files outside it.
    """

    def __init__(self, folder: Path, named: bool = True) -> None:
        self.folder = folder
        self.root = folder / LAYOUT
        self.usable = named or not (folder.is_symlink() or (folder.exists() and not _here(folder)))
        self.writable = self.usable

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / f"{key[2:]}.json"

    def key(self, *parts: bytes | str) -> str:
        """A key over parts and designlint's own code, so a new version never reads an old stamp."""
        return digest(code_fingerprint(), *parts)

    def has(self, kind: str, key: str) -> bool:
        return self.usable and self._path(kind, key).is_file()

    def get(self, kind: str, key: str) -> Any | None:
        """The value stored under key, or None when absent, corrupt, oversized or foreign."""
        data = cachefiles.read_regular(self._path(kind, key)) if self.usable else None
        if data is None:
            return None
        try:
            entry = json.loads(data)
            value = entry["value"]
            if entry["key"] == key and cachefiles.sealed(canonical(value), entry["mac"]):
                return value
        except (ValueError, TypeError, KeyError, RecursionError):
            pass
        return None

    def put(self, kind: str, key: str, value: Any) -> None:
        if not self.writable:
            return
        try:
            body = canonical(value)
        except (TypeError, ValueError, RecursionError):
            return  # a value JSON cannot hold is simply not cached
        text = f'{{"key":{json.dumps(key)},"mac":"{cachefiles.seal(body)}","value":{body}}}\n'
        try:
            self._write(self._path(kind, key), text)
        except (OSError, ValueError):
            self.writable = False  # read-only disk or no space: carry on without writing

    def _write(self, path: Path, text: str) -> None:
        if not cachefiles.stays_inside(path.parent, self.folder):
            raise ValueError("a link inside the cache leads out of it")
        if not path.parent.is_dir():
            self._prepare()
            path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        handle, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temp, path)
        except Exception:
            Path(temp).unlink(missing_ok=True)
            raise

    def _prepare(self) -> None:
        """Mark the folder as a cache: backup tools skip it (CACHEDIR.TAG), git ignores it."""
        self.root.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# created by designlint\n*\n")):
            cachefiles.write_marker(self.folder / name, text)

    def prune(self) -> None:
        """Old and excess entries go (at most once a day); never an error."""
        if self.writable and self.folder.is_dir():
            with contextlib.suppress(OSError):
                cachefiles.prune(self.folder, LAYOUT)


def _here(folder: Path) -> bool:
    return cachefiles.stays_inside(folder, Path.cwd())


def activate(store: Store | None) -> None:
    """Make store the cache that rule loading and validation use (None: no cache)."""
    global _active
    _active = store
    memo.activate(store)


def active() -> Store | None:
    return _active


# --- fingerprints ----------------------------------------------------------------------


def _stat_line(path: Path, base: Path) -> str:
    stat = path.stat()
    return f"{path.relative_to(base).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}"


def code_files() -> list[Path]:
    """Every module and schema of designlint, wherever in the package it sits."""
    return sorted([*_PACKAGE.rglob("*.py"), *_PACKAGE.glob("schemas/*.json")])


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """designlint's version and code (module and schema files by size and mtime), mistune's, Python's."""
    lines = [_stat_line(p, _PACKAGE) for p in code_files()]
    spec = find_spec("mistune")
    if spec is not None and spec.origin:
        lines.append(_stat_line(Path(spec.origin), Path(spec.origin).parent.parent))
    return digest(__version__, sys.version, *lines)


def folder_fingerprint(folder: Path) -> str:
    """Every data file under a rules folder, by name and content (vocabulary/ included)."""
    if not folder.is_dir():
        return digest("missing", str(folder))
    parts: list[str | bytes] = []
    for path in sorted(folder.rglob("*.toml")):
        parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


def rules_fingerprint(folders: Iterable[Path]) -> str:
    return digest(code_fingerprint(), *(folder_fingerprint(f) for f in folders))


# --- what goes into and comes out of an entry ---------------------------------------------


def config_text(config: Config) -> str:
    """Every setting of an effective config, with the bytes of each file it names, as stable text.

    All fields are taken, so a setting added later is part of the key without anyone having to
    remember; a file named by a setting (a front-matter schema) counts by its content too.
    """
    from dataclasses import fields

    settings = {f.name: _plain(getattr(config, f.name)) for f in fields(config)}
    return json.dumps(settings, sort_keys=True, default=repr)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        try:
            return [str(value), digest(value.read_bytes()) if value.is_file() else ""]
        except OSError:
            return [str(value), "unreadable"]
    return value


def encode_findings(findings: Iterable[Finding]) -> list[list[Any]]:
    """One file's findings as JSON rows; the path is not stored (it is part of the key)."""
    return [
        [f.line, f.column, f.rule_id, f.rule_name, f.severity.value, f.message, f.section, f.context, f.step, f.variant]
        for f in findings
    ]


def decode_findings(shown: str, rows: Any) -> list[Finding] | None:
    """Findings from an entry's rows, or None when they are not the shape encode_findings writes."""
    if not isinstance(rows, list):
        return None
    findings = []
    for row in rows:
        if not (isinstance(row, list) and len(row) == 10 and type(row[0]) is int and type(row[1]) is int):
            return None
        line, column, rule_id, name, severity, message, section, context, step, variant = row
        if not all(isinstance(s, str) for s in (rule_id, name, severity, message, section, context, step, variant)):
            return None
        if severity not in _SEVERITIES:
            return None
        said = (Severity(severity), message, section, context, step, variant)
        findings.append(Finding(shown, line, column, rule_id, name, *said))
    return findings
