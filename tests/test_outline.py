"""Step recognition: headings worded, numbered and nested as real write-ups do it."""

from __future__ import annotations

import textwrap

import pytest

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline, match_heading, normalize_title

from conftest import CORPUS, lint_string, needs_corpus

CATALOGUE = load_catalogue()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Step 1: Understand the problem and establish design scope", "requirements"),
        ("Requirements and Goals of the System", "requirements"),
        ("Capacity Estimation and Constraints", "estimation"),
        ("Back of the envelope estimation", "estimation"),
        ("Back-of-the-envelope calculation", "estimation"),
        ("System APIs", "api"),
        ("Database Design", "data-model"),
        ("Design deep dive", "deep-dive"),
        ("Detailed design", "deep-dive"),
        ("Step 3: Design core components", "deep-dive"),
        ("Step 2 - Propose high-level design and get buy-in", "high-level"),
        ("3.2 Non-functional requirements", "non-functional"),
        ("Proposal", "high-level"),
        ("How it works", "high-level"),
        ("reqs", "requirements"),
        ("Some numbers", "estimation"),
        ("**Functional**", "functional"),
        ("Out of scope", "scope-exclusions"),
        ("Non-Goals", "scope-exclusions"),
        ("Data model and storage", "data-model"),
        ("1. Problem formulation", "requirements"),
        ("Technical challenges", "deep-dive"),
        ("Features and components", "deep-dive"),
        ("3. Architectural components", "high-level"),
        ("Core features", "functional"),
        ("Dive in && Bottleneck:", "deep-dive"),
        ("3. Design", "high-level"),
        ("System design", "high-level"),
        ("API design", "api"),
        # a dive named before the question it answers
        ("Deep dive: where do we store history?", "deep-dive"),
        # a title ending where the writer goes further than the boxes
        ("The parts I'd go deep on", "deep-dive"),
        ("Digging deeper", "deep-dive"),
        ("Zooming in", "deep-dive"),
        # the weighing named before its question
        ("**Big decision: how do changes get out of the store?**", "deep-dive"),
        ("Major decisions", "deep-dive"),
        # a title in the imperative is the writer's own prompt for the step
        ("3. Size it", "estimation"),
        ("Sketch the components", "high-level"),
        ("5. Model the data", "data-model"),
        # a whiteboard's shorthand, as the whole title
        ("calls", "api"),
        ("boxes", "architecture"),
        # what users may expect of it, as the whole title
        ("**Expectations**", "non-functional"),
        # what the asker wanted, as a retro puts it afterwards
        ("What the interviewer was actually after (my best guess now)", "functional"),
        ("What they asked", "functional"),
        ("What people want", "functional"),
        ("**Decisions**", "deep-dive"),
        ("**the interesting bits**", "deep-dive"),
        ("Tricky parts", "deep-dive"),
        ("Design decisions", "deep-dive"),
        ("What they want", "functional"),
        ("What customers need", "functional"),
        # a retro's hindsight after the name
        ("The design I should have given", "high-level"),
        ("Numbers we should've done", "estimation"),
        ("Our design", "high-level"),
        # a label over what waits for later
        ("sizes", "estimation"),
        ("Step 5 - protocol", "api"),
        ("WebSocket protocol", "api"),
        ("NOT TODAY", "scope-exclusions"),
        ("Explicitly NOT in this project", "scope-exclusions"),
        # a weighing whose sides both name a part, or named under its step
        ("Functional vs non-functional requirements", "non-functional"),
        ("Deep dive: freshness vs cost", "deep-dive"),
        # the problem as the whole title is what the system must do
        ("THE PROBLEM", "requirements"),
        ("**Problem as we framed it**", "requirements"),
        ("The problem, as I understood it", "requirements"),
        ("3) What it does not do", "scope-exclusions"),
        # what the design is weighed by, beside what it must do
        ("WHAT MATTERS", "non-functional"),
        ("What matters most", "non-functional"),
        ("THINGS THAT MATTER", "non-functional"),
        ("Stuff that really matters", "non-functional"),
        ("things I skipped on purpose", "scope-exclusions"),
        # ... or would leave aside, said ahead
        ("What I'd leave out of v1", "scope-exclusions"),
        ("Things we'll skip", "scope-exclusions"),
        ("What we're deliberately leaving out", "scope-exclusions"),
        ("**Problem:**", "requirements"),
        # the problem singled out as the hard one is a dive; the problem alone is what the system must do
        ("The real problem: connectivity at the counter", "deep-dive"),
        ("Hardest problem - holding a seat", "deep-dive"),
        ("The problem", "requirements"),
        # a design the write-up then revises: its first version, and the one kept
        ("v1 — the obvious design", "high-level"),
        ("Version 1: one Postgres and a cron", "high-level"),
        ("The first version", "high-level"),
        ("Naive design", "high-level"),
        ("v2 — what I'd actually build", "high-level"),
    ],
)
def test_heading_synonyms(title: str, expected: str) -> None:
    entry = match_heading(title, CATALOGUE)
    assert entry is not None and entry.id == expected


