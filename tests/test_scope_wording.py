"""R006: the ways writers say what a design leaves out, and words that only look like it."""

from __future__ import annotations

import pytest

from conftest import lint_string

REQUIREMENTS = "# Parcel lockers\n\n## Requirements\n- Couriers drop parcels.\n- Customers pick up with a code.\n"
DESIGN = "\n## High-level design\n\nA locker service keeps each compartment's state in Postgres.\n"


def _r006(requirements_line: str = "", design_line: str = "") -> bool:
    text = REQUIREMENTS + (f"- {requirements_line}\n" if requirements_line else "") + DESIGN
    text += f"\n{design_line}\n" if design_line else ""
    return [f.rule_id for f in lint_string(text, select=("R006",))] == ["R006"]


@pytest.mark.parametrize(
    "line",
    [
        "I deliberately leave out returns, payments and the courier app.",
        "Refrigerated compartments are explicitly not a goal.",
        "We are not trying to solve fleet routing in this proposal.",
        "How lockers get restocked is left to a later document.",
        "Damaged-parcel claims are excluded below for simplicity.",
        "We'll scope the problem to single-city deployments.",
        "I'll leave returns and refunds out completely, unless you want them.",
        "- damaged parcels: not my problem here, the courier firm handles claims",
        "Not covered in this doc: the courier app and the billing of shops.",
        "This proposal replaces the paper slips; it does not cover refrigerated lockers.",
        "Payment I'm treating as a black box: call the provider, get an answer.",
        "Courier payroll is handled by the existing finance system.",
        "I told them I would not cover returns, and they were fine with it.",
        "This proposal does not attempt to replace the courier app.",
        "We do not try to route couriers between lockers.",
        "I'd leave the courier app and the billing of shops aside for this round.",
        "Returns are a different question, so I'm leaving them alone.",
        "scoped out: refrigerated compartments and returns",
        "Not in this design: refunds, the courier app.",
        "I'm deliberately not going to talk about the courier app (the couriers have their own).",
        "We're not going to touch refrigerated lockers here.",
        "Not part of this: the locker firmware and the courier routes.",
        "Not in this system: damaged parcels, for those people call the courier.",
        "Courier payroll events are emitted and are somebody else's problem today.",
        "Refunds are the payments team's problem.",
        "These notes are only about the compartment lock, not the courier app, not billing.",
        "Only covering the compartment lock here.",
        "The courier app I'll do in a separate note.",
        "We skip: courier onboarding, billing of shops, support tools.",
        "Opening the doors is handed to an existing controller platform; we just send the command.",
        "Not include: refrigerated lockers, returns.",
        "Don't worry about the courier app doing its own retries.",
        "Interviewer: No, forget returns. And forget the courier app too.",
        "I'm deliberately not getting into the courier app; it is its own project.",
        "The interviewer said up front she would NOT do the courier app itself.",
        "We don't take payments or refunds ourselves; the shop's checkout does.",
        "Refrigerated compartments were explicitly out.",
        "Explicitly skipped: returns, courier payroll, the mobile app.",
        "Explicitly NOT part of it: returns, refunds.",
        "- NOT: returns, refrigerated lockers, courier payroll",
        "I am not going to talk about returns or refunds, they are separate systems.",
        "We not do here: returns, refrigerated lockers.",
        "Not covered here: returns, the courier app.",
        "- refrigerated lockers maybe later, not now",
        "- returns -> the carrier's desk, not this service",
        "- NOT returns, NOT refrigerated lockers, NOT billing. just drop-off and pick-up",
        "returns are not in this sprint, parking them",
        "This post is about those lockers. It's not about refunds or the courier app.",
        "?? returns -- NOT this board",
        "Not touching: returns, refunds, the courier app. All real problems, not this memo's.",
        "Not in v1: returns (a different carrier contract), refrigerated compartments.",
        "A courier rating feature is explicitly not part of this proposal.",
        "[09:12] dana: one city for now, and I'm leaving out payments entirely.",
        "=> no returns, no courier payroll, just drop-off and pick-up",
        "| Not doing (v1) | returns, refunds, courier payroll |",
        "Interviewer: No, leave returns out. Drop-off and pick-up only.",
        "I'm deliberately not touching the courier app here; other people own it.",
        "I have deliberately not talked about returns, refunds or the courier app; they plug in later.",
        "(practice, 2nd try, focused on drop-off. didnt do returns, refunds or the courier app)",
        "These notes are focused on drop-off, not on returns.",
        "- refrigerated lockers: skipped\n- courier ratings: deferred",
        "The courier app and refunds are things I'd explicitly leave for another day.",
        "- one locker bank per site; cross-site returns are a later problem",
        "- In: drop-off, pick-up\n- Out: the courier app, refunds",
        "If we ever do same-day returns, that's a different design.",
        "Not part of this design: the courier app, billing of shops.",
        "Refrigerated lockers are a separate project for next year.",
        "The interviewer said to ignore returns, refunds and the courier app.",
        "**Interviewer:** No, assume there's a payment service you call. Also skip refunds.",
        "Q: Anything you'd skip? A: returns and the courier app.",
        "There are two things I deliberately did not handle: returns and the courier app.",
        "We intentionally didn't cover refrigerated lockers in this round.",
        "- parcel photos = separate pipeline, not this",
        "What I left out on purpose is the courier app and the billing of shops.",
        "Also not doing the courier app, just the lockers.",
        "- nicht im Scope: returns, the courier app",
        "We don't run the couriers' own scripts, that's a whole other problem.",
        "Faking a courier's location is a separate fraud problem.",
        "Refunds go through the billing service. We don't own payments.",
        "I'm deliberately ignoring returns, courier payroll and the shop dashboard.",
        "Returns and the courier app exist in the real product, and I'd treat them as extensions.",
        "- returns: not the focus of this module, one slide at most",
        "What I would not spend time on is scaling: one table of lockers is plenty.",
        "sam: not doing returns, courier ratings, the shop dashboard, none of that",
        "**What's not included?** Returns, courier payroll and the shop dashboard.",
        "→ NOT: returns, courier payroll",
        # the one kind kept and the ones left, a part put off, left out of the piece, owned elsewhere
        "- parcels (letters only for now, no boxes/pallets)",
        "Oversized parcels? A second locker size doubles the cost. skip for now",
        "I am leaving the courier payroll out of this piece.",
        "-> no payments here, separate service",
        "Refunds are someone else's system.",
        # ... typed in haste, a service shortened: "someone elses svc"
        "- print the label (label printing is someone elses svc, we just store the id)",
        # a part ignored for this write-up, and one left out in a chat's short turn
        "I'm ignoring oversized parcels here, they would double the locker count.",
        "sam: nah leaving returns and refunds out, they're a whole other thing",
        # a long list of parts left "out of this", the clause ending there
        "I'm leaving the courier app, the shops' billing integrations and the locker pairing flow out of this, "
        "they are their own systems.",
    ],
)
def test_prose_that_leaves_a_part_out_is_an_exclusion_anywhere(line: str) -> None:
    assert not _r006(design_line=line)


