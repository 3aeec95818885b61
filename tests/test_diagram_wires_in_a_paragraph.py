"""H005: a drawing typed as a paragraph, with no code block, its wires set far in under the box they leave
("      +-- scheduler", "   >-- app service"), is a diagram. Prose wraps at the margin and a nested list opens
on "- ", so neither reads as one."""

from __future__ import annotations

from conftest import lint_string

DOC = "# Tool library\n\n## Requirements\n- borrow tools\n\n## High-level design\n\n{}\n"

SKETCH = """\
   members' phones ----\\
                        >-- app service (x2) --- postgres (primary + replica)
   shed tablet --------/         |
                                 +-- scheduler (reminders, overdue)
                                 +-- email/SMS provider
                                 +-- object storage (tool photos)"""

NESTED = """\
- app service
  - talks to postgres
    - primary and replica
        - replica is read-only
        - replica lags a few seconds
        - replica is promoted by hand"""


def _h005(body: str) -> bool:
    return bool(lint_string(DOC.format(body), select=("H005",)))


def test_wires_set_in_under_a_box_draw_the_design() -> None:
    assert not _h005(SKETCH)


def test_deeply_nested_items_draw_nothing() -> None:
    assert _h005(NESTED)


def test_a_paragraph_with_one_wire_draws_nothing() -> None:
    assert _h005("The app service writes to postgres\n        +-- and a replica follows it.")
