"""D004: ways weighed in cheat-sheet rows (what each buys and costs split by a pipe, a pick opening on "=",
"went", or an arrow to one way's name, or under "choice:") and in prose whose ways open on an article or a bold list
item; a cost named with no article ("Cost is ..."), a cost accepted ("accepting the occasional ..."), another way
offered in passing ("We could instead ..."), what a way loses, gains and costs marked on a way's line; the word
"trade-off" only with two sides beside it."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = """# Link shortener

## Requirements

- Users shorten a URL and follow short links.

## High-level design

An API writes links to a key-value store; redirects read them.

## Deep dives

"""


def _d004(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body, select=("D004",))] == ["D004"]


PIPES = """### Key generation
hash(url)->base62 : no coordination | collisions, need check+retry
counter->base62  : no collisions   | counter = SPOF, predictable keys
= counter ranges handed out per node, each node burns its own block
"""


def test_rows_split_by_a_pipe_and_a_pick_opening_on_equals_weigh_a_choice() -> None:
    assert not _d004(PIPES)
    assert _d004(PIPES.replace("= counter ranges", "notes: counter ranges"))


ARROW = """### Replication
leader-follower: simple, strong reads from the leader; leader dies = failover gap
leaderless: always writable, but needs read repair for conflicts
links must accept writes during a partition -> leaderless
"""


def test_an_arrow_to_one_way_s_name_after_the_ways_picks_it() -> None:
    assert not _d004(ARROW)
    assert not _d004(ARROW.replace("links must accept writes during a partition -> leaderless", "went leaderless"))
    # an arrow to something neither way is named by picks nothing
    assert _d004(ARROW.replace("-> leaderless", "-> see the appendix"))


PROSE = """### Click counter

The naive version increments a column on the link row. It is exact, but a viral link means thousands of writers
fighting over one row lock. Sharded counters spread that contention out and make reads more expensive. We landed
on sharded counters.
"""


def test_ways_opening_on_an_article_weigh_a_choice() -> None:
    assert not _d004(PROSE)
    assert _d004(PROSE.replace("We landed\non sharded counters.", "Reads are rare."))


@pytest.mark.parametrize(
    ("weighed", "unweighed"),
    [
        (
            "### Redirects\nMe: A 301, or a 302 so we count clicks. Cost is one hop to us on every click. I'd go 302.",
            "### Redirects\nMe: A 302 so we count clicks; one hop to us on every click.",
        ),
        (
            "### Counting\nExact counts need a write per click. We settle on a sampled counter, accepting the "
            "occasional off-by-a-few.",
            "### Counting\nWe settle on a sampled counter, accepting payments later.",
        ),
        (
            "### Expiry\nA sweeper job deletes expired links nightly. We could instead expire on read: free, but "
            "dead rows linger.",
            "### Expiry\nA sweeper job deletes expired links nightly, but dead rows linger a day.",
        ),
        (
            "### Key store\nredis -> fast, but RAM bound\npostgres -> durable, slower reads\nchoice: postgres",
            "### Key store\npostgres -> durable, slower reads\nnotes: postgres",
        ),
        (
            "### Push\nInterviewer: Anything you lose with SSE?\nMe: Binary frames. Fine for text. SSE.",
            "### Push\nInterviewer: Anything else with SSE?\nMe: Binary frames. Fine for text. SSE.",
        ),
        (
            "### Redirect cache\nredis per region   + simple, one hop   - cold after failover\n"
            "edge KV            + no hop at all     - writes take 60 s to spread\n-> edge KV",
            "### Redirect cache\nredis per region, one hop\nedge KV, no hop at all\n-> edge KV",
        ),
        (
            "### Counting\nA log of every click is exact, but needs a timestamp per click. We count.",
            "### Counting\nA log of every click keeps a timestamp per click. We count.",
        ),
    ],
)
def test_a_cost_said_plainly_or_marked_or_another_way_offered_weighs_a_choice(weighed: str, unweighed: str) -> None:
    assert not _d004(weighed)
    assert _d004(unweighed)


@pytest.mark.parametrize(
    "one_way",
    [
        "### Redirects\nWe answer every click with a 302 from the edge.\n\n**Trade-offs.** Each click costs a hop to "
        "us, and the edge cache holds a link for 60 s.",
        "### Limits\ntoken bucket per user, 100/min\ntradeoff: a little over the limit possible across regions",
    ],
)
def test_the_word_over_one_way_s_costs_weighs_nothing(one_way: str) -> None:
    assert _d004(one_way)


@pytest.mark.parametrize(
    "two_sides",
    [
        "### Redirects\nA 302 from the edge: the trade-off between click counts and one more hop is worth it.",
        "### Redirects\nWe answer with a 302; the tradeoff is a hop per click for counting every click.",
    ],
)
def test_the_word_with_two_sides_beside_it_weighs_a_choice(two_sides: str) -> None:
    assert not _d004(two_sides)
