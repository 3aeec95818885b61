"""Misspelt key words are read as the words they stand for, and only those."""

from __future__ import annotations

import pytest

from designlint.catalogue import load_catalogue
from designlint.spelling import mend, spelling_table

from conftest import lint_string

TABLE = spelling_table(("availability", "latency", "scalability", "consistency"))


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("availabilty", "availability"),  # a letter dropped
        ("avialability", "availability"),  # two swapped
        ("latancy", "latency"),  # one changed
        ("scalabillity", "scalability"),  # one added
        ("Consistancy", "consistency"),  # in any case
    ],
)
def test_one_edit_away_is_mended(written: str, meant: str) -> None:
    assert mend(f"{written}: high", TABLE) == f"{meant}: high"


@pytest.mark.parametrize("text", ["latent bugs", "a consistent API", "availability", "scale", "talent agency"])
def test_real_words_and_words_two_edits_away_are_left_alone(text: str) -> None:
    assert mend(text, TABLE) == text


def test_a_misspelt_quality_counts_as_asked_for() -> None:
    doc = (
        "# Design a file sync service\n\n## Requirements\n\n- upload files\n- share folders\n- sync devices\n\n"
        "## Non-functional\n\n- {a}: 99.9%\n- {c}: a user sees their own edits at once\n- {s} to 10M users\n"
    )
    typed = doc.format(a="availabilty", c="consistancy", s="scalabilty")
    assert lint_string(typed, select=("R002", "R004")) == lint_string(
        doc.format(a="availability", c="consistency", s="scalability"), select=("R002", "R004")
    )
    assert [f.rule_id for f in lint_string(typed, select=("R004",))] == []


def test_a_six_letter_word_is_mended_only_from_two_letters_swapped() -> None:
    table = spelling_table(("design", "schema"))
    assert mend("Detailed desing", table) == "Detailed design"
    assert mend("db schmea", table) == "db schema"
    # a letter changed or dropped in a short word makes another word as often as a typo
    assert mend("resign and desig", table) == "resign and desig"


def test_a_misspelt_heading_names_its_step() -> None:
    doc = "# Design a feed\n\n## Requirments\n\n- post\n- follow\n- read\n\n## Back of the envelop\n\nNone yet.\n"
    steps = [f.message for f in lint_string(doc, select=("S001",))]
    assert not any("requirements" in m for m in steps)
    assert any("high-level" in m for m in steps)  # the steps the doc does not have are still missing


def test_notes_shorthand_reads_as_the_word_it_stands_for() -> None:
    catalogue = load_catalogue()
    assert catalogue.mend("went with Redis over Postgres bc pings change every 10s") == (
        "went with Redis over Postgres because pings change every 10s"
    )
    assert catalogue.mend("b/c it is cheaper; w/o a queue") == "because it is cheaper; without a queue"
    # capitals and parts of words stay: a place, an abbreviation, a path
    assert catalogue.mend("BC Hydro runs abc/bc and bcrypt") == "BC Hydro runs abc/bc and bcrypt"


def test_a_reason_given_in_shorthand_weighs_a_choice() -> None:
    doc = (
        "# Scooters\n\n## Requirements\n- find scooters\n\n## High-level design\n\nApp -> API -> Redis.\n\n"
        "## Deep dive: map query\n\nWent with Redis GEOSEARCH over geohash prefixes in Postgres bc positions "
        "change every 10 s.\n"
    )
    assert lint_string(doc, select=("D004",)) == []
    assert [f.rule_id for f in lint_string(doc.replace(" bc ", " and "), select=("D004",))] == ["D004"]
