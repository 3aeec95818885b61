"""The kind-of-text ratchet: each weak property's rule, on labelled snippets, never falls below its floors.

tests/snippets/<property>.jsonl holds short snippets written for the project, each in one writer's way of saying
(or only seeming to say) one thing: an exclusion, the non-functional asks, a data model, a trade-off, a scaling
path, a failure mode, an estimate with or without a slip. About 35 of each 60 state it, in as many wordings,
styles and notations as the writers could find; the rest are near misses a word-matcher could mistake for it.
Each is labelled by ../shared/corpus/LABELS.md. Each snippet is pasted into its skeleton (tests/snippets/
skeletons/), a short write-up that lacks the property, and the rule's verdict is compared with the label.

The sets came in rounds (ids p..., q..., r...), each written after the changes the round before led to, so a
round scored before it was read measured those changes on text they were not built on. Once read, a round is
development data: this test keeps what was won on it. Floors (tests/snippet_floors.toml) are kept per round, so a
new round adds its own and leaves the others as they were; they are raised as figures improve, never lowered.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from conftest import lint_string

HERE = Path(__file__).parent / "snippets"
FLOORS = tomllib.loads(Path(__file__).with_name("snippet_floors.toml").read_text(encoding="utf-8"))


def _absent(label: Any) -> bool:
    return str(label) == "n"


def _too_few_topics(label: Any) -> bool:
    return len([t for t in str(label).split(",") if t and t != "none"]) < 3


def _slipped(label: Any) -> bool:
    return int(label) > 0


# property: (rules whose finding says "flagged", what a label must be for the rule to be right to flag)
PROPERTIES = {
    "scope": (("R006",), _absent),
    "nfr": (("R002",), _too_few_topics),
    "data-model": (("H003",), _absent),
    "trade-offs": (("D004",), _absent),
    "scaling": (("D006",), _absent),
    "failure": (("D005",), _absent),
    "arithmetic": (("E002", "E007"), _slipped),
}


def measure(name: str, round_: str) -> dict[str, float]:
    """Precision and recall of the property's rule over one round of its snippets, as score.py counts them."""
    rules, flag_when = PROPERTIES[name]
    skeleton = (HERE / "skeletons" / f"{name}.md").read_text(encoding="utf-8")
    tp = fp = fn = 0
    for line in (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        snippet = json.loads(line)
        if not snippet["id"].startswith(round_):
            continue
        flagged = bool(lint_string(skeleton.replace("{SNIPPET}", snippet["text"]), select=rules))
        truth = flag_when(snippet["label"])
        tp, fp, fn = tp + (flagged and truth), fp + (flagged and not truth), fn + (truth and not flagged)
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}


def _rounds(name: str) -> set[str]:
    lines = (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["id"][0] for line in lines}


def test_every_round_has_floors_and_every_set_a_skeleton() -> None:
    assert set(FLOORS) == set(PROPERTIES)
    assert all(set(FLOORS[name]) == _rounds(name) for name in PROPERTIES)
    skeletons = [(HERE / "skeletons" / f"{name}.md").read_text(encoding="utf-8") for name in PROPERTIES]
    assert all(skeleton.count("{SNIPPET}") == 1 for skeleton in skeletons)


@pytest.mark.parametrize(("name", "round_"), [(name, r) for name in sorted(FLOORS) for r in sorted(FLOORS[name])])
def test_no_property_falls_below_its_floor_on_a_round_of_snippets(name: str, round_: str) -> None:
    measured = measure(name, round_)
    floors = FLOORS[name][round_].items()
    below = [f"{kind} {measured[kind]:.2f} < {floor:.2f}" for kind, floor in floors if measured[kind] + 1e-9 < floor]
    assert not below, f"{name}, round {round_}: {', '.join(below)}"
