"""Deep-dive checks: count, options, decision, and the design-wide trade-off, failure and scaling cues."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest

from conftest import lint_string

HEAD = """# Design a feed

## Requirements

- Users see posts from people they follow.

## High-level design

A feed service reads posts from a database.

## Deep dives
"""


def _dives(*bodies: str) -> str:
    return HEAD + "".join(f"\n### Dive {n}\n\n{body}\n" for n, body in enumerate(bodies, 1))


def _lint(text: str, rule: str, **settings: Any) -> list[Any]:
    return lint_string(text, select=(rule,), **settings)


# A dive that reasons: enough prose to weigh a choice, not a one-line mention.
REASONED = (
    "Push writes each post id into every follower's feed list when it is created. Pull builds the feed "
    "when it is read. We push because reads outnumber writes a hundred to one, and pull only for accounts "
    "with huge followings."
)


def test_count_too_few_and_too_many_are_both_info() -> None:
    few = _lint(_dives(REASONED), "D001")
    assert [(f.rule_id, f.severity.value) for f in few] == [("D001", "info")]
    many = _lint(_dives(*[REASONED] * 6), "D001")
    assert [(f.severity.value, "6 deep dives" in f.message) for f in many] == [("info", True)]
    assert _lint(_dives(REASONED, REASONED, REASONED), "D001") == []


def test_count_limits_are_options() -> None:
    rules = MappingProxyType({"D001": MappingProxyType({"min": 1, "max": 2})})
    assert _lint(_dives(REASONED), "D001", rules=rules) == []
    assert len(_lint(_dives(REASONED, REASONED, REASONED), "D001", rules=rules)) == 1


def test_no_deep_dive_step_means_no_count_finding() -> None:
    assert _lint(HEAD.replace("## Deep dives\n", ""), "D001") == []


def test_single_option_names_the_dive() -> None:
    one = "We push each post id into every follower's feed list.\nReads are then one lookup."
    two = "Push or pull? Push makes reads cheap; pull makes writes cheap.\nWe push."
    findings = _lint(_dives(one, two), "D002")
    assert [(f.rule_id, "'Dive 1'" in f.message) for f in findings] == [("D002", True)]


def test_a_comparison_table_counts_as_options() -> None:
    table = "| Approach | Cost |\n|---|---|\n| push | writes |\n| pull | reads |"
    assert _lint(_dives(table), "D002") == []


def test_an_alternative_weighed_and_put_aside_is_a_second_option() -> None:
    # "We considered X, but ...": the road not taken is named with the reason it was not taken.
    one = "Blobs go to an object store behind a CDN.\nThe metadata row is written after the blob."
    considered = one + "\nWe considered keeping blobs in the database, but it bloats backups."
    assert [f.rule_id for f in _lint(_dives(one), "D002")] == ["D002"]
    assert _lint(_dives(considered), "D002") == []
    assert _lint(_dives(one + "\nWe ruled out a shared disk because it is one more thing to run."), "D002") == []


def test_no_decision_only_where_options_were_laid_out() -> None:
    undecided = "There are two options.\nPush writes to every feed; pull reads at request time."
    decided = "There are two options.\nPush or pull; we choose push because reads dominate."
    plain = "Posts are pushed into feeds.\nReads are one lookup."
    findings = _lint(_dives(undecided, decided, plain), "D003")
    assert [f.line for f in findings] == [13]


def test_design_wide_rules_read_the_whole_design_not_the_requirements() -> None:
    text = HEAD.replace("- Users see posts", "- Must survive a failure of any server.\n- Users see posts")
    text += "\n### Fan-out\n\nWe push posts.\n"
    assert [f.rule_id for f in _lint(text, "D005")] == ["D005"]
    assert _lint(text + "\nIf a feed node fails, reads fall back to the database.\n", "D005") == []


def test_tradeoff_and_scaling_cues() -> None:
    text = _dives("We push posts.")
    assert [f.rule_id for f in _lint(text, "D004")] == ["D004"]
    assert _lint(text + "\nPush makes reads fast at the cost of heavy writes.\n", "D004") == []
    assert [f.rule_id for f in _lint(text, "D006")] == ["D006"]
    assert _lint(text + "\nAt 10x the load we shard feeds by user id.\n", "D006") == []
    # one item swamping the part that holds it, then split: the hot spot growth exposes
    hot = "\n- a viral post -> one fan-out worker overloaded\n- fix: key by (post_id, salt 0..7), merge the partials\n"
    assert _lint(text + hot, "D006") == []


def test_a_line_numbered_below_its_section_that_names_a_weighing_over_its_paragraph_weighs_options() -> None:
    body = (
        "6a. Streaming only vs batch and streaming\nOne job gives fast numbers and a nightly batch recomputes"
        " them from the raw events and overwrites, so two pieces of code compute the same thing and drift apart."
        "\nI pick the single streaming job and replay the raw topic through it when a recompute is needed."
    )
    assert _lint(_dives(body), "D004") == []
    assert [f.rule_id for f in _lint(_dives(body.replace(" vs batch and streaming", "")), "D004")] == ["D004"]


def test_an_adrs_considered_options_weigh_a_choice() -> None:
    """A decision record lays its options out under "Considered options" and names one under "Decision"."""
    adr = (
        "# ADR-7: Search index refresh\n\n## Context\n\nThe index lags the catalogue by hours.\n\n"
        "## Considered options\n\n**A. Nightly rebuild, run hourly.** The job takes 50 minutes and pins the"
        " cluster for all of it.\n\n**B. Change events into the indexer.** Each product edit is indexed in"
        " seconds; the indexer is one more consumer to run.\n\n## Decision\n\n**Option B.** The team runs"
        " consumers already.\n"
    )
    assert _lint(adr, "D004", profile="interview") == []
    assert [f.rule_id for f in _lint(adr.replace("Considered options", "Ideas"), "D004", profile="interview")] == [
        "D004"
    ]


def test_an_interviewers_question_of_a_figure_becoming_a_bigger_one_asks_for_growth() -> None:
    talk = (
        "# Ledger mock\n\n## Requirements\n\n- Post payments.\n\n## High-level design\n\nOne Postgres primary.\n\n"
        "**Interviewer**: {}\n\n**Me**: Shard by account id and settle between shards in batches.\n"
    )
    assert _lint(talk.format("And when 20M a day becomes 500M?"), "D006") == []
    assert [f.rule_id for f in _lint(talk.format("And what about refunds?"), "D006")] == ["D006"]


def test_the_data_split_by_customer_when_more_sign_up_is_a_scaling_path() -> None:
    talk = (
        "# Clinic booking\n\n## Requirements\n\n- Book a visit.\n\n## High-level design\n\nOne Postgres primary.\n\n"
        "## If more clinics join\n\nEverything is keyed by clinic already. The next step would be {}.\n"
    )
    for split in ("one database per large clinic", "schema-per-tenant", "a shard per region"):
        assert _lint(talk.format(split), "D006") == [], split
    # the same split as the base design, with nothing said of change, is no path
    base = talk.replace("## If more clinics join", "## Storage").replace("The next step would be {}", "We keep {}")
    assert [f.rule_id for f in _lint(base.format("one database per clinic"), "D006")] == ["D006"]


def test_the_system_taken_wider_or_to_a_multiple_of_itself_talks_about_growth() -> None:
    base = "# Kiosks\n\n## Requirements\n\n- Order food.\n\n## High-level design\n\nOne Postgres primary.\n\n"
    wider = base + "## If this goes to more cities\n\nThe broker partitions by city, so a city is partitions and consumers.\n"
    asked = base + "**Interviewer:** How would this change if it were 40 sites?\n\n**Me:** Partition orders by site.\n"
    more = base + "## Storage\n\nIf the chain buys its rivals (10x more), still fine with an index on site_id.\n"
    for text in (wider, asked, more):
        assert _lint(text, "D006") == [], text
    # the same mechanism with nothing said of change is the base design
    plain = base + "## Broker\n\nThe broker partitions by city, so a city is partitions and consumers.\n"
    assert [f.rule_id for f in _lint(plain, "D006")] == ["D006"]


def test_a_section_on_a_hot_spot_growth_exposes_is_a_scaling_path() -> None:
    hot = (
        "\n### Hot symbols\n\n- earnings day: 2M clients all on one symbol\n- the edge sends one message per box,"
        " not per client, so 100 boxes is fine\n- a box that falls behind drops to 2 s conflation\n"
    )
    assert _lint(_dives("We push quotes.") + hot, "D006") == []
    # one hot thing named in the singular, in capitals as plain notes write it
    assert _lint(_dives("We push quotes.") + hot.replace("Hot symbols", "HOT SYMBOL"), "D006") == []
    assert [f.rule_id for f in _lint(_dives("We push quotes.") + hot.replace("Hot symbols", "Hot standby"), "D006")] == [
        "D006"
    ]


def test_what_a_retro_should_have_said_is_said_and_its_growth_phrasings_count() -> None:
    retro = (
        "# Retro: job scheduler round\n\n## Requirements\n\n- Run jobs on time.\n\n## High level I drew\n\n"
        "Postgres queue with workers polling it.\n\n## What I should have said\n\n{}\n"
    )
    for grows in ("Scaling to 10x the jobs, partition them by job id.",
                  "Partition jobs across N Postgres shards. Past that, move to a timing wheel per shard."):
        assert _lint(retro.format(grows), "D006") == [], grows
    # what was only missed still asks for it
    missed = retro.replace("## What I should have said", "## Where it went wrong").format(
        "I should have talked about sharding.")
    assert [f.rule_id for f in _lint(missed, "D006")] == ["D006"]


def test_a_doc_without_a_design_step_is_read_whole_but_its_requirements_do_not_answer() -> None:
    asks = "# Feed\n\n## Requirements\n\n- Must survive the loss of any server and scale as traffic grows.\n"
    assert [f.rule_id for f in _lint(asks, "D005")] == ["D005"]
    assert [f.rule_id for f in _lint(asks, "D006")] == ["D006"]
    notes = asks + "\n## Notes\n\nPosts go to one database; if it goes down a replica takes over.\n"
    assert _lint(notes, "D005") == []
    assert _lint("", "D005") == [] and _lint("```\nclient -> api\n```\n", "D006") == []


def test_a_lone_dive_found_only_by_its_content_is_not_counted_as_too_few() -> None:
    text = (
        "# Feed\n\n## Requirements\n\n- Users see posts.\n\n## Architecture\n\n```\nclient -> feed -> db\n```\n\n"
        "## Feed assembly\n\nTwo approaches: push or pull.\n\n| Approach | Cost |\n|---|---|\n| push | writes |\n"
    )
    assert _lint(text, "D001") == []
    assert _lint(text.replace("## Feed assembly", "## Deep dive: feed assembly"), "D001") != []


def test_a_comparison_table_without_a_pick_has_no_decision_even_if_the_title_says_decision() -> None:
    table = "| Technique | Idea |\n|---|---|\n| Geohash | string prefixes |\n| Quadtree | split dense areas |"
    text = HEAD + f"\n### Geo-index: the key decision\n\n{table}\n\nDrivers sit in cells.\n"
    assert [f.rule_id for f in _lint(text, "D003")] == ["D003"]
    mapping = table.replace("Technique | Idea", "Challenge | Idea")
    assert _lint(text.replace(table, mapping), "D003") == []
    assert _lint(text + "\nWe pick the quadtree because cities are dense.\n", "D003") == []


@pytest.mark.parametrize(
    "title",
    [
        # how the whole system grows is its scaling path (D006); its security is a quality
        "When we grow",
        "If we grow a lot",
        "Scaling it",
        "Security and data protection",
        # what the writer has not settled
        "Not sure yet",
        "Open items",
    ],
)
def test_sections_on_the_whole_system_or_what_is_unsettled_are_no_dives(title: str) -> None:
    body = HEAD.replace("## Deep dives\n", "") + f"\n## Feed storage\n\n{REASONED}\n\n## {title}\n\n{REASONED}\n"

    def dives_missing(text: str) -> bool:
        found = lint_string(text, select=("D001", "S001"))
        return any(f.rule_id == "D001" or f.variant == "deep-dive" for f in found)

    assert dives_missing(body)
    assert not dives_missing(body.replace(f"## {title}", "## Fan-out for celebrities"))


def test_a_question_about_a_part_failing_heads_failure_handling_not_a_dive() -> None:
    # Under question headings, "What if the dispatcher crashes?" is answered by failure handling (D005).
    body = HEAD.replace("## Deep dives\n", "") + f"\n## How does matching run?\n\n{REASONED}\n"
    crash = body + f"\n## What if the dispatcher crashes?\n\n{REASONED}\n"
    assert [f.rule_id for f in _lint(crash, "D001")] == ["D001"]
    other = body + f"\n## How do stacked orders work?\n\n{REASONED}\n"
    assert _lint(other, "D001") == []


def test_a_section_on_the_system_failing_is_asked_for_no_options() -> None:
    """A dive into what breaks counts for D001, but weighs no options: D002 and D003 leave it alone."""
    one = "Blobs go to an object store behind a CDN.\nThe metadata row is written after the blob."
    assert [f.rule_id for f in _lint(_dives(one), "D002")] == ["D002"]
    failing = HEAD + f"\n### What if stuff breaks\n\n{one}\n"
    assert _lint(failing, "D002") == [] and _lint(failing, "D003") == []


def test_a_section_on_the_systems_growth_of_some_length_is_a_scaling_path() -> None:
    """"## Scaling path" over a table of stages says how the design grows, whatever words its rows use."""
    stages = (
        "| Stage | Fleet | Change |\n|---|---|---|\n| Launch | 100k lockers | one broker pair, Postgres for all |\n"
        "| Growth | 1M lockers | Kafka between gateways and the state store |\n"
        "| International | 20M lockers | one stack per continent, lockers pinned to theirs |\n"
    )
    text = _dives("We push posts.") + f"\n## Scaling path\n\n{stages}"
    assert _lint(text, "D006") == []
    assert [f.rule_id for f in _lint(text.replace("## Scaling path", "## Rollout"), "D006")] == ["D006"]
    # a stub under the heading says nothing
    assert [f.rule_id for f in _lint(_dives("We push posts.") + "\n## Scaling path\n\nTBD.\n", "D006")] == ["D006"]


def test_autoscaling_is_the_base_designs_elasticity_unless_the_text_talks_about_growth() -> None:
    base = "# Print shop\n\n## Requirements\n\n- Print orders.\n\n## High-level design\n\nOne Postgres primary.\n\n"
    plain = base + "## Workers\n\nRender workers autoscale on queue depth, two to eight of them.\n"
    assert [f.rule_id for f in _lint(plain, "D006")] == ["D006"]
    grows = base + "## If orders grow\n\nRender workers autoscale on queue depth, two to eight of them.\n"
    assert _lint(grows, "D006") == []


def test_a_turn_that_forecasts_more_load_before_its_question_asks_for_growth() -> None:
    talk = (
        "# Mail filter mock\n\n## Requirements\n\n- Score each mail.\n\n## Design\n\nOne scorer over a Kafka topic.\n\n"
        "## Last minutes\n\nInterviewer: We are nearly out of time. {} What breaks first?\n\n"
        "Me: The topic, so more partitions and more brokers.\n"
    )
    assert _lint(talk.format("Traffic doubles next year."), "D006") == []
    assert [f.rule_id for f in _lint(talk.format("The load is even all day."), "D006")] == ["D006"]
    # a peak is today's load, not growth
    assert [f.rule_id for f in _lint(talk.format("Traffic doubles at peak."), "D006")] == ["D006"]


def test_going_wider_hedged_in_time_is_a_scaling_path() -> None:
    doc = _dives("We upload to a bucket.") + "\nIf the business ever goes multi-country, each gets its own bucket.\n"
    assert _lint(doc, "D006") == []
    assert [f.rule_id for f in _lint(doc.replace("goes multi-country", "adds a country"), "D006")] == ["D006"]


def test_words_of_failure_in_another_sense_say_nothing_of_failure() -> None:
    other_senses = (
        "To find the top five, go down to the prefix node and read its cached list.",
        "Cold start: popular items first; once it has clicks the learned model takes over.",
        "Lost access? The user prints a recovery key at sign-up; account recovery needs it.",
        "New index builds in the background, then we switch the pointer: no downtime.",
    )
    for said in other_senses:
        assert [f.rule_id for f in _lint(_dives(said), "D005")] == ["D005"], said
    # the same words beside a part failing still count
    failing = (
        "If the primary goes down, the standby takes over.",
        "When a node dies its replica takes over.",
        "If the index node crashes we rebuild it from the snapshot, no downtime for reads.",
    )
    for said in failing:
        assert _lint(_dives(said), "D005") == [], said


def test_ways_led_by_arrows_in_notes_and_an_arrow_to_the_pick_weigh_a_choice() -> None:
    notes = (
        "\n## shared rating\n- mean → one loud vote skews it\n- median → steadier, but jumpy with few votes\n"
        "- weighted-ish → start at the setter's guess, blend in votes\n- → go weighted. round to a whole grade\n"
    )
    assert _lint(_dives("We store votes.") + notes, "D004") == []
    # the same ways with nothing picked weigh nothing yet
    undecided = notes.replace("- → go weighted. round to a whole grade\n", "")
    assert [f.rule_id for f in _lint(_dives("We store votes.") + undecided, "D004")] == ["D004"]


def test_lettered_ways_picked_by_the_first_word_of_a_name_weigh_a_choice() -> None:
    ways = (
        "Options:\n  a) polling every 10 s from each board\n  b) websockets pushed from the quote service\n\n{}\n"
    )
    assert _lint(_dives("We push quotes.", ways.format("Picking websockets, the board must move live.")), "D004") == []
    assert [f.rule_id for f in _lint(_dives("We push quotes.", ways.format("Both would do.")), "D004")] == ["D004"]


def test_a_part_running_hot_then_split_and_a_stage_sized_with_a_plus_are_growth() -> None:
    base = "# Live chat\n\n## Requirements\n\n- Comments on a stream.\n\n## Design\n\nOne Redis channel per stream.\n\n"
    hot = base + "## Notes\n\nIf that node is hot, shard the channel into eight and let gateways read all of them.\n"
    staged = base + "## Notes\n\nFor 10M+: add a relay tier between the aggregator and the gateways.\n"
    for text in (hot, staged):
        assert _lint(text, "D006") == [], text
    named = base + "## Notes\n\nI think one channel works, but then the hot chat problem.\n"
    assert [f.rule_id for f in _lint(named, "D006")] == ["D006"]


@pytest.mark.parametrize(
    "said",
    [
        "One raft group handles 10k writes/s; if more, shard the lock names over N groups by hash(name).",
        "A waiting room is not needed at 150 req/s. If next year 3 times more people, then maybe.",
        "A viral video can get 100k views/s, which would hammer a single counter row, so we write deltas.",
        "The table is sharded by restaurant_id if we ever need it.",
    ],
)
def test_growth_in_the_words_of_notes(said: str) -> None:
    base = "# Booking\n\n## Requirements\n\n- Book a table.\n\n## Design\n\nOne Postgres primary.\n\n## Notes\n\n"
    assert _lint(base + said + "\n", "D006") == [], said


def test_an_option_passed_over_for_what_it_offers_that_is_not_needed_is_a_trade_off() -> None:
    passed = "Redis pub/sub for delivery. Kafka would give replay we said we don't need, and it is one more cluster."
    assert _lint(_dives("We push quotes.", passed), "D004") == []
    assert _lint(_dives("SSE for the feed. WS gives bidirectional which we don't need."), "D004") == []
    # what the design needs is no option passed over
    assert [f.rule_id for f in _lint(_dives("Postgres gives us the joins we need."), "D004")] == ["D004"]


def test_another_way_offered_as_its_own_sentence_or_judged_plainly_weighs_a_choice() -> None:
    offered = "Shops are found with MySQL's spatial index. Or use Elasticsearch if we want text search. Start with MySQL, simpler."
    assert _lint(_dives("We push quotes.", offered), "D004") == []
    judged = "Bays are held as time ranges.\n- alternative: one row per slot, locked FOR UPDATE. meh, ranges are cleaner"
    assert _lint(_dives("We push quotes.", judged), "D004") == []
    # "or" inside a sentence offers no way of its own
    inside = "Shops are found with MySQL's spatial index or a plain scan when there are few."
    assert [f.rule_id for f in _lint(_dives("We push quotes.", inside), "D004")] == ["D004"]


def test_a_choice_argued_over_or_weighed_as_gain_for_cost_is_a_trade_off() -> None:
    argued = ("We argued for a while about whether to resize each photo on upload instead. It would make the first "
              "view faster. Resizing on first view was what we kept.")
    assert _lint(_dives("We push quotes.", argued), "D004") == []
    weighed = "Signed URLs per shop give most of the protection for almost none of the cost of a proxy."
    assert _lint(_dives("We push quotes.", weighed), "D004") == []
    # a plain account of what was done weighs nothing
    told = "We resize each photo on upload and keep three sizes."
    assert [f.rule_id for f in _lint(_dives("We push quotes.", told), "D004")] == ["D004"]


def test_a_way_called_wasteful_after_but_is_weighed() -> None:
    weighed = "- polling every 3 s: dumb and reliable, but wasteful\n- a socket: instant, cheap per update"
    assert _lint(_dives("We push quotes.", weighed), "D004") == []


def test_a_pick_written_going_w_slash_is_a_decision() -> None:
    dive = (
        "- option A: push new posts into follower feeds, reads are one lookup\n"
        "- option B: pull at read time, one merge per read, no write storm\n"
        "- {} B: pulls stay cheap when most people follow few accounts\n"
    )
    assert _lint(_dives(dive.format("going w/")), "D003") == []
    assert _lint(_dives(dive.format("went with")), "D003") == []
    assert [f.rule_id for f in _lint(_dives(dive.format("maybe")), "D003")] == ["D003"]
