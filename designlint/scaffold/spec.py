"""A template's data file: the variables it declares (type, default, choices, help) and its headings."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from designlint.errors import TemplateError, UsageError

TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
FALSE = frozenset({"0", "false", "f", "no", "n", "off"})


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    type: str
    default: Any = None
    choices: tuple[str, ...] = ()
    help: str = ""

    def coerce(self, raw: Any) -> Any:
        """The value as its declared type, or a UsageError naming what was expected."""
        try:
            return _COERCE[self.type](self, raw)
        except ValueError as exc:
            raise UsageError(f"variable {self.name}: {exc}") from None


def _string(var: Variable, raw: Any) -> str:
    return str(raw)


def _int(var: Variable, raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError(f"expected a whole number, got {raw!r}")
    try:
        return int(str(raw).strip())
    except ValueError:
        raise ValueError(f"expected a whole number, got {raw!r}") from None


def _bool(var: Variable, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in TRUE or text in FALSE:
        return text in TRUE
    raise ValueError(f"expected yes or no (true/false), got {raw!r}")


def _choice(var: Variable, raw: Any) -> str:
    if str(raw) not in var.choices:
        raise ValueError(f"{raw!r} is not one of: {', '.join(var.choices)}")
    return str(raw)


def _date(var: Variable, raw: Any) -> str:
    text = str(raw).strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"expected a date as YYYY-MM-DD, got {raw!r}") from None


_COERCE = {"string": _string, "int": _int, "bool": _bool, "choice": _choice, "date": _date}


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    """What a template declares about itself (the <name>.toml next to <name>.md.j2)."""

    name: str
    description: str = ""
    variables: Mapping[str, Variable] = field(default_factory=dict)
    headings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def load_spec(path: Path, name: str) -> TemplateSpec:
    """Read and validate a template data file; a missing file declares nothing."""
    from designlint.validation import validate

    if not path.is_file():
        return TemplateSpec(name)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise TemplateError(f"{path}: cannot read the template's data file: {exc}") from None
    except RecursionError:
        raise TemplateError(f"{path}: the template's data file nests too deeply to read") from None
    validate(raw, "template", str(path), TemplateError)
    variables = {key: _variable(key, value) for key, value in raw.get("variables", {}).items()}
    for variable in variables.values():
        if variable.default not in (None, ""):
            _check_default(path, variable)
    headings = {key: tuple(value) for key, value in raw.get("headings", {}).items()}
    return TemplateSpec(name, raw.get("description", ""), variables, headings)


def _variable(name: str, raw: Mapping[str, Any]) -> Variable:
    return Variable(name, raw["type"], raw.get("default"), tuple(raw.get("choices", ())), raw.get("help", ""))


def _check_default(path: Path, variable: Variable) -> None:
    try:
        variable.coerce(variable.default)
    except UsageError as exc:
        raise TemplateError(f"{path}: default of {exc.message}") from None
