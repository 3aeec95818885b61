"""H005: a drawing in a paragraph whose lines meet a box's corner from the left ("[earn api] ---+") as well as from
the right ("+--> loyalty svc") is a diagram wherever it sits; a paragraph with a single such line is not."""

from __future__ import annotations

import tomllib
from pathlib import Path

from designlint.doc.drawing import DrawingRules

from conftest import lint_string

DOC = """# Points

## Requirements

- earn points at the till; redeem them in the app

## APIs

- POST /earn {member_id, amount} -> {points}

data model
ledger: id, member_id, delta, created_at

pg bc need multi row txn

  till ----> [earn api] ---+
                           +--> points svc ---> postgres (ledger, balances)
  app ----> [redeem api] --+         |
                                     +--> outbox --> relay --> kafka --> notifications

Deep dive - redeem twice
the redeem takes the balance row FOR UPDATE and checks it covers the cost before the ledger insert; a retry with
the same key hits a unique index and gets the stored answer back, so a double tap never spends twice.
"""


def _h005(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(text, select=("H005",))]


def test_a_drawing_whose_lines_meet_box_corners_is_a_diagram() -> None:
    assert _h005(DOC) == []


def test_one_line_meeting_a_corner_draws_nothing() -> None:
    start = DOC.index("  till ---->")
    end = DOC.index("Deep dive")
    one = DOC[:start] + "  till ----> [earn api] ---+ points svc\n\n" + DOC[end:]
    assert _h005(one) == ["H005"]


def test_h005s_stroke_is_the_outlines_stroke() -> None:
    """H005 reads its strokes from the rule data, the outline from doc/drawing.py: one pattern, kept in step here."""
    data = tomllib.loads((Path(__file__).parent.parent / "rules" / "high-level.toml").read_text(encoding="utf-8"))
    (h005,) = [rule for rule in data["rule"] if rule["id"] == "H005"]
    assert h005["options"]["drawing"] == f"({DrawingRules().stroke.pattern})"
