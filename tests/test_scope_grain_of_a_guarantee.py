"""R006: "only" after a property held per a grain ("order guaranteed per partition only", "ids unique per tenant
only" after its participle) narrows the property, not the scope; a grain chosen against another ("Per region only."
answering "global or per region?", "- per region only") still narrows the scope."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Message log\n\n## Requirements\n- append messages to topics\n{}\n\n## Design\nBrokers and a controller.\n"


def _r006(line: str) -> bool:
    return bool(lint_string(DOC.format(line), select=("R006",)))


@pytest.mark.parametrize(
    "line",
    ["- topic = N partitions; order guaranteed per partition only", "- ids are generated per tenant, sorted per key only"],
)
def test_a_property_held_per_a_grain_leaves_nothing_out(line: str) -> None:
    assert _r006(line)


@pytest.mark.parametrize("line", ["- per region only", "- leaderboards: per region only, no global board"])
def test_a_grain_chosen_for_the_design_narrows_the_scope(line: str) -> None:
    assert not _r006(line)
