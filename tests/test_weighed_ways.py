"""Ways weighed with no trade-off word (D002, D004): two ways named, what one of them costs and a verdict, in the
forms cheat sheets and blog posts use: rows led by each way's name, a question that is only the two ways."""

from __future__ import annotations

from conftest import lint_string

HEAD = """# Coupon service

## Requirements

- Shoppers redeem a coupon code at checkout.

## High-level design

Checkout calls the coupon service, which keeps codes in a database.

## Deep dives

"""

ROWS = """### Code format
random 8 chars  -> nothing to coordinate | users mistype them
prefix + seq    -> short and ordered | guessable, so coupons leak
=> random 8 chars, with a checksum letter
"""

QUESTION = """### Redeeming once
Row lock or a conditional update? A lock is easy to reason about, but it holds the row for the whole checkout.
The conditional update touches the row once. Conditional update it is.
"""


def _rules(body: str, rules: tuple[str, ...]) -> list[str]:
    return [f.rule_id for f in lint_string(HEAD + body, select=rules)]


def test_rows_led_by_each_way_and_an_arrow_to_the_pick_weigh_a_choice() -> None:
    assert _rules(ROWS, ("D002", "D004")) == []
    # the same rows with no verdict weigh ways but decide nothing: no trade-off made
    assert "D004" in _rules(ROWS.replace("=> random 8 chars, with a checksum letter\n", ""), ("D004",))


def test_a_question_naming_only_the_two_ways_and_a_verdict_weigh_a_choice() -> None:
    assert _rules(QUESTION, ("D002", "D004")) == []
    assert "D004" in _rules(QUESTION.replace("Conditional update it is.", "It runs in the checkout call."), ("D004",))


def test_a_longer_question_with_or_is_no_pair_of_ways() -> None:
    # a review question names no ways: "what if X and/or Y is down?" over a cost and a verdict
    asked = (
        "### Outages\nHow does redeeming react if the database and/or the cache is unavailable?\n"
        "Checkout waits, but only for two seconds. Failing open it is.\n"
    )
    assert "D004" in _rules(asked, ("D004",))


def test_pros_and_cons_of_one_way_weigh_no_choice() -> None:
    one = "### Queue\nWe use RabbitMQ. The team knows it, but it tops out near 50k messages a second.\n"
    assert "D004" in _rules(one, ("D004",))


def test_ways_with_short_names_and_a_verdict_line_that_names_one() -> None:
    # two-letter names, and the verdict's line led by a label of its own ("for us:")
    short = (
        "### Shared cart edits\nOT: proven, needs the server to transform every edit\n"
        "CRDT: merges offline, but each item carries metadata that grows\n"
        "for us: carts are small and the server is always there -> OT is fine\n"
    )
    assert "D004" not in _rules(short, ("D004",))
    assert "D004" in _rules(short.replace("-> OT is fine", "-> we think about it later"), ("D004",))


def test_ways_led_by_sentences_and_a_stay_verdict() -> None:
    # the second way opens a sentence, not a line; the verdict keeps the first way with no "with"
    run_on = (
        "### Regions\nActive-passive: one region takes writes, simple data story. Active-active: every region "
        "takes writes, but two edits to one cart need merging. We stay active-passive for v1.\n"
    )
    assert "D004" not in _rules(run_on, ("D004",))
    assert "D004" in _rules(run_on.replace("We stay active-passive for v1.", "Carts are small."), ("D004",))


def test_two_ways_side_by_side_and_one_taken_after_an_arrow_with_its_reason() -> None:
    taken = "### Uploads\n- photos: S3 multipart vs tus -> multipart, no extra server to run\n"
    assert "D004" not in _rules(taken, ("D004",))
    # an arrow to something that is neither way picks nothing
    assert "D004" in _rules(taken.replace("-> multipart,", "-> resumable,"), ("D004",))


JUDGED_ROWS = """### Thumbnail generation
resize inside the upload request handler = nothing new to run, but uploads wait ~2 s on big photos
separate resize workers behind a queue -> uploads return at once; one more service and a queue to watch
pick: the workers, since upload latency is what users feel
"""

JUDGED_PROSE = """### Session storage
Sticky sessions on the balancer keep the code simple, but a server restart logs out everyone on it.
Central Redis sessions survive restarts, although every request now pays a network hop.
We took Redis, because deploys restart servers daily.
"""


def test_ways_leading_their_own_lines_with_what_each_costs_and_a_pick_weigh_a_choice() -> None:
    assert "D004" not in _rules(JUDGED_ROWS, ("D004",))
    # with no pick the rows only describe: nothing is weighed for a decision
    assert "D004" in _rules(JUDGED_ROWS.replace("pick: the workers, since", "Note:"), ("D004",))
    # two parts of one design, each judged, with no pick, are no ways weighed
    parts = "### Paths\nreads -> fast, straight from the cache\nwrites -> slower, they go to the primary\n"
    assert "D004" in _rules(parts, ("D004",))


def test_ways_weighed_sentence_by_sentence_and_one_taken_weigh_a_choice() -> None:
    assert "D004" not in _rules(JUDGED_PROSE, ("D004",))
    # one way, its drawbacks told in two sentences, then taken: no second way
    one_way = JUDGED_PROSE.replace("Central Redis sessions survive restarts, although", "It also scales out, although")
    assert "D004" in _rules(one_way.replace("We took Redis", "We took sticky sessions"), ("D004",))
    # one way judged and another taken in its place weighs the two
    assert "D004" not in _rules(one_way, ("D004",))


def test_a_cost_label_after_a_sentence_in_lower_case_notes_weighs_a_choice() -> None:
    # notes typed in lower case run sentences on: the label opens a sentence, not a line
    noted = "### Hot links\nreplicate hot keys to every replica and read from any. cost: deletes take longer to land\n"
    assert "D004" not in _rules(noted, ("D004",))
    assert "D004" in _rules(noted.replace("cost:", "also"), ("D004",))
