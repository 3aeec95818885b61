"""Findings are frozen data: what a check saw (Hit) and what the user is told (Finding)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check reports: where, the values for the message, and which variant.

    Checks know nothing of rule ids or severity; the engine stamps those on.
    variant selects an alternative message and severity a rule may define
    (for example "too many" next to "too few").
    """

    line: int
    column: int = 1
    args: dict[str, Any] = field(default_factory=dict)
    variant: str = ""
    # The text the finding is about, so a baseline can recognise it after edits.
    context: str = ""
    # The step the finding is about when it is not the rule's own (S001 names the missing step).
    step: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    line: int
    column: int
    rule_id: str
    rule_name: str
    severity: Severity
    message: str
    section: str = ""
    context: str = ""
    # The framework step the finding is about, and which of the rule's messages was given,
    # so a tool can tell R001's "too many" from its "too few" without reading the message.
    step: str = ""
    variant: str = ""

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule_id,
            "name": self.rule_name,
            "severity": self.severity.value,
            "message": self.message,
            "section": self.section,
            "step": self.step,
            "variant": self.variant,
        }