@pytest.mark.parametrize(
    "title",
    [
        "Polling",
        "Online presence",
        "Go deeper",
        "The second part worth going deep on is keeping the index fresh",
        "Calls to the payment provider",
        "Does enabling the feature change defaults?",
        "Feature engineering",
        "System design: a feed",
        "Interviewer expectations",
        "What I should have said for (4)",
        # a trade-off weighed, one of whose sides happens to be a quality's name
        "Quality vs wait time — the real question",
        "API versus batch export",
        "The problem with hot auctions",
        # a dive's option, and the next version's wish list
        "Naive approach",
        "v2 ideas",
        # what would be skipped under a condition, or passed over fast, or a look back: no scope
        "What we'd skip if we had less time",
        "Bits I'll skip over quickly",
        "What I would not do again",
    ],
)
def test_headings_that_name_no_step(title: str) -> None:
    assert match_heading(title, CATALOGUE) is None


def test_numbering_and_markup_are_stripped() -> None:
    assert normalize_title("Step 4 - **Wrap** up") == "wrap up"
    assert normalize_title("2.1) [API](#api) design") == "api design"


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Prompt 2 — Non-functional requirements", "non-functional requirements"),
        ("Question 3: Data model", "data model"),
        ("Section 4. API design", "api design"),
        ("Lesson 1 - Capacity estimation", "capacity estimation"),
    ],
)
def test_a_prep_sheets_numbered_label_is_numbering(title: str, words: str) -> None:
    # a prep sheet's or a course's own numbered label is stripped as "Step 2 -" is, so the step name is read
    assert normalize_title(title) == words
    assert match_heading(title, CATALOGUE) is not None


@pytest.mark.parametrize(
    ("title", "entry"),
    [("Non-functional requirements?", "non-functional"), ("NFRs?", "non-functional"), ("Numbers?", "estimation"),
     ("Data model?", "data-model"), ("Prompt 4 — API?", "api")],
)
def test_a_name_asked_as_a_question_names_its_step(title: str, entry: str) -> None:
    # a prep sheet or a chat asks for the next part by its bare name; a real question still names nothing
    found = match_heading(title, CATALOGUE)
    assert found is not None and found.id == entry


def test_a_question_about_the_design_names_no_step() -> None:
    assert match_heading("Does the feature change defaults?", CATALOGUE) is None
    assert match_heading("Why not a queue for the data?", CATALOGUE) is None


def test_nested_estimation_under_requirements_is_its_own_step() -> None:
    doc = parse("# Requirements\n\n- a\n\n## Capacity estimation\n\n100M DAU\n\n# High level design\n\nboxes\n")
    outline = build_outline(doc, CATALOGUE)
    assert [s.title for s in outline.steps["estimation"]] == ["Capacity estimation"]
    assert outline.step_at[5] == "estimation"
    assert outline.first_line("high-level") == 9


