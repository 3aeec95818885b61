"""The accuracy ratchet: precision and recall per property on the labelled corpus never fall below their floors.

../shared/eval/score.py lints the labelled write-ups and compares the findings with the labels two
annotators agree on. The floors are data (tests/accuracy_floors.toml): raise them as accuracy
improves, never lower them.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOORS = Path(__file__).with_name("accuracy_floors.toml")
_ROW = re.compile(r"^(?P<name>\S.*?)\s+\d+\s+\d+\s+\d+\s+\d+\s+(?P<precision>\d+\.\d+)\s+(?P<recall>\d+\.\d+)(?:\s|$)")

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="the shared corpus and its scorer are not here")


def parse_table(output: str) -> dict[str, dict[str, float]]:
    """Each property's precision and recall from score.py's table (its header and last line skipped)."""
    scores = {}
    for line in output.splitlines()[1:]:
        found = _ROW.match(line)
        if found:
            scores[found["name"]] = {"precision": float(found["precision"]), "recall": float(found["recall"])}
    return scores


def score(*labels: str) -> dict[str, dict[str, float]]:
    """score.py's table for this checkout's designlint, on the corpus or on the labels given ("--labels", path)."""
    command = shlex.join([sys.executable, "-m", "designlint"])
    argv = [sys.executable, str(SCORER), *labels, "--designlint", command]
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode in (0, 1), f"score.py could not run designlint: {proc.stdout[-300:]}{proc.stderr[-300:]}"
    return parse_table(proc.stdout)


def below(measured: dict[str, dict[str, float]], floors_file: Path) -> list[str]:
    """Each figure under its floor."""
    floors = tomllib.loads(floors_file.read_text(encoding="utf-8"))
    return [
        f"{name} {kind} {measured[name][kind]:.2f} < {floor:.2f}"
        for name, wanted in floors.items()
        for kind, floor in wanted.items()
        if name in measured and measured[name][kind] < floor
    ]


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, float]]:
    return score()


def test_every_property_has_a_floor_and_a_score(measured: dict[str, dict[str, float]]) -> None:
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(measured) == set(floors)


def test_no_property_falls_below_its_floor(measured: dict[str, dict[str, float]]) -> None:
    assert below(measured, FLOORS) == []


def test_the_table_reader_reads_score_py_rows() -> None:
    table = (
        "property                           docs  TP  FP  FN  prec   rec  wrong (+ flagged, - missed)\n"
        "no API                               45  22   1   1  0.96  0.96  -a +b\n"
        "fewer than 3 NFR topics              44   6  11   1  0.35  0.86  \n"
        "eval: 2/14 properties meet precision>=0.9 and recall>=0.85 on 45 docs\n"
    )
    assert parse_table(table) == {
        "no API": {"precision": 0.96, "recall": 0.96},
        "fewer than 3 NFR topics": {"precision": 0.35, "recall": 0.86},
    }
