"""Configuration: found from each linted file upward, validated by a JSON Schema, frozen."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from designlint.errors import ConfigError

CONFIG_NAMES = (".designlint.toml", "designlint.toml", "pyproject.toml")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", ".designlint_cache", "__pycache__")


@dataclass(frozen=True, slots=True, eq=False)
class Config:
    """The effective settings for one file. path is None for the built-in defaults.

    Compared by identity (eq=False) so that a config read once keys the rule-set cache.
    """

    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    rules_dirs: tuple[Path, ...] = ()
    fail_on: str | None = None
    profile: str = "auto"
    per_file_profiles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    profiles: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))
    problem: str = "auto"
    per_file_problems: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    front_matter_schema: Path | None = None
    templates_dir: Path | None = None
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))
    steps: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))

    def with_cli(self, **overrides: Any) -> Config:
        """Command-line options win over the file; None means 'not given'."""
        given = {key: value for key, value in overrides.items() if value is not None}
        return replace(self, **given)


def _table(path: Path) -> Mapping[str, Any] | None:
    """The designlint table of a config file, or None if this file has none."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a huge integer
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: nests too deeply to read; flatten its arrays and tables") from None
    if path.name == "pyproject.toml":
        table = raw.get("tool", {}).get("designlint")
        return table if isinstance(table, dict) else None
    return raw


def table_prefix(path: Path | None) -> str:
    """How keys are named in messages: tool.designlint.select in pyproject.toml, select elsewhere."""
    return "tool.designlint" if path is not None and path.name == "pyproject.toml" else ""


def _build(path: Path, table: Mapping[str, Any]) -> Config:
    from designlint.validation import validate

    try:
        validate(table, "config", str(path), ConfigError, table_prefix(path))
    except RecursionError:
        raise ConfigError(f"{path}: nests too deeply to check; flatten its arrays and tables") from None
    root = path.parent
    exclude = tuple(table.get("exclude", DEFAULT_EXCLUDE)) + tuple(table.get("extend-exclude", ()))
    return Config(
        path=path,
        root=root,
        select=tuple(table.get("select", ("ALL",))),
        extend_select=tuple(table.get("extend-select", ())),
        ignore=tuple(table.get("ignore", ())),
        per_file_ignores=MappingProxyType({k: tuple(v) for k, v in table.get("per-file-ignores", {}).items()}),
        exclude=exclude,
        rules_dirs=tuple(_confined(path, "rules-dirs", d) for d in table.get("rules-dirs", ())),
        fail_on=table.get("fail-on"),
        profile=table.get("profile", "auto"),
        per_file_profiles=MappingProxyType(dict(table.get("per-file-profiles", {}))),
        profiles=MappingProxyType({k: MappingProxyType(dict(v)) for k, v in table.get("profiles", {}).items()}),
        problem=table.get("problem", "auto"),
        per_file_problems=MappingProxyType(dict(table.get("per-file-problems", {}))),
        front_matter_schema=(root / table["front-matter-schema"]) if "front-matter-schema" in table else None,
        templates_dir=(root / table["templates-dir"]).resolve() if "templates-dir" in table else None,
        rules=MappingProxyType({k: MappingProxyType(dict(v)) for k, v in table.get("rules", {}).items()}),
        steps=MappingProxyType({k: MappingProxyType(dict(v)) for k, v in table.get("steps", {}).items()}),
    )


def _confined(config: Path, key: str, value: str) -> Path:
    """A path the config names, links resolved; it must stay in the config's folder, as the repo's own data."""
    root = config.parent.resolve()
    target = (root / value).resolve()
    if not target.is_relative_to(root):
        raise ConfigError(f"{config}: {key}: {value!r} is outside {root}; keep it inside the repository")
    return target


@lru_cache(maxsize=256)
def load_config_file(path: Path) -> Config:
    """Read one named config file (--config); it must hold designlint settings."""
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.designlint] table; add one or point --config at a .designlint.toml")
    return _build(path, table)


@lru_cache(maxsize=1024)
def discover(directory: Path) -> Config:
    """The nearest config at or above directory (nearest wins, no merging), else the defaults."""
    for name in CONFIG_NAMES:
        candidate = directory / name
        if candidate.is_file():
            table = _table(candidate)
            if table is not None:
                return _build(candidate, table)
    if directory.parent != directory:
        return discover(directory.parent)
    return Config(root=Path.cwd())