def test_part_under_another_step_keeps_that_step() -> None:
    doc = parse("# Step 3 - Design deep dive\n\n## Data model\n\nurls(id, long)\n\n## Hash function\n\ntext\n")
    outline = build_outline(doc, CATALOGUE)
    assert outline.step_at[3] == "deep-dive"
    assert [s.title for s in outline.parts["data-model"]] == ["Data model"]
    assert [s.title for s in outline.deep_dives()] == ["Data model", "Hash function"]


def test_content_decides_when_the_heading_says_nothing() -> None:
    body = "- 100M DAU x 5 reads = 500M reads per day\n- 500M / 86,400 = ~5,800 QPS\n- 300 bytes x 10M = 3 GB per day\n"
    doc = parse(f"# Paste service\n\n## Numbers\n\n{body}\n## Other\n\nprose\n")
    outline = build_outline(doc, CATALOGUE)
    assert [s.title for s in outline.steps["estimation"]] == ["Numbers"]
    assert "Other" not in [s.title for s in outline.steps.get("estimation", [])]


def test_tables_written_like_calls_beside_their_keys_are_no_api() -> None:
    schema = (
        "```\nrun_chunk(run_id, chunk_no, status, attempt,\n          PRIMARY KEY (run_id, chunk_no))\n"
        "payslip(run_id, employee_id, net_cents,\n        PRIMARY KEY (run_id, employee_id))\n```\n"
    )
    doc = parse(f"# Payroll\n\n## Data\n\n{schema}\n")
    parts = build_outline(doc, CATALOGUE).parts
    assert "Data" in [s.title for s in parts["data-model"]] and "api" not in parts
    # the same calls with no key beside them are an API
    calls = schema.replace("\n          PRIMARY KEY (run_id, chunk_no))", ")").replace(
        "\n        PRIMARY KEY (run_id, employee_id))", ")"
    )
    assert "Data" in [s.title for s in build_outline(parse(f"# Payroll\n\n## Data\n\n{calls}\n"), CATALOGUE).parts["api"]]
    # a uniqueness constraint or NOT NULL beside them declares tables too
    unique = calls.replace("net_cents,)", "net_cents,)\n  unique (run_id, employee_id)")
    assert "api" not in build_outline(parse(f"# Payroll\n\n## Data\n\n{unique}\n"), CATALOGUE).parts


def test_a_single_title_heading_is_not_a_step() -> None:
    doc = parse("# Capacity planner design\n\n## Requirements\n\n- a\n")
    outline = build_outline(doc, CATALOGUE)
    assert "estimation" not in outline.steps


@needs_corpus
def test_recognition_on_the_corpus_write_ups() -> None:
    """Floors measured on the real write-ups; a drop means a recognition regression."""
    found = {"requirements": 0, "estimation": 0, "high-level": 0, "deep-dive": 0}
    writeups = [p for p in CORPUS.glob("*.md") if p.name.startswith(("booknotes", "designgurus", "primer", "puncsky"))]
    for path in writeups:
        outline = build_outline(parse(path.read_text(encoding="utf-8")), CATALOGUE)
        for step in found:
            found[step] += outline.first_line(step) is not None
    assert len(writeups) == 33
    assert found["requirements"] >= 33 and found["estimation"] >= 20
    assert found["high-level"] >= 29 and found["deep-dive"] >= 25


def test_a_diagram_lays_out_the_architecture_whatever_the_heading() -> None:
    doc = parse("# T\n\n## Requirements\n\n- a\n\n## The two services\n\n```mermaid\nflowchart LR\n  A --> B\n```\n")
    outline = build_outline(doc, CATALOGUE)
    assert [s.title for s in outline.parts["architecture"]] == ["The two services"]
    assert outline.first_line("high-level") == 7
    assert outline.first_line("high-level", headings_only=True) is None


def test_component_design_is_the_deep_dive_step() -> None:
    from designlint.catalogue import load_catalogue
    from designlint.doc.outline import match_heading

    entry = match_heading("Component Design", load_catalogue())
    assert entry is not None and entry.id == "deep-dive"
    architectural = match_heading("Architectural components", load_catalogue())
    assert architectural is not None and architectural.id == "high-level"