@pytest.mark.parametrize(
    "line",
    [
        "No returns are possible once a parcel is picked up.",  # one "no", nothing kept: a rule of the design
        "| Not yet measured | drop-off time |",  # a row of something else not done
        "Not in stock: the locker shows the parcel as late.",
        "If the courier timed out: retry the drop-off once.",  # "out:" after a word, not a list's Out
        "We leave the compartment door open for one minute.",
        "Not a full design, I only had time for the parts I kept getting wrong.",  # names nothing left out
        "A false positive rate of ~1% means we skip ~1% of new URLs.",  # items dropped, not scope
        "Don't forget the courier app's retries; we must not forget refunds either.",  # reminders
        "The door opens at once, not now and then.",  # "not now" that sets nothing aside
        "The parcel is scanned, not yet sorted, when the courier drops it.",
        "The door is not part of it until the courier scans the parcel.",  # no adverb: a fact of the flow
        "We don't store the code ourselves in plain text; we keep a hash.",  # how, not what is left out
        "Each locker bank is a separate service behind the gateway.",  # a design choice, not a project
        "I didn't do the maths here, the interviewer said to skip it and go to the design.",  # a step skipped
        "**Interviewer:** Why a skip list for the index?",  # a data structure, not a part left out
        "Door events come from the locker firmware over MQTT, we don't own it.",  # a source, nothing left out
        "We're ignoring door events older than an hour; the courier retries.",  # no word of choice: a behaviour
        "Each extension to the locker bank is treated as a new compartment.",  # extensions of the design itself
        "The slow part is not the focus here, the door is.",  # no write-up named
        "We spent time on the door's retries; couriers spend time on each drop-off.",  # time spent, nothing left
        "courier app: not doing anything until the door opens",  # a behaviour after a label
        "Leaving the door half open gets the parcel out of this locker early.",  # no clause ends at "this"
        "What is not covered by the warranty? The door motor.",  # a product's question, not the write-up's
        "Each door is opened by code only, no key.",  # how a door opens: one kind, and no "for now" or list
        "We leave the door open out of caution.",  # "out of" that is no piece
        "I didn't do it well: the courier flow took too long.",  # how the work went
        "We focused on drop-off, not just on speed.",  # the focus widened, nothing left out
        "Didn't get to: returns, refunds.",  # time ran out, no choice of scope
        "Door events: skipped when the locker is offline, then replayed.",  # a behaviour, the clause going on
        "Estimates: skipped.",  # a step of the write-up, not a part of the system
        "The courier retries and we leave the door for another pass.",  # no time or piece named: a behaviour
    ],
)
def test_wording_near_an_exclusion_that_leaves_nothing_out(line: str) -> None:
    assert _r006(design_line=line)


