"""Headings a reader sees that Markdown does not mark: plain lines that name a step or part."""

from __future__ import annotations

import pytest

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.headings import normalize_title
from designlint.doc.implicit import STEP_LEVEL, label, unnamed
from designlint.doc.outline import build_outline
from designlint.doc.runin import run_in

from conftest import FIXTURES, lint_path, lint_string

HERE = FIXTURES / "implicit"
CATALOGUE = load_catalogue()


def _implicit(name: str) -> list[tuple[int, str, str]]:
    doc = parse((HERE / name).read_text(encoding="utf-8"))
    return [(s.line, s.title, s.implicit) for s in doc.sections() if s.implicit]


def _steps(name: str) -> dict[str, list[int]]:
    doc = parse((HERE / name).read_text(encoding="utf-8"))
    outline = build_outline(doc, CATALOGUE)
    return {step: [s.line for s in sections] for step, sections in outline.steps.items()}


def test_short_lines_alone_are_sections() -> None:
    assert _implicit("alone.md") == [
        (3, "Functional", "line"),
        (8, "Non functional", "line"),
        (12, "Back of the envelope", "line"),
        (16, "APIs", "line"),
        (20, "High level design", "line"),
        (23, "Deep dive", "line"),
    ]
    assert _steps("alone.md") == {"requirements": [3, 8], "estimation": [12], "high-level": [16, 20], "deep-dive": [23]}


def test_label_lines_ending_in_a_colon_are_sections() -> None:
    assert [title for _, title, _ in _implicit("colons.md")] == [
        "functional requirement",
        "some estimations",
        "non-functional requirement",
    ]
    # The non-functional part ends the estimation above it instead of nesting in it.
    assert _steps("colons.md") == {"requirements": [3, 10], "estimation": [7]}


@pytest.mark.parametrize(
    ("label", "step"),
    [
        ("numbers, just guesses", "estimation"),
        ("numbers - rough", "estimation"),
        ("numbers, ballpark", "estimation"),
        # two topics joined by a comma are no hedge: the label names no one step
        ("caching, sharding", None),
    ],
)
def test_a_hedge_after_a_labels_name_is_set_aside_like_a_note_in_brackets(label: str, step: str | None) -> None:
    text = f"tickets, quick notes\n\n-> {label}\n   -> 2M users\n   -> 5 tickets each a year\n\n-> api\n   -> buy(seat)\n"
    assert build_outline(parse(text), CATALOGUE).step_at.get(3) == step


def test_hashes_without_a_space_are_headings_at_their_level() -> None:
    doc = parse((HERE / "hashes.md").read_text(encoding="utf-8"))
    assert [(s.level, s.title, s.label) for s in doc.sections()] == [
        (2, "Requirements", False),
        (2, "High level design", False),
        (3, "Deep dive", False),
    ]


def test_hashes_before_a_pictograph_head_a_section_and_one_over_a_deeper_one_heads_it() -> None:
    notes = (
        "##Gym bookings\n\n##🎯 Requirements\n- book a class\n\n##🔍 Deep dives\n\n###1. Waitlists\n\n"
        "When a class is full, the booking joins a waitlist ordered by time.\n\n##---\n"
    )
    titles = [(s.level, s.title) for s in parse(notes).sections()]
    assert (2, "🎯 Requirements") in titles and (2, "🔍 Deep dives") in titles and (3, "1. Waitlists") in titles
    # a run of hashes over marks, no words, heads nothing
    assert not [title for _, title in titles if "---" in title]
    steps = build_outline(parse(notes), CATALOGUE).step_at
    dives = next(s for s in parse(notes).sections() if s.title == "🔍 Deep dives")
    assert steps[dives.line] == "deep-dive"


def test_numbered_items_over_their_own_list_are_sections() -> None:
    assert [title for _, title, _ in _implicit("numbered.md")] == [
        "Functional Requirements",
        "Non-functional requirements",
        "High level design",
    ]
    doc = parse((HERE / "numbered.md").read_text(encoding="utf-8"))
    functional = next(s for s in doc.sections() if s.title == "Functional Requirements")
    assert [item.text for block in functional.blocks for item in block.items] == [
        "unlock a bike with the app",
        "return it to any dock",
    ]


def test_sentences_and_contents_lists_stay_text() -> None:
    assert _implicit("not-headings.md") == []


@pytest.mark.parametrize(
    "line",
    [
        "The requirements are listed below:",
        "We need an API:",
        "Requirements for the payment flow in the second phase of rollout, once again",
        "Upload videos:",
        "Capacity.",
    ],
)
def test_lines_that_are_not_labels(line: str) -> None:
    assert label(line, CATALOGUE, True) is None


def test_plain_text_steps_are_not_reported_missing() -> None:
    findings = lint_path(HERE / "alone.md", select=("S001",), profile="interview")
    assert [f.message for f in findings] == []


def test_an_opening_exchange_is_the_requirements_step() -> None:
    assert _implicit("dialogue.md") == [
        (3, "Requirements (asked in dialogue)", "dialogue"),
        (14, "Features (agreed in the dialogue)", "dialogue"),
    ]
    doc = parse((HERE / "dialogue.md").read_text(encoding="utf-8"))
    outline = build_outline(doc, CATALOGUE)
    assert [s.line for s in outline.parts["functional"]] == [14]
    assert _steps("dialogue.md") == {"requirements": [3], "high-level": [18]}


def test_question_and_answer_lines_then_a_list() -> None:
    assert _steps("dialogue-qa.md") == {"requirements": [3], "deep-dive": [12]}
    findings = lint_path(HERE / "dialogue-qa.md", select=("R001", "S004"), profile="interview")
    # The summary lists three features, and the exchange is not a heading to mark up.
    assert [(f.line, f.rule_id) for f in findings] == [(12, "S004")]


def test_questions_after_the_steps_are_no_requirements_exchange() -> None:
    assert _implicit("dialogue-late.md") == []


def test_bulleted_labels_ending_in_a_colon_are_sections_with_their_own_list() -> None:
    assert _implicit("bullets.md") == [(3, "Functional requirements", "bullet"), (6, "Non-functional", "bullet")]
    doc = parse((HERE / "bullets.md").read_text(encoding="utf-8"))
    functional, non_functional = (s for s in doc.sections() if s.implicit)
    assert [i.text for b in functional.blocks for i in b.items] == [
        "unlock a bike with the app",
        "return it to any dock",
    ]
    assert [i.text for b in non_functional.blocks for i in b.items] == [
        "unlock within 1 s",
        "the dock works offline for an hour",
    ]
    # A nested list is Markdown already: nothing for S004 to report or fix to mark up.
    assert lint_path(HERE / "bullets.md", select=("S004",), profile="interview") == []


def test_a_step_name_a_colon_and_a_topic_is_a_section() -> None:
    assert _implicit("topics.md") == [
        (3, "Requirements", "line"),
        (8, "High level design: overview", "line"),
        (11, "Deep dive: hot keys", "line"),
        (14, "Deep dive: fan-out", "line"),
    ]
    doc = parse((HERE / "topics.md").read_text(encoding="utf-8"))
    assert [s.title for s in build_outline(doc, CATALOGUE).deep_dives()] == [
        "Deep dive: hot keys",
        "Deep dive: fan-out",
    ]


@pytest.mark.parametrize("line", ["Estimation: 10k QPS at peak", "API: we call it twice", "Functional: upload"])
def test_a_statement_after_a_colon_is_no_topic(line: str) -> None:
    assert label(line, CATALOGUE, True) is None


def test_colon_labels_naming_no_step_end_the_step_above_in_a_doc_written_that_way() -> None:
    # Two colon labels name steps, so the doc's headings are colon labels: "Posting recipes:" and
    # "Search:" are sections too, and the non-functional requirements stop before them.
    assert [(line, title) for line, title, _ in _implicit("colons-unnamed.md")] == [
        (3, "functional requirement"),
        (7, "non-functional requirement"),
        (10, "Posting recipes"),
        (16, "Search"),
    ]
    doc = parse((HERE / "colons-unnamed.md").read_text(encoding="utf-8"))
    outline = build_outline(doc, CATALOGUE)
    assert [(s.line, s.end_line) for s in outline.parts["non-functional"]] == [(7, 9)]


def test_a_short_line_directly_over_a_list_heads_it_in_notes_without_headings() -> None:
    # The steps are colon labels; the dives are short lines over their own lists. A line with sentence
    # words ("We also need") leads into its list instead.
    titles = [(line, title) for line, title, _ in _implicit("over-lists.md")]
    assert titles[-2:] == [(13, "offline gates"), (18, "double entry")]
    assert not [f.rule_id for f in lint_path(HERE / "over-lists.md", select=("D001",))]
    lead_in = parse("Notes\n\nnumbers:\n10 scans/s\n\nendpoints:\nPOST /v1/scans\n\nWe also need\n- a screen\n")
    assert [s.title for s in lead_in.sections()] == ["numbers", "endpoints"]
    # Under Markdown headings a line over a list is the text's own lead-in.
    marked = parse("# Notes\n\n## Design\n\ndouble entry\n- refused\n")
    assert [s.title for s in marked.sections()] == ["Notes", "Design"]


def test_notes_written_as_one_nested_list_have_their_top_items_as_sections() -> None:
    # Two items name steps ("nfrs", "numbers"), so the list's items over sub-lists are the doc's sections.
    titles = [title for _, title, _ in _implicit("nested-list.md")]
    assert titles == ["what it does", "nfrs", "numbers", "the queue (most of the time went here)"]
    assert not lint_path(HERE / "nested-list.md", select=("D006",))
    # One item naming a step is not enough: "- targets" over its bullets stays part of the list.
    one = parse("- teams\n  - follow them\n- targets\n  - under 2 s\n- flow\n  - feed -> apps\n")
    assert [s.title for s in one.sections()] == []
    # Under Markdown headings a nested list stays a list.
    marked = parse("# Notes\n\n## Plan\n\n- nfrs\n  - fast\n- numbers\n  - 10/s\n")
    assert [s.title for s in marked.sections()] == ["Notes", "Plan"]


def test_run_in_bullets_in_a_labelled_nested_list_are_sections_and_a_note_in_brackets_is_passed_over() -> None:
    doc = parse((HERE / "nested-run-ins.md").read_text(encoding="utf-8"))
    titles = {s.title: s.line for s in doc.sections()}
    assert list(titles) == ["prompt", "reqs (agreed w/ Priya)", "nums", "flow", "search"]
    outline = build_outline(doc, CATALOGUE)
    assert [s.line for s in outline.steps["requirements"]] == [titles["reqs (agreed w/ Priya)"]]
    assert [s.line for s in outline.steps["estimation"]] == [titles["nums"]]
    # the flow after the numbers is no part of them
    assert outline.step_at.get(titles["flow"]) != "estimation"


def test_a_colon_label_ends_a_section_headed_by_a_line_alone_in_plain_notes() -> None:
    doc = parse((HERE / "line-then-colon.md").read_text(encoding="utf-8"))
    sections = [(s.line, s.title) for s in doc.sections()]
    assert sections == [(3, "numbers (rounded, from the dashboards)"), (7, "the fix, roughly")]
    assert build_outline(doc, CATALOGUE).step_at.get(7) != "estimation"
    # a speaker's mark is no label
    assert unnamed("A:", {"colon": STEP_LEVEL}, True) is None
    assert unnamed("the fix:", {"colon": STEP_LEVEL}, True) is not None


def test_a_one_word_label_naming_a_step_is_a_heading_though_it_is_a_sentence_word() -> None:
    doc = parse("traffic reports, notes\n\nneeds:\n- submit a report\n- see reports on my route\n")
    assert [s.title for s in doc.sections()] == ["needs"]
    assert build_outline(doc, CATALOGUE).steps["requirements"][0].title == "needs"
    # more words with a sentence word stay a lead-in
    assert [s.title for s in parse("notes\n\nwe need:\n- submit a report\n").sections()] == []


