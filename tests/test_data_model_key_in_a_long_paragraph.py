"""H003: a table told by its key's fields ("a second table keyed by (user, channel)") lays out a record in a long
paragraph too. It counted only in a short one: once a paragraph held two commas the key reader was never asked. A
key with one name ("keyed by user") or a tuple that is no key ("(user, channel) pairs are rare") lays out none."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Stream chat\n\n## Requirements\n- viewers send messages to a channel's chat\n\n"
    "## Design\n\nGateways hold the websockets; a chat service fans messages out per channel.\n\n"
    "## Storage\n\n{}\n"
)
LONG = "We keep 30-90 days of messages, then archive them. Mods query by channel and time, or by user, so {}."


def _h003(sentence: str) -> bool:
    return bool(lint_string(DOC.format(LONG.format(sentence)), select=("H003",)))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd add a second table keyed by (user, channel)",
        "the mod table's primary key is (user, channel)",
        "rows partitioned by (channel, day)",
    ],
)
def test_a_key_told_by_its_fields_counts_in_a_long_paragraph(sentence: str) -> None:
    assert not _h003(sentence)


@pytest.mark.parametrize("sentence", ["I'd add a second table keyed by user", "(user, channel) pairs are rare"])
def test_a_single_name_or_a_tuple_that_is_no_key_lays_out_none(sentence: str) -> None:
    assert _h003(sentence)
