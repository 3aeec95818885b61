"""Presets: the typical non-functional profile and deep dives of one kind of system, as data."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from designlint.errors import TemplateError
from designlint.resources import data_dir, shipped


def presets_dir() -> Path:
    return data_dir("templates") / "presets"


def _read(path: Path) -> dict[str, Any]:
    """The preset, parsed and checked; kept in the active cache under the file's bytes, as TOML
    parsing of every preset is a tenth of a one-file lint run."""
    from designlint.memo import cached_value

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"{path}: cannot read preset: {exc.strerror}") from None
    raw: dict[str, Any] = cached_value("preset", (data,), lambda: _parsed(data, path))
    if raw["name"] != path.stem:
        raise TemplateError(f"{path}: name {raw['name']!r} differs from the file name {path.stem!r}")
    return raw


def _parsed(data: bytes, path: Path) -> dict[str, Any]:
    from designlint.validation import validate

    try:
        raw = tomllib.loads(data.decode("utf-8").replace("\r\n", "\n"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read preset: {exc}") from None
    if not shipped(path):  # designlint's own presets are checked by its test suite
        validate(raw, "preset", str(path), TemplateError)
    return raw


@lru_cache(maxsize=1)
def load_presets() -> Mapping[str, Mapping[str, Any]]:
    """Every built-in preset by name, each checked against designlint/schemas/preset.schema.json."""
    return {path.stem: _read(path) for path in sorted(presets_dir().glob("*.toml"))}


def get_preset(name: str) -> Mapping[str, Any]:
    """The preset called name (or one of its aliases); an unknown name lists the known ones."""
    presets = load_presets()
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    if key in presets:
        return presets[key]
    for preset in presets.values():
        if key in preset.get("aliases", ()):
            return preset
    raise TemplateError(f"unknown preset {name!r}; use one of: {', '.join(presets)} (see --list-presets)")


def list_presets() -> str:
    """One line per preset: its name and what it pre-fills."""
    presets = load_presets()
    width = max((len(name) for name in presets), default=0)
    lines = [f"{name:<{width}}  {preset['summary']}" for name, preset in presets.items()]
    return "\n".join(lines) + "\n"
