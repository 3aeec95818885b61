"""R001 where no feature list is written: what asks for features and what only seems to."""

from __future__ import annotations

from conftest import lint_string


def _none(text: str) -> bool:
    """R001 says that no functional requirement is listed."""
    return any(f.variant == "none" for f in lint_string(text, select=("R001",)))


QUIZ = """greenhouse sensors - Q/A drill

Q: how does a reading get from the sensor to the dashboard?
A: sensor -> gateway -> ingest API -> queue -> time-series store.

Q: what happens if the gateway loses its uplink?
A: it buffers a day of readings on disk and replays them in order.

Q: how much load at peak?
A: 40k sensors, one reading every 10 s, so 4k writes/s.

Q: security?
A: per-gateway certificates and mTLS to the ingest API.
"""


def test_a_quiz_on_the_design_asks_for_no_features() -> None:
    # its questions probe the design ("security?" once the flow is drawn asks how it is guarded): the quiz
    # holds no requirements at all, and no feature is taken for one
    found = lint_string(QUIZ, select=("R001", "S001"))
    assert any(f.rule_id == "S001" and "requirements" in f.message for f in found)
    assert not any(f.rule_id == "R001" and f.variant != "none" for f in found)


def test_a_question_about_what_is_in_is_the_requirements_talk() -> None:
    asked = QUIZ.replace(
        "Q: how does a reading get",
        "Q: should growers get an alert when a bed dries out?\nA: yes, and a chart per bed.\n\nQ: how does a reading get",
    )
    assert not _none(asked)


def test_a_transcript_with_the_interviewers_prompt_is_the_requirements_talk() -> None:
    talk = (
        "Interviewer: Let's build a shared shopping list. Where do you want to begin?\n\n"
        "Candidate: Family members add items, tick them off, and see each other's changes live. Is that it?\n\n"
        "Interviewer: Yes.\n\n## Design\n\nA list service keeps each list in one row; clients subscribe over WebSocket.\n"
    )
    assert not _none(talk)


def test_the_title_line_of_plain_notes_asks_for_nothing() -> None:
    notes = (
        "Lets Meet (\"find a time that works\")\nnotes, thursday\n\nassumptions:\n"
        "20M users, ~3 calendars each, most invites inside one company\n\n"
        "architecture:\ncalendar sync workers pull each calendar every 5 min into a busy-slot store.\n"
    )
    assert _none(notes)
    assert not _none(notes.replace("assumptions:\n", "what it does:\n- people pick a slot\n\nassumptions:\n"))


def test_a_table_of_targets_under_goals_lists_no_feature() -> None:
    goals = (
        "# Image resizing service\n\nThe web tier needs thumbnails of every uploaded image.\n\n## Goals\n\n"
        "| Dimension | Goal |\n|---|---|\n| Latency | p99 < 200 ms per resize |\n"
        "| Volume | 30M uploads/day |\n| Availability | 99.9% |\n| Cost | under $2k a month |\n\n"
        "## Design\n\nA resize worker pool reads from a queue and writes to object storage.\n"
    )
    assert _none(goals)
    features = goals.replace("| Latency | p99", "| Crops | a square crop and a 2x version |\n| Latency | p99")
    assert not _none(features.replace("| Volume | 30M uploads/day |\n", "| Formats | WebP and AVIF output |\n"))


def _r001(text: str) -> list[str]:
    return [f.message.split(":")[0] for f in lint_string(text, select=("R001",))]


def test_quality_goals_are_the_non_functional_part_and_what_it_must_do_the_features() -> None:
    text = (
        "# Bike share\n\n## Scope\n\nWhat the service has to do:\n\n- riders unlock a bike with the app\n"
        "- riders end a ride at any dock\n- riders see free bikes on a map\n\n## Quality goals\n\n"
        "- unlock answers within a second\n- 99.9% available at rush hour\n\n## Design\n\nA box.\n"
    )
    assert _r001(text) == []  # three features: the quality goals are not read as a short feature list
    assert _r001(text.replace("- riders see free bikes on a map\n", "")) == ["functional requirements listed"]


def test_items_lettered_with_a_bracket_are_a_feature_list() -> None:
    text = (
        "bike share notes\n\nRequirements:\n  a) unlock a bike with the app\n  b) end a ride at any dock; billing "
        "also out of scope\n  c) see free bikes on a map\n  d) volume: 200k rides/day, 10x at 8am\n\n"
        "Design:\nA box.\n"
    )
    assert _r001(text) == []  # three features, the workload line and the exclusion aside
    assert _r001(text.replace("  c) see free bikes on a map\n", "")) == ["functional requirements listed"]


