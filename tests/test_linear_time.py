"""Lint time grows linearly with the size of hostile input.

Each case of tests/pathological.py (long lines of one markup character, digits and operators,
many headings, deep nesting, front matter) is linted at n and 4n characters in its own forked
process; linear work takes about 4x as long at 4n, quadratic work 16x. The bigger sizes
(100,000 headings, 10,000-deep nesting, 5 MB and 50 MB files) are in bench/pathological.py.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from pathological import CASES, growth, linter

from designlint.doc.frontmatter import MAX_PROBLEMS
from designlint.lint.engine import build_ruleset

from conftest import make_config

N = 8000
# Shapes whose extra work shows only past a few hundred sections get a bigger n.
BIGGER = {"repeated-steps": 32000, "part-names": 32000, "note-lines": 64000}
MAX_GROWTH = 4.5
ATTEMPTS = 5
# Below this the clock's resolution and fixed per-document costs decide the ratio, not the input.
FLOOR = 0.02


@pytest.fixture(scope="module")
def ruleset() -> Any:
    return build_ruleset(make_config())


@pytest.mark.parametrize("case", sorted(CASES))
def test_time_grows_linearly(case: str, ruleset: Any) -> None:
    n = BIGGER.get(case, N)
    # Linear work measures about 4.0x here; one measure can stray past 4.5x (small documents on an idle
    # machine too: "fences" measured 2.9x to 5.4x at n=8000), so a case gets up to ATTEMPTS measures and
    # passes on one that holds. Quadratic work (16x) holds in none.
    seen = []
    for _ in range(ATTEMPTS):
        small, large = growth(CASES[case], n, linter(ruleset))
        seen.append(f"{small:.3f} s at n={n}, {large:.3f} s at 4n")
        if large <= MAX_GROWTH * max(small, FLOOR):
            return
    pytest.fail(f"{case}: " + "; ".join(seen))


def test_the_measure_catches_quadratic_work() -> None:
    """The same measure fails a regex that rescans the rest of the line from every "[" (the old link pattern)."""
    old_link = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
    small, large = growth(lambda n: "[" * n, N // 8, lambda text: old_link.findall(text))
    assert large > MAX_GROWTH * max(small, FLOOR / 10)


def test_a_hang_is_stopped() -> None:
    with pytest.raises(TimeoutError):
        growth(lambda n: "x", 1, lambda text: re.match(r"(a|aa)+$", "a" * 40 + "b"), timeout=0.5)


def test_front_matter_problems_are_capped(tmp_path: Path) -> None:
    """9,000 wrong items: 20 located findings and one that counts the rest (locating each scanned the block)."""
    from conftest import lint_string

    schema = tmp_path / "s.json"
    schema.write_text('{"properties": {"tags": {"type": "array", "items": {"type": "string"}}}}', encoding="utf-8")
    doc = "---\ntags:\n" + "  - 1\n" * 9000 + "---\n# T\n"
    start = time.process_time()
    found = lint_string(doc, select=("T002",), rules={"T002": {"front-matter-schema": str(schema)}}, root=tmp_path)
    assert time.process_time() - start < 10
    assert len(found) == MAX_PROBLEMS + 1 and "8,980 more problems" in found[-1].message
