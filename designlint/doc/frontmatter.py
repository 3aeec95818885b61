"""Front matter as data, checked against a team's JSON Schema, with the line of each field.

YAML needs PyYAML, imported only here and only when a doc's front matter must be checked;
it is read with yaml.safe_load alone. Schemas never reach the network: a $ref that is not
inside the schema file is refused when the schema is loaded, and the validator gets a
referencing.Registry with no retrieve function, so nothing can be fetched either way.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from designlint import schemapatterns
from designlint.doc.document import FrontMatter
from designlint.errors import ConfigError

MAX_CHARS = 64 * 1024  # front matter is metadata; more than this is not parsed
MAX_NODES = 10_000  # bounds the work an alias-heavy YAML block can cause
MAX_SCHEMA_BYTES = 1024 * 1024
IGNORED_FIELDS = ("designlint-profile",)  # designlint's own field is never the schema's business
MAX_PROBLEMS = 20  # per document; past it one more finding counts the rest


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the front matter: the field (dotted), where, and what."""

    field: str
    line: int
    message: str


class _Unreadable(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def check_schema_path(path: Path, root: Path, where: str) -> None:
    """The schema must live in the config's folder tree: a config from a pull request cannot
    make designlint read, and echo parts of, a file elsewhere on the machine (a symlink out counts)."""
    if not path.resolve().is_relative_to(root.resolve()):
        raise ConfigError(
            f"{where}: front-matter-schema {str(path)!r} is outside {root}; keep the schema in the repository"
        )
    if path.is_file() and path.stat().st_size > MAX_SCHEMA_BYTES:
        raise ConfigError(f"{where}: front-matter-schema {str(path)!r} is over {MAX_SCHEMA_BYTES:,} bytes")


@lru_cache(maxsize=32)
def load_schema(path: str) -> Mapping[str, Any]:
    """The schema in path, checked to be a valid JSON Schema that refers to nothing outside itself."""
    try:
        return _load_schema(path)
    except RecursionError:
        raise ConfigError(f"{path}: the front-matter schema nests too deeply to check; flatten it") from None


def _load_schema(path: str) -> Mapping[str, Any]:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    try:
        schema = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the front-matter schema: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: the front-matter schema is not valid JSON: {exc}") from None
    if not isinstance(schema, dict):
        raise ConfigError(f"{path}: the front-matter schema must be a JSON object")
    for ref in _refs(schema):
        if not ref.startswith("#"):
            raise ConfigError(
                f"{path}: $ref {ref!r} points outside the schema file; designlint never fetches schemas, "
                "so copy the definition under $defs and refer to it as #/$defs/<name>"
            )
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        raise ConfigError(f"{path}: not a valid JSON Schema: {exc.message}") from None
    schemapatterns.record(schema, path)
    return schema


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("$ref", "$dynamicRef") and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def validator(schema: Mapping[str, Any]) -> Any:
    """A Draft 2020-12 validator whose registry can resolve nothing but the schema itself, and
    whose pattern keywords run time-limited (schemapatterns.py)."""
    from referencing import Registry

    return schemapatterns.limited_validator_class()(dict(schema), registry=Registry())


def read(front: FrontMatter) -> Any:
    """The front matter as JSON-like data; raises _Unreadable with a line when it cannot be read."""
    if len(front.text) > MAX_CHARS:
        raise _Unreadable(front.line, f"front matter is over {MAX_CHARS:,} characters; keep metadata short")
    try:
        data = _load_toml(front) if front.kind == "toml" else _load_yaml(front)
        return _jsonable(data, [MAX_NODES], front.line)
    except RecursionError:
        raise _Unreadable(front.line, "front matter nests too deeply to read") from None


def _load_yaml(front: FrontMatter) -> Any:
    import yaml

    try:
        return yaml.safe_load(front.text)
    except ValueError as exc:  # a value YAML's own constructors refuse: 2024-13-01, a 5,000-digit integer
        message = f"front matter has a value YAML cannot read: {_cap(str(exc), 120)}"
        raise _Unreadable(front.line + 1, message) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = front.line + 1 + (mark.line if mark is not None else 0)
        problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
        raise _Unreadable(line, f"front matter is not valid YAML: {problem}") from None


def _load_toml(front: FrontMatter) -> Any:
    try:
        return tomllib.loads(front.text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+)", str(exc))
        line = front.line + int(found.group(1)) if found else max(front.end_line - 1, front.line)
        raise _Unreadable(line, f"front matter is not valid TOML: {str(exc).split(' (at ')[0]}") from None
    except ValueError as exc:  # a 5,000-digit integer: over Python's limit for reading one
        message = f"front matter has a value TOML cannot read: {_cap(str(exc), 120)}"
        raise _Unreadable(front.line + 1, message) from None


def _jsonable(value: Any, budget: list[int], line: int) -> Any:
    """Dates become ISO text (JSON has no date type); aliases that blow up are cut off."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unreadable(line, f"front matter expands to more than {MAX_NODES:,} values (YAML aliases?)")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v, budget, line) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v, budget, line) for v in value]
    return value


def problems(front: FrontMatter, schema: Mapping[str, Any]) -> list[Problem]:
    """Everything the schema rejects in the front matter, in line order."""
    try:
        data = read(front)
    except _Unreadable as exc:
        return [Problem("", exc.line, str(exc))]
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in IGNORED_FIELDS}
    from referencing.exceptions import Unresolvable

    try:
        errors = sorted(validator(schema).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    except Unresolvable as exc:  # nothing is ever fetched: say what could not be found
        return [Problem("", front.line, f"the front-matter schema refers to something it does not hold: {exc}")]
    shown = sorted((_problem(front, error) for error in errors[:MAX_PROBLEMS]), key=lambda p: (p.line, p.field))
    if len(errors) > MAX_PROBLEMS:  # each one is located by a scan of the block: keep that work bounded
        more = len(errors) - MAX_PROBLEMS
        shown.append(Problem("", shown[-1].line, f"{more:,} more problems like these; fix the ones above first"))
    return shown


def _cap(text: str, limit: int = 300) -> str:
    """A message never echoes more than a few lines' worth of the doc's own values."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _problem(front: FrontMatter, error: Any) -> Problem:
    path = [str(p) for p in error.absolute_path]
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = ".".join([*path, *missing[:1]])
        return Problem(name, field_line(front, path), f"required field {name!r} is missing")
    name = ".".join(path)
    line = field_line(front, path + _unknown(error)[:1])
    return Problem(name, line, _cap(f"field {name!r}: {_describe(error)}" if name else _describe(error)))


def _unknown(error: Any) -> list[str]:
    """The keys an additionalProperties error is about, so the finding points at the first one."""
    if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
        return []
    return sorted(set(error.instance) - set(error.schema.get("properties", {})))


def _describe(error: Any) -> str:
    if error.validator == "enum":
        return f"{error.instance!r} is not allowed; use one of {', '.join(map(str, error.validator_value))}"
    if _unknown(error):
        allowed = sorted(error.schema.get("properties", {}))
        return f"unknown field {', '.join(map(repr, _unknown(error)))}; allowed: {', '.join(allowed) or 'none'}"
    return str(error.message)


def field_line(front: FrontMatter, path: list[str]) -> int:
    """The line of the deepest field of path found in the front matter, else its first line."""
    lines = front.text.split("\n")
    line, start, indent = front.line, 0, -1
    for key in path:
        pattern = re.compile(r"^(\s*)(?:-\s+)?[\"']?" + re.escape(key) + r"[\"']?\s*[:=]")
        for index in range(start, len(lines)):
            found = pattern.match(lines[index])
            if found and len(found.group(1)) > indent:
                line, start, indent = front.line + 1 + index, index + 1, len(found.group(1))
                break
        else:
            break
    return line