def test_a_table_that_splits_the_scope_into_in_and_out_is_an_exclusion() -> None:
    table = "| In | Out |\n|---|---|\n| drop-off and pick-up | returns |\n| pick-up codes | payments |"
    assert not _r006(design_line=table)
    assert _r006(design_line=table.replace("| In | Out |", "| Step | Owner |"))


def test_a_heading_that_says_what_is_not_in_the_review_is_the_exclusions_part() -> None:
    text = REQUIREMENTS + "\n## Not in this review\n\n- the courier app\n" + DESIGN
    assert lint_string(text, select=("R006",)) == []


@pytest.mark.parametrize(
    ("line", "narrows"),
    [
        ("Single-city deployments only.", True),
        ("Drop-off by couriers only (no peer-to-peer sends).", True),
        ("We handle only the drop-off and pick-up flows.", True),
        ("There are so many directions: returns, payments, ads, routing. Pick-up first.", True),
        ("Staff-operated lockers, or self-service ones too? Self-service only for v1", True),
        ("The tracking page for customers? Another team, we only expose the data.", True),
        ("Every locker in the city, ignoring the pilot sites.", True),
        ("No returns, no refunds at the locker; said those are v2.", True),
        ("Explicitly said I'd ignore the courier app itself, only the lockers.", True),
        # "only" restricting how, not what: a condition, a permission, a guard on data
        ("A compartment reopens only if the code is still valid.", False),
        ("A courier can only open compartments assigned to the route.", False),
        ("Pick-up codes: per-customer access only, hashed at rest.", False),
        # a permission, a need of the design, a column of results, a view level: nothing left out
        ("A compartment is released by the holder only.", False),
        ("Share a locker's log with another user (see free/busy only, or edit).", False),
        ("The locker service doesn't need to trust the courier app's clock.", False),
        ("The online store only needs the latest state per compartment.", False),
        ("Show the latest run with pass / fail / skip counts.", False),
        ("Couriers don't need to support returns in v1.", True),
        ("Interviewer: No. Ignore returns and payments. Focus on drop-off and pick-up.", True),
        ("This is my practice for the round. Please ignore my english, I write fast.", False),
        ("The code is only given out while the parcel waits.", False),
        # who may do a thing, and a note in brackets on one line
        ("POST /lockers/{id}/open (remote, owner only, needs a fresh code)", False),
        ("Drop-off API: p99 < 150 ms (enqueue only, not delivery).", False),
        ("Couriers add compartments, admin only.", False),
        # the form of the write-up itself, not a part of the design
        ("Timeboxed to 30 min, notes only.", False),
        ("Drop-off side only (not the courier app).", True),
        # features refused in a row, opening a sentence of running text; a list of "no" inside one is no refusal
        ("Parcels up to 20 kg. No returns, no cash on delivery, no lockers abroad.", True),
        ("The courier has no key, no code and no way in until the app sends one.", False),
        # an item of the scope crossed out beside ticked ones; a cross inside a line crosses nothing out
        ("I'm ignoring Q&A, the courier app and the whole billing side; other products.", True),
        ("We're skipping refunds here.", True),
        ("comments and likes on parcels (interviewer said skip)", True),
        ("The interviewer said explicitly to ignore partner lockers.", True),
        ("She told us specifically to leave out returns.", True),
        # told to do one kind of the thing, the rest being alike
        ("The interviewer said returns work the same way, so just do deliveries.", True),
        ("Deliveries so just do the cheap path first, then the rest.", False),
        ("courier ratings (skipped)", True),
        ("\u274c returns and refunds (another session)", True),
        ("\u2717 cash on delivery", True),
        ("Drop-off works offline \u274c only if the locker kept its last sync.", False),
        # an item marked out after an arrow; an arrow to a component or out of band marks nothing
        ("refrigerated lockers -> OUT, a different problem", True),
        ("returns to the shop -> out for now", True),
        ("door events -> outbox -> the event bus", False),
        ("courier alerts -> out of band, by SMS", False),
        # a question offering the narrower scope asks; it narrows nothing yet
        ("general deliveries only, or refrigerated ones too?", False),
        # when a thing happens restricts how, not what
        ("Firmware updates go out evenings only.", False),
        ("Couriers use the rear door on weekends only.", False),
        ("- high avail during the Christmas window only, outside it nobody cares much", False),
        # a part put off to a later version in a list's shorthand, as a label or a tail
        ("v2: returns, refunds", True),
        ("Future work: oversized parcels", True),
        ("returns and refunds - v2", True),
        ("returns: later", True),
        ("Later: the courier app retries the door", False),  # a sequence of the flow
    ],
)
def test_narrowing_to_a_part_counts_and_restricting_how_does_not(line: str, narrows: bool) -> None:
    assert _r006(requirements_line=line) is not narrows


