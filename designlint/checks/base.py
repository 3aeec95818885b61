"""The shape every check kind shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from designlint.doc.context import Context
from designlint.findings import Hit

CheckFn = Callable[[Context, Mapping[str, Any]], Iterable[Hit]]
NO_OPTIONS: dict[str, Any] = {"properties": {}}


@dataclass(frozen=True, slots=True)
class Check:
    """A check function and the JSON Schema of its options (properties, required, ...)."""

    fn: CheckFn
    options: Mapping[str, Any]
