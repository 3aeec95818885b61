"""Output formats: each a pure function from findings (and rule metadata) to text."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from designlint.findings import Finding

if TYPE_CHECKING:  # rules.py (and the jsonschema path behind it) is not needed to print findings
    from designlint.lint.rules import Rule


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

# What a doc's headings or a file name could carry into a terminal or log: C0 and C1 controls (ANSI
# escapes among them, which can rewrite earlier lines), bidi overrides, line separators, lone surrogates.
_UNSAFE_TERMINAL = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
# Everything XML 1.0 does not allow in a document, written as the few ranges it forbids: the negated
# class of what it allows means the same but takes 7 ms to compile, on every run.
_UNSAFE_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """text for a terminal or CI log: every control character shown as an escape, never obeyed."""
    return _UNSAFE_TERMINAL.sub(_escape, text)


def xml_safe(text: str) -> str:
    """text without the characters XML 1.0 forbids (U+FFFE, most controls, lone surrogates)."""
    return _UNSAFE_XML.sub("", text)


def json_safe(rendered: str) -> str:
    """JSON text whose lone surrogates (from file names that are not UTF-8) are written as escapes."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", rendered)

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