UNNAMED_FIRST = """# Photo sharing, a sketch

Why I wrote this: practice for Friday.

## First things

- Viewers see a photo within 300 ms at p99.
- **Uploads are never lost.**
- Readers can follow other photographers.

## Back-of-the-envelope

5M uploads a day / 86,400 = ~58 uploads/s.

## Architecture

phones -> gateway -> photo service -> object store
"""


def _requirements(text: str) -> list[int]:
    doc = parse(text)
    return [s.line for s in build_outline(doc, CATALOGUE).steps.get("requirements", [])]


def test_a_first_section_asking_for_features_and_qualities_is_the_requirements() -> None:
    assert _requirements(UNNAMED_FIRST) == [5]
    # The cues decide, not the place alone: an opening section of history is no requirements step.
    history = UNNAMED_FIRST.replace(
        "- Viewers see a photo within 300 ms at p99.\n- **Uploads are never lost.**\n- Readers can follow other photographers.",
        "The first version ran on one server in a closet.",
    )
    assert _requirements(history) == []


def test_a_later_section_with_the_same_cues_is_not_the_requirements() -> None:
    late = UNNAMED_FIRST.replace("## First things", "## History\n\nIt started small.\n\n## Extras\n\nMore.\n\n## First things")
    assert _requirements(late) == []


def test_lines_above_every_heading_asking_for_features_are_the_requirements() -> None:
    notes = (
        "typeahead notes\n\nthe gist:\n- show ten completions for a prefix\n\n"
        "needs to be fast\nanswers in under 100ms\n\napi:\nGET /suggest?prefix=goo -> list\n"
    )
    assert _requirements(notes) == [1]
    # The lines above every heading are claimed whatever follows; under a title, only when every
    # section below belongs to a step (a title's region would take in an unnamed section below).
    assert _requirements(notes + "\n## Misc\n\nmore words here\n") == [1]
    titled = "# Typeahead\n\n" + notes.split("\n\n", 1)[1]
    assert _requirements(titled) == [1]
    # Under a title too, the step holds the title's own lines and not the sections below them.
    assert _requirements(titled + "\n## Misc\n\nmore words here\n") == [1]
    from conftest import lint_string

    assert lint_string(titled + "\n## Misc\n\nWe keep Redis here.\n", select=("R007",)) == []


def test_lines_above_every_heading_are_the_requirements_without_the_sections_below() -> None:
    notes = (
        "a gateway, some notes\n\nWhat it has to do:\n- users must be able to call every service through it\n"
        "- p99 overhead under 5 ms\n\n**Rate limiting**\n\nLocal counters or Redis: we pick Redis.\n"
    )
    doc = parse(notes)
    outline = build_outline(doc, CATALOGUE)
    assert [s.level for s in outline.steps["requirements"]] == [0]
    from conftest import lint_string

    # The section below keeps its own text: Redis named there is no technology in the requirements.
    assert lint_string(notes, select=("R007",)) == []


def test_an_opening_section_weighing_two_options_is_no_requirements_step() -> None:
    text = (
        "# Key-value store: the trade-offs\n\n## Leader-follower vs leaderless\n\n"
        "- Leader-follower: reads must be consistent and writes durable, read-your-writes is easy from the leader.\n"
        "- Leaderless: highly available for writes, but clients must handle stale reads and conflicts.\n\n"
        "## Hashing vs ranges\n\nRanges keep scans cheap; hashing spreads hot keys.\n"
    )
    assert "requirements" not in build_outline(parse(text), CATALOGUE).steps
    asked = text.replace("Leader-follower vs leaderless", "What it must do")
    assert "requirements" in build_outline(parse(asked), CATALOGUE).steps