def test_a_design_shown_in_a_transcript_moves_it_past_the_requirements() -> None:
    # No prompt names a step, but the candidate lays out tables: the probing questions after them ask for dives.
    doc = parse((HERE / "transcript-shown.md").read_text(encoding="utf-8"))
    outline = build_outline(doc, CATALOGUE)
    assert [s.line for s in outline.deep_dives()] == [14, 19]
    # without the tables the transcript is still clarifying: "Why not ...?" asks nothing yet
    text = (HERE / "transcript-shown.md").read_text(encoding="utf-8")
    rows = text[text.index("  invoice_run") : text.index("Interviewer: Why not")]
    assert build_outline(parse(text.replace(rows, "")), CATALOGUE).deep_dives() == []


def test_a_bold_label_with_its_text_on_the_next_line_is_a_section() -> None:
    text = "# Notes\n\n## Design\n\n**Embargo enforcement**\nThe read path checks the status, never the clock.\n"
    doc = parse(text)
    assert [(s.title, s.line) for s in doc.sections()] == [("Notes", 1), ("Design", 3), ("Embargo enforcement", 5)]
    assert [b.line for b in list(doc.sections())[-1].blocks] == [6]


def test_a_title_written_as_a_second_level_heading_leaves_the_doc_without_headings() -> None:
    # "## Dispatch" is the doc's only Markdown heading: its bold questions are the sections.
    text = "## Dispatch, self-quiz\n\n**Q: how much load?**\nA: 6M orders a day.\n\n**Q: what are the targets?**\nA: 60 s.\n"
    sections = parse(text).sections()
    assert [s.implicit for s in sections] == ["", "bold", "bold"]
    two = text.replace("**Q: what are the targets?**", "## Targets")
    assert [s.implicit for s in parse(two).sections()] == ["", "", ""]


def test_notes_written_as_one_list_under_a_title_item_have_the_items_below_it_as_sections() -> None:
    doc = parse((HERE / "nested-under-title.md").read_text(encoding="utf-8"))
    titles = [s.title for s in doc.sections()]
    # a long note in brackets does not make a label a sentence
    code_state = "code state (what each locker keeps for the day, per compartment)"
    assert titles == ["func", "nfr", "numbers", "data", code_state, "offline lockers (the hard part)"]
    outline = build_outline(doc, CATALOGUE)
    # "func" and "data" are the notes' shorthand for the functional requirements and the data model
    assert {"functional", "non-functional", "data-model"} <= set(outline.parts)
    assert "estimation" in outline.steps


def test_a_question_line_is_a_heading_though_the_answer_below_opens_with_a_sentence_word() -> None:
    text = "Practice questions\n\nQ1. What does it do?\nIt books rooms.\n\nQ2. How big is it?\nI assumed 1,400 students.\n"
    assert [s.title for s in parse(text).sections()] == ["Q1. What does it do?", "Q2. How big is it?"]
    # without its question mark the line runs on into the sentence below
    assert "Requirements" not in [s.title for s in parse("Notes\n\nRequirements\nare gathered weekly.\n").sections()]


def test_a_lone_colon_label_naming_nothing_stays_text() -> None:
    doc = parse("# Notes\n\nfunctional requirement:\npost a recipe\n\nPosting recipes:\nphotos first\n")
    assert [s.title for s in doc.sections() if s.implicit] == ["functional requirement"]


def test_short_lines_naming_nothing_are_the_dives_under_a_plain_deep_dive_line() -> None:
    doc = parse((HERE / "lines-unnamed.md").read_text(encoding="utf-8"))
    dives = build_outline(doc, CATALOGUE).deep_dives()
    # "Use Redis" stands alone with nothing under it: a section, but no dive.
    assert [(s.line, s.title) for s in dives] == [(15, "Hot keys"), (18, "Fan-out")]


def test_short_lines_in_a_paragraph_without_bullets_stay_text() -> None:
    text = "Functional\n- post\n\nNon functional\n- fast\n\nRedis\nKafka\nPostgres\n"
    assert [s.title for s in parse(text).sections()] == ["Functional", "Non functional"]


def test_one_speaker_is_no_exchange_and_bold_speakers_are() -> None:
    one = "# Notes\n\nA: the cache is warm.\nA: the queue is empty.\n\n- post a photo\n"
    assert [s.implicit for s in parse(one).sections() if s.implicit] == []
    bold = (
        "# Chat app\n\n**Interviewer:** group chats?\n**Me:** up to 100 people.\n\n- send a message\n- make a group\n"
    )
    assert [(s.title, s.implicit) for s in parse(bold).sections() if s.implicit] == [
        ("Requirements (asked in dialogue)", "dialogue"),
        ("Features (agreed in the dialogue)", "dialogue"),
    ]


def test_a_question_and_its_answer_on_one_line_are_two_turns() -> None:
    # Each line holds both speakers; every line opens with the same one.
    assert _steps("dialogue-same-line.md") == {"requirements": [3], "high-level": [12]}
    assert [f.rule_id for f in lint_path(HERE / "dialogue-same-line.md", select=("R001", "S001"))] == ["S001"]


def test_turns_split_by_a_heading_are_not_one_exchange() -> None:
    # Found by fuzzing: one turn before the title heading and one after it made the parser move
    # blocks from a section it had already left.
    text = "Intro line.\n\nCandidate: Who books, drivers or firms?\n\n## High level design\n\nInterviewer: Drivers.\n"
    doc = parse(text)
    assert [s.title for s in doc.sections()] == ["High level design"]


RUN_IN = """Notes: a paste service

Q: Do pastes expire?
A: Yes, after a week by default.
Q: Accounts?
A: No accounts for now.

API: POST /pastes {text} -> id; GET /pastes/{id} -> text
Schema: pastes(id primary key, text, expires_at)
"""


def test_run_in_labels_open_parts_in_notes_without_headings() -> None:
    doc = parse(RUN_IN)
    # typed line under line, each label opens its own part: "Schema:" is no more of the API's text
    assert [(s.line, s.title, s.implicit) for s in doc.sections() if s.implicit == "run-in"] == [
        (8, "API", "run-in"),
        (9, "Schema", "run-in"),
    ]
    outline = build_outline(doc, CATALOGUE)
    assert [s.line for s in outline.parts["api"]] == [8]
    assert [s.line for s in outline.parts["data-model"]] == [9]
    # The label's own line stays in the part's text: it holds the endpoints.
    assert "POST /pastes" in outline.parts["api"][0].blocks[0].text


def test_a_cheat_sheet_typed_label_under_label_has_a_part_on_each_line() -> None:
    sheet = "school bus tracker // one screen\n\ngoal: parents see the bus within 30 s\nmaths: 2k buses / 10 s = 200 pings/s\n"
    doc = parse(sheet)
    assert [s.title for s in doc.sections()] == ["goal", "maths"]
    assert [f.rule_id for f in lint_string(sheet, select=("E001",))] == []
    # a label opening a line of prose that wraps onto it is no part of its own
    prose = "bus tracker\n\nThe gateway checks the tokens of the parents' app and of the public\nAPI: both send one header.\n"
    assert [s.title for s in parse(prose).sections()] == []


RUN_IN_NOTES = """bike share - notes on the train

need: riders unlock a bike with the app, return it at any dock, pay per minute. that's it

scale: 2m riders, ~400k trips/day -> 400k/86400 = ~5 trips/s, x3 at rush hour

unlocks should feel instant, under a second at the dock

api: POST /v1/unlock {bike_id}, POST /v1/return {bike_id, dock_id}

flow: app -> gateway -> trips service -> postgres

docks: each dock heartbeats its bike list every 30s, so the map can be a minute stale

billing: trip minutes summed at return, card charged once a day
"""


def test_notes_opening_most_paragraphs_with_a_label_take_each_label_as_a_section() -> None:
    doc = parse(RUN_IN_NOTES)
    titles = [s.title for s in doc.sections()]
    # the labels naming nothing ("docks", "billing") open sections too: every label here is a heading
    assert titles == ["need", "scale", "api", "flow", "docks", "billing"]
    outline = build_outline(doc, CATALOGUE)
    assert [s.title for s in outline.steps["requirements"]] == ["need"]
    assert [s.title for s in outline.parts["api"]] == ["api"]
    # a line of text under a label is no section of its own
    assert "under a second" in list(doc.sections())[1].blocks[-1].text


def test_a_few_labelled_paragraphs_among_prose_or_a_one_word_pointer_stay_text() -> None:
    prose = RUN_IN_NOTES.replace("docks: ", "Each dock ").replace("billing: ", "Billing ")
    prose = prose.replace("flow: ", "The flow is ")
    # three labels among seven paragraphs: not the notes' way of writing headings
    assert [s.title for s in parse(prose).sections()] == ["need", "api"]
    assert run_in("This: the part that matters.", CATALOGUE, loose=True) is None
    need = run_in("Need: riders unlock a bike.", CATALOGUE)
    assert need is not None and need.step == "requirements"


def test_run_in_labels_under_markdown_headings_or_a_step_under_label_lines_stay_text() -> None:
    under_heading = "# Pastes\n\n## Design\n\nAPI: POST /pastes {text} -> id\n"
    assert not [s for s in parse(under_heading).sections() if s.implicit]
    under_label = "Requirements\n- save a paste\n\nEstimation: 10k QPS at peak\n"
    assert [s.implicit for s in parse(under_label).sections()] == ["line"]


def test_a_transcript_moves_on_to_the_step_each_prompt_names() -> None:
    doc = parse((HERE / "transcript.md").read_text(encoding="utf-8"))
    steps = build_outline(doc, CATALOGUE).steps
    assert {step: [s.line for s in sections] for step, sections in steps.items()} == {
        "requirements": [3],
        "estimation": [14],
        "high-level": [18, 22],
        "deep-dive": [29],
    }
    # The requirements stop where the transcript moves on: the estimate is not a requirement.
    assert steps["requirements"][0].end_line == 13


@pytest.mark.parametrize(
    "turn",
    [
        "Candidate: I'd like to pin down the scope first.",  # requirements stay the opening exchange's
        "Interviewer: Fine, go on.",
        "Candidate: The store keeps every paste for a week, then a nightly job deletes the expired ones.",
        # a candidate's question after an answer asks the interviewer for figures; it moves nothing on
        "Candidate: So the list is: resolve names, cache by TTL, log queries. Numbers?",
        # where data comes from is about its sources, not where it is kept
        "Q: Where does the data come from?",
    ],
)
def test_turns_naming_no_later_step_do_not_move_the_transcript_on(turn: str) -> None:
    from designlint.doc.prompts import prompt

    assert prompt(turn, CATALOGUE) is None


@pytest.mark.parametrize(
    ("turn", "step"),
    [
        ("Q: How fresh should it be?", "requirements"),
        ("Q: Writes per second?", "estimation"),
    ],
)
def test_questions_for_targets_and_rates_ask_for_their_steps(turn: str, step: str) -> None:
    from designlint.doc.prompts import prompt

    found = prompt(turn, CATALOGUE, designing=True)
    assert found is not None and found.step == step


def test_a_question_heading_about_speed_asks_for_the_targets() -> None:
    from designlint.doc.outline import match_heading

    found = match_heading("What does a user expect in terms of speed?", CATALOGUE, asking=True)
    assert found is not None and found.id == "non-functional"


def test_an_interviewers_ask_may_come_second() -> None:
    from designlint.doc.prompts import prompt

    found = prompt("Interviewer: OK, thanks. Numbers?", CATALOGUE)
    assert found is not None and found.step == "estimation"


@pytest.mark.parametrize(
    "turn",
    [
        "Interviewer: OK, walk me through the flow.",  # an acknowledgement before a short order
        "Interviewer: Right, draw the architecture.",
        "**Interviewer:** How do the meter readings get into your system?",  # how things travel through it
        "Interviewer: How would an upload make it to the storage tier?",
        "Q: How do you build the timeline?",  # asked to build the thing itself
        "Interviewer: How would apps verify?",  # how a party of the system does its part
    ],
)
def test_an_ask_for_the_flow_moves_the_transcript_to_the_design(turn: str) -> None:
    from designlint.doc.prompts import prompt

    found = prompt(turn, CATALOGUE)
    assert found is not None and found.step == "high-level"


