"""D001: a title naming a collection ("Gotchas", "misc / gotchas", "Choices", "failure stuff") over a list of
separate one-line points is no dive: each point is about another part. A list under a component's own title, or
a failures section that reasons in paragraphs, still is one."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Recipe box

## Requirements

- Save a recipe from any page; search saved recipes by ingredient.

## High-level design

Browser extension -> capture service -> parser workers -> Postgres; search through a Postgres trigram index.

## Deep dive - parsing pages

Most recipe pages carry schema.org JSON-LD, so the parser reads that first. About one page in five has none,
and then a per-site template picks the ingredient list; sites without a template fall back to the page text
with a flag, and a weekly job lists the most saved sites that still lack one.

## Gotchas

- the same recipe saved twice from two URLs -> dedupe on a hash of the ingredient list
- a site changes its markup -> template stops matching, fallback keeps the save working
- paywalled pages -> we keep only what the extension could see

## Choices

- JSON-LD first vs templates first: JSON-LD is free when present, templates cost upkeep -> JSON-LD first
- trigram index vs a search cluster: one store to run vs better ranking -> trigram until it hurts

failure stuff:
- parser worker dies mid page -> the job goes back on the queue after 60 s and runs again
- Postgres primary down -> replica promoted, saves queue in the extension until it answers
"""


def _d001(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("D001",))]


def test_collections_of_one_line_points_are_no_dives() -> None:
    assert _d001(DOC) == ["deep dives found: 1; go deep on at least 2 of the hardest components"]


def test_a_list_under_a_components_own_title_is_still_a_dive() -> None:
    assert _d001(DOC.replace("## Gotchas", "## Duplicate recipes")) == []


def test_a_failures_section_that_reasons_in_paragraphs_is_still_a_dive() -> None:
    reasoned = DOC.replace(
        "failure stuff:\n- parser worker dies mid page -> the job goes back on the queue after 60 s and runs again\n"
        "- Postgres primary down -> replica promoted, saves queue in the extension until it answers\n",
        "## Failures\n\nA parser worker that dies mid page leaves its job unacknowledged, so the queue hands it to\n"
        "another worker after 60 s; parsing is idempotent on the page hash, so running twice stores one recipe.\n",
    )
    assert _d001(reasoned) == []
