"""D006: a small product grows when others take it up, and write-ups tell that in their own ways: under a heading
for what follows the first version ("Where it could go next", "If it works"), as others who ask for it ("whether
other towers could use it", "it can be opened for other parishes"), as a key each table gets ("every table gets a
`parish_id`", "a `site` or `society` column on almost everything"), or as a question that names a count ("And at
fifty gyms?", "The council runs forty sites. What changes?"). A later section of features, or options weighed, says nothing of growth."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Bell ringing rota

## Requirements

- ringers say which Sundays they can ring
- the captain publishes the rota a month ahead

## High-level design

Web app -> API -> Postgres on one small VM; emails go out through a mail provider.

## Deep dive: filling a Sunday

The suggester picks ringers who rang least this quarter and can ring the bells still open; the captain confirms.

{last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "## Where it could go next\n\nA ringing society with thirty member clubs wants one view, each club its own.",
        "## If it works\n\nThe interesting part is other clubs in the county; each keeps its own ringers and rota.",
        "## Later\n\nThe branch asked whether other bands could use it, so events and skills carry the band too.",
        "## Later\n\nIt can be opened for other parishes: every table gets a `parish_id` and its own captain.",
        "## Later\n\nA `band` or `society` column on almost everything, and logins scoped to one band.",
        "**Q:** And at fifty bands?\n\n**Me:** Same design; the data is already partitioned by band.",
        "**Q:** The diocese runs forty towers and likes it. What changes?\n\n**Me:** A tenant id on every table.",
    ],
)
def test_others_taking_it_up_is_growth(last: str) -> None:
    assert messages(_DOC.format(last=last), "D006") == []


@pytest.mark.parametrize(
    "last",
    [
        "## Later\n\n**More reports.** A yearly summary of who rang most, and a printable rota.",
        "## If it works\n\nOther options could be tried: a points system, or letting ringers swap among themselves.",
        "## Later\n\nThe rota could be opened for other ringers to comment on before it is published.",
        "**Q:** And at midnight?\n\n**Me:** The reminder job runs, and nothing else changes.",
    ],
)
def test_later_features_or_options_are_no_growth(last: str) -> None:
    assert len(messages(_DOC.format(last=last), "D006")) == 1
