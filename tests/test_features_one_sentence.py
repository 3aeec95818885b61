"""R001: an essay whose opening says what someone can do ("users can see where their bus is") and lists no
features is told none are listed, in one sentence or in two: sentences tell the product, a list names its
features. A list of the same things is counted."""

from __future__ import annotations

from conftest import messages

OPENING = """# Where is the school bus?

Our district runs forty buses. {asks} The rest of this post is how I built it on a small budget.

**What mattered**

The map must update within 10 seconds of the bus moving, and it must never show a child's stop to anyone but
their own parents.

**The tracker**

Each bus carries a phone that posts its position every five seconds to a small service, which keeps the last
position per bus in Redis and the trail in Postgres; the parents' app polls the last position.
"""


def test_one_sentence_of_what_someone_can_do_lists_no_features() -> None:
    text = OPENING.format(asks="Users can see where their bus is on a map.")
    assert messages(text, "R001")


def test_two_sentences_of_what_people_can_do_are_no_list() -> None:
    asks = "Users can see where their bus is on a map. People can mark a stop as skipped."
    assert any("tells what the product does" in m for m in messages(OPENING.format(asks=asks), "R001"))


def test_the_same_features_listed_are_counted() -> None:
    asks = "Here is what it does:\n\n- see where the bus is on a map\n- mark a stop as skipped\n- get a text at the stop\n\n"
    assert messages(OPENING.format(asks=asks), "R001") == []
