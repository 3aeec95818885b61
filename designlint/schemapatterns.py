"""`pattern`, `patternProperties` and `additionalProperties` for a team's front-matter schema,
run on the time-limited engine of patterns.py instead of jsonschema's own `re.search`.

A schema is user text like a config: a pattern that backtracks would otherwise hang the lint
on a crafted front-matter value. Each pattern is recorded with the schema file and its place
in the schema, so a timeout is a one-line error naming both.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from designlint.patterns import limited, record_origin


def record(schema: Any, path: str) -> None:
    """Note where each pattern of the schema is (iteratively: a deep schema needs no deep stack)."""
    stack: list[tuple[Any, str]] = [(schema, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                record_origin(node["pattern"], f"{path}: {pointer or '/'}/pattern")
            if isinstance(node.get("patternProperties"), dict):
                for key in node["patternProperties"]:
                    record_origin(key, f"{path}: {pointer}/patternProperties")
            stack.extend((value, f"{pointer}/{key}") for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, f"{pointer}/{index}") for index, value in enumerate(node))


def _found(pattern: str, text: str) -> bool:
    return limited(pattern, 0, (pattern,)).search(text) is not None


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not _found(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(validator: Any, patterns: Mapping[str, Any], instance: Any, schema: Any) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for key, value in instance.items():
            if _found(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _additional_properties(validator: Any, extra: Any, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if not validator.is_type(instance, "object"):
        return
    named, patterns = schema.get("properties", {}), list(schema.get("patternProperties", {}))
    extras = [k for k in instance if k not in named and not any(_found(p, k) for p in patterns)]
    if validator.is_type(extra, "object"):
        for key in extras:
            yield from validator.descend(instance[key], extra, path=key)
    elif not extra and extras:
        listed = ", ".join(repr(key) for key in sorted(extras, key=str))
        yield ValidationError(f"Additional properties are not allowed ({listed} unexpected)")


def limited_validator_class() -> Any:
    """Draft 2020-12 with the three pattern keywords replaced."""
    from jsonschema import Draft202012Validator, validators

    keywords = {
        "pattern": _pattern,
        "patternProperties": _pattern_properties,
        "additionalProperties": _additional_properties,
    }
    return validators.extend(Draft202012Validator, keywords)