def test_a_feature_crossed_out_in_the_requirements_list_is_left_out() -> None:
    assert not _r006(requirements_line="~~returns and refunds~~ (v2 maybe)")
    assert not _r006(requirements_line="~~oversized parcels~~")
    # under a feature, as its own nested item, and behind a typed bullet
    assert not _r006(requirements_line="parcels\n  - ~~oversized ones~~")
    typed = REQUIREMENTS + "• ~~oversized parcels~~\n" + DESIGN
    assert [f.rule_id for f in lint_string(typed, select=("R006",))] == []
    # a word struck inside an item is an edit, not a part dropped
    assert _r006(requirements_line="couriers use the ~~front~~ rear door")


@pytest.mark.parametrize("name", ["scope-excluded", "est-skips"])
def test_lists_searched_in_the_whole_text_are_not_anchored_to_a_line(name: str) -> None:
    """R006 and E001 search the whole text with these lists before its lines (textutil.finds_in_doc): a
    term held to a line's start or end would never be found there."""
    from designlint.doc.vocabulary import load_vocabulary

    anchored = [t for t in load_vocabulary()[name] if t.startswith("^") or t.endswith("$")]
    assert anchored == []


def test_an_exclusion_wrapped_over_two_lines_in_the_requirements_is_read_whole() -> None:
    wrapped = "Returns and refunds change the design a lot, so I state them as out\n  of scope up front."
    assert not _r006(requirements_line=wrapped)
    assert _r006(requirements_line=wrapped.replace("out\n  of scope", "hard\n  to build"))
    # in a doc with no requirements step, anywhere
    essay = "# Lockers\n\nA parcel service. Returns change the design a lot, so I state them as out\nof scope.\n\n"
    design = "## High-level design\n\nA locker service keeps each compartment's state in Postgres.\n"
    assert [f.rule_id for f in lint_string(essay + design, select=("R006",))] == []


def test_a_heading_naming_what_the_product_is_spared_is_the_exclusions() -> None:
    text = REQUIREMENTS + "\n## What it doesn't need to do\n\n- returns and refunds\n" + DESIGN
    assert lint_string(text, select=("R006",)) == []
    assert [f.rule_id for f in lint_string(text.replace("doesn't need to do", "does next"), select=("R006",))] == [
        "R006"
    ]


def test_words_spaced_out_by_an_export_read_as_written() -> None:
    # a word processor's export puts two or three spaces between words
    assert not _r006(requirements_line="Not  covered  here:   returns,  refunds,  the  courier  app.")


@pytest.mark.parametrize("title", ["**Out** (parked)", "## Left out", "## Parked"])
def test_a_short_title_over_what_was_set_aside_is_the_exclusions(title: str) -> None:
    text = REQUIREMENTS + f"\n{title}\n\n- returns and refunds\n- the courier app\n" + DESIGN
    assert lint_string(text, select=("R006",)) == []
    renamed = text.replace(title, "## Notes")
    assert [f.rule_id for f in lint_string(renamed, select=("R006",))] == ["R006"]


