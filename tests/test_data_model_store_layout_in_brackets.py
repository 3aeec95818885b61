"""H003: a store's layout given in passing, in brackets after the kind of store ("metadata lookup: KV (id -> owner,
status, expiry, renditions)"), is a data model. A key mapped to one thing, or a bracket that names no store, is
none."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Short clips - cheat sheet

## reqs
- upload a clip, get a short link; anyone with the link watches

## design
- `POST /clips` -> presigned upload url
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "metadata lookup `GET /{id}`: KV (id -> owner, status, expiry, renditions). hot clips cached at edge",
        "view counts in a wide-column table (clip_id -> views, likes, last_seen)",
    ],
)
def test_a_store_layout_in_brackets_is_a_data_model(line: str) -> None:
    assert not lint_string(DOC.replace("{line}", line), select=("H003",))


@pytest.mark.parametrize(
    "line",
    [
        "metadata lookup: KV (id -> clip record)",
        "playback picks a rendition (360p -> 720p, 1080p, 4k) by bandwidth",
    ],
)
def test_a_key_to_one_thing_or_no_store_is_none(line: str) -> None:
    assert lint_string(DOC.replace("{line}", line), select=("H003",))
