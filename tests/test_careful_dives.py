"""A careful write-up whose dives weigh options in plain words, state the cost, say what happens on failure and
how the design grows gets no deep-dive or sizing pitfall finding; taking each of those out brings its finding."""

from __future__ import annotations

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline

from conftest import FIXTURES, lint_string

DOC = (FIXTURES / "dives" / "careful-photo-share.md").read_text(encoding="utf-8")
RULES = ("D001", "D002", "D003", "D004", "D005", "D006", "P001", "P002", "P003")


def _ids(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(text, select=RULES)]


def test_the_careful_write_up_is_clean_of_deep_dive_findings() -> None:
    assert _ids(DOC) == []


def test_each_thing_the_dives_say_is_what_keeps_its_rule_quiet() -> None:
    growth = "As uploads grow past what one feed cluster absorbs, we shard the feed cache by follower id and add nodes."
    assert _ids(DOC.replace(growth, "")) == ["D006"]
    failure = DOC[DOC.index("If the upload service crashes") :]  # the last sentence of the doc
    no_failure = DOC.replace(failure, "\n").replace("if a zone goes down", "").replace("never loses", "keeps")
    assert _ids(no_failure.replace("can lose the last seconds of uploads", "is weaker")) == ["D005"]
    second_dive = DOC[DOC.index("### Upload durability") :]
    assert "D001" in _ids(DOC.replace(second_dive, ""))


def test_sections_under_a_title_whose_opening_lines_are_the_requirements_are_dives() -> None:
    # No heading names a step: the lines under the title state the requirements, the sections after them
    # are the topics the write-up dives into.
    essay = (FIXTURES / "dives" / "titled-essay.md").read_text(encoding="utf-8")

    def dives_missing(text: str) -> list[str]:
        found = lint_string(text, select=("D001", "S001"))
        return [f.rule_id for f in found if f.rule_id == "D001" or "deep dive" in f.message]

    assert dives_missing(essay) == []
    assert dives_missing(essay[: essay.index("## Crediting exactly once")]) == ["S001"]


def test_an_essay_taking_its_topics_in_turn_has_them_as_its_dives() -> None:
    # No headings at all: "The first hard problem is ...", "The second decision is ..." open its sections.
    essay = (FIXTURES / "dives" / "ordinal-essay.md").read_text(encoding="utf-8")
    titles = [s.title for s in parse(essay).sections()]
    assert titles == [
        "The first hard problem is the Sunday-night rush",
        "The second decision is how counts reach the kitchen",
    ]
    found = lint_string(essay, select=("D001", "S001"))
    assert [f.rule_id for f in found if f.rule_id == "D001" or "deep dive" in f.message] == []
    # one such opening is only prose
    one = essay[: essay.index("The second decision")]
    assert [s.title for s in parse(one).sections()] == []


def test_an_essay_that_takes_some_topics_in_turn_has_every_long_paragraph_as_a_section() -> None:
    # "The first real decision is ..." and "The last thing ..." open two paragraphs; the others (the product,
    # the numbers) are topics too, so the numbers are the estimate rather than part of the title's section
    essay = (FIXTURES / "dives" / "ordinal-and-topic-essay.md").read_text(encoding="utf-8")
    steps = build_outline(parse(essay), load_catalogue()).steps
    assert [s.title for s in steps["estimation"]] == ["Some numbers to start from"]
    titles = [s.title for s in parse(essay).sections() if s.implicit == "lead"]
    assert titles[-2:] == [
        "The first real decision is how a fridge learns that ...",
        "The last thing I would mention is what happens when ...",
    ]


WALKTHROUGH = (FIXTURES / "dives" / "walkthrough.md").read_text(encoding="utf-8")


def test_a_walkthrough_told_in_order_has_its_paragraphs_as_sections() -> None:
    # No headings: "First, ...", "Next, the targets.", "Then some numbers", "Now the API" open its paragraphs,
    # each the next step of the design; the words after the one moving it on name what the paragraph holds.
    titles = [s.title for s in parse(WALKTHROUGH).sections()]
    assert titles[1:6] == ["I pin down what we're building", "the targets", "some numbers", "I describe what we store", "the API"]
    found = lint_string(WALKTHROUGH, select=("S001", "D001", "E001", "H001", "H003", "R001", "R006"))
    assert [f.rule_id for f in found] == []
    # the last paragraph sums up: no dive of its own, so without the reminders there is one
    no_reminders = WALKTHROUGH.replace(WALKTHROUGH[WALKTHROUGH.index("Then the reminders") : WALKTHROUGH.index("Finally")], "")
    assert [f.rule_id for f in lint_string(no_reminders, select=("D001",))] == ["D001"]


def test_paragraphs_moved_on_by_one_word_alone_are_prose() -> None:
    # "Then ..." opening paragraph after paragraph tells a story; it takes different words to walk through steps
    story = "\n\n".join(
        f"Then {what} and the booking went on." for what in ("the student clicked", "the page loaded", "a slot came free")
    )
    assert [s.title for s in parse("# Notes\n\n" + story + "\n").sections()] == ["Notes"]


