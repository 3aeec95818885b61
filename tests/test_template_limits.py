"""Team templates that recurse, or build huge numbers, strings or lists, fail in one line and stay small.

Each case runs `designlint new` in a subprocess: exit 2, one line on stderr naming the template
(and its line where the sandbox can tell), no traceback, under a memory cap and in seconds.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from designlint.scaffold import sandbox

HOSTILE = {
    "includes-itself": '{% include "x.md.j2" %}',
    "macro-calls-itself": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "huge-power": "{{ 10 ** 5000 }}",
    "folded-power": "{{ (9 ** 9) ** (9 ** 9) }}",
    "huge-range": "{% for i in range(200000) %}{% endfor %}",
    "string-times": "{{ 'x' * 3000000000 }}",
    "list-times": "{{ [1] * 3000000000 }}",
    "center-width": "{{ 'x'|center(3000000000) }}",
    "format-width": "{{ '{:3000000000}'.format(1) }}",
    "format-map": "{{ '{a:3000000000}'.format_map({'a': 1}) }}",
    "format-map-attribute": "{{ '{0.__class__}'.format_map([1]) }}",
    "percent-width": "{{ '%0*d' % (3000000000, 1) }}",
    "joins-in-a-loop": "{% set s = namespace(v='x') %}{% for i in range(64) %}{% set s.v = s.v ~ s.v %}{% endfor %}",
}
MEMORY = 1536 * 2**20  # the child's address-space cap: a render that swells past it would fail here


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _new(tmp_path: Path, body: str) -> tuple[subprocess.CompletedProcess[str], float]:
    (tmp_path / "x.md.j2").write_text("# {{ title }}\n\n" + body + "\n", encoding="utf-8")
    args = [sys.executable, "-m", "designlint", "new", "T", "--no-input", "-t", "x", "--templates-dir", ".", "-o", "-"]
    start = time.monotonic()
    done = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=120, preexec_fn=_cap_memory)
    return done, time.monotonic() - start


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_template_fails_in_one_line(tmp_path: Path, body: str) -> None:
    done, seconds = _new(tmp_path, body)
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "x.md.j2" in lines[0] and "Traceback" not in done.stderr, done.stderr[-500:]
    assert seconds < 60


@pytest.mark.parametrize("body", ["{{ 'x' * 3000000000 }}", "{{ 10 ** 5000 }}", "{{ [1] * 3000000000 }}"])
def test_the_error_names_the_template_line(tmp_path: Path, body: str) -> None:
    done, _ = _new(tmp_path, body)
    assert "x.md.j2:3: " in done.stderr and "over the template size limit" in done.stderr, done.stderr


def test_ordinary_arithmetic_and_formatting_still_render(tmp_path: Path) -> None:
    done, _ = _new(tmp_path, "{{ 2 ** 10 }} {{ 'ab' * 3 }} {{ '{:>4}'.format(7) }} {{ range(3)|list|length }}")
    assert done.returncode == 0, done.stderr
    assert "1024 ababab    7 3" in done.stdout


def test_the_caps_are_where_they_say() -> None:
    assert sandbox.check_value("x" * sandbox.MAX_ITEMS) == "x" * sandbox.MAX_ITEMS
    with pytest.raises(Exception, match="over the template size limit"):
        sandbox.check_value("x" * (sandbox.MAX_ITEMS + 1))
    with pytest.raises(Exception, match="over the template size limit"):
        sandbox.binop("**", 2, sandbox.MAX_INT_BITS + 1, lambda: pytest.fail("computed before the check"))
    assert sandbox.binop("**", 2, 100, lambda: 2**100) == 2**100
