"""R006: a part said to be "outside all of this", the clause ending there ("a mechanical override key for the fire
brigade, which is outside all of this"), is left out, as one "outside what I'm building" is. A part placed outside a
place ("replicas outside this region", "the CDN sits in front, outside all of this") is design."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Hotel door locks\n\n## Requirements\n- guests open their room with the phone\n\n"
    "## Design\n\nThe cloud issues a signed key; the lock checks it offline over BLE.\n\n## Edge cases\n\n{}\n"
)


def _r006(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("R006",)))


@pytest.mark.parametrize(
    "text",
    [
        "There has to be a mechanical override key for the fire brigade, which is outside all of this.",
        "- the fire brigade override key stays outside of all this",
    ],
)
def test_a_part_outside_all_of_this_is_left_out(text: str) -> None:
    assert not _r006(text)


@pytest.mark.parametrize(
    "text",
    [
        "- key replicas outside this region",
        "- outside all of this hotel's rooms, too",
        "The CDN sits in front, outside all of this, and caches the images.",
    ],
)
def test_a_part_placed_outside_somewhere_is_design(text: str) -> None:
    assert _r006(text)
