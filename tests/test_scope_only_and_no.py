"""R006: one kind kept and another refused beside it in the requirements, either way round ("only text posts for
now. no video/audio", "no comments or likes, only posting and reading"), the other way refused in brackets in
capitals ("rate limits in the gateway (NOT in each client)"), or a part refused after a question ("scope? not doing
refunds"), leave parts out. A count kept ("only one leader, no split brain") or a quality asked ("no downtime, only
rolling deploys") leaves nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Photo sharing

## Requirements

- Users post photos and follow each other.
- {line}

## Design

App -> API -> Postgres; photos in object storage behind a CDN.
"""


def _r006(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(line=line), select=("R006",))]


@pytest.mark.parametrize(
    "line",
    [
        "only photo posts for now. no video/audio",
        "no comments or likes, only posting and reading",
        "limits enforced in the gateway (NOT in each client)",
        "scope? not doing albums, pretty sure",
    ],
)
def test_a_kind_kept_beside_one_refused_leaves_a_part_out(line: str) -> None:
    assert _r006(line) == []


@pytest.mark.parametrize(
    "line",
    ["only one leader, no split brain", "no downtime, only rolling deploys", "photos only resized once, no re-encode"],
)
def test_a_count_or_a_quality_leaves_nothing_out(line: str) -> None:
    assert _r006(line) == ["R006"]
