"""D004: options listed with "+" for and a dash against, the dash as a word processor types it ("– licence ca.
4.800 € per year", "— no capacity before Q4"), weigh a choice as "- " does. "+" points with no point against weigh
nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Grave register\n\n## Requirements\n- record plots and grave rights\n- send fee letters\n\n"
    "## Options\n\n**A) Buy a product.**\n\n+ fee logic already there\n+ support contract\n{}\n\n"
    "**B) Build it ourselves.**\n\n+ exactly our rules\n{}\n"
)


def _d004(against_a: str, against_b: str) -> bool:
    return bool(lint_string(DOC.format(against_a, against_b), select=("D004",)))


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_points_against_after_any_dash_weigh_the_options(dash: str) -> None:
    assert not _d004(f"{dash} licence ca. 4.800 € per year", f"{dash} no capacity before Q4")


def test_points_for_alone_weigh_nothing() -> None:
    assert _d004("", "")