def test_a_checklist_of_boxed_lines_is_a_feature_list() -> None:
    text = (
        "bike share notes\n\nRequirements\n[x] unlock a bike with the app, the dock releases it in a second or two\n"
        "[x] end a ride at any dock and see what it cost\n[x] see free bikes and empty docks on a map\n"
        "[ ] family accounts -- said that's v2\n\nDesign\nA box.\n"
    )
    assert _r001(text) == []
    assert _r001(text.replace("[x] see free bikes and empty docks on a map\n", "").replace(
        "[ ] family accounts -- said that's v2\n", "")) == ["functional requirements listed"]


def test_what_they_wanted_heads_the_feature_list() -> None:
    text = (
        "bike share notes\n\nwhat they wanted\n* unlock a bike with the app\n* end a ride at any dock\n"
        "* see free bikes on a map\n\nNFRs i stated\n- unlock answers in under a second\n\ndesign\nA box.\n"
    )
    assert _r001(text) == []
    assert _r001(text.replace("what they wanted", "what I drew")) == ["no functional requirements listed"]


def test_what_both_designs_have_to_do_heads_the_features() -> None:
    text = (
        "# Lockers: design A vs design B\n\nContext: 20k lockers in three cities.\n\nOut of scope: returns.\n\n"
        "What both designs have to do:\n- drop parcels\n- send a code\n"
        "- open on the code\n\n## Side by side\n\nA box.\n"
    )
    assert _r001(text) == []


def test_anyone_the_product_serves_saying_what_they_can_do_asks_for_a_feature() -> None:
    # the actor in the writer's own word ("a patient", "the passenger"), not only "users"
    prose = (
        "# Clinic queue\n\n## What we're building\n\nA patient checks in at the kiosk. A patient can also leave the "
        "queue from the phone. Latency under 200 ms.\n\n## Design\n\nOne server.\n"
    )
    assert not _none(prose)
    # what a thing can be is no feature
    assert _none(prose.replace("A patient can also leave the queue from the phone.", "The queue can be a minute stale."))


def test_features_set_out_inline_after_a_label_are_listed() -> None:
    # a one-pager's "Must do:" line, its features split at semicolons (or commas)
    page = (
        "Password sync one-pager\n\n**Problem:** keep encrypted vaults in sync across devices.\n\n"
        "**Must do:** edit items offline and sync later; share a vault with family; set up a new device; "
        "item history.\n\n**Targets:** p95 sync under 2 s; 99.95% availability.\n\n"
        "## Design\n\nClients encrypt; the server stores blobs per vault.\n"
    )
    assert not _none(page)
    # qualities and figures set out the same way list no feature, nor does prose after a label
    assert _none(page.replace("**Must do:** edit items", "**Scale:** 20M users, 3 devices each; 400 items per vault; edit items"))
    prose = "**Must do:** Users edit items offline. The rest we discussed, sharing and history, comes later.\n\n"
    assert _none(page.replace(page[page.index("**Must do:**") : page.index("**Targets:**")], prose))


def test_features_set_out_after_a_label_mid_paragraph_and_wrapped_are_listed() -> None:
    summary = (
        "**Problem we picked**\nA parcel network, 2M parcels a day. Shops want to notify buyers. We need: per-buyer\n"
        "preferences (mute, channel opt-out), templates, delivery over push,\nemail, an in-app inbox.\n\n"
        "**Targets we agreed on**\n- p99 < 2 s from notify to hand-off.\n- 99.95% availability for intake.\n"
    )
    assert not _none(summary)
    assert _none(summary.replace("We need: per-buyer\npreferences (mute, channel opt-out), templates, delivery over"
                                 " push,\nemail, an in-app inbox.", "We talked."))


def test_features_a_turn_sets_out_after_a_label_are_listed() -> None:
    talk = (
        "# Upload mock\n\n[00:00] Interviewer: Design the upload side of a video site.\n"
        "[00:20] Me: Scope is upload and processing only. Is ok?\n[00:45] Interviewer: Yes.\n"
        "[00:50] Me: Functional then: 1) upload up to 10 GB, 2) resume a broken upload, 3) transcode, 4) thumbnails.\n"
        "[01:30] Me: Non functional: an uploaded video is never lost.\n"
    )
    assert not _none(talk)


# Scratch notes: what users do, set out under the title with no lead-in, then a label for the qualities only.
SCRATCH = """Shared grocery list - scratch notes

-> anyone in the household adds an item
-> tick an item off while in the shop
-> see who added what

nfr
-> a ticked item shows on the other phones within 2 s
-> works offline in the shop, syncs later

api
-> POST /lists/{id}/items {name}
"""


def test_a_list_of_what_users_do_above_a_step_of_qualities_alone_is_the_feature_list() -> None:
    assert not _none(SCRATCH)
    # with the features gone, the step of qualities lists none
    bare = SCRATCH.replace("-> anyone in the household adds an item\n-> tick an item off while in the shop\n"
                           "-> see who added what\n\n", "")
    assert _none(bare)
