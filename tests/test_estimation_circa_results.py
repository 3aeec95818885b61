"""E001: "ca." is how German and Dutch writers say "about". A figure it gives after others ("200 orders on a
Saturday today, ca. 400 with online ordering"; "99,5 %. This is ca. 44 hours per year downtime") is worked out,
as after "about"; one a label introduces ("Members: ca. 180") is still only assumed."""

from __future__ import annotations

import pytest

from conftest import lint_string

IN_ESTIMATE = "# Bakery\n\n## Requirements\n- pre-order bread\n\n## Numbers\n\n{}\n\n## Architecture\nOne VM.\n"
ELSEWHERE = (
    "# Bakery\n\n## Requirements\n- pre-order bread\n\n## Operations\n\n{}\n\n"
    "## Numbers\nWe have 3 shops and 2 bakers.\n\n## Architecture\nOne VM.\n"
)


def _e001(doc: str, text: str) -> bool:
    return bool(lint_string(doc.format(text), select=("E001",)))


@pytest.mark.parametrize(
    "line",
    [
        "Today 200 orders on a Saturday, ca. 400 with online ordering.",
        "4,50 EUR per member and month, ca. 2.600 EUR per year for the club.",
    ],
)
def test_a_figure_given_after_others_with_ca_is_worked_out(line: str) -> None:
    assert not _e001(IN_ESTIMATE, line)


def test_a_figure_restated_with_is_ca_outside_the_estimate_is_worked_out() -> None:
    assert not _e001(ELSEWHERE, "The city IT gives us 99,5 %. This is ca. 44 hours per year downtime.")


@pytest.mark.parametrize("line", ["Members: ca. 180.", "Shops: 3. Orders: ca. 200 on a Saturday."])
def test_a_value_a_label_introduces_with_ca_is_assumed(line: str) -> None:
    assert _e001(IN_ESTIMATE, line)


def test_ca_outside_the_estimate_needs_a_verb_of_restating() -> None:
    assert _e001(ELSEWHERE, "We take 200 orders on a Saturday, ca. 400 with online ordering.")
