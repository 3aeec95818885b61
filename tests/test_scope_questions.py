"""R006: a question that proposes leaving a part out ("Could you do this in Postgres and skip Elasticsearch?")
leaves nothing out; a question answered on its line with one way picked ("... or personalized? Personalized")
and an exclusion stated plainly still narrow the scope."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Recipe search

**Interviewer:** What should it do?

**Me:** Search recipes by the ingredients you have, rank by how many you have, and save favourites.

**Interviewer:** How would you build search?

**Me:** Recipes go to Elasticsearch with their canonical ingredient ids, and a query scores coverage.

**Interviewer:** Could you do this in Postgres and skip Elasticsearch?

**Me:** At launch, yes: full-text search plus a GIN index on the ingredient ids would do for a while.
"""


def _r006(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(text, select=("R006",))]


def test_a_question_about_skipping_a_part_leaves_nothing_out() -> None:
    assert _r006(DOC) == ["R006"]


def test_an_exclusion_said_plainly_still_counts() -> None:
    said = DOC.replace("and save favourites.", "and save favourites. I'll skip meal planning for today.")
    assert _r006(said) == []
