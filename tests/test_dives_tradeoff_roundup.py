"""D001: a "Trade-offs" section that is a list of one-line points about many parts ("Trade-offs (quick)") is a
roundup, not a deep dive; the same title over reasoning in prose still counts."""

from __future__ import annotations

from conftest import messages

HEAD = """# Dataset downloads

## Requirements

- Anyone downloads any published version of a dataset.

## High-level design

The portal API answers with a redirect to the CDN, which pulls from the object store.

## Big files

Files over a gigabyte do not cache well whole, so the CDN caches them in 10 MB range slices: a miss costs one
slice from the origin, not the whole object. Resumed downloads send Range with If-Match on the ETag, so a resume
can never splice two versions. Converting formats on request is too slow for a 50 GB file, so every format is
made once at publish time and stored beside the original, at the price of more storage.

"""

ROUNDUP = """## Trade-offs (quick)

- redirect through the API vs direct CDN links: the redirect lets us count and swap backends, costs one round trip
- counting from API hits vs CDN logs: logs are exact but hours late, so they are the official numbers
"""

REASONED = """## Trade-offs

Counting downloads from API hits is live but counts every resumed download again; the CDN logs count exactly
but arrive hours late. We keep both: the logs are the official numbers, and the API gives a live counter that
the dataset page shows, so a publisher sees a spike at once and the monthly report is still right.
"""


def test_a_roundup_of_one_line_tradeoffs_is_no_dive() -> None:
    found = messages(HEAD + ROUNDUP, "D001")
    assert found and "found: 1" in found[0]


def test_a_tradeoff_section_that_reasons_is_a_dive() -> None:
    assert messages(HEAD + REASONED, "D001") == []
