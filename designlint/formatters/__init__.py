"""Output formats: each a pure function from findings (and rule metadata) to text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from designlint.findings import Finding

if TYPE_CHECKING:  # rules.py (and the jsonschema path behind it) is not needed to print findings
    from designlint.rules import Rule


@dataclass(frozen=True, slots=True)
class Report:
    """What a formatter renders: the findings, the rules that ran, and run facts."""

    findings: Sequence[Finding]
    rules: Mapping[str, Rule]
    files: int = 0
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    extra: Mapping[str, Any] | None = None


Formatter = Callable[[Report], str]

# Imported on use, so that linting in one format loads only that module.
FORMATS = {
    "text": "designlint.formatters.text",
    "json": "designlint.formatters.json_format",
    "github": "designlint.formatters.github",
    "sarif": "designlint.formatters.sarif",
    "junit": "designlint.formatters.junit",
}


def get(name: str) -> Formatter:
    module = import_module(FORMATS[name])
    render: Formatter = module.render
    return render