def test_a_speaker_is_no_topic_lead_in_of_a_dive() -> None:
    turns = "\n\n".join(
        f"Candidate: {topic} " + "the service keeps working on its own and the other parts wait for it. " * 3
        for topic in ("First,", "Then")
    )
    text = "# Notes\n\n## Requirements\n- paste\n\n## Design\nA box.\n\n## Deep dives\n\n" + turns + "\n"
    from conftest import lint_string

    assert [f.message for f in lint_string(text, select=("D001",))] == [
        "deep dives found: 1; go deep on at least 2 of the hardest components"
    ]


def test_numbered_items_naming_nothing_are_sections_beside_items_naming_steps() -> None:
    # "4. Job leases" names no step, but its list labels the doc's steps: it is a section, not
    # text of the high-level design; "6. Retries", last in its list, has its lines as a list of their own.
    assert [(line, title) for line, title, kind in _implicit("numbered-unnamed.md") if kind == "item"] == [
        (3, "Requirements"),
        (7, "Estimation"),
        (10, "High level design"),
        (13, "Job leases"),
        (18, "Priorities"),
        (23, "Retries"),
    ]
    findings = lint_path(HERE / "numbered-unnamed.md", select=("S001", "D001"))
    assert [f.rule_id for f in findings] == []


def test_a_question_line_directly_over_a_list_heads_the_list_answering_it() -> None:
    # in notes that answer prompts, "What must the system do?" over its list is a section like the one over text
    assert _steps("questions-over-lists.md") == {"requirements": [7, 12], "estimation": [16]}
    assert lint_path(HERE / "questions-over-lists.md", select=("R001",)) == []


def test_numbered_titles_with_text_between_them_are_sections_even_when_markdown_joins_two_into_one_list() -> None:
    # "1) what it is" takes the text below it into its item, so Markdown reads "1)" and "2)" as one list
    assert [(line, title) for line, title, kind in _implicit("numbered-text-between.md") if kind == "item"] == [
        (3, "what it is"),
        (7, "requirements"),
        (12, "estimates"),
        (16, "design"),
    ]
    assert _steps("numbered-text-between.md")["requirements"] == [7]


def test_a_numbered_item_stays_text_in_a_list_that_labels_no_step() -> None:
    text = "# X\n\n1. Upload\n   the client sends the file\n2. Resize\n   a worker makes thumbnails\n"
    assert [s.title for s in parse(text).sections()] == ["X"]


def test_short_lines_alone_are_the_headings_of_notes_written_with_them() -> None:
    # Three or more such lines and no Markdown heading: they are the doc's sections, naming a step or not;
    # the first line is the notes' title, not a section.
    assert [(line, title) for line, title, kind in _implicit("lone.md")] == [
        (5, "Key ideas"),
        (10, "Interface"),
        (15, "How it works"),
        (20, "Replication vs erasure coding"),
        (25, "Failure handling"),
    ]
    # The design, its dives and the weighing under "Replication vs erasure coding" are all seen;
    # the notes state no requirements, and S001 says so.
    findings = lint_path(HERE / "lone.md", select=("S001", "D004"))
    assert [(f.rule_id, f.variant) for f in findings] == [("S001", "requirements")]


def test_one_or_two_short_lines_alone_stay_text() -> None:
    text = "Notes\n\nSome context here.\n\nKey ideas\n\n- keep metadata apart\n\nMore words follow here.\n"
    assert [s.title for s in parse(text).sections()] == []


def test_shorthand_labels_and_a_part_run_in_under_them() -> None:
    text = (
        "chat notes\n\nreqs\n- send a message\n- see history\n\nest\n1M users x 40 msgs / 86400 = ~460 msgs/s\n\n"
        "api -- POST /messages {text} -> id\n\nEstimation: 10k QPS at peak\n"
    )
    doc = parse(text)
    assert [(s.title, s.implicit) for s in doc.sections()] == [("reqs", "line"), ("est", "line"), ("api", "run-in")]
    # Under a plain-line label only a part runs in: a step's name and a figure is a statement.
    assert build_outline(doc, CATALOGUE).steps["estimation"][0].title == "est"


def test_a_bold_label_closes_a_run_in_part_above_it() -> None:
    text = "notes\n\nAPI: POST /pastes {text} -> id\n\n**Expiry**\n\nA nightly job deletes old pastes.\n"
    doc = parse(text)
    assert [(s.title, s.level) for s in doc.sections()] == [("API", 7), ("Expiry", 7)]
    api = next(doc.sections())
    assert api.end_line == 4


def test_label_lines_of_both_kinds_make_the_style_and_a_note_in_brackets_is_passed_over() -> None:
    # One step named by a line alone, one part by a colon label (with a note in brackets): together
    # they are the doc's headings, so the lines naming nothing after them are sections too.
    text = (
        "queue notes\n\nnumbers\n1M msgs/s x 1 KB = 1 GB/s in\n\napi (client lib):\nproduce(topic, key, value)\n\n"
        "storage on broker\n  each partition is a directory of append-only segments\n\n"
        "replication  *** main deep dive ***\n  one leader and two followers for every partition\n"
    )
    assert [(s.title, s.implicit) for s in parse(text).sections()] == [
        ("numbers", "line"),
        ("api (client lib)", "colon"),
        ("storage on broker", "line"),
        ("replication main deep dive", "line"),
    ]


def test_paragraphs_opened_by_colon_labels_are_sections_in_notes_written_that_way() -> None:
    # Three or more labels ending in a colon, only one naming a part: the doc's headings all the same.
    text = (
        "a key-value store, notes\n\ninterface:\n  put(key, value) -> ok\n  get(key) -> value\n\n"
        "partitioning:\nconsistent hashing with virtual nodes per server.\n\n"
        "replication:\nthree replicas, a write waits for two of them.\n\n"
        "conflicts:\nvector clocks; the client merges siblings.\n"
    )
    assert [(s.title, s.implicit) for s in parse(text).sections()] == [
        ("interface", "colon"),
        ("partitioning", "colon"),
        ("replication", "colon"),
        ("conflicts", "colon"),
    ]
    two = text.split("replication:")[0]
    assert [s.title for s in parse(two).sections()] == ["interface"]


def test_a_retro_headed_by_questions_and_sentences_ending_in_a_colon_is_read_by_those_labels() -> None:
    # A look back on a mock round: its labels say what the writer did ("What I asked:", "Where it broke:").
    # Four or more such labels, asking or not, are the notes' headings; fewer lead into lists in prose.
    text = (
        "Parking app mock, looking back\n\nWhat I asked:\n- reserve a bay for a time slot\n- pay in the app\n\n"
        "What I said the requirements were:\n- no double booking of a bay\n\n"
        "What I drew:\nphone app -> booking service -> postgres, one row per bay and slot.\n\n"
        "Where it broke:\nthe interviewer asked about two phones booking the last bay at once.\n\n"
        "What I would change:\na unique index on (bay_id, slot) so the second insert fails.\n"
    )
    doc = parse(text)
    assert [s.title for s in doc.sections()] == [
        "What I asked",
        "What I said the requirements were",
        "What I drew",
        "Where it broke",
        "What I would change",
    ]
    assert build_outline(doc, CATALOGUE).step_at[3] == "requirements"
    three = text.split("Where it broke:")[0]
    assert "What I drew" not in [s.title for s in parse(three).sections()]


def test_a_transcript_moves_on_past_a_run_in_label_and_names_in_answers_stay_text() -> None:
    text = (
        "Q: Design a payments backend.\n\nA: Pay-in only?\n\nQ: Yes.\n\nA: Then the scope:\n- charge a card\n- refund\n\n"
        "Not doing: pay-outs, currency conversion.\n\nQ: Numbers?\n\nA: 1M charges a day / 86400 = ~12/s.\n\n"
        "Q: Storage?\n\nA: Three tables:\n\npayments\n- payment_id, order_id, amount\n\nledger_entries\n- entry_id, amount\n\n"
        "outbox\n- id, payload\n"
    )
    doc = parse(text)
    titles = [s.title for s in doc.sections()]
    assert titles[:3] == ["Requirements (asked in dialogue)", "Features (agreed in the dialogue)", "Not doing"]
    assert "Back-of-envelope estimation (asked in dialogue)" in titles
    assert not {"payments", "ledger_entries", "outbox"} & set(titles)


def test_bold_lines_are_the_headings_of_notes_without_markdown_headings() -> None:
    findings = lint_path(HERE / "bold-post.md", select=("S001", "D001", "R003", "R006"))
    # The lines above the first bold line are the requirements (scope, a latency target); the
    # basic shape is the design, and the two bold sections after it are its dives.
    assert [f.rule_id for f in findings] == []
    doc = parse((HERE / "bold-post.md").read_text(encoding="utf-8"))
    assert [s.implicit for s in doc.sections()] == ["bold", "bold", "bold"]
    marked = "# Chat\n\n## Notes\n\n**The basic shape**\n\nPhones hold a socket.\n"
    assert [s.implicit for s in parse(marked).sections()] == ["", "", ""]


def test_a_transcript_that_opens_with_a_design_question_has_no_requirements_exchange() -> None:
    text = "mock notes\n\nQ: whats the main path?\nA: phone -> api -> orders -> couriers\n\nQ: what do you store?\nA: orders(id, user_id, status)\n"
    steps = build_outline(parse(text), CATALOGUE).steps
    assert sorted(steps) == ["high-level"]
    # A first question about sizes clarifies the requirements instead.
    sizes = text.replace("whats the main path?", "how many orders a day?")
    assert "requirements" in build_outline(parse(sizes), CATALOGUE).steps


def test_a_label_line_whose_words_are_all_a_steps_name_may_hold_sentence_words_in_bare_notes() -> None:
    notes = (
        "kv store notes\n\nwhat im aiming for:\n  p99 get under 10 ms\n\npartitioning:\n  consistent hashing\n\n"
        "replication:\n  three copies\n\nconflicts:\n  vector clocks\n"
    )
    doc = parse(notes)
    assert [(s.title, s.level) for s in doc.sections()] == [
        ("what im aiming for", 6),
        ("partitioning", 6),  # a requirements label keeps no unnamed sections below it; only "Deep dive" does
        ("replication", 6),
        ("conflicts", 6),
    ]
    assert build_outline(doc, CATALOGUE).steps["requirements"][0].title == "what im aiming for"
    under_heading = "# Shortener\n\n## Redirects\n\nHow it works:\nthe server answers 301\n"
    assert [s.title for s in parse(under_heading).sections()] == ["Shortener", "Redirects"]


def test_short_lines_over_their_paragraphs_are_headings_in_notes_written_that_way() -> None:
    notes = (
        "newsletter sender notes\n\nThe hard part is sending a lot of mail without being marked as spam.\n\n"
        "Calculation\n20M mails in 1 hour = 20M / 3600 = ~5.6k mails/s\n\n"
        "Flow\nthe planner splits subscribers into batches of 1000 for the workers\n\n"
        "No double send\na worker can crash after the MTA accepts; the send log is checked first\n\n"
        "Own MTA or SES?\nSES costs more at our volume, so we run our own MTAs\n"
    )
    # "Flow" is a lead-in (as "Pros" or "Example" are), not a section of its own.
    assert [s.title for s in parse(notes).sections()] == ["Calculation", "No double send", "Own MTA or SES?"]
    prose = "notes\n\nThe service keeps\nevery room in memory.\n\nIt writes each\nchange to Redis.\n"
    assert [s.title for s in parse(prose).sections()] == []


