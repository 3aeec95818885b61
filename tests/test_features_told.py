"""R001 on essays and blog posts that tell the product in sentences and list nothing: "no functional requirements
listed", variant "told". A colon mid-paragraph ends many a clause ("I weighed three ways: ...", "You know the
screen: ..."), and only a label that asks for what follows ("We need: ...") sets features out as a list there."""

from __future__ import annotations

from conftest import lint_string

BLOG = """# How our allotment waiting list stopped losing people

The council keeps a waiting list for its allotment plots. {story}

**What the old list got wrong**

It was a spreadsheet on one laptop. Twice a year somebody overwrote it and people lost their place in the queue,
so the new one must never lose an entry, and the offer page should load in under a second.

**How it works now**

{weighing} We picked the database: a small Postgres with a table of applicants keyed by id, their place in the
queue, and the date they joined; a nightly job mails offers when a plot frees up.
"""

STORY = (
    "You know the routine: a gardener fills in a form, waits a year or two, gets a letter, and either takes the "
    "plot or drops to the bottom."
)
WEIGHING = (
    "I weighed three ways: keep the spreadsheet and lock it, move it to a shared drive, or put it in a database."
)


def _r001(story: str = STORY, weighing: str = WEIGHING) -> list[str]:
    return [f.variant for f in lint_string(BLOG.format(story=story, weighing=weighing), select=("R001",))]


def test_a_blog_telling_the_product_in_a_story_lists_no_features() -> None:
    assert _r001() == ["told"]


def test_a_clause_before_a_colon_mid_paragraph_sets_out_no_list() -> None:
    # options weighed after "I weighed three ways:" are no features, wherever the essay puts them
    assert _r001(weighing=WEIGHING + " " + WEIGHING.replace("three ways", "the same three again")) == ["told"]


def test_a_label_that_asks_sets_the_features_out_mid_paragraph() -> None:
    asked = STORY + " We need: join the list online, see your place in the queue, accept or refuse an offer."
    assert _r001(story=asked) == []


def test_features_set_out_after_a_label_at_the_start_of_a_line_are_listed() -> None:
    listed = "\n\nWhat it does: join the list online, see your place in the queue, accept or refuse an offer."
    assert _r001(story=STORY + listed) == []


def test_a_doc_with_no_requirements_at_all_says_none_was_told() -> None:
    bare = "# Allotment list\n\n## Design\n\nA small Postgres with a table of applicants keyed by id.\n"
    found = lint_string(bare, select=("R001", "S001"))
    assert ("R001", "none") in [(f.rule_id, f.variant) for f in found]
    assert any(f.rule_id == "S001" and "requirements" in f.message for f in found)


ESSAY = """# Notes from building a choir rota

{heading}

The director enters the singers first, with the voice each sings and the weeks they are away. Then she enters
the concerts and how many of each voice a concert needs. From that she wants a rota where no concert is short
of a voice, and she wants to swap two singers by hand without the rest of the rota moving.

**How I built it**

A small Postgres with singers, concerts and a rota table keyed by concert and singer; a solver fills the rota.
"""


def test_paragraphs_under_a_heading_naming_what_it_has_to_do_tell_the_features() -> None:
    for heading in ("**What it actually has to do**", "**What I decided the rota has to do**"):
        assert lint_string(ESSAY.format(heading=heading), select=("R001",)) == []


def test_the_same_paragraphs_under_another_requirements_heading_list_no_features() -> None:
    found = lint_string(ESSAY.format(heading="**What I actually care about**"), select=("R001",))
    assert [f.rule_id for f in found] == ["R001"]