def test_minutes_numbering_the_topics_discussed_have_them_as_sections() -> None:
    # "1. Reserve early or late" over what was said, with no blank line before the next: each a topic;
    # a bulleted list inside one item cuts the numbered list in two for Markdown, not for a reader
    minutes = (FIXTURES / "dives" / "review-minutes.md").read_text(encoding="utf-8")
    titles = [s.title for s in parse(minutes).sections()]
    assert titles[2:6] == ["Reserve early or late", "Door sizes", "When a bank goes offline", "Growth"]
    assert _ids(minutes) == []
    # steps wrapped onto their next line go on in lower case: a numbered list, no topics
    steps = "1. The courier scans the parcel\nand the app asks the bank service for a door of the right size\n"
    steps += "2. The bank service picks a door\nand sends its code back to the courier's phone within a second\n"
    assert [s.title for s in parse(steps).sections()] == []
    assert len(list(parse(steps.replace("\nand", "\nThen")).sections())) == 2


FORUM = (FIXTURES / "dives" / "forum-answer.md").read_text(encoding="utf-8")


def test_an_essay_of_long_paragraphs_has_each_paragraph_as_a_section() -> None:
    # a forum answer: no heading of any kind, each long paragraph on one topic named by its opening clause
    titles = [s.title for s in parse(FORUM).sections() if s.implicit == "lead"]
    assert titles[2:] == [
        "The core of the answer is how two phones that ...",
        "The second part worth going deep on is getting changes ...",
        "I would talk about growth",
    ]
    assert _ids(FORUM) == []
    # notes with a short line over each paragraph are headed by those lines, not an essay
    headed = FORUM.replace("The core of the answer", "Sync\nThe core of the answer").replace(
        "The second part", "Delivery\nThe second part"
    )
    assert not [s for s in parse(headed).sections() if s.implicit == "lead"]


def test_a_timeline_moves_on_by_its_stamps_as_a_walkthrough_by_its_words() -> None:
    # a timed plan ("[00:05] ..."), a decision log ("2026-03-05: ..."), a diary ("Day 2 — ..."): each stamp
    # opens the next paragraph's section, named by the words after it
    plan = (
        "Mock: booking study rooms\n\n[00:00] Prompt given: rooms for a campus library.\n\n"
        "[00:04] Wrote requirements on the board. Students book and cancel; staff block rooms.\n\n"
        "[00:09] Estimates. 30k students x 0.1 = 3k bookings a day.\n\n"
        "[00:14] API. POST /bookings {room, slot} returns the booking or 409.\n"
    )
    titles = [s.title for s in parse(plan).sections()]
    assert titles == ["Prompt given", "Wrote requirements on the board", "Estimates", "API"]
    steps = build_outline(parse(plan), load_catalogue()).steps
    assert [s.title for s in steps["estimation"]] == ["Estimates"]
    log = plan.replace("[00:00]", "2026-03-01:").replace("[00:04]", "2026-03-02:")
    log = log.replace("[00:09]", "2026-03-03:").replace("[00:14]", "2026-03-04:")
    assert [s.title for s in parse(log).sections()] == titles
    thread = plan.replace("[00:00]", "1/4").replace("[00:04]", "2/4").replace("[00:09]", "3/4").replace("[00:14]", "4/4")
    assert [s.title for s in parse(thread).sections()] == titles
    # two stamps are not yet a timeline
    assert [s.title for s in parse(plan.split("[00:09]")[0]).sections()] == []


def test_plain_notes_whose_last_dive_holds_a_scaling_line_keep_both_dives() -> None:
    # Plain-line headings: "Scaling" nests under "Deep dive 2: ..." by the builder's guess, yet that dive has
    # its own text; each dive weighs its options in its own phrasing ("X is simplest but ... Y is exact but
    # ... too much memory"); the closing growth section is the scaling path, not a dive to judge.
    notes = (FIXTURES / "dives" / "plain-rate-limiter.md").read_text(encoding="utf-8")
    found = {(f.rule_id, f.line) for f in lint_string(notes, select=("D001", "D002", "D004"))}
    scaling = notes.split("\n").index("Scaling") + 1
    assert ("D002", 26) not in found and ("D002", scaling) not in found
    assert not {rule for rule, _ in found} & {"D001", "D004"}


def test_one_labelled_paragraph_among_many_long_ones_is_an_essays_next_topic() -> None:
    essay = (FIXTURES / "dives" / "essay-one-label.md").read_text(encoding="utf-8")
    titles = [s.title for s in parse(essay).sections() if s.implicit == "lead"]
    assert len(titles) >= 6 and "On failures" in titles
    # a second label makes the paragraphs notes headed by labels, no longer an essay
    noted = essay.replace("Growth is mostly", "On growth: it is mostly")
    assert "On failures" not in [s.title for s in parse(noted).sections() if s.implicit == "lead"]