def test_the_writers_question_over_what_was_left_out_names_the_exclusions_in_a_doc_headed_by_questions() -> None:
    text = (
        "# Map tiles\n\n## Should we pre-render everything?\n\nNo: z0-z12 only.\n\n## What sits in front?\n\n"
        "A CDN.\n\n## What would I change at 10x?\n\nMore render nodes.\n\n## What did I skip?\n\n"
        "API keys and the ingest pipeline.\n"
    )
    parts = build_outline(parse(text), CATALOGUE).parts
    assert [s.title for s in parts["scope-exclusions"]] == ["What did I skip?"]



NUMBERED = """Transcoding pipeline v2, review draft

1) Background

Every upload goes to one worker that runs ffmpeg over the whole file, one rendition after another.

2) Sizing

- 200k uploads a day x 8 min = 1.6M minutes of video a day

3) Proposed flow

Split each upload into 10 s chunks and fan the chunks out to a shared pool of workers.

4) Why chunks and not whole files

A long upload no longer holds one worker for an hour, at the cost of a stitch step at the end.
"""


def test_lone_numbered_items_counting_on_title_the_sections_of_plain_notes() -> None:
    titles = [s.title for s in parse(NUMBERED).root.walk() if s.title]
    assert titles[-4:] == ["Background", "Sizing", "Proposed flow", "Why chunks and not whole files"]
    # numbers that do not count on from one item to the next are a list's items cut apart, not titles
    restarted = NUMBERED.replace("3) Proposed flow", "1) Proposed flow").replace("4) Why", "1) Why")
    assert "Proposed flow" not in [s.title for s in parse(restarted).root.walk()]


def test_a_question_heading_asking_how_good_the_system_must_be_heads_its_targets() -> None:
    blog = (
        "# Matchmaking for a chess site\n\nPress play, get a fair opponent, fast.\n\n"
        "## How fast is \"fast\"?\n\n90% of players paired within 3 s.\n\n## A bit of sizing\n\n10M players a day.\n"
    )
    outline = build_outline(parse(blog), load_catalogue())
    assert [s.title for s in outline.parts.get("non-functional", [])] == ['How fast is "fast"?']
    # a question on anything else is no step of its own
    other = build_outline(parse(blog.replace('How fast is "fast"?', "Why chess?")), load_catalogue())
    assert "requirements" not in other.steps


def test_a_question_heading_asking_what_is_built_heads_the_requirements() -> None:
    blog = (
        "# A chess site's matchmaking\n\nSome background first.\n\n## What are we building?\n\n"
        "- players press play and get an opponent of like rating\n- rated and casual games\n\n"
        "## A bit of sizing\n\n10M players a day.\n"
    )
    outline = build_outline(parse(blog), load_catalogue())
    assert [s.title for s in outline.steps["requirements"]] == ["What are we building?"]


def test_typed_messages_with_their_fields_are_an_api() -> None:
    messages = (
        '# Editor\n\n## How clients talk\n\nclient -> server:\n  {type: "op", doc_id, base_rev, ops}\n'
        'server -> client:\n  {type: "ack", client_seq, rev}\n  {type: "remote_op", rev, ops}\n'
    )
    assert "api" in build_outline(parse(messages), CATALOGUE).parts


def test_availability_asked_in_plain_words_shows_the_opening_asks_for_qualities() -> None:
    notes = (
        "Parking notes\n\nThoughts\n\n- reservations must be up whenever a garage is open\n"
        "- a reservation answers in < 300 ms\n\nNumbers\n\n- 200k reservations a day\n"
    )
    steps = build_outline(parse(notes), load_catalogue()).steps
    assert [s.title for s in steps.get("requirements", [])] == ["Thoughts"]
    no_ask = notes.replace("must be up whenever a garage is open", "are kept per garage")
    assert "requirements" not in build_outline(parse(no_ask), load_catalogue()).steps