def test_notes_that_go_straight_to_their_topics_are_held_to_naming_what_they_leave_out() -> None:
    # no step named: a bold label over each topic, as quick notes after a mock round are written
    notes = (
        "Parcel lockers - rough notes\n\n**Codes**\nEach parcel gets a six-digit code; the locker checks it"
        " locally so a dropped network does not strand a customer at the door.\n\n**Doors**\nThe controller"
        " opens one door per code and reports the state back, retrying until the service acknowledges it.\n\n"
        "**Full lockers**\nWhen a bank is full the courier is sent to the nearest one with space, found by a"
        " query on free compartments.\n"
    )
    assert [f.rule_id for f in lint_string(notes, select=("R006",))] == ["R006"]
    said = notes + "\nNot covered here: returns and refunds.\n"
    assert lint_string(said, select=("R006",)) == []


def test_a_question_heading_asking_what_is_left_out_heads_the_exclusions() -> None:
    text = REQUIREMENTS + "\n**Q: Anything you'd skip?**\nA: Returns, and the courier app for now.\n" + DESIGN
    assert lint_string(text, select=("R006",)) == []
    asked = text.replace("Anything you'd skip?", "Anything you'd add?")
    assert [f.rule_id for f in lint_string(asked, select=("R006",))] == ["R006"]


def test_a_wording_bound_to_its_line_end_is_read_on_every_line() -> None:
    # A doc whose opening list is no requirements step is searched whole: wording that must end its line
    # ("..., not now") is found on a line in the middle of the text, not only on the last one.
    text = (
        "Kiln firing slots\n\n• members book a firing slot\n• glaze lab bookings maybe later, not now\n"
        "• a slot holds one kiln\n\n## Design\nThe booking api keeps slots in Postgres.\n"
    )
    assert lint_string(text, select=("R006",)) == []
    assert [f.rule_id for f in lint_string(text.replace(", not now", ""), select=("R006",))] == ["R006"]


def test_a_narrowing_wrapped_over_a_line_break_is_read_whole() -> None:
    # the problem as posed, above the requirements, with the interviewer's words wrapped mid-phrase
    posed = (
        "# Retro: kiln firing slots\n\n## The question\nPotters book a kiln for a firing. The interviewer said"
        ' glazing classes: "ignore\nthem, assume the studio books those by hand".\n\n'
        "## Requirements\n- book a firing slot\n- cancel up to a day before\n\n"
        "## Design\nOne booking api keeps slots in Postgres.\n"
    )
    assert lint_string(posed, select=("R006",)) == []
    unwrapped_away = posed.replace('"ignore\nthem, ', '"\n')
    assert [f.rule_id for f in lint_string(unwrapped_away, select=("R006",))] == ["R006"]


def test_parts_left_out_one_after_another_in_the_requirements_narrow_the_scope() -> None:
    line = "We're doing drop-off and pick-up, right? not returns, not the courier app, not billing."
    assert not _r006(requirements_line=line)
    assert _r006(requirements_line="We're doing drop-off and pick-up, right? returns too, and the courier app.")


@pytest.mark.parametrize(
    "line",
    [
        "Codes can be a bit stale, no need for strong consistency.",
        "No need for low latency.",
        "I'd skip the generic boxes diagram and ask which parcels are urgent.",  # a step of the round
    ],
)
def test_a_quality_relaxed_in_the_requirements_leaves_no_part_out(line: str) -> None:
    assert _r006(requirements_line=line)
    assert not _r006(requirements_line="No need for a courier app in v1.")


def test_a_prep_sheets_question_on_what_was_left_out_heads_the_exclusions() -> None:
    sheet = (
        "# Lockers\n\n1) What does the system need to do?\n\n- Couriers drop parcels.\n- Customers pick up.\n\n"
        "2) Draw the high level architecture\n\napp -> locker api -> postgres\n\n"
        "3) Anything you left out?\n\nThe courier app is its own product, I kept away from it.\n"
    )
    assert lint_string(sheet, select=("R006",)) == []
    unasked = sheet.replace("3) Anything you left out?", "3) Anything else?")
    assert [f.rule_id for f in lint_string(unasked, select=("R006",))] == ["R006"]
