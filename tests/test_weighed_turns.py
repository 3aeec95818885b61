"""D004: ways weighed across sentences that go on about them ("It needs a block index"), with the cost named
rather than contrasted ("the risk is ..."), and picked in a conclusion after "so", in an answer that is a way's
name alone, or in notes' "decided X" and "going X"."""

from __future__ import annotations

from conftest import lint_string

HEAD = """# Photo sync

## Requirements

- Users keep a folder of photos in sync across devices.

## High-level design

Clients upload changes to a sync service that keeps file metadata in Postgres and bytes in object storage.

## Deep dives

"""


def _d004(body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body, select=("D004",))] == ["D004"]


BOLD_PROSE = """### Upload unit

**Whole files** are trivial to send, but one changed byte re-sends the file.

**Fixed blocks** hash each 4 MB piece and send only changed ones. It needs a block index on both sides.

Most edits touch a small part of a big file, so we go with fixed blocks.
"""


def test_ways_opening_paragraphs_and_a_conclusion_after_so_weigh_a_choice() -> None:
    assert not _d004(BOLD_PROSE)
    # the same paragraphs with no pick describe two ways and decide nothing
    assert _d004(BOLD_PROSE.replace(", so we go with fixed blocks", ""))


ASKED = """### Shard key

Interviewer: Which key for the photos table?

Me: folder_id keeps a folder on one shard, but a huge folder makes a hot shard. user_id spreads them; the risk is
a scatter-gather.

Interviewer: Which one?

Me: user_id. Shared folders are rare.
"""


def test_an_answer_that_is_a_way_alone_picks_it() -> None:
    assert not _d004(ASKED)
    assert _d004(ASKED.replace("Me: user_id. Shared folders are rare.", "Me: Let me think about it."))


NOTES = """### Seen-file check
hash set in redis: exact, needs a cluster at 8B files
bloom filter: fits one box, wastes nothing, 1% false skips
going bloom. a skipped file syncs on the next pass
"""


def test_notes_picking_without_with_weigh_a_choice() -> None:
    assert not _d004(NOTES)
    assert not _d004(NOTES.replace("going bloom.", "decided bloom filter."))
    # "going to" goes on; it picks nothing
    assert _d004(NOTES.replace("going bloom.", "going to measure both."))


def test_though_turns_a_way_to_its_cost_as_but_does() -> None:
    prose = (
        "### Thumbnails\n\nEager resizing makes every size at upload, though most sizes are never viewed. "
        "Lazy resizing stores only what is asked for, but the first view waits. We went with lazy resizing.\n"
    )
    assert not _d004(prose)
    assert _d004(prose.replace(", though most sizes are never viewed", ""))