def test_a_section_naming_no_step_between_two_of_one_step_is_part_of_it() -> None:
    notes = (
        "Coupon service\n\n**Problem.** Shops hand out codes; a code is redeemed once per customer.\n\n"
        "**Must support**\n\n- create a campaign of codes\n- redeem a code at checkout\n- report redemptions per day\n\n"
        "**Out of scope:** fraud scoring, gift cards.\n\n**Targets:** redeem p99 < 100 ms.\n\n"
        "## High-level design\n\nCheckout calls the coupon service.\n"
    )
    outline = build_outline(parse(notes), CATALOGUE)
    assert "Must support" in [s.title for s in outline.steps["requirements"]]
    assert lint_string(notes, select=("R001",)) == []
    # after the last section of the step it stays outside: nothing on both sides
    later = notes.replace("## High-level design", "**Billing**\n\nMonthly invoices.\n\n## High-level design")
    assert "Billing" not in [s.title for s in build_outline(parse(later), CATALOGUE).steps["requirements"]]


def test_a_doc_naming_only_what_it_left_out_at_its_end_dives_into_its_topics() -> None:
    notes = (
        "# Listings search\n\nSkipping the usual parts; just the two hard bits.\n\n"
        "## Map search\n\nGeohash cells over-fetch at the edges and dense cities need finer cells than fields, "
        "so we use the search engine's own geo index and cluster pins by zoom level instead.\n\n"
        "## Feed ingestion\n\nEach partner feed gets an adapter; we poll with a cursor per feed and upsert on the "
        "source id, keeping the raw payload so a buggy adapter can be replayed.\n\n"
        "## Things I skipped on purpose\n\nSaved searches, the mortgage calculator.\n"
    )
    # its sections before the exclusions are the topics it dives into, not a step missing
    assert not [f for f in lint_string(notes, select=("S001",)) if "deep dive" in f.message]
    assert lint_string(notes, select=("R006",)) == []


def test_asks_labelled_must_in_an_opening_list_are_the_requirements() -> None:
    notes = (
        "# report-abuse button - quick dump\n\n- prompt: users flag posts; mods review them\n"
        "- must: the click feels instant\n- must: a raid is blocked within minutes\n\n"
        "flow\n- click -> API -> queue -> scorer\n\napi (internal)\n- POST /reports {post_id}\n"
    )
    assert "requirements" in build_outline(parse(notes), CATALOGUE).steps
    # the same bullets without the label say how it works, not what it must do
    plain = notes.replace("- must: ", "- ")
    assert "requirements" not in build_outline(parse(plain), CATALOGUE).steps


BRIEF_IN_A_BLOG = """# Making swimming lesson bookings less painful

I help run a small swimming club's website, and this winter the committee asked for online bookings.

## How it works today

Parents ring the club secretary, who keeps a paper register per lesson. Lessons fill up on the first
evening of term and the phone never stops ringing.

So the brief, as I understood it after two evenings with the secretary and the head coach, is:

- Let parents book a child into a weekly lesson for the whole term.
- Keep a waiting list per lesson and offer freed places in order.
- Let coaches see the register for their lesson on a phone at the poolside.
- Parents must be able to cancel up to a day before.

## The one decision: who holds a place

A place is held for a child from booking until the term ends.
"""


def test_a_brief_announced_over_its_list_makes_the_opening_section_the_requirements() -> None:
    assert _requirements(BRIEF_IN_A_BLOG) == [5]
    # the same section telling a story with no brief asks for nothing
    told = BRIEF_IN_A_BLOG.replace(
        "So the brief, as I understood it after two evenings with the secretary and the head coach, is:",
        "Some things we tried:",
    )
    assert _requirements(told) != [5]


def test_a_revised_design_holds_the_design_and_its_changes_the_dives() -> None:
    text = (
        "# Canal lock passages\n\n## What it needs to do\n- boaters book a passage slot\n- keepers see the day's queue\n\n"
        "## v1 — the obvious design\nOne app and one Postgres; a slot row per lock and quarter hour.\n\n"
        "## v2 — what I'd actually build\nThe same, with a queue in front of the booking writes.\n\n"
        "### Change 1: a queue in front of the bookings\nOn the morning the season opens every boater books at "
        "once, so the writes wait in a queue and each lock's slots are taken in order, not by row locks.\n\n"
        "### Change 2: the keeper's screen reads a copy\nThe keeper's queue is served from a replica so the "
        "rush of bookings never slows the lock side down; it lags a second at most.\n"
    )
    steps = [f.variant for f in lint_string(text, select=("S001",))]
    assert "high-level" not in steps and "deep-dive" not in steps