def test_a_longer_line_over_a_sentence_of_its_own_is_a_heading_in_notes_written_that_way() -> None:
    """"When one queue isn't enough" is too long for a short line over its paragraph, but the line
    below opens a sentence of its own, so it ends no sentence that runs on: it titles what follows."""
    notes = (
        "newsletter sender notes\n\nThe hard part is sending a lot of mail without being marked as spam.\n\n"
        "Calculation\n20M mails in 1 hour = 20M / 3600 = ~5.6k mails/s\n\n"
        "No double send\na worker can crash after the MTA accepts; the send log is checked first\n\n"
        "Why our own MTAs and not a provider\nSES costs more at our volume, so we run our own MTAs.\n\n"
        "When one queue isn't enough\nAt ten times the list size the planner shards batches by domain.\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert titles[-2:] == ["Why our own MTAs and not a provider", "When one queue isn't enough"]
    # the same line over text that runs on from it is the start of a wrapped sentence
    wrapped = notes.replace("When one queue isn't enough\nAt ten", "When one queue isn't enough\nat ten")
    assert "When one queue isn't enough" not in [s.title for s in parse(wrapped).sections()]


def test_a_chat_log_in_one_paragraph_moves_on_line_by_line() -> None:
    log = (
        "chess mock\n\n"
        "[10:00] interviewer: design an online chess site\n[10:01] me: real time only?\n[10:01] interviewer: yes\n"
        "[10:02] me: how many users?\n[10:03] interviewer: 20m a day\n"
        "[10:10] interviewer: where is the game state?\n[10:11] me: games table: game_id, white_id, black_id\n"
        "[10:15] interviewer: matchmaking?\n[10:16] me: one pool per time control, matched every 200 ms by rating\n"
    )
    doc = parse(log)
    outline = build_outline(doc, CATALOGUE)
    assert [s.line for s in outline.steps["requirements"]] == [3]  # "how many users?" still clarifies
    assert [s.line for s in outline.steps["high-level"]] == [8]
    assert [s.line for s in outline.steps["deep-dive"]] == [10]  # a topic question once the design is under way


def test_long_questions_and_growth_move_a_transcript_on_once_the_design_is_under_way() -> None:
    text = (
        "Q: Design mention notifications.\n\nA: Just mentions?\n\nQ: Yes.\n\nA: Then:\n- notify the mentioned user\n- list them\n\n"
        "Q: Fine. Walk me through the flow.\n\nA: A consumer reads post events and writes to each user's inbox.\n\n"
        "Q: Why write to an inbox per user? Why not compute the list when the user opens the tab?\n\nA: Reads win.\n\n"
        "Q: What about someone like a pop star who gets mentioned by a million people during a concert?\n\nA: Rate caps.\n\n"
        "Q: And as the app grows overall?\n\nA: Partition inboxes by user id.\n"
    )
    steps = build_outline(parse(text), CATALOGUE).steps
    assert [s.line for s in steps["deep-dive"]] == [15, 19, 23]
    early = "Q: Design mention notifications.\n\nA: Will it grow a lot?\n\nQ: Yes, fast.\n\nA: Then:\n- notify\n"
    assert "deep-dive" not in build_outline(parse(early), CATALOGUE).steps


def test_a_lone_label_with_sentence_words_in_prose_notes_is_a_lead_in() -> None:
    post = (
        "Feedback wanted: my gateway design\n\nContext: forty services, each with its own config.\n\n"
        "What it has to do:\n- terminate TLS\n- authenticate requests\n\n"
        "The data plane is Envoy; I looked at writing our own and decided against it.\n"
    )
    assert [s.title for s in parse(post).sections() if s.implicit == "colon"] == []


def test_a_transcript_goes_on_under_the_label_lines_written_between_its_turns() -> None:
    text = (
        "Mock: parcel lockers\n\nI: Design parcel lockers for a city.\n\nMe: Who uses them, couriers and customers?\n"
        "I: Both.\n\nRequirements I wrote down:\n- courier drops a parcel\n- customer opens with a code\n\n"
        "Numbers:\n- 2k lockers x 40 doors = 80k doors\n\nI: OK. API?\n\nMe: POST /lockers/{id}/drops {size}\n\n"
        "I: A door jams. What happens?\n\nMe: The courier gets another door and the jammed one is flagged.\n"
    )
    steps = build_outline(parse(text), CATALOGUE).steps
    assert [s.line for s in steps["high-level"]] == [15]
    # under Markdown headings the turns stay the text of their section
    marked = text.replace("Numbers:\n", "## Numbers\n")
    assert "high-level" not in build_outline(parse(marked), CATALOGUE).steps


def test_answers_and_quality_questions_do_not_move_a_transcript_to_a_design_step() -> None:
    from designlint.doc.prompts import prompt

    # an answer that names the API is no order to design it
    assert prompt("A: outbound SMS API for businesses.", CATALOGUE) is None
    # once the design is under way, a quality asked about is the requirements again, not a dive
    latency = prompt("Q: latency?", CATALOGUE, designing=True)
    assert latency is not None and latency.step == "requirements"
    dive = prompt("Q: spectators?", CATALOGUE, designing=True)
    assert dive is not None and dive.step == "deep-dive"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("key gen (the tricky part):", True),  # a note in brackets is no part of the label's words
        ("merging 2-phase edits:", True),  # digits joined to a word name a thing
        ("100M users:", False),  # a figure makes it a statement
        ("storage for the next five years (rough):", False),  # too many words even without the note
    ],
)
def test_colon_labels_in_notes_that_use_them(line: str, label: bool) -> None:
    from designlint.doc.implicit import unnamed

    assert (unnamed(line, {"colon": 6}, True) is not None) is label


def test_one_plain_line_naming_a_step_makes_lines_of_its_shape_sections() -> None:
    """Notes without Markdown headings: "Capacity estimation" alone on its line is a heading, so the next
    line of its shape ("Holding a seat") ends the estimate instead of running on inside it."""
    text = (
        "parking app notes\n\nCapacity estimation\n20k bays, a sensor event every few minutes each\n\n"
        "Holding a bay\ndrivers tap a bay and we hold it for ten minutes while they drive there.\n"
    )
    titles = [(s.title, s.level) for s in parse(text).sections()]
    assert ("Holding a bay", 6) in titles


def test_a_plain_line_after_the_requirements_parts_starts_the_next_step() -> None:
    text = (
        "gift card service\n\nProblem\nshops want cards they can sell at the till.\n\n"
        "Functional\nbuy a card\nredeem a card\n\nNon functional\nfast redeem at the till\n\n"
        "Size\n5M cards a year, 20 redemptions a second at peak\n\nPicture\ntill -> gateway -> card service -> db\n"
    )
    doc = parse(text)
    top = [s.title for s in doc.root.children]
    assert "Size" in top and "Picture" in top  # siblings of the requirements, not parts of them


def test_an_order_to_explain_a_part_asks_for_a_dive_once_the_design_is_under_way() -> None:
    from designlint.doc.prompts import prompt

    found = prompt("Interviewer: Explain the deny-list.", CATALOGUE, designing=True)
    assert found is not None and found.step == "deep-dive"


def test_a_step_of_the_writers_own_numbering_is_a_heading_however_long() -> None:
    text = (
        "bike share - how I'd answer it\n\nStep 1 — Pin down what the bike share has to do for riders\n\n"
        "- unlock a bike\n- end a ride\n- see free bikes\n\nStep 2: nfrs\n\nUnlocking must answer in under a second.\n\n"
        "Step 3 — Walk through the boxes\n\napp -> gateway -> ride service -> db\n"
    )
    titles = [(s.title, s.level) for s in parse(text).sections()]
    assert [t for t, _ in titles] == [
        "Step 1 — Pin down what the bike share has to do for riders",
        "Step 2: nfrs",
        "Step 3 — Walk through the boxes",
    ]
    assert label("Step 2: 40k rides a day", CATALOGUE, True) is None  # a figure makes it a statement


def test_turns_run_on_into_a_list_still_move_a_transcript_on() -> None:
    """Markdown runs "I: What scale?" on into the list item above it; in a transcript it is a turn."""
    chat = (
        "locker notes (I = interviewer)\n\nI: Design parcel lockers.\nMe: ok, features:\n"
        "  - couriers drop parcels into free compartments\n  - customers open one with a code\n"
        "I: What scale?\nMe: 20k lockers, 2M parcels a day -> 2M / 86400 = ~23 parcels/s.\nI: Draw it.\n"
        "Me: app -> locker service -> compartment store\n\n"
        "I: Talk about the codes.\nMe: six digits, hashed at rest, valid for 72 h, three tries before a lockout.\n"
    )
    steps = build_outline(parse(chat), CATALOGUE).steps
    assert {step: [s.line for s in sections] for step, sections in steps.items()} == {
        "requirements": [3],
        "estimation": [7],
        "high-level": [9],
        "deep-dive": [12],
    }


def test_a_transcript_with_a_named_interviewer_moves_on_at_their_prompts() -> None:
    """"Dario:" against "Me:" is an interview: the named person asks; two named people taking notes
    together ("Sam:", "Priya:") are not, nor is a label used once ("Context:")."""
    chat = (
        "round 2 notes\n\nContext: same prompt as last week.\n\nDario: Design parcel lockers. What do they do?\n\n"
        "Me: couriers drop parcels, customers pick up with a code.\n\nDario: Numbers?\n\n"
        "Me: 20k lockers, 2M parcels a day -> ~23 parcels/s.\n\nDario: Draw it.\n\n"
        "Me: app -> locker service -> compartment store\n\nDario: Talk about the codes.\n\n"
        "Me: six digits, hashed at rest, three tries before a lockout.\n"
    )
    steps = build_outline(parse(chat), CATALOGUE).steps
    assert sorted(steps) == ["deep-dive", "estimation", "high-level", "requirements"]
    peers = chat.replace("Me:", "Priya:")
    assert sorted(build_outline(parse(peers), CATALOGUE).steps) != sorted(steps)


def test_a_memos_lead_phrases_are_its_headings() -> None:
    """"Load. ...", "Design. ...", "Sharding the counter. ...": a memo without headings names each
    paragraph's topic in a short phrase before its first full stop; three of them make the style."""
    memo = (
        "To: lockers team\nRe: pick-up codes\n\n"
        "Short version: move code checks onto the locker controller.\n\n"
        "Load. Two million parcels a day reach 20k lockers, so about 23 pick-ups a second at the mean.\n\n"
        "Design. Each controller keeps the day's codes and checks them locally; the cloud sends changes.\n\n"
        "Code leaks. A code read over someone's shoulder opens the door once; codes expire after 72 hours.\n\n"
        "Offline lockers. A controller that loses its link keeps working from its copy for up to a day.\n"
    )
    titles = [(s.title, s.implicit) for s in parse(memo).sections()]
    assert titles == [("Load", "lead"), ("Design", "lead"), ("Code leaks", "lead"), ("Offline lockers", "lead")]
    # two lead phrases are no style: prose may open a paragraph with a short sentence
    two = memo.replace("Code leaks. ", "").replace("Offline lockers. ", "")
    assert [s.title for s in parse(two).sections()] == []
    # a lead phrase with sentence words is a sentence ("It is fine.")
    assert next(parse(memo.replace("Load. ", "It is fine. ")).sections()).title == "Design"


def test_a_doc_headed_by_questions_reads_each_question_as_the_step_it_asks_for() -> None:
    doc = (
        "# Parcel lockers\n\n## What are we building?\n\n- drop parcels\n- pick up with a code\n\n"
        "## What are we NOT building?\n\n- returns\n\n## How big is it?\n\n2M parcels a day / 86400 = ~23/s\n\n"
        "## What does it look like?\n\napp -> locker service -> store\n\n## What are the calls?\n\n"
        "- POST /parcels\n\n## What happens when a locker goes offline?\n\nIt keeps its codes for a day.\n"
    )
    steps = build_outline(parse(doc), CATALOGUE).steps
    assert {step: [s.line for s in sections] for step, sections in steps.items()} == {
        "requirements": [3, 8],
        "estimation": [12],
        "high-level": [16, 20],
        "deep-dive": [24],
    }
    # one question among plain headings names no step ("Does the feature change defaults?")
    single = doc.replace("## What are we building?", "## Features").replace("## How big is it?", "## Estimation")
    single = single.replace("## What does it look like?", "## Design").replace("## What are the calls?", "## API")
    single = single.replace("## What are we NOT building?", "## Out of scope")
    assert [s.line for s in build_outline(parse(single), CATALOGUE).steps.get("deep-dive", [])] == []


def test_a_faq_of_bold_questions_reads_each_as_the_step_it_asks_for() -> None:
    faq = (
        "# Parcel lockers - design FAQ\n\n**Q. What does the service actually have to do?**\n\n- drop parcels\n"
        "- pick up with a code\n\n**Q. What are you NOT designing?**\n\nReturns.\n\n"
        "**Q. What are the non-functional requirements?**\n\nCodes open doors within 2 s.\n\n"
        "**Q. What does it look like?**\n\napp -> locker service -> store\n\n"
        "**Q. How are codes kept secret?**\n\nHashed at rest, valid for 72 hours.\n"
    )
    steps = build_outline(parse(faq), CATALOGUE).steps
    assert {step: [s.line for s in sections] for step, sections in steps.items()} == {
        "requirements": [3, 8, 12],
        "high-level": [16],
        "deep-dive": [20],  # past the design, a question naming no step asks for a dive
    }


