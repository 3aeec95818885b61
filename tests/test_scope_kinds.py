"""R006: a part left out in the shapes notes and talk use: a part put off under a label (MoSCoW's "Won't",
"Skipping for now:"), a part kept out of reach in a sentence, parts marked one by one as in or out (a checklist of
the scope), a part kept out by the writer, the work declined in its "-ing" form, "not in v1", labels that decline
("not gonna cover:"), another product, a choice not to design a part; and the system's own behaviour, marks, words
and lists (a skip list, data the system ignores) that only sound like a part left out."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Bike share\n\n## Requirements\n\nFunctional:\n- Riders unlock a bike with the app.\n- Riders end a ride at a dock.\n\n"
DESIGN = "\n## High-level design\n\nDocks report to a ride service that keeps rides in Postgres.\n"


def _r006(middle: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + middle + "\n" + DESIGN, select=("R006",))] == ["R006"]


@pytest.mark.parametrize(
    "left_out",
    [
        # the last bucket of a MoSCoW list
        "Must: unlock, end ride\nShould: ride history\nWon't (this release): e-bikes, group rides",
        # a label line over what is put off, after the qualities' own label
        "Non-functional:\n- Unlock within 2 s.\n\nSkipping for now:\n- e-bikes\n- group rides",
        # kept out of reach in a sentence
        "I'll stay with pedal bikes. E-bikes and group rides are fun, but beyond what I want to cover here.",
        "I'm not going to go deep on the dock firmware; it is its own project.",
        # "out of scope" cut to its letters as a label, a part set aside closing its sentence, a hedged deferral
        "- OOS: e-bikes, group rides, gift cards",
        "The rental kiosks stay on the old system - not part of this.",
        "- Riders can reserve a bike ahead (maybe v2).",
    ],
)
def test_a_part_put_off_is_an_exclusion(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "behaviour",
    [
        # what riders or the system may do, not what the write-up leaves out
        "Riders can skip the tutorial after the first ride.",
        "Bikes reported broken are excluded from the map until repaired.",
        # a quality put first is a priority, not a part chosen
        "The main focus is on unlock latency: a bike should click open within a second.",
        # out of stock, not out of scope; a part that belongs, said so
        "- OOS bikes are hidden from the map.",
        "Docking is part of this, and so is the unlock.",
    ],
)
def test_behaviour_that_sounds_like_a_part_left_out_is_none(behaviour: str) -> None:
    assert _r006(behaviour)


@pytest.mark.parametrize(
    "declined",
    [
        # who decides, an intent not to, and the work: the words are closed classes, the shape is read
        "We are not going to build the parts marketplace in this round of the design.",
        # a proposal to leave a part out, asked in the dialogue
        "Me: Can I drop the loyalty points for now? Interviewer: Sure.",
        # declined where the write-up says so
        "Fleet rebalancing by truck matters, but we will look at it later and not design it here.",
        "Damage claims are not handled in this document.",
        "Corporate accounts are out for today.",
        # a line labelled as what is left out, with the parts after it or below it
        "IN -> unlock, end ride, pay\nOUT -> e-bikes, gift cards",
        "scope cut: group rides, tandem bikes",
        "excl.\n  dock firmware\n  the mechanic's app",
    ],
)
def test_scope_declined_in_any_words_of_the_shape_is_an_exclusion(declined: str) -> None:
    assert not _r006(declined)


@pytest.mark.parametrize(
    "behaviour",
    [
        # the system's own behaviour: no decider with an intent, nothing asked, nothing said of the write-up
        "We drop duplicate dock events by ride id.",
        "We'll drop GPS pings older than 30 s before they reach the map.",
        # "out" over a figure is traffic, not a part left out
        "- out: 200 unlocks/s at peak",
        # a deferral inside the design, not a part of the scope left out
        "Refund disputes go to a manual queue; we'd rather not build tooling for them until volumes justify it.",
    ],
)
def test_behaviour_in_the_words_of_a_declined_scope_is_none(behaviour: str) -> None:
    assert _r006(behaviour)



@pytest.mark.parametrize(
    "left_out",
    [
        "unlock + end ride => yes\ne-bikes => no\ngroup rides => no (time)",
        "ride features (✓ = today, ✗ = not)\nunlock ✓\nride history ✗ (v2)",
        "| Feature | Designed here? |\n|---|---|\n| Unlock | Yes |\n| Gift cards | No |",
        "Me: I'd keep payment processing outside this design; a provider tells us paid or not.",
        "Interviewer: Photos of damage?\nMe: I prefer to keep photos out. A report is text.",
        "We are not considering the dock firmware in this design.",
        "Me: Ok, so e-bikes are off the table. I'll start from the app.",
        "Not handling:\ne-bikes, gift cards, group rides.",
    ],
)
def test_a_part_marked_or_kept_out_is_an_exclusion(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "behaviour",
    [
        # marks of one kind only, or a question not yet answered
        "unlock => yes\nend ride => yes",
        "(also confirm: guest rides y/n?)",
        # what the system keeps out, not the write-up
        "We keep stale dock reports out of the cache.",
        # a figure before "only" limits a time, not the scope
        "- edit a ride note -> within 15 min only",
    ],
)
def test_the_same_marks_and_words_where_nothing_is_left_out_are_none(behaviour: str) -> None:
    assert _r006(behaviour)



@pytest.mark.parametrize(
    "left_out",
    [
        "clarified:\nunlock by app - in\ngift cards - OUT\nride history - in",
        "e-bikes -> not in v1",
        "Group rides are NOT in v1 (pricing is unclear).",
        "not gonna cover:\ngift cards, e-bikes, the dock firmware",
        "Parking these:\n  gift cards\n  e-bikes",
        "Me: I'll treat the dock firmware as out of bounds and start at the API.",
        "- one city per deployment; multi-city operators are a different product",
        "Me: I'm assuming we're only building the ride service, not the billing side.",
        "I'm not touching pricing; the finance team owns it.",
    ],
)
def test_a_part_left_out_in_these_shapes_is_an_exclusion(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "nothing_left_out",
    [
        "ignore duplicate dock reports (same dock_id + ts)",
        "Rides of riders who opted out of tracking are excluded at ingestion.",
        "Interviewer: Reservations?\nMe: Yes, premium users only.",
        "Non-goals\n(to be filled in after review)",
    ],
)
def test_data_handling_a_feature_for_some_users_and_an_empty_note_leave_nothing_out(nothing_left_out: str) -> None:
    assert _r006(nothing_left_out)


@pytest.mark.parametrize(
    "chosen",
    [
        "E-bikes and group rides are things I'm choosing not to tackle; the post would double in length.",
        "Me: I'll assume docks are trusted, so tamper detection isn't something I'm designing here.",
        "Interviewer: Bikes and scooters?\nMe: Can I stick to bikes? Scooters are a different beast.",
    ],
)
def test_a_part_the_writer_chooses_not_to_design_is_an_exclusion(chosen: str) -> None:
    assert not _r006(chosen)


@pytest.mark.parametrize(
    "structure",
    [
        "rides -> redis sorted set (skip list under the hood)",
        "ignore list: docks under maintenance, bikes reported stolen",
    ],
)
def test_a_skip_list_and_an_ignore_list_leave_nothing_out(structure: str) -> None:
    assert _r006(structure)


@pytest.mark.parametrize(
    "left_out",
    [
        "Dock repairs I'd keep out.",
        "#### What this design does not address\n\nGift cards and corporate accounts.",
        "I deliberately didn't tackle e-bike charging; it needs its own post.",
        "Group rides are fun, but I'm setting them aside.",
        "OOS → e-bikes, gift cards",
        "Gift cards are handled by other services.",
        "E-bikes are not discussed further.",
        "Me: we not include the e-bike and also gift card, is ok?",
        "x no e-bikes\nx no gift cards\nx no group rides",
    ],
)
def test_a_part_set_aside_in_these_words_is_an_exclusion(left_out: str) -> None:
    assert not _r006(left_out)


@pytest.mark.parametrize(
    "nothing_left_out",
    [
        "Interviewer: Are we excluding anyone, like tourists?\nMe: No, tourists rent with a card at the dock.",
        "Old apps keep working until every client migrates to v2 of the API.",
        "skip queue: members jump the line at busy docks",
        "- no lost rides\n- no double charges",
    ],
)
def test_a_question_an_api_version_a_feature_label_and_guarantees_leave_nothing_out(nothing_left_out: str) -> None:
    assert _r006(nothing_left_out)


@pytest.mark.parametrize(
    "left_out",
    [
        "docks -> ride service -> Postgres\n(billing = a separate system, out of this doc)",
        "range scans -> NO (hash keyed)\nmulti-city rides -> NO",
        "Me: Let me keep to single rides. Group rides would be a follow-up if we have time.",
        "Theft detection inside the bike isnt part of this.",
        "Me: I'm assuming no e-bikes and no gift cards, just pedal bikes and docks?",
        "Non-requirements\n\nCorporate accounts.\nGift cards.",
        "It won't plan routes for riders; that sits outside what I'm building.",
        "Me: I'd rather park gift cards, they're a system of their own.",
    ],
)
def test_a_part_left_out_of_the_doc_or_marked_no_is_an_exclusion(left_out: str) -> None:
    assert not _r006(left_out)


def test_a_mechanism_put_off_until_needed_leaves_nothing_out() -> None:
    assert _r006("Docks keep a local ledger, which we'd rather not build into the app until needed.")


def test_a_label_line_read_as_a_heading_still_sets_its_parts_aside() -> None:
    # "not gonna cover:" alone on its line is a heading to the outline; its parts sit under it
    label = (
        "Non-functional:\n- Unlock within 2 s.\n\nnot gonna cover:\ne-bikes + gift cards (assume a partner), group "
        "rides\nfocus = unlock + end ride"
    )
    assert not _r006(label)
    assert _r006(label.replace("not gonna cover:", "also worth noting:"))


@pytest.mark.parametrize(
    "fenced",
    [
        "```\nin : unlock, end ride, history\nout: e-bikes, gift cards\n```",
        "```\nscope:\n  in:  [unlock, end ride]\n  out: [e-bikes, group rides]\n```",
    ],
)
def test_a_cheat_sheet_fenced_as_code_sets_its_parts_aside(fenced: str) -> None:
    assert not _r006(fenced)
    assert _r006(fenced.replace("```\n", "```python\n", 1))


@pytest.mark.parametrize(
    "nothing_left_out",
    [
        "Interviewer: Anything you'd leave out?\nMe: Not really, docks and rides all matter.",
        "Interviewer: Anything you'd consider out of scope?\n\nMe: Hmm, I think I want to cover all of it.",
        "Interviewer: Anything you'd drop to save time?\nMe: Honestly all of these feel core.",
    ],
)
def test_a_question_about_leaving_parts_out_answered_with_nothing_leaves_nothing_out(nothing_left_out: str) -> None:
    assert _r006(nothing_left_out)
    # the same question answered with a part does leave it out
    assert not _r006(nothing_left_out.split("\n")[0] + "\nMe: Gift cards, they're their own system.")
