"""Inline suppressions in HTML comments, and the report of ones that silence nothing."""

from __future__ import annotations

from conftest import ids, lint_string

EMPTY_TWICE = "# T\n\n## A\n\n## B\n\ntext\n\n## C\n"


def _lines(findings, rule_id="S003"):
    return [f.line for f in findings if f.rule_id == rule_id]


def test_without_suppression_both_empty_sections_are_reported() -> None:
    assert _lines(lint_string(EMPTY_TWICE, select=("S003",))) == [3, 9]


def test_disable_next_line_by_id_and_across_one_blank_line() -> None:
    text = "# T\n\n<!-- designlint-disable-next-line S003 -->\n\n## A\n\n## B\n\ntext\n"
    findings = lint_string(text, select=("S003", "X002"))
    assert _lines(findings) == [] and ids(findings) == []


def test_disable_next_line_does_not_reach_two_lines_down() -> None:
    text = "# T\n\n<!-- designlint-disable-next-line S003 -->\n\n\n## A\n"
    findings = lint_string(text, select=("S003", "X002"))
    assert _lines(findings) == [6]
    assert _lines(findings, "X002") == [3]


def test_disable_enable_range_by_name_with_reason() -> None:
    text = "# T\n\n<!-- designlint-disable empty-section -- drafts -->\n## A\n\n<!-- designlint-enable empty-section -->\n## B\n"
    findings = lint_string(text, select=("S003", "X002"))
    assert _lines(findings) == [7] and _lines(findings, "X002") == []


def test_disable_file_and_bare_disable() -> None:
    assert _lines(lint_string("<!-- designlint-disable-file S003 -->\n" + EMPTY_TWICE, select=("S003",))) == []
    assert _lines(lint_string("<!-- designlint-disable -->\n" + EMPTY_TWICE, select=("S003",))) == []


def test_only_the_named_rule_is_silenced() -> None:
    text = "<!-- designlint-disable-file S001 -->\n" + EMPTY_TWICE
    assert _lines(lint_string(text, select=("S001", "S003"))) == [4, 10]


def test_unused_and_unknown_suppressions_are_reported() -> None:
    text = "# T\n\n<!-- designlint-disable-next-line S003 -->\ntext\n\n<!-- designlint-disable-file R999 -->\n"
    findings = [f for f in lint_string(text, select=("S003", "X002")) if f.rule_id == "X002"]
    assert [(f.line, f.message) for f in findings] == [
        (3, "suppression of S003 suppresses nothing: remove it"),
        (6, "suppression of R999 names no known rule: remove it"),
    ]


def test_unused_suppression_rule_can_be_turned_off() -> None:
    text = "# T\n\n<!-- designlint-disable-next-line S003 -->\ntext\n"
    assert ids(lint_string(text, select=("ALL",), ignore=("X002",))) == ids(
        lint_string("# T\n\ntext\n", select=("ALL",), ignore=("X002",))
    )


def test_directives_inside_code_blocks_are_ignored() -> None:
    text = "# T\n\n```\n<!-- designlint-disable-file S003 -->\n```\n\n## A\n"
    assert _lines(lint_string(text, select=("S003", "X002"))) == [7]
