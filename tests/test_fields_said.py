"""H003: a record's fields said in a sentence after the word for them ("Attributes: items, a map of sku to qty;
updated_at; and a vector clock") are a data model; qualities after the word are not."""

from __future__ import annotations

import pytest
from test_told_fields import _h003


@pytest.mark.parametrize(
    "said",
    [
        "Me: Key is ride_id. Attributes: rider, a pair of dock ids; started_at; and the fare so far.",
        "Each dock row has columns: dock_id, station, capacity and the last heartbeat.",
    ],
)
def test_fields_said_after_their_word_are_a_data_model(said: str) -> None:
    assert not _h003(said)


@pytest.mark.parametrize(
    "not_said",
    [
        "Attributes we care about: fast, cheap, always on.",
        "Attributes of a good dock site: flat, lit at night, near a bus stop.",
    ],
)
def test_qualities_after_the_word_are_no_data_model(not_said: str) -> None:
    assert _h003(not_said)
