"""H005: a code block that draws one wire across and joins the boxes below with columns of connectors carrying
arrowheads ("|   ^", "v   |") is a drawing: the upward head counts as the downward "v" does. A caret under a
line of code with no wire is not one."""

from __future__ import annotations

from conftest import lint_string

_DOC = """# Vet queue display

## Requirements

- the waiting room TV shows the queue

## High-level design

```
{drawing}
```

The queue service runs on the clinic's own server.
"""

_DRAWN = """  [PMS] ---(export on change)--> [Queue service] <--- [Reception PC]
                                    |   ^
                                    |   |  "next"
                                    v   |
                             [Display TV]   [Room tablet]"""


def _h005(drawing: str) -> list[str]:
    return [f.rule_id for f in lint_string(_DOC.format(drawing=drawing), select=("H005",))]


def test_columns_of_connectors_with_heads_join_the_boxes() -> None:
    assert _h005(_DRAWN) == []


def test_a_caret_under_code_is_no_drawing() -> None:
    assert _h005("total = price * qty\n        ^\nSyntaxError: invalid syntax") == ["H005"]