def test_pictographs_that_mark_lines_are_no_part_of_their_headings() -> None:
    notes = (
        "🏆 locker notes\n\n📌 reqs\n- drop parcels\n- pick up with a code\n\n🔢 numbers\n"
        "- 2M parcels a day / 86400 = ~23/s\n\n🏗️ design\n- app -> locker service -> store\n\n"
        "🧠 the codes (the interesting part)\n- six digits, hashed at rest, valid for 72 hours\n"
    )
    sections = [(s.title, s.line) for s in parse(notes).sections()]
    assert sections[:3] == [("reqs", 3), ("numbers", 7), ("design", 10)]
    steps = build_outline(parse(notes), CATALOGUE).steps
    assert [s.line for s in steps["requirements"]] == [3] and [s.line for s in steps["estimation"]] == [7]
    assert normalize_title("🏗️ Design") == "design"


def test_a_sessions_timeline_heads_its_sections_with_the_clock_time_aside() -> None:
    recap = (
        "whiteboard recap - locker codes\n\n10:02 prompt: design pick-up codes for parcel lockers\n\n"
        "10:05 requirements\n - drop parcels\n - pick up with a code\n\n10:12 numbers\n"
        " - 2M parcels a day / 86400 = ~23/s\n\n10:18 drew boxes\n app -> locker service -> store\n"
    )
    titles = [s.title for s in parse(recap).sections()]
    assert "requirements" in titles and "numbers" in titles
    steps = build_outline(parse(recap), CATALOGUE).steps
    assert "requirements" in steps and "estimation" in steps


def test_a_colon_label_opening_with_a_steps_name_heads_it_in_notes_without_headings() -> None:
    notes = (
        "locker notes\n\nRequirements I'm going with:\n- drop parcels\n- pick up with a code\n\n"
        "Not doing:\n- returns\n\nNumbers:\n2M parcels a day / 86400 = ~23/s\n\nDesign:\nA box.\n"
    )
    steps = build_outline(parse(notes), CATALOGUE).steps
    assert [s.line for s in steps["requirements"]] == [3]
    # under Markdown headings such a line introduces what follows
    marked = "# Lockers\n\n## Requirements\n\nFeatures we'll focus on:\n\n- drop parcels\n- pick up\n"
    assert [s.title for s in parse(marked).sections()] == ["Lockers", "Requirements"]


def test_a_colon_label_naming_a_step_and_who_chose_it_heads_the_list_under_it_below_a_markdown_heading() -> None:
    retro = (
        "# Lockers retro\n\n## What I said in the round\n\nRequirements I listed:\n- drop parcels\n- pick up with a code\n\n"
        "I said pick-up must feel instant.\n\n## Numbers\n\n2M parcels a day / 86400 = ~23/s\n"
    )
    assert [s.line for s in build_outline(parse(retro), CATALOGUE).steps["requirements"]] == [5]
    # over a paragraph, not a list, the line introduces what follows
    told = retro.replace("- drop parcels\n- pick up with a code", "drop parcels and pick up with a code")
    assert "requirements" not in build_outline(parse(told), CATALOGUE).steps


