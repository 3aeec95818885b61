"""A table of calculations in casual notations, each right or wrong for a stated reason.

tests/fixtures/arithmetic/calculations.tsv: right lines must give no finding of the
arithmetic rules; wrong lines exactly one E002 or E007 at their line, showing the value
the expression really gives; slips only the E008 note.
"""

from __future__ import annotations

import csv

import pytest

from conftest import FIXTURES, lint_string

TABLE = FIXTURES / "arithmetic" / "calculations.tsv"
RULES = ("E002", "E007", "E008")


def _rows() -> list[tuple[str, str, str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]
    return [(kind, line, computed, reason) for kind, line, computed, reason in rows]


ROWS = _rows()


def _findings(line: str) -> list[tuple[int, str, str]]:
    text = f"# Service\n## Estimation\n- {line}\n"
    return [(f.line, f.rule_id, f.message) for f in lint_string(text, select=RULES)]


def test_the_table_is_large_and_balanced() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("right") >= 75 and kinds.count("wrong") >= 75
    assert all(reason for *_, reason in ROWS)


@pytest.mark.parametrize(("line", "reason"), [(r[1], r[3]) for r in ROWS if r[0] == "right"])
def test_right_lines_are_silent(line: str, reason: str) -> None:
    assert _findings(line) == [], reason


@pytest.mark.parametrize(("line", "computed"), [(r[1], r[2]) for r in ROWS if r[0] == "wrong"])
def test_wrong_lines_are_flagged_with_the_right_value(line: str, computed: str) -> None:
    ((number, rule, message),) = _findings(line)
    assert number == 3 and rule in {"E002", "E007"}
    assert f"evaluates to {computed}," in message or f"gives {computed}," in message, message


@pytest.mark.parametrize("line", [r[1] for r in ROWS if r[0] == "slip"])
def test_slips_are_only_noted(line: str) -> None:
    assert [rule for _, rule, _ in _findings(line)] == ["E008"]
