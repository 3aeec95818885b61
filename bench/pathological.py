"""The pathological inputs of tests/pathological.py at the sizes too big for the unit tests.

    python bench/pathological.py [--src DIR] [--cases a,b] [--timeout S]

Each case is linted once in a fresh interpreter at its sizes (a line of 100,000 and 1,000,000
characters of one markup character, digits or operators; 100,000 empty headings; 10,000-deep
lists and quotes; the examples repeated to 5 MB and 50 MB) and the CPU seconds of the lint are
printed with the growth per 10x of size (10x is linear). --src measures another copy of
designlint (a `git archive` of an older commit, say) through PYTHONPATH.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pathological import CASES, measure  # noqa: E402

SIZES = {
    "headings": [20_000, 200_000],  # 10,000 and 100,000 headings
    "titled-headings": [160_000, 1_600_000],
    "deep-list": [2_000, 20_000],  # 1,000- and 10,000-deep
    "deep-quote": [2_000, 20_000],
    "deep-ordered": [3_000, 30_000],
    "front-matter": [99_000, 990_000],
    "real": [5_000_000, 50_000_000],
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", type=Path, help="a designlint source tree to measure instead of this one")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--line-sizes", default="100000,1000000", help="sizes of the one-line cases")
    args = parser.parse_args()
    line = [int(size) for size in args.line_sizes.split(",")]
    env = dict(os.environ, PYTHONPATH=str(args.src)) if args.src else None
    for case in args.cases.split(","):
        times = []
        for n in SIZES.get(case, line):
            try:
                result = measure(case, n, str(ROOT), args.timeout, env)
                times.append(result["seconds"])
                shown = (
                    f"{result['seconds']:8.2f} s {'X003 ' + ','.join(result['internal']) if result['internal'] else ''}"
                )
            except subprocess.TimeoutExpired:
                times.append(float("inf"))
                shown = f"  over {args.timeout:g} s"
            print(f"{case:16} {n:>11,} chars {shown}", flush=True)
        if len(times) == 2 and times[0] > 0:
            print(f"{case:16} growth x{times[1] / times[0]:.1f} for 10x the size", flush=True)


if __name__ == "__main__":
    main()