def test_a_line_in_capitals_over_its_paragraph_is_a_heading_sentence_words_and_all() -> None:
    notes = (
        "locker notes\n\nreqs\n- drop parcels\n- pick up with a code\n\nnumbers\n- 2M parcels a day\n\n"
        "design\n- app -> locker service -> store\n\nHOW DO WE PICK WHICH 1%??\n"
        "hash(locker_id) % 100 < percent, so the same lockers stay in\n\n"
        "how do we pick which lockers\nhash(locker_id) % 100 < percent, so the same lockers stay in\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert "HOW DO WE PICK WHICH 1%??" in titles
    assert "how do we pick which lockers" not in titles  # in lower case it is a sentence running on


def test_a_question_about_the_qualities_asks_for_the_non_functional_part() -> None:
    qa = (
        "lockers - Q&A practice\n\nQ: What does the service need to do?\nA: Couriers drop parcels; customers open a "
        "door with a code.\n\nQ: How much traffic?\nA: 2M parcels a day / 86400 = ~23 per second.\n\n"
        "Q: What about availability and performance?\nA: 99.9% monthly, and a door opens within 2 s.\n\n"
        "Q: What if a locker is down?\nA: It keeps the day's codes and syncs later.\n"
    )
    doc = parse(qa)
    outline = build_outline(doc, CATALOGUE)
    assert [s.title for s in outline.parts["non-functional"]] == ["Non-functional requirements (asked in dialogue)"]
    # a part failing is no quality asked for
    assert all("down" not in s.title for s in outline.parts["non-functional"])
    assert lint_string(qa, select=("R004",)) == []  # the target is read where it was asked


def test_terse_headings_what_not_building_needs_and_how() -> None:
    notes = (
        "karaoke queue - quick design\n\n##What\n- join a room\n- add a song\n- see the queue\n\n"
        "##Not building\n- the player\n\n##Needs\n- queue changes show up < 500ms\n\n##How\n"
        "one small backend; phones POST /rooms/{code}/queue with the song id.\n"
    )
    steps = build_outline(parse(notes), CATALOGUE).steps
    assert [s.title for s in steps["requirements"]] == ["What", "Not building", "Needs"]
    assert [s.title for s in steps["high-level"]] == ["How"]


def test_bold_words_opening_paragraphs_head_them_in_notes_written_that_way() -> None:
    notes = (
        "**Title:** Parcel lockers\n\n**Goals:** codes open doors within 2 s.\n\n**Architecture:** app -> service.\n\n"
        "**Deep dive 1 - offline lockers:** a locker keeps the day's codes and syncs later.\n\n"
        "**Deep dive 2 - code leaks:** codes expire after 72 hours and lock after three tries.\n"
    )
    steps = build_outline(parse(notes), CATALOGUE).steps
    assert [s.title for s in steps["deep-dive"]] == ["Deep dive 1 - offline lockers", "Deep dive 2 - code leaks"]
    # the same with a full stop ending the bold words, inside them or after them
    stopped = notes.replace(":**", ".**").replace("**Architecture.**", "**Architecture**.")
    steps = build_outline(parse(stopped), CATALOGUE).steps
    assert [s.title for s in steps["deep-dive"]] == ["Deep dive 1 - offline lockers", "Deep dive 2 - code leaks"]
    assert [s.title for s in steps["high-level"]] == ["Architecture"]
    # a transcript's bold speakers stay turns
    chat = "\n\n".join(f"**{who}:** {said}" for who, said in [
        ("Interviewer", "Design parcel lockers."), ("Me", "What scale?"), ("Interviewer", "20k lockers."),
        ("Me", "OK, features: drop and pick up."),
    ]) + "\n"
    assert all(s.implicit != "bold" for s in parse(chat).sections())


def test_a_run_in_label_may_carry_a_note_in_brackets() -> None:
    notes = RUN_IN.replace("API:", "API (roughly) —", 1)
    assert "API (roughly) —" in notes
    doc = parse(notes)
    assert [s.title for s in doc.sections() if s.implicit == "run-in"] == ["API (roughly)"]
    assert [s.line for s in build_outline(doc, CATALOGUE).parts["api"]] == [8]


def test_an_exams_numbered_questions_head_the_steps_they_ask_for() -> None:
    exam = (
        "Locker exam answer\n\nQ1. List the functional requirements. (4 marks)\n- drop parcels\n- pick up with a code\n\n"
        "Q2. Estimate the load. (6 marks)\n2M parcels a day / 86400 = ~23/s\n\n"
        "Q3. Define the client-facing API. (5 marks)\n- POST /parcels\n\n"
        "Q4. Deep dive: how do 20k lockers stay in sync when the network drops for an hour? (8 marks)\n"
        "Each locker keeps the day's codes and replays its events when it is back.\n"
    )
    steps = build_outline(parse(exam), CATALOGUE).steps
    assert {step: [s.line for s in sections] for step, sections in steps.items()} == {
        "requirements": [3],
        "estimation": [7],
        "high-level": [10],
        "deep-dive": [13],
    }


def test_a_worksheets_numbered_prompts_head_the_steps_they_ask_for() -> None:
    sheet = (
        "Locker worksheet\n\nPrompt 1 - Who uses it and what must it do?\n- drop parcels\n- pick up with a code\n\n"
        "Prompt 2 - What are the main APIs?\nPOST /parcels {locker_id, size}\n\n"
        "Prompt 3 - Pick one hard part and go deep:\nI picked offline lockers. Each keeps the day's codes and "
        "replays its events when it is back.\n"
    )
    outline = build_outline(parse(sheet), CATALOGUE)
    assert [s.line for s in outline.steps["requirements"]] == [3]
    assert [s.line for s in parse(sheet).sections()] == [3, 7, 10]
    assert [s.line for s in outline.steps["deep-dive"]] == [10]
    # the prompt's own words ask for the dive: "go deep", "pick the hardest part"
    for ask in ("Prompt 3 - Pick one hard part and go deep:", "Q6. Choose the trickiest component"):
        found = label(ask, CATALOGUE, True)
        assert found is not None and found.step == "deep-dive", ask
    # a line ending in a colon ends its clause: the sentence below does not run on from it
    assert [s.line for s in build_outline(parse(sheet.replace("Prompt 3", "Q3")), CATALOGUE).steps["deep-dive"]] == [10]


def test_an_exams_wind_up_question_is_no_dive_and_a_layout_question_asks_for_the_data_model() -> None:
    exam = (
        "Locker prep sheet\n\nQ1. What does it do?\n- drop parcels\n- pick up with a code\n\nQ2. API?\n- POST /parcels\n\n"
        "Q3. Storage layout?\nparcel(parcel_id PK, locker_id, code_hash)\n\nQ4. What would you go deep on?\n"
        "Offline lockers: each keeps the day's codes and replays its events later.\n\nQ5. Anything else?\nNo.\n"
    )
    outline = build_outline(parse(exam), CATALOGUE)
    assert [s.line for s in outline.steps["deep-dive"]] == [13]
    assert [s.line for s in outline.parts["data-model"]] == [10]


def test_a_debriefs_labels_name_their_step_then_who_did_it() -> None:
    # "numbers I did on the whiteboard:", "design I drew (... from memory):", "deep dive - <topic>:"
    assert _steps("debrief.md") == {"estimation": [13], "high-level": [18], "deep-dive": [22]}
    titles = [title for _, title, _ in _implicit("debrief.md")]
    assert titles == ["numbers I did on the whiteboard", "design I drew (didnt copy it down, this is from memory)", "deep dive - two people tapping one slot"]
    # the features follow a lead-in naming the requirements above every section: no "none listed"
    assert lint_path(HERE / "debrief.md", select=("R001",)) == []
    unled = (HERE / "debrief.md").read_text(encoding="utf-8").replace("what I clarified (roughly):", "stuff:")
    assert [f.rule_id for f in lint_string(unled, select=("R001",))] == ["R001"]


def test_a_name_then_who_chose_it_is_no_heading_when_a_question_word_opens_it() -> None:
    steps = build_outline(parse("notes\n\nnumbers we used:\n- 5k/s\n"), CATALOGUE).steps
    assert [s.title for s in steps["estimation"]] == ["numbers we used"]
    for line in ("what I'd actually do:", "what we'd tell someone starting over:", "numbers we pulled 3 times:"):
        assert label(line, CATALOGUE, first=True, headed=True) is None, line
    assert label("design we drew:", CATALOGUE, first=True, headed=True) is not None
    assert label("design we drew:", CATALOGUE, first=True) is None  # under headings: a sentence leading in


def test_a_deep_dive_label_may_name_its_topic_after_a_dash() -> None:
    lines = ("deep dive - two people tapping one slot:", "Deep dive — hot keys", "deep dive: the ack path")
    # a topic may ask, with the words of a question ("which", "how"), without making the line a sentence
    for line in (*lines, "deep dive - which tsdb:", "deep dive - how we ack:"):
        found = label(line, CATALOGUE, first=True)
        assert found is not None and found.step == "deep-dive", line
    assert label("deep dive - 2 people tapping 1 slot:", CATALOGUE, first=True) is None  # figures: a statement


def test_numbered_step_titles_with_sentence_words_and_a_last_item_over_the_text_after_its_list() -> None:
    notes = (
        "Practice: parcel locker reminders\n\n1. What the system must do\n\n- remind a customer of a parcel\n"
        "- release the locker after 72 hours\n\n2. Non-functional\n\n- never remind twice\n\n"
        "3. Architecture\n\n        +-------+     +--------+\n        | app   | --> | worker |\n"
        "        +-------+     +--------+\n\n4. Detail: how a reminder is sent only once\n\n"
        "The worker claims each reminder row with SKIP LOCKED and marks it sent in the same transaction.\n"
    )
    steps = build_outline(parse(notes), CATALOGUE).steps
    assert [s.title for s in steps["requirements"]] == ["What the system must do", "Non-functional"]
    assert [s.title for s in steps["deep-dive"]] == ["Detail: how a reminder is sent only once"]
    # an item of a list of points is no title for the text after the list
    listed = notes.replace("4. Detail: how a reminder is sent only once", "4. Then the worker sends it once")
    assert "deep-dive" not in build_outline(parse(listed), CATALOGUE).steps


def test_a_topic_with_a_comment_after_an_arrow_heads_its_paragraph_in_notes_headed_by_lines() -> None:
    notes = (
        "price alerts\n\nreqs\n- create alerts\n- fire once\n\nnumbers\n2M users x 5 alerts => 10M alerts\n\n"
        "matcher = the interesting bit\nper pair keep alerts sorted by threshold, pop the crossed ones on each tick\n\n"
        "hot pair ==> one pair holds 30% of alerts\nsplit it by threshold range across matchers later\n\n"
        "app => api => db\nthe flow, nothing more\n"
    )
    sections = [(s.title, s.implicit) for s in parse(notes).sections()]
    assert ("matcher", "lead") in sections and ("hot pair", "lead") in sections
    assert not any(title.startswith("app") for title, _ in sections)  # a chain of arrows is a flow
    # the line stays the text of the section it heads
    matcher = next(s for s in parse(notes).sections() if s.title == "matcher")
    assert "the interesting bit" in matcher.blocks[0].text


def test_notes_kept_as_one_list_whose_short_bullets_head_sub_lists_read_those_as_topics() -> None:
    notes = (
        "photo backup -- notes from the mock\n\n- 2M users x 300 photos = 600M photos\n\n"
        "- UPLOADS / chunking (most of the hour)\n  - split files into 4 MB chunks, resume from the last acked chunk\n"
        "  - each chunk hashed, the server skips chunks it already has\n\n"
        "- DEDUP\n  - same photo from two phones: hash of the bytes, stored once\n  - near duplicates left alone\n\n"
        "- when things break\n  - an upload worker dies: the client resumes from the last chunk\n"
        "  - the metadata primary fails over to its replica\n"
    )
    titles = [s.title for s in parse(notes).sections() if s.implicit == "item"]
    assert titles == ["UPLOADS / chunking (most of the hour)", "DEDUP", "when things break"]
    # two topics are not yet a doc kept that way: the bullets stay a list
    two = notes.split("- when things break")[0]
    assert not [s for s in parse(two).sections() if s.implicit == "item"]


def test_colon_labels_with_a_dash_note_or_asking_how_head_sections_in_notes_written_in_labels() -> None:
    notes = (
        "dns load balancing -- whiteboard notes\n\ntargets we agreed on:\n- failover under 1 min\n\n"
        "how a region is picked:\n- nearest healthy region by resolver location\n\n"
        "TTL — the main argument of the session:\n- 300s: less load, slow failover\n- 30s: fast failover, more queries\n\n"
        "health:\n- three checkers, two must agree\n\nknown gaps:\n- resolvers that ignore TTL\n"
    )
    titles = [s.title for s in parse(notes).sections() if s.implicit == "colon"]
    assert titles == [
        "targets we agreed on", "how a region is picked", "TTL — the main argument of the session", "health", "known gaps"
    ]
    # in prose, a line asking what leads into its list and does not make the doc one of labels
    prose = (
        "Gateway proposal\n\nWe have forty services and no shared gateway, so this proposes one.\n\n"
        "What it has to do:\n- terminate TLS\n- check tokens\n\nAnd the targets I was given:\n- p99 under 20 ms\n\n"
        "Here is the picture:\n\n    client -> gateway -> services\n"
    )
    assert not [s for s in parse(prose).sections() if s.implicit == "colon"]


def test_a_whiteboard_asked_for_is_the_product_not_a_prompt_to_draw() -> None:
    from designlint.doc.prompts import prompt

    assert prompt("Interviewer: Let's design a collaborative whiteboard like Miro.", CATALOGUE, designing=True) is None
    drawn = prompt("Interviewer: Put the boxes on the whiteboard.", CATALOGUE, designing=True)
    assert drawn is not None and drawn.step == "high-level"


def test_asciidoc_headings_and_listing_blocks() -> None:
    titles = [(s.level, s.title, s.implicit) for s in parse((HERE / "asciidoc.md").read_text()).sections()]
    assert titles[:4] == [
        (1, "Parking meters (practice)", "equals"), (2, "Requirements", "equals"), (3, "Functional", "equals"),
        (3, "Non-functional", "equals"),
    ]
    # "[source,http]" over a "----" fence is a listing's attribute, not a setext heading
    assert "[source,http]" not in [title for _, title, _ in titles]
    assert _steps("asciidoc.md") == {"requirements": [3], "high-level": [14], "deep-dive": [22]}
    # a convention of its own: `fix` marks nothing up
    assert lint_path(HERE / "asciidoc.md", select=("S004",)) == []


def test_working_that_wraps_onto_a_line_opening_with_equals_is_no_asciidoc_heading() -> None:
    essay = (
        "# Tracking hire bikes\n\n"
        "The fleet is 30,000 bikes and each one reports every two minutes while it is being ridden. On a busy\n"
        "evening about a third are out, which gives 10,000 riding bikes × 30 reports an hour\n"
        "= 300k reports an hour, or about 83 a second, small enough for one database.\n"
    )
    assert [s.implicit for s in parse(essay).sections() if s.implicit == "equals"] == []
    # AsciiDoc's own titles, each a block of its own, are still headings
    assert [s.title for s in parse("= Hire bikes\n\nNotes.\n\n== Requirements\n\nTrack bikes.\n").sections()][:2] == [
        "Hire bikes",
        "Requirements",
    ]


def test_an_outline_typed_by_indentation_alone_has_its_heads_as_sections() -> None:
    # a mind map exported as text: one paragraph to Markdown, a tree to a reader
    text = (HERE / "mind-map.md").read_text(encoding="utf-8")
    doc = parse(text)
    assert [(s.title, s.implicit) for s in doc.sections()][:4] == [
        ("What it has to do", "tree"), ("Qualities", "tree"), ("Numbers", "tree"), ("Parts", "tree"),
    ]
    steps = build_outline(doc, CATALOGUE).steps
    assert {step: [s.line for s in found] for step, found in steps.items()}["estimation"] == [12]
    found = {f.rule_id for f in lint_string(text)}
    assert not found & {"R001", "E001", "S001", "D004", "D005", "D006", "H003"}
    # marking a head up would turn the lines indented under it into code: fix leaves the tree alone
    assert "S004" not in found


def test_a_drawing_or_a_tree_under_a_named_root_is_no_outline() -> None:
    drawing = "notes\n\n  [app]\n    |\n    v\n  [queue]\n    |\n    v\n  [workers]\n"
    assert [s.title for s in parse(drawing).sections()] == []
    api = "notes\n\nAPI\n  bookings\n    POST /bookings\n    DELETE /bookings/{id}\n  rooms\n    GET /rooms/free\n"
    assert [s.title for s in parse(api).sections()] == ["API"]


def test_a_name_and_its_topic_over_their_text_head_a_section_in_notes_headed_by_lines() -> None:
    notes = (
        "Locker service\n\nGoals\n- couriers drop parcels\n\nArchitecture\n  one service and Postgres\n\n"
        "Design notes: where the codes live\n  Codes are hashed in Postgres; the bank keeps a copy.\n\n"
        "Growth\n  shard by city\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert "Design notes: where the codes live" in titles
    # a one-line statement with a colon is no heading for it
    said = notes.replace("Design notes: where the codes live\n  Codes", "Storage: Postgres holds it all.\n  Codes")
    assert not any(t.startswith("Storage") for t in (s.title for s in parse(said).sections()))


def test_a_pictograph_marks_a_line_naming_a_step_in_the_writers_words_as_its_heading() -> None:
    post = (
        "How I'd design a chess server\n\nMost people jump to microservices. Here is how I go about it.\n\n"
        "🎯 What it needs to do\n✅ two players play a game with a clock\n✅ spectators watch live games\n"
        "✅ finished games are saved\n\n⚡ The part that matters: latency\nIn bullet every ms counts. "
        "My target: a move reaches the opponent in under 100 ms server-side.\n\n"
        "⏱️ The clock deep dive\nThe server owns the clock; clients send think-time, capped per move.\n\n"
        "🤔 Sticky or stateless\nA game lives on one server, so moves never wait on a shared store.\n\n"
        "📈 How it grows\nMore game servers, each game pinned to one of them.\n"
    )
    steps = build_outline(parse(post), CATALOGUE).steps
    # the features named as such, then the qualities under a name of their own: both the requirements
    assert [s.title for s in steps["requirements"]] == ["What it needs to do", "The part that matters: latency"]
    assert lint_string(post, select=("R001", "R003")) == []
    # unmarked, the same words lead into the lines below them
    plain = post.replace("🎯 ", "")
    assert "What it needs to do" not in [s.title for s in parse(plain).sections()]


def test_a_scene_then_a_question_and_a_question_on_guarding_the_design_ask_for_dives() -> None:
    talk = (
        "Mock: a recursive DNS resolver\n\n"
        "Interviewer: Where do you start?\n\nCandidate: Resolve queries for subscribers, cache by TTL, DNSSEC.\n\n"
        "Interviewer: Draw the design.\n\nCandidate: Anycast resolver nodes, each with a cache, behind BGP.\n\n"
        "Interviewer: A popular record expires. A thousand queries arrive in one millisecond. What happens?\n\n"
        "Candidate: The first miss goes upstream and the rest wait on it; hot records are prefetched.\n\n"
        "Interviewer: Security concerns?\n\n"
        "Candidate: Random source ports and query ids against poisoning, and answers only for our own ranges.\n"
    )
    steps = build_outline(parse(talk), CATALOGUE).steps
    assert len(steps["deep-dive"]) == 2
    assert "non-functional" not in build_outline(parse(talk), CATALOGUE).parts
    # how a part is kept up to date asks for a dive too
    updated = talk.replace("Interviewer: Security concerns?", "Interviewer: How does the cache get updated?")
    assert len(build_outline(parse(updated), CATALOGUE).steps["deep-dive"]) == 2


def test_latex_sectioning_commands_are_headings_and_items_a_feature_list() -> None:
    notes = (
        "% practice notes\n\n\\section{Requirements}\n\\subsection{Functional}\n\\begin{itemize}\n"
        "  \\item answer queries from the cache\n  \\item recurse on a miss\n  \\item cache negative answers\n"
        "\\end{itemize}\n\n\\section{Estimates}\n200k qps at peak.\n"
    )
    assert [(s.level, s.title, s.implicit) for s in parse(notes).sections()] == [
        (2, "Requirements", "latex"), (3, "Functional", "latex"), (2, "Estimates", "latex"),
    ]
    assert lint_string(notes, select=("R001",)) == []  # three items, not the environment's lines too
    # seven items are not too many: the "\\begin" and "\\end" lines are no features
    more = notes.replace(
        "  \\item cache", "  \\item log queries\n  \\item block names\n  \\item serve stale\n  \\item prefetch\n  \\item cache"
    )
    assert lint_string(more, select=("R001",)) == []


def test_a_chat_with_a_tutor_is_an_interview_transcript() -> None:
    chat = (
        "Practice chat: parcel lockers\n\n"
        "User: I want to practise a design question: parcel lockers.\n\n"
        "Assistant: What should a customer be able to do?\n\n"
        "User: Pick up a parcel with a code, and get a text when it arrives.\n\n"
        "Assistant: Let's size it then.\n\n"
        "User: 2k lockers x 50 doors x 3 parcels a day = 300k parcels a day, about 3.5 a second.\n\n"
        "Assistant: Walk me through the API.\n\n"
        "User: POST /parcels {locker, door} returns a code; POST /pickups {code} opens the door.\n"
    )
    steps = build_outline(parse(chat), CATALOGUE).steps
    assert [s.title for s in steps["requirements"]] == ["Requirements (asked in dialogue)"]
    assert [s.title for s in steps["high-level"]] == ["API (asked in dialogue)"]


def test_a_checklists_boxes_mark_its_headings() -> None:
    notes = (
        "Lottery prep checklist\n\n[x] requirements\n    - fans enter a lottery for a show\n    - winners pay within 48h\n"
        "    - losers are told too\n\n[ ] estimation\n    - skip for now, no numbers yet\n\n"
        "[x] api\n    POST /lotteries/{id}/entries {qty} -> {entryId}\n"
    )
    steps = build_outline(parse(notes), CATALOGUE).steps
    assert {step: [s.title for s in found] for step, found in steps.items()} == {
        "requirements": ["requirements"], "estimation": ["estimation"], "high-level": ["api"],
    }


def test_an_endpoint_over_what_it_returns_is_no_heading() -> None:
    notes = (
        "Shortener notes\n\nStep 1 - clarify\n- shorten a link\n- redirect\n\nStep 2 - api\n\n"
        "POST /links\n  -> 201 {short}\n\nGET /{code}\n  -> 302 Location: the long url\n\n"
        "Step 3 - keys\n\nbase62 of a counter, 7 characters.\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert "GET /{code}" not in titles and "POST /links" not in titles
    assert "Step 3 - keys" in titles


def test_decimal_sub_headings_under_a_numbered_item_open_its_parts() -> None:
    outline_text = (
        "BIKE SHARE - outline\n\n1. Requirements\n1.1 Functional\n  1.1.1 Riders unlock a bike with the app.\n"
        "  1.1.2 Riders return a bike at any dock.\n1.2 Non-functional\n  1.2.1 Unlocks answer within 2 s.\n"
        "1.3 Out of scope\n  1.3.1 Payments.\n\n2. Design\n2.1 Docks report every 30 s.\n"
    )
    doc = parse(outline_text)
    outline = build_outline(doc, CATALOGUE)
    assert [s.title for s in outline.parts["functional"]] == ["Functional"]
    assert [s.title for s in outline.parts["non-functional"]] == ["Non-functional"]
    assert [s.title for s in outline.parts["scope-exclusions"]] == ["Out of scope"]
    # a decimal line that is a sentence stays text
    assert not [s.title for s in doc.sections() if "Docks" in s.title]


def test_an_order_to_size_it_and_a_question_on_how_a_users_request_travels_move_a_transcript_on() -> None:
    chat = (
        "# CDN mock\n\n**Interviewer:** Design a CDN. What should it do?\n\n**Candidate:** Serve images from the edge;"
        " pull from origin on a miss.\n\n**Interviewer:** Size it.\n\n**Candidate:** 2M requests/s x 200 KB = 400 GB/s."
        "\n\n**Interviewer:** How does a user's request get to the right PoP?\n\n**Candidate:** Anycast; GeoDNS steers"
        " finer but resolvers hide the user.\n"
    )
    steps = build_outline(parse(chat), CATALOGUE).steps
    assert sorted(steps) == ["estimation", "high-level", "requirements"]


def test_a_label_line_over_nothing_is_its_sections_text() -> None:
    marked = "# T\n\n## Requirements\n\n- a\n\n## High-level design\n\nboxes\n\n## Deep dive\n\nchoice\n"
    assert "boxes" not in [s.title for s in parse(marked).sections()]
    notes = "bike docks\n\nreqs\n- unlock a bike\n- dock it\n\nboxes\n\napp -> api -> dock broker -> docks\n"
    steps = build_outline(parse(notes), CATALOGUE).steps
    assert "boxes" in [s.title for s in steps.get("high-level", [])]


def test_numbered_items_run_on_from_a_step_title_and_a_full_stop_open_the_steps() -> None:
    retro = (
        "Retro: mock round, design a bike share\n\nHow it went\n"
        "1) Clarifying (~5 min). We agreed on unlocking, docking and trip history; payments left out.\n\n"
        "2) Numbers (~3 min). 200k trips a day, about 2.3 trips/s, peaks maybe 10/s.\n\n"
        "3) Boxes (~10 min). App, trip service, dock gateway over MQTT, Postgres for trips.\n\n"
        "4) Then he asked about docks going offline. I froze.\n"
    )
    steps = build_outline(parse(retro), CATALOGUE).steps
    assert {step: [s.title for s in found] for step, found in steps.items()} == {
        "requirements": ["Clarifying (~5 min)"],
        "estimation": ["Numbers (~3 min)"],
        "high-level": ["Boxes (~10 min)"],
    }
    # a title naming no step, or a sentence before the full stop, opens nothing
    plain = retro.replace("Clarifying (~5 min).", "We started.").replace("Numbers (~3 min).", "I asked a lot.")
    assert not build_outline(parse(plain.replace("Boxes (~10 min).", "Then I drew.")), CATALOGUE).steps


def test_a_qa_that_takes_the_targets_up_after_the_scale_keeps_them_in_the_requirements() -> None:
    # "Any hard requirements?" asked after "Scale?": the talk's order, still before any design;
    # "What's explicitly not part of it?" asks for the exclusions, "What's in the database?" for the data model.
    path = HERE / "qa-late-targets.md"
    found = {f.rule_id for f in lint_path(path, select=("R003", "R004", "R006", "H003"))}
    assert found == set()
    outline = build_outline(parse(path.read_text(encoding="utf-8")), CATALOGUE)
    assert [s.title for s in outline.parts["scope-exclusions"]] == ["Q: What's explicitly not part of it?"]
    assert [s.title for s in outline.parts["data-model"]] == ["Q: What's in the database?"]


def test_a_label_line_right_after_an_empty_step_line_holds_that_steps_text() -> None:
    notes = (
        "Bike docks - how I'd design it\n\nStep 1 - Scope\n\nWhat the interviewer gave me:\n\n"
        "- riders unlock a bike with the app\n- riders return a bike at any dock\n- operators see empty docks\n\n"
        "Step 2 - Numbers\n\n200k trips a day / 86,400 = about 2.3 trips a second.\n"
    )
    outline = build_outline(parse(notes), CATALOGUE)
    assert [s.title for s in outline.steps["requirements"]] == ["Step 1 - Scope", "What the interviewer gave me"]
    assert lint_string(notes, select=("R001",)) == []
    # with text of its own under the step line, the label after it is left to its own words
    held = notes.replace("Step 1 - Scope\n\n", "Step 1 - Scope\n\nA short brief.\n\n")
    assert [s.title for s in build_outline(parse(held), CATALOGUE).steps["requirements"]] == ["Step 1 - Scope"]


def test_a_timelines_entries_naming_steps_open_them() -> None:
    retro = (
        "Retro: parcel lockers round\n\nWhat I did (timeline)\n\n"
        "- 0-5 min: requirements. Drop-off, pick-up with a code, operator view.\n"
        "- 5-15 min: estimation. 2M parcels a day / 86,400 = about 23 a second.\n"
        "- 15-30 min: high level. Lockers, a gateway over MQTT, a parcel service on Postgres.\n"
        "- 30-45 min: he asked about lockers going offline and I froze.\n"
    )
    steps = build_outline(parse(retro), CATALOGUE).steps
    assert {step: [s.title for s in found] for step, found in steps.items()} == {
        "requirements": ["requirements"], "estimation": ["estimation"], "high-level": ["high level"]
    }
    # bold spans and what was done to the step ("asked requirements", "drew the boxes") read the same
    bold = retro.replace("- 0-5 min: requirements.", "- **0–5 min:** asked requirements.").replace(
        "- 15-30 min: high level.", "- **15–30 min:** drew the boxes:")
    assert sorted(build_outline(parse(bold), CATALOGUE).steps) == ["estimation", "high-level", "requirements"]
    # one entry on a paragraph of its own opens its step too
    assert "requirements" in build_outline(parse("Notes\n\n0-8 min: requirements. I wrote the features.\n"), CATALOGUE).steps
    # the unit named before the figures, in bold over a paragraph under a Markdown heading
    told = (
        "# Retro: airport taxis\n\n## How the 45 minutes went\n\n**Minutes 0–8, requirements.** Fine. I got:\n\n"
        "- riders join the rank queue\n- drivers get the next rider\n\n"
        "**Minutes 8–15, estimation.** 40k rides a day / 86,400 = about 0.5 a second.\n"
    )
    assert sorted(build_outline(parse(told), CATALOGUE).steps) == ["estimation", "requirements"]


def test_a_colon_label_naming_what_is_done_opens_a_section_in_notes_of_colon_labels() -> None:
    notes = (
        "Bike docks\n\nRequirements:\n- unlock a bike\n- return a bike\n\nNumbers:\n200k trips a day.\n\n"
        "High level:\nApp, API, dock gateway, Postgres.\n\nThe dock protocol:\nDocks speak MQTT to the gateway.\n\n"
        "Growing it:\nShard the dock gateway by city once one box is not enough.\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert "Growing it" in titles
    # a sentence ending in a colon is not a label ("During peak it gets:")
    assert "During peak it gets" not in [s.title for s in parse(notes.replace("Growing it:", "During peak it gets:"))
                                         .sections()]


def test_scale_asked_after_the_first_turns_of_a_chat_log_asks_for_the_estimate() -> None:
    head = "Upload mock\n\n"
    early = "Q: Design uploads.\nA: Video files?\nQ: Scale?\nA: 500 hours a minute, so 720k hours a day.\n"
    later = (
        "Q: Design uploads.\nA: Video files?\nQ: Yes, up to 10 GB.\nA: Resume and transcode too?\nQ: Yes.\n"
        "Q: Scale?\nA: 500 hours a minute, so 720k hours a day.\n"
    )
    assert "estimation" not in build_outline(parse(head + early), CATALOGUE).steps
    assert "estimation" in build_outline(parse(head + later), CATALOGUE).steps


STAR_THREAD = (
    ":memo: *Wrap-up of the #payments thread on refunds*\n\n"
    "*What it has to do*\n• refund a captured charge in full or in part\n• tell the buyer by email\n\n"
    "*Out for now*\n• chargebacks, the card network's process\n\n"
    "*Choices we weighed*\n• sync call to the processor vs a queue with retries; the queue wins, a refund can wait\n\n"
    "*If the processor is down*\n• refunds wait in the queue and retry with backoff\n"
)


def test_one_star_labels_head_a_chat_paste_written_with_them() -> None:
    """A chat app writes bold with one star: a paste heading its parts so has them as sections."""
    titles = [s.title for s in parse(STAR_THREAD).sections()]
    assert titles[-4:] == ["What it has to do", "Out for now", "Choices we weighed", "If the processor is down"]
    # In Markdown one star is emphasis: one or two such lines are no headings.
    twice = STAR_THREAD.split("*Choices we weighed*")[0]
    assert "Out for now" not in [s.title for s in parse(twice).sections()]


def test_a_title_framed_by_rules_is_a_heading_in_plain_notes() -> None:
    notes = (
        "Parcel lockers\n\nRequirements\n  - couriers drop parcels, customers collect with a code\n\n"
        "--- key decision: one lock service or many ---\n"
        "  one service is simpler to run; a lock per bank keeps working when the network is down\n\n"
        "=== what if a bank loses power ===\n  doors stay shut and codes are kept; the bank replays its log on boot\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert titles[-2:] == ["key decision: one lock service or many", "what if a bank loses power"]
    # a rule alone, or a rule run into a word, frames nothing
    assert normalize_title("--- a") == "--- a" and normalize_title("---") == "---"


NOTES_APP = (
    "Parking garage app\n"
    "• drivers reserve a bay for a time window and pay in the app\n"
    "• operators close a level for cleaning\n\n"
    "• numbers\n• 2M drivers, 10% reserve on a weekday → 200k reservations/day\n"
    "• 200k / 86,400 ≈ 2.3 reservations/s, a lunchtime peak maybe 5× that\n\n"
    "• api\n• POST /reservations {bay_id, from, to} → {reservation_id}\n"
    "• DELETE /reservations/{id} frees the bay and refunds what is left\n\n"
    "• what if the db dies\n• a replica is promoted within a minute and the app retries its write\n"
    "• reservations already paid are kept, they were on two nodes\n"
)


def test_groups_of_bullets_led_by_a_title_bullet_are_sections_in_a_notes_app_dump() -> None:
    titles = [s.title for s in parse(NOTES_APP).sections()]
    assert titles == ["numbers", "api", "what if the db dies"]
    assert list(build_outline(parse(NOTES_APP), CATALOGUE).steps) == ["estimation", "high-level"]
    # one group led so is no style: a list of short points stays one list
    one = NOTES_APP[: NOTES_APP.index("• api")]
    assert [s.title for s in parse(one).sections()] == []
    # groups whose bullets are no longer than the first are just points
    short = "Garage\n• bays\n• levels\n• gates\n\n• payments\n• refunds\n• receipts\n"
    assert [s.title for s in parse(short).sections()] == []


def test_a_hyphenated_run_in_label_names_its_part() -> None:
    found = run_in("Non-functional: p99 under 200 ms, 99.9% for pick-up", CATALOGUE)
    assert found is not None and found.step == "requirements" and found.title.lower() == "non-functional"
    assert run_in("Well-known issue: the door sticks", CATALOGUE) is None


ONE_LIST = (
    "parcel lockers – notes\n"
    "• prompt: lockers where couriers drop parcels and people collect them\n"
    "• must do:\n  – couriers drop a parcel into a free door\n  – customers open the door with a code\n"
    "• what customers care about:\n  – the door opens in under 2 s\n  – a code works for 72 hours\n"
    "• 40k lockers, 3M parcels a day → ~35 drops/s\n"
    "• door state:\n  – one row per door, keyed by door_id\n  – status, size, parcel_id\n"
    "• failure stuff:\n  – a locker offline keeps its codes and syncs when back\n  – the courier app retries a drop\n"
    "• growth:\n  – shard doors by locker_id when one database is not enough\n  – add regions per country\n"
)


def test_bulleted_labels_ending_in_a_colon_head_their_points_in_notes_kept_as_one_list() -> None:
    outline = build_outline(parse(ONE_LIST), CATALOGUE)
    assert [s.title for s in outline.steps["requirements"]] == ["must do"]
    assert "what customers care about" in [s.title for s in outline.parts["functional"]]
    titles = [s.title for s in parse(ONE_LIST).sections()]
    assert titles[-3:] == ["door state", "failure stuff", "growth"]


def test_a_longer_line_over_run_in_labels_heads_them_but_not_over_a_speakers_turn() -> None:
    notes = (
        "door scanning — quick notes\n\nContext\nVolunteers scan badges at the door of a 5k-person event.\n\n"
        "What it has to do\n- scan a code\n- say valid or not\n- count who is in\n\n"
        "Online checks vs offline signed codes\nOnline: each scan asks the server; always current, but dies with the wifi.\n"
        "Offline: the device checks a signature; works with no network.\nGoing with offline, synced when online.\n\n"
        "Sync\nDevices pull changes every 10 s.\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert "Online checks vs offline signed codes" in titles
    # over an answer's turn the question is not a title of its own
    asked = notes.replace("Online: each scan", "A: each scan").replace(
        "Online checks vs offline signed codes", "Q: How do we check codes?")
    assert "Q: How do we check codes?" not in [s.title for s in parse(asked).sections()]


def test_a_bold_label_may_hold_an_identifiers_underscores() -> None:
    doc = "# Search\n\n## Map\n\n**ES geo_bounding_box**\n- the index we have\n\n__Quadtree__\n- a service to build\n"
    titles = [s.title for s in parse(doc).sections()]
    assert "ES geo_bounding_box" in titles and "Quadtree" in titles


def test_a_shouted_head_with_a_note_after_a_dash_and_a_trailing_ellipsis_are_titles() -> None:
    notes = (
        "LOCKERS\n\nPROBLEM\nParcels wait in lockers for pick-up.\n\nNUMBERS\n2M parcels a day.\n\n"
        "OFFLINE PICKUP - the interesting bit\noption 1: ask the backend each time. useless with no signal.\n"
        "option 2: push code hashes to the locker; it checks locally. going with option 2.\n\n"
        "WHAT IF...\n- the locker is offline for days: it queues events and syncs later\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert "OFFLINE PICKUP - the interesting bit" in titles
    assert any(t.startswith("WHAT IF") for t in titles)


def test_a_scenario_named_as_a_title_may_run_longer_than_a_name() -> None:
    notes = (
        "Locker notes\n\nDesign\n\nA controller per bank syncs codes.\n\nSafety\n- doors close by themselves\n"
        "- the controller caps opens per minute\n\nWhat if the cloud is down / controller offline\n"
        "- the controller checks codes from its cached copy\n- events queue locally and sync later\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert "What if the cloud is down / controller offline" in titles
    # a statement of the same length is no title
    stated = notes.replace("What if the cloud is down / controller offline", "The cloud may be down or the controller offline")
    assert not any(t.startswith("The cloud") for t in [s.title for s in parse(stated).sections()])


def test_a_transcript_whose_titles_are_the_interviewers_turns_reads_each_turn_as_the_step_it_asks_for() -> None:
    """Bold "**Q: ...**" turns head a mock interview's sections; orders among them ("Q: Draw it.") ask too."""
    doc = parse((HERE / "bold-turns.md").read_text(encoding="utf-8"))
    outline = build_outline(doc, CATALOGUE)
    titled = {step: [s.title for s in sections] for step, sections in outline.steps.items()}
    assert titled["estimation"] == ["Q: Numbers?"]
    assert titled["deep-dive"] == ["Q: What if the SMS provider is down?", "Q: How would this grow?"]
    assert [s.title for s in outline.parts["architecture"]] == ["Q: Draw it."]
    # the growth the last answer describes is the design's scaling path
    assert lint_path(HERE / "bold-turns.md", select=("D006",)) == []


def test_a_numbered_part_of_a_step_alone_on_its_line_heads_a_section() -> None:
    """Plain notes number a step's parts under its line ("Step 4 - Deep dives" over "4a. Hot keys" or
    "4.1 Hot keys"); a figure alone on its line ("3.5 million users") is no part."""
    notes = (
        "Parking notes\n\nStep 1 - Requirements\n\n- book a bay\n- cancel\n\nStep 4 - Deep dives\n\n"
        "{a} Partitioning the work\n\nKeying by bay id keeps one bay on one partition.\n\n"
        "{b} Growing\n\nAt 10x we add partitions and workers.\n"
    )
    for a, b in (("4a.", "4b."), ("4.1", "4.2"), ("4.1)", "4.2)")):
        titles = [s.title for s in parse(notes.format(a=a, b=b)).sections()]
        assert titles[2:] == [f"{a} Partitioning the work", f"{b} Growing"], titles
    figure = notes.format(a="4a.", b="4b.").replace("4b. Growing", "3.5 million users")
    assert [s.title for s in parse(figure).sections()][-1] == "4a. Partitioning the work"


def test_a_numbered_part_set_off_by_a_dash_may_say_what_it_covers_in_a_phrase() -> None:
    """"4a - Keeping a bay while the card is charged": the number and dash make it a part of the step above,
    though its words read like a sentence; without the number such a line is text."""
    notes = (
        "Parking notes\n\nStep 1 - Requirements\n\n- book a bay\n- cancel\n\nStep 4 - Deep dives\n\n"
        "4a - Keeping a bay while the card is being charged\n\nA hold row with a two minute expiry.\n\n"
        "4b: Growing\n\nAt 10x we add partitions and workers.\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert titles[2:] == ["4a - Keeping a bay while the card is being charged", "4b: Growing"], titles
    unnumbered = notes.replace("4a - Keeping", "Keeping")
    assert "Keeping a bay while the card is being charged" not in [s.title for s in parse(unnumbered).sections()]


def test_a_shouted_heading_may_carry_a_note_after_a_dash() -> None:
    """Notes in capitals head a part "HOLDS - the one thing that matters"; the note does not make it a sentence."""
    notes = (
        "BIKE SHOP STOCK\n\nMUST DO\n- sell from the till\n- reserve online\n\nDATA\n"
        "stock(shop_id, sku, on_hand, reserved)\n\nHOLDS - the one thing that matters\n"
        "- one conditional update per line\n- expire after 48h\n\nOFFLINE TILLS\n- keep a local journal\n"
    )
    titles = [s.title for s in parse(notes).sections()]
    assert "HOLDS - the one thing that matters" in titles, titles


def test_a_pictograph_before_a_bold_label_leaves_it_a_label_and_debates_are_dives() -> None:
    recap = (
        "**#design-club recap: kiln slots**\n\nWe met Tuesday.\n\n🎯 **What it needs to do**\n"
        "• book a shelf in a firing\n• see the firing's status\n\n🏗️ **Shape**\n"
        "web app → API → Postgres\n\n🤔 **Debates**\n1. **Queue vs cron for reminders**: cron is simpler,"
        " a queue is one more thing to run.\n   ✅ decided: cron\n"
    )
    sections = [(s.title, s.line) for s in parse(recap).sections()]
    assert ("Debates", 12) in sections and ("Shape", 9) in sections
    steps = build_outline(parse(recap), CATALOGUE).steps
    assert [s.line for s in steps["deep-dive"]] == [12]
    # a pictograph before words that go on is no label
    assert ("Debates", 12) not in [(s.title, s.line) for s in parse(recap.replace("**Debates**", "**Debates** we had")).sections()]


def test_a_prompt_sheets_numbered_questions_and_orders_head_its_sections() -> None:
    # Each prompt is an item of its own, closed by its question mark or full stop, over the writer's answer.
    sheet = (
        "Locker network - worksheet\n\n1. What must the system do?\n\n- drop a parcel\n- pick it up with a code\n\n"
        "2. What qualities matter most?\n\n- a door opens within 2 s\n\n3. Estimate the scale.\n\n"
        "4,000 lockers x 60 parcels a day = 240k parcels a day.\n\n4. Define the API.\n\n"
        "- POST /parcels {locker_id, size} -> {door, code}\n\n5. Deep dive on the hardest part.\n\n"
        "Two couriers asking for the last free door at once: a conditional update on the door row picks one.\n"
    )
    steps = {s.title: build_outline(parse(sheet), CATALOGUE).step_at.get(s.line) for s in parse(sheet).sections()}
    assert "What qualities matter most?" in steps
    del steps["What qualities matter most?"]  # a section; which step a question on qualities opens is not asked here
    assert steps == {
        "What must the system do?": "requirements",
        "Estimate the scale": "estimation",
        "Define the API": "high-level",
        "Deep dive on the hardest part": "deep-dive",
    }


def test_a_colon_label_inside_a_bold_section_is_its_part_and_the_next_bold_line_its_sibling() -> None:
    notes = (
        "Locker app - notes\n\n**Requirements**\n- drop a parcel\n- pick it up\n\nNumbers:\n- 40k scans a day\n\n"
        "API:\n- POST /scans {parcel_id}\n\n**Gateway**\n\n"
        "Every courier phone keeps a socket to a gateway box.\n\nSend path:\n1. phone sends the scan\n"
        "2. gateway forwards it to the locker service\n\n**Ordering**\n\n- scans are ordered by the locker's clock\n"
    )
    doc = parse(notes)
    levels = {s.title: s.level for s in doc.sections()}
    assert levels["Send path"] > levels["Gateway"] == levels["Ordering"]
    gateway = next(s for s in doc.sections() if s.title == "Gateway")
    assert [c.title for c in gateway.children] == ["Send path"]
