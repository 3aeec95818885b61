"""JSON Schema validation that explains the one most relevant problem in plain words."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from designlint.memo import check_once
from designlint.resources import schema_path


@lru_cache(maxsize=8)
def load_schema(name: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(schema_path(name).read_text(encoding="utf-8"))
    return result


def _describe(problem: Any) -> str:
    """A sentence for the error: unknown keys and enums list what is allowed."""
    if problem.validator == "additionalProperties" and isinstance(problem.instance, Mapping):
        allowed = sorted(problem.schema.get("properties", {}))
        unknown = sorted(set(problem.instance) - set(allowed))
        names = ", ".join(repr(k) for k in unknown)
        return f"unknown key {names}; allowed: {', '.join(allowed) or 'none'}"
    if problem.validator == "enum":
        return f"{problem.instance!r} is not allowed; use one of {', '.join(map(str, problem.validator_value))}"
    return str(problem.message)


def first_problem(schema: Mapping[str, Any], instance: Any, prefix: str = "") -> str | None:
    """'key.path: what is wrong' for the most relevant violation, or None if valid.

    No $ref is ever fetched: the validator gets no retrieval, so a schema cannot reach the network.
    """
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    problem = best_match(Draft202012Validator(dict(schema)).iter_errors(instance))
    if problem is None:
        return None
    parts = [prefix] if prefix else []
    parts += [str(p) for p in problem.absolute_path]
    key = ".".join(parts)
    return f"{key}: {_describe(problem)}" if key else _describe(problem)


def validate(instance: Any, schema_name: str, where: str, error: type[Exception], prefix: str = "") -> None:
    """Raise error("where: key.path: what is wrong") for the most relevant schema violation.

    Content that passed once is stamped in the active cache and not validated again.
    """

    def check() -> None:
        problem = first_problem(load_schema(schema_name), instance, prefix)
        if problem is not None:
            raise error(f"{where}: {problem}")

    check_once("schema", [schema_name, load_schema(schema_name), instance], check)