def test_a_terse_dumps_opening_list_under_its_title_is_its_requirements() -> None:
    dump = (
        "kiln studio - firing slots (quick dump)\n\n"
        "- members book a firing slot, cancel up to a day before\n- staff: load kilns, mark fired, flag a broken piece\n"
        "- glaze lab: book a bench by the hour\n- reminder text the evening before\n\n"
        "nums\n- 40 members x 2 firings/wk = 80 firings/wk\n- tiny. one app + postgres\n\n"
        "store\n- postgres: member, kiln, slot(kiln_id, starts_at, status)\n"
    )
    steps = build_outline(parse(dump), CATALOGUE).steps
    assert "requirements" in steps and "estimation" in steps
    # two lines of context are no list of what the system must do
    short = dump.replace("- glaze lab: book a bench by the hour\n- reminder text the evening before\n", "")
    assert "requirements" not in build_outline(parse(short), CATALOGUE).steps
    # a list that opens the file with its title as the first item is the same list
    untitled = dump.replace("kiln studio - firing slots (quick dump)\n\n", "- kiln studio - firing slots, notes\n")
    assert "requirements" in build_outline(parse(untitled), CATALOGUE).steps
    # but a list of fields and their values that opens the file is a header's
    header = "- Feature Name: kiln slots\n- Start Date: 2026-03-01\n- Owner: studio team\n- Status: draft\n\n"
    fields = dump.replace("kiln studio - firing slots (quick dump)\n\n", "").replace(dump.split("\n\n")[1] + "\n\n", header)
    assert "requirements" not in build_outline(parse(fields), CATALOGUE).steps


def test_a_faqs_question_setting_two_ways_side_by_side_after_the_numbers_asks_for_a_dive() -> None:
    faq = (
        "# Kiln queue: questions I was asked\n\n**Q: What does it do?**\n\n- potters join a firing queue\n"
        "- staff fire kilns in queue order\n\n**Q: How big is it?**\n\n- 12 studios x 40 potters = 480 potters\n\n"
        "**Q: Polling or push for the queue position?**\n\nPush over SSE: one open connection per potter is cheap "
        "at this size, and polling every few seconds would mostly return nothing new.\n\n"
        "**Q: What if the kiln controller loses its link?**\n\nIt keeps firing; the log syncs when it is back.\n"
    )
    outline = build_outline(parse(faq), CATALOGUE)
    asked = next(s for s in parse(faq).sections() if s.title.startswith("Q: Polling"))
    assert outline.step_at.get(asked.line) == "deep-dive"
    # before the numbers, the same kind of question still scopes the problem
    early = faq.replace("**Q: How big is it?**\n\n- 12 studios x 40 potters = 480 potters\n\n", "")
    early_asked = next(s for s in parse(early).sections() if s.title.startswith("Q: Polling"))
    assert build_outline(parse(early), CATALOGUE).step_at.get(early_asked.line) != "deep-dive"


def test_a_section_titled_shape_is_the_high_level_design() -> None:
    notes = "# Hay orders\n\n## Requirements\n\n- order bales\n\n## Shape\n\napp → API → Postgres\n\n## Data shape\n\nrows\n"
    steps = build_outline(parse(notes), CATALOGUE).steps
    assert [s.title for s in steps["high-level"]] == ["Shape"]


