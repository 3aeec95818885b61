"""The closed set of check kinds. A rule names one of these and gives it options.

Each check is a plain function (Context, options) -> iterable of Hit. It knows
nothing of rule ids, names or severity; the engine adds those.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from designlint.checks import (
    arithmetic,
    communication,
    deepdive,
    design,
    diagram,
    estimation,
    highlevel,
    pitfalls,
    problems,
    requirements,
    structure,
    team,
    unreasoned,
)
from designlint.checks.base import Check, CheckFn
from designlint.errors import RuleDefinitionError

__all__ = ["CHECKS", "Check", "CheckFn", "validate_options"]

# Every check kind a rule may name. Each module lists its own kinds in a CHECKS dict;
# this one joins them, so the full set is visible in one place and never discovered.
CHECKS: dict[str, Check] = {
    **structure.CHECKS,
    **requirements.CHECKS,
    **estimation.CHECKS,
    **arithmetic.CHECKS,
    **highlevel.CHECKS,
    **diagram.CHECKS,
    **deepdive.CHECKS,
    **design.CHECKS,
    **pitfalls.CHECKS,
    **unreasoned.CHECKS,
    **team.CHECKS,
    **problems.CHECKS,
    **communication.CHECKS,
}


def validate_options(
    check: str, options: Mapping[str, Any], where: str, key: str, error: type[Exception] = RuleDefinitionError
) -> None:
    """A rule's options must fit its check's schema; the message names the file and the key."""
    from designlint.validation import first_problem

    if check not in CHECKS:
        known = ", ".join(sorted(CHECKS))
        raise error(f"{where}: {key.rsplit('.', 1)[0]}.check: unknown check {check!r}; known: {known}")
    schema = {"type": "object", "additionalProperties": False, **CHECKS[check].options}
    problem = first_problem(schema, dict(options), key)
    if problem is not None:
        raise error(f"{where}: {problem}")
