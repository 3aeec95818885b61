"""D004: words that weigh two ways only as whole words and beside a second way. "X over Y ... as" needs "as" as a
word ("goes over the bytes, and the hash has" weighs nothing); an advantage named alone praises the way chosen
("this is the advantage of the offline design"); "unlike SQS" sets one named way against another; "costs an extra
call" names what a way costs, "costs a day" how long a restore takes."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Backup

## Requirements
- back up files
- restore a folder

## High-level design
agent -> upload api -> chunk store

## Deep dive: chunking
{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "A rolling hash goes over the bytes, and where the hash of the last 48 bytes has its low bits zero, a chunk ends.",
        "If the backend is down, the agent keeps queueing chunks locally; this is the advantage of the offline design.",
        "A restore costs a day at most: the agent pulls the folder's chunks again.",
    ],
)
def test_a_word_inside_a_word_or_an_advantage_alone_weighs_nothing(line: str) -> None:
    assert [f.rule_id for f in lint_string(DOC.format(line=line), select=("D004",))] == ["D004"]


@pytest.mark.parametrize(
    "line",
    [
        "Content-defined chunks over fixed blocks, as an insert then moves only one boundary.",
        "Kinesis keeps records for up to 365 days, unlike SQS, which deletes them once consumed.",
        "The advantage over fixed blocks is that one insert shifts only one chunk boundary.",
        # the verb with what the way costs after an article
        "Chunked upload it is. Costs an extra complete call and a cleanup job for abandoned parts.",
    ],
)
def test_two_ways_weighed_still_count(line: str) -> None:
    assert lint_string(DOC.format(line=line), select=("D004",)) == []