def test_an_essays_opening_that_says_what_the_system_has_to_do_is_its_requirements() -> None:
    opening = (
        "I keep coming back to this one, so here is the long version, written as an essay rather than as notes "
        "from a session. What I want from the system is simple to say. It has to take in every loan at the "
        "counter as it happens, and it needs to feel instant for the volunteer, who has a queue of gardeners in "
        "front of them on a Saturday morning in spring."
    )
    essay = (
        f"# How I'd build a seed library\n\n{opening}\n\n"
        "Let me put numbers on it, because they decide a lot about the rest. Say 300 loans a day across the "
        "whole county, so 300 / 86,400 = 0.003/s, which is nothing at all for one small database, and the "
        "catalogue of seed packets is a few thousand rows that will never grow past what one machine holds.\n\n"
        "The first real decision is where the stock count lives. One row per packet type, updated in the same "
        "transaction as the loan, is enough at this size, and it keeps the count honest when two counters lend "
        "the last packet of a rare bean at once, which is exactly when the gardeners care most about it.\n\n"
        "The last thing is what happens when the counter loses its connection, which it does in the old hall "
        "every week. The app keeps the loans on the tablet, numbered, and sends them when it is back, and the "
        "server takes each number once, so a loan sent twice over a flaky link is still one loan.\n"
    )
    told = essay.replace(opening, opening.replace("What I want from the system is simple to say. It has to take in "
                         "every loan at the counter as it happens, and it needs to feel", "The volunteers take"))
    assert "requirements" in build_outline(parse(_wrapped(essay)), CATALOGUE).steps
    assert "requirements" not in build_outline(parse(_wrapped(told)), CATALOGUE).steps


def _wrapped(text: str) -> str:
    """Each paragraph wrapped as a text editor wraps it, over several lines."""
    return "\n\n".join(textwrap.fill(p, 100) for p in text.split("\n\n"))


# Plain notes whose labels designlint nests by guess: a step's label one level above a part's. The API and the
# data come after "Assumptions" (the requirements) but are the design, and so is the label after them.
LABELLED_NOTES = """Group orders - quick design

🎯 What it does
- host starts a group order and shares a link
- others add their items to one cart

🚫 Not doing
- scheduled group orders

📏 Assumptions
- groups of 2 to 20

💬 Quality bar
- a change shows on the other phones at once

🔌 API
- POST /group-orders -> id
- POST /group-orders/{id}/items {item, qty}

🗄 Data
- group_order(id, host_id, deadline, version)

🔒 Concurrency on the cart
Every change carries the cart version; a stale version gets a 409 and the client reloads.
"""


def test_design_parts_after_the_requirements_labels_are_the_design() -> None:
    doc = parse(LABELLED_NOTES)
    outline = build_outline(doc, CATALOGUE)
    step = {s.title.split()[-1]: outline.step_at.get(s.line) for s in doc.sections() if s.level}
    assert step["API"] == "high-level" and step["Data"] == "high-level" and step["cart"] == "high-level"
    assert step["does"] == "requirements" and step["Assumptions"] == "requirements"


def test_a_single_top_heading_numbered_as_a_part_is_no_title() -> None:
    # a prep sheet's first question, the rest nested under it, is its first step, not the doc's title
    doc = parse("# Question 1: Requirements\n\n- book a court\n- cancel\n\n## Data model\n\ncourts(id, club_id)\n")
    assert build_outline(doc, CATALOGUE).first_line("requirements") == 1
    titled = parse("# Court booking\n\n- book a court\n- cancel\n\n## Data model\n\ncourts(id, club_id)\n")
    assert build_outline(titled, CATALOGUE).first_line("requirements") != 1


def test_a_prompt_sheet_quoting_each_prompt_as_given_is_numbered_by_its_prompts() -> None:
    sheet = (
        "Seed library\n\nThe course's prompts in quotes, my answers under them.\n\n"
        '1) "What are the non-functional requirements?"\n\n- loans recorded within 1 s\n- 99.9% available\n\n'
        '2) "Estimate the scale."\n\n300 loans a day, nothing.\n\n'
        '3) "Define the API."\n\nPOST /loans {packet_id, borrower_id}\n'
    )
    steps = build_outline(parse(sheet), CATALOGUE).steps
    assert {"requirements", "estimation", "high-level"} <= set(steps)
    unnumbered = sheet.replace("1) ", "").replace("2) ", "").replace("3) ", "")
    assert "estimation" not in build_outline(parse(unnumbered), CATALOGUE).steps
