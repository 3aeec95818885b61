"""H005: a part's work told step by step with arrows ("journal append -> in-memory table -> ack", "hold taken ->
ten minutes pass -> sweeper notices -> seat back on sale") joins no parts, so it draws no architecture. A chain that
names a kind of part ("phone -> gateway -> booking svc") is a diagram on one line wherever it stands, and so is a
long pipeline of stages whatever they are called."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Ferry seat booking

## Requirements

- Passengers book a seat on a crossing and get a boarding code.

## API

- `POST /crossings/{{id}}/seats` books one seat and returns the boarding code.

## Deep dive: holding a seat

{line}

The hold expires after ten minutes; a sweeper returns expired seats.
"""


@pytest.mark.parametrize(
    "line",
    [
        "- booking writer: journal append -> in-memory table -> ack",
        "- late payment: seat released first -> payment arrives -> refund it",
        "- hold taken -> ten minutes pass -> sweeper notices -> seat back on sale",
    ],
)
def test_steps_of_one_part_are_no_diagram(line: str) -> None:
    assert messages(DOC.format(line=line), "H005")


@pytest.mark.parametrize(
    "line",
    [
        "- phone app -> gateway -> booking svc -> postgres",
        "- booking writer: request -> journal -> kafka topic `holds`",
        "Flow: kiosk -> hub -> seat map",
        # a long chain of stages is drawn as a pipeline, whatever its stages are called
        "* intake -> triage -> first pass -> second pass -> blending -> release",
    ],
)
def test_a_chain_of_parts_is_one(line: str) -> None:
    assert messages(DOC.format(line=line), "H005") == []
