"""The write-up ratchet: precision and recall per property on whole practice write-ups written for the project.

tests/writeups/ holds 60 write-ups, each written for the project in one writer's way (plain-text notes, a mock
interview, a cheat sheet, a blog post, a polished doc, a second-language writer's), each with parts left out on
purpose and near misses in some, and labelled by ../shared/corpus/LABELS.md twice: by its writer (labels-a.tsv)
and by a second annotator who never saw the first's labels (labels-b.tsv). ../shared/eval/score.py scores them on
the labels both agree on, as it scores the corpus. They were read while building the changes they measure, so
this test keeps what was won on them; floors (tests/writeup_floors.toml) are raised, never lowered.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from test_accuracy import SCORER, below, score

HERE = Path(__file__).parent
FLOORS = HERE / "writeup_floors.toml"

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not here")


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, float]]:
    return score("--labels", str(HERE / "writeups" / "labels-a.tsv"))


def test_every_property_has_a_floor(measured: dict[str, dict[str, float]]) -> None:
    assert set(measured) == set(tomllib.loads(FLOORS.read_text(encoding="utf-8")))


def test_no_property_falls_below_its_floor(measured: dict[str, dict[str, float]]) -> None:
    assert below(measured, FLOORS) == []


def test_both_annotators_label_every_writeup() -> None:
    ids = {path.stem for path in (HERE / "writeups").glob("*.md")}
    for name in ("labels-a.tsv", "labels-b.tsv"):
        rows = (HERE / "writeups" / name).read_text(encoding="utf-8").splitlines()[1:]
        assert {row.split("\t")[0] for row in rows} == ids
        assert all(len(row.split("\t")) == 16 for row in rows)
