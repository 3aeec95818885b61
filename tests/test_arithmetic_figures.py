"""E006: the same named figure stated with materially different values."""

from __future__ import annotations

import pytest

from designlint.errors import RuleDefinitionError

from conftest import lint_string


def e006(body: str) -> list[tuple[int, str]]:
    text = "# Design\n\n" + body
    return [(f.line, f.message) for f in lint_string(text, select=("E006",)) if f.rule_id == "E006"]


def test_requirements_and_estimate_disagree_on_dau() -> None:
    (finding,) = e006("## Requirements\n\n- 5M DAU\n\n## Estimation\n\n- DAU: 400M\n")
    assert finding == (9, "dau is 400M here but 5M at line 5: use one figure, or say why they differ")


def test_result_of_a_labelled_calculation_is_a_statement_of_the_figure() -> None:
    body = "- Write QPS: ~1,150\n\n```\nWrite QPS = (100M x 0.1) / 86,400 = ~115 writes/sec\n```\n"
    assert [line for line, _ in e006(body)] == [6]


def test_close_values_agree() -> None:
    assert e006("- 100M DAU\n- DAU: 120M\n- Read QPS: ~5,800\n- read QPS = 5,787\n") == []


def test_qualified_and_scenario_figures_are_left_alone() -> None:
    body = (
        "- Read QPS: ~5,800\n"
        "- Peak read QPS = 5,800 x 3 = ~17,400 reads/sec\n"
        "- 100M DAU\n"
        "- If DAU grows to 1B we shard by user.\n"
        "- 100M DAU x 5 reads = 500M reads a day\n"
    )
    assert e006(body) == []


def test_ratio_option_sets_what_is_material() -> None:
    text = "# D\n\n- 100M DAU\n- DAU: 130M\n"
    strict = {"E006": {"ratio": 1.2}}
    assert [f.rule_id for f in lint_string(text, select=("E006",), rules=strict)] == ["E006"]
    assert lint_string(text, select=("E006",)) == []


def test_component_capacity_is_not_the_designs_figure() -> None:
    body = "- Write QPS: ~115\n- A Cassandra node handles 100K writes per second.\n- 50K writes/sec per node\n"
    assert e006(body) == []


def test_a_zero_figure_is_no_claim_to_compare() -> None:
    # Found by fuzzing: a read QPS stated as 0 divided by zero inside the comparison (X003).
    calc = "Read QPS = (10M x 4) / 860000.0 = 0 requests/son\n"
    text = "# Design\n\n## Estimation\n\n```\n" + calc + "\n```\n" + calc
    assert [f.rule_id for f in lint_string(text, select=("E006",))] == []


def test_each_figure_of_the_list_is_compared_on_its_own() -> None:
    # The lines naming any of the figures are found together; each figure still keeps to its own values.
    body = "- 100M DAU\n- 3B MAU\n- Read QPS: ~5,800\n- DAU: 400M\n- MAU: 3.1B\n- read QPS = 5,787\n"
    assert [line for line, _ in e006(body)] == [6]


def test_an_unknown_figure_list_is_a_rule_error() -> None:
    with pytest.raises(RuleDefinitionError, match="no term list named 'figure-nothing'"):
        lint_string(
            "# D\n\n- 100M DAU\n", select=("E006",), rules={"E006": {"figures": ["figure-dau", "figure-nothing"]}}
        )


def test_a_figure_too_long_for_a_float_is_no_internal_error() -> None:
    # Found by fuzzing: a figure of hundreds of digits reads as infinity, and the check for a factor stated
    # elsewhere took its logarithm (X003).
    huge = "3" * 320
    text = f"# Design\n\n## Estimation\n\n- = 0 * 2.5 million x {huge} * 0 * 0 = 0\n\n = 0 + 2 = 1\n"
    assert "X003" not in [f.rule_id for f in lint_string(text, select=("E002", "E007"))]
