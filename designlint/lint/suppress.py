"""Inline suppressions in HTML comments.

    <!-- designlint-disable R002 R003 -- reason -->   ... until designlint-enable
    <!-- designlint-enable R002 -->
    <!-- designlint-disable-next-line R003 -->        the next line, across one blank line
    <!-- designlint-disable-file D005 -->             the whole file

Rules are named by id or name; no rule at all means every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from designlint.doc.document import Document
from designlint.findings import Finding

# The selectors stop at the next "<!--": an unclosed comment is not rescanned from every opener.
_DIRECTIVE = re.compile(
    r"<!--\s*designlint-(disable-next-line|disable-file|disable|enable)\b((?:(?!<!--).)*?)-->", re.IGNORECASE
)


@dataclass(slots=True)
class Directive:
    kind: str
    line: int
    selectors: tuple[str, ...]
    first: int = 0
    last: int = 0
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> str | None:
        """The selector that silences this finding, if any."""
        if not self.first <= finding.line <= self.last:
            return None
        if not self.selectors:
            return "*"
        for selector in self.selectors:
            if selector.upper() == finding.rule_id or selector.lower() == finding.rule_name:
                return selector
        return None


def _selectors(text: str) -> tuple[str, ...]:
    text = re.split(r"\s--\s|\s--$", " " + text + " ", maxsplit=1)[0]
    return tuple(s for s in re.split(r"[\s,]+", text.strip()) if s)


def _next_content_line(doc: Document, line: int) -> int:
    """The line a next-line directive applies to: the next one, or the one after a blank."""
    after = line + 1
    if after <= len(doc.lines) and not doc.lines[after - 1].strip():
        after += 1
    return after


def parse_directives(doc: Document) -> list[Directive]:
    directives: list[Directive] = []
    for number, text in enumerate(doc.lines, start=1):
        if number in doc.code_lines or "designlint-" not in text:
            continue
        for match in _DIRECTIVE.finditer(text):
            directives.append(Directive(match.group(1).lower(), number, _selectors(match.group(2))))
    _set_ranges(doc, directives)
    return [d for d in directives if d.kind != "enable"]


def _set_ranges(doc: Document, directives: list[Directive]) -> None:
    end = len(doc.lines) + 1
    for index, directive in enumerate(directives):
        if directive.kind == "disable-file":
            directive.first, directive.last = 0, end
        elif directive.kind == "disable-next-line":
            directive.first = directive.last = _next_content_line(doc, directive.line)
        elif directive.kind == "disable":
            directive.first, directive.last = directive.line, _enable_line(directives[index + 1 :], directive, end)


def _enable_line(later: Iterable[Directive], start: Directive, end: int) -> int:
    wanted = {s.lower() for s in start.selectors}
    for directive in later:
        if directive.kind == "enable" and (
            not directive.selectors or wanted & {s.lower() for s in directive.selectors}
        ):
            return directive.line
    return end


def apply(findings: Iterable[Finding], directives: list[Directive]) -> list[Finding]:
    """The findings no directive silences; marks which directives were used."""
    kept = []
    for finding in findings:
        silenced = False
        for directive in directives:
            selector = directive.covers(finding)
            if selector is not None:
                directive.used.add(selector)
                silenced = True
        if not silenced:
            kept.append(finding)
    return kept


def unused(directives: list[Directive], known: Iterable[str]) -> Iterable[tuple[Directive, str]]:
    """(directive, selector) pairs that silenced nothing, for rules that ran or are unknown."""
    names = {k.lower() for k in known}
    for directive in directives:
        for selector in directive.selectors or ("*",):
            if selector in directive.used:
                continue
            if selector == "*" or selector.lower() in names:
                yield directive, selector
