"""C001 and C002: how the design is told."""

from __future__ import annotations

from conftest import ids, lint_string

ESTIMATE = """# Design a photo app

## Estimation

- 20M daily users.
- Storage per day = 20M x 0.1 x 500 KB = 1 TB
"""


def test_c002_names_every_unstated_number_of_a_calculation_once() -> None:
    findings = lint_string(ESTIMATE, select=("C002",))
    assert [(f.line, f.rule_id) for f in findings] == [(6, "C002")]
    assert "uses 0.1, 500, which" in findings[0].message and "they come from" in findings[0].message


def test_c002_takes_a_number_stated_earlier_in_any_form() -> None:
    stated = ESTIMATE.replace("- 20M daily users.", "- 20M daily users post 0.1 photos of 500 KB a day.")
    assert lint_string(stated, select=("C002",)) == []


def test_c002_takes_a_number_computed_from_two_earlier_ones() -> None:
    text = "# X\n\n## Estimation\n\n- 300M users read 5 times.\n- QPS = 1.5B / 86,400 = ~17K\n"
    assert lint_string(text, select=("C002",)) == []


def test_c002_takes_a_number_the_line_names_before_its_calculation() -> None:
    text = ESTIMATE + "- Storage for 5 years: 1 TB x 365 x 5 = 1.8 PB\n- Storage: 1 TB x 365 x 3 = 1.1 PB\n"
    findings = lint_string(text, select=("C002",))
    assert [f.line for f in findings] == [6, 8] and "uses 3, which" in findings[1].message


def test_communication_rules_do_not_run_under_team_profiles() -> None:
    text = "# Design\n\n## Requirements\n\n- a\n\n## High-level design\n\n- b\n" + ESTIMATE
    assert {"C001", "C002"} <= set(ids(lint_string(text, select=("C",))))
    assert not {"C001", "C002"} & set(ids(lint_string(text, profile="rfc")))


def test_c002_reads_the_numbers_as_e002_does_whichever_rules_run() -> None:
    # a TeX calculation is read once its markup is taken off, the same with or without the arithmetic rules
    text = "# X\n\n## Estimation\n\n- 3M photos a day.\n- Storage: $3\\text{M} \\times 500\\text{ B} = 1.5\\text{ GB}$\n"
    alone = [(f.line, f.message) for f in lint_string(text, select=("C002",))]
    assert alone == [(f.line, f.message) for f in lint_string(text, select=("C002", "E002")) if f.rule_id == "C002"]
    assert len(alone) == 1 and "uses 500" in alone[0][1]
