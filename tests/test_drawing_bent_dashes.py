"""H005 and S001: a drawing of plain dashes bent by slashes into a fork ("phone ---\\", ">--- web app", "tablet
-----/") is a diagram wherever it sits, so the design step is shown; dashes that only join two names, with no bend
or fork, draw nothing."""

from __future__ import annotations

from conftest import lint_string

DOC = """# Dress fittings

## What it has to do

- brides book fittings; the seamstress sees her week

The shape is boring on purpose:

```
{drawing}
```

## Planning backwards from the wedding

Each dress gets a count of sewing hours, and a nightly job places them into the weeks before the wedding, latest
first, so a late change pushes work earlier rather than past the date; a week that overflows is shown in red.
"""

FORK = """ bride's phone ---\\
                   >--- small web app ---- Postgres
 shop tablet -----/         |
                    nightly planner job"""

STRAIGHT = """ bride's phone ---- web app
 shop tablet ---- web app
 web app ---- Postgres"""


def _found(drawing: str) -> list[str]:
    return [
        f.rule_id for f in lint_string(DOC.format(drawing=drawing), select=("S001", "H005")) if f.variant != "deep-dive"
    ]


def test_bent_dashes_draw_the_architecture() -> None:
    assert _found(FORK) == []


def test_straight_dashes_between_names_draw_nothing() -> None:
    assert _found(STRAIGHT) == ["S001"]  # no design step shown, so H005 waits for one
