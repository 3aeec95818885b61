"""H003: a record's fields told in running prose or a dialogue's answer, and a Protocol Buffers message."""

from __future__ import annotations

from conftest import lint_string

HEAD = "# Bike share\n\n## Requirements\n\n- Riders unlock a bike and end a ride at a dock.\n\n## High-level design\n\n"


def _h003(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=("H003",))] == ["H003"]


TOLD = (
    "A ride is one row that changes as it goes. Apart from ride_id and rider_id it carries the bike_id,\n"
    "the start_dock_id, an end_dock_id that stays empty until the bike is docked, and started_at."
)

ANSWER = (
    "Interviewer: What do you keep per ride?\n"
    "Me: The ride_id and rider_id first, then which bike_id it took from which start_dock_id.\n"
    "Interviewer: Where?\n"
    "Me: Stored in Postgres, one row per ride."
)


def test_fields_told_in_a_paragraph_with_a_word_for_keeping_them_are_a_data_model() -> None:
    assert not _h003(TOLD)
    assert not _h003(ANSWER)


def test_the_same_names_with_nothing_said_to_keep_them_are_not() -> None:
    # a request's fields, say: nothing tells they are stored
    assert _h003(TOLD.replace("one row that changes as it goes", "what the app sends").replace("carries", "names"))
    assert _h003(ANSWER.replace("Stored in Postgres, one row per ride.", "Sent to the app as JSON."))


def test_a_protocol_buffers_message_is_a_data_model() -> None:
    proto = "```\nmessage Ride {\n  string ride_id = 1; string bike = 2;\n  int64 started = 3;\n}\n```"
    assert not _h003(proto)
    assert _h003(proto.replace("= 1;", "").replace("= 2;", "").replace("= 3;", ""))


def test_names_listed_with_and_and_no_comma_before_it_are_fields() -> None:
    # most prose lists join the last name with "and" alone
    listed = "The ride index holds ride_id, rider_id and a start time per ride."
    assert not _h003(listed)
    assert _h003(listed.replace("ride_id, rider_id and a start time", "rides"))


def test_a_key_told_as_its_fields_lays_out_the_record() -> None:
    keyed = "Each ride is one row in `rides`; the pair (rider_id, started) is the primary key."
    assert not _h003(keyed)
    assert _h003(keyed.replace("; the pair (rider_id, started) is the primary key", ""))
