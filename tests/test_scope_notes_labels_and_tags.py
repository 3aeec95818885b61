"""R006: ways notes set a part aside. A list item labelled "not here:" or "not now:" over the parts ("- NOT
here: HTML parsing, JS rendering"); an item opened by a bracketed "(later)" or "(v2)" before the part ("- (later)
shared folders"); the writer's own scope question answered by another system ("bedside scanning in scope? prob
separate system"); a small paper's "Not part of this concept:" over the parts. A bracket opening a step of the
design put in time ("(later) we retry the scan") and a scope question answered yes set nothing aside."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Ticket scanner\n\n## Scope\n- scan tickets at the gate\n- show the seat map\n{}\n\n"
    "## Estimate\n- 40k fans, gates open 90 min -> ~7 scans/s\n\n## Design\nscanner -> api -> ticket db\n"
)


def _r006(item: str) -> bool:
    return bool(lint_string(DOC.format(item), select=("R006",)))


@pytest.mark.parametrize(
    "item",
    [
        "- NOT here: resale, refunds, the seat map editor",
        "- not now: season tickets",
        "- (later) resale between fans",
        "  - (v2) season tickets",
        "- is gate scanning at the stadium in scope (NFC)? prob separate system",
        "- refunds in scope? probably a different service",
        "\nNot part of this concept: resale between fans (the club's shop does it), and the seat map editor.",
    ],
)
def test_a_part_set_aside_in_notes_shorthand(item: str) -> None:
    assert not _r006(item)


@pytest.mark.parametrize(
    "item",
    [
        "- (later) we retry the scan",
        "- (later) a cache in front of the ticket db",
        "- (later) user checks in at the gate with the QR code",
        "- is resale in scope? yes, same system",
    ],
)
def test_a_step_put_in_time_or_a_scope_kept_sets_nothing_aside(item: str) -> None:
    assert _r006(item)
