"""D005/D006: a note to tidy the text ("TODO cleanup", "TODO: fix typos") opening a paragraph leaves no part out, so
what the paragraph says counts; a TODO that names a part ("TODO: failover") still says the part is left."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005
from test_growth_bounds import _d006


@pytest.mark.parametrize("note", ["TODO cleanup", "TODO: fix typos", "TBD polish"])
def test_an_editorial_note_leaves_the_paragraph_in_the_design(note: str) -> None:
    assert not _d005(f"Sender pool (draft)\n{note}\nIf a sender dies, its batch is picked up by another after 30 s.")
    assert not _d006(f"Printing (draft)\n{note}\nIf we add more shops I'd shard the print queue by shop_id.")


def test_a_todo_that_names_the_part_still_leaves_it_out() -> None:
    assert _d005("Sender pool (draft)\nTODO failover\nIf a sender dies, its batch is picked up by another after 30 s.")
