"""Odd numbers never crash the arithmetic rules, and their patterns run in linear time."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from designlint.errors import UsageError
from designlint.estimate.calculator import Inputs, estimate
from designlint.estimate.finder import candidates
from designlint.estimate.judge import judge
from designlint.estimate.lexer import tokenize
from designlint.estimate.parser import Reading, evaluate, parse
from designlint.estimate.prose import prose_candidates
from designlint.estimate.quantity import DEFAULT_PERIODS, EvalError, NoValue, Quantity

from conftest import ROOT, lint_string

MAGNITUDES = ["0", "0.0", "1", "7", "86,400", "1e308", "1e-308", "1e400", "1e-400", "9" * 400, "0.000001"]
SUFFIXES = ["", "k", "M", "B", "b", "m", "G", " million", " milion", " bytes", " KB", " Kb", "/s", " per day", "%"]
OPERATORS = [" + ", " - ", " * ", " x ", " / ", " ÷ ", "^", " ** ", " × ", " times ", " divided by ", " and "]


def leaves() -> st.SearchStrategy[str]:
    return st.builds(lambda n, s: n + s, st.sampled_from(MAGNITUDES), st.sampled_from(SUFFIXES))


def expressions() -> st.SearchStrategy[str]:
    return st.recursive(
        leaves(),
        lambda inner: st.one_of(
            st.builds(lambda a, op, b: a + op + b, inner, st.sampled_from(OPERATORS), inner),
            st.builds(lambda a: f"({a})", inner),
        ),
        max_leaves=8,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions(), st.sampled_from(["=", "≈", "= ~", "->", "~", "=>", "is about", ". Average:"]), leaves())
def test_no_expression_raises(expression: str, connector: str, stated: str) -> None:
    line = f"- Total = {expression} {connector} {stated}"
    for candidate in [*candidates(line, 1), *prose_candidates(line, 1)]:
        judge(candidate, DEFAULT_PERIODS, 0.15, lambda: [(4e8, "400M")])  # any exception fails the test


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions(), leaves())
def test_no_expression_is_an_internal_error(expression: str, stated: str) -> None:
    text = f"# X\n## Estimation\n- Total = {expression} = {stated}\n"
    assert not [f for f in lint_string(text) if f.rule_id.startswith("X")]


@pytest.mark.parametrize(
    "line",
    [
        "- a = 1e308 * 1e308 = 5",
        "- 2 x 3 = 1e400",
        "- (1 - 9)^0.5 = 3",
        "- 5 / 0 = 3",
        "- 0^-1 = 4",
        "- 10 / (5 - 5) = 2",
        "- 1e99 * 1e99 = 1e198",
        "- 1e-99 * 1e-99 = 0",
        "- 2^64 * 2^64 * 2^64 * 2^64 * 2^64 * 2^64 = 7",
    ],
)
def test_odd_numbers_are_silent(line: str) -> None:
    assert not [f for f in lint_string(f"# X\n## Estimation\n{line}\n") if f.rule_id.startswith(("X", "E002"))]


@pytest.mark.parametrize(
    "line",
    [
        "- Writes = 5 x 10 = 50 per \u017f",  # long s: matched as s, lower() keeps it
        "- Reads: 10 per \u0131",  # dotless i
        "- 2 m\u0131l users x 10 = 20 m\u0131l a day",
        "- 5 KB per \u017fecond, 10 \u017feconds per minute",
        "- 1 \u0130B = 10 \u017fec",  # dotted capital I: lower() makes two characters
        "- 300 \u0130B stored, 2 gB a day",
    ],
)
def test_letters_that_fold_onto_ascii_do_not_break_the_unit_tables(line: str) -> None:
    findings = lint_string(f"# X\n## Requirements\n- 1M users\n## Estimation\n{line}\n")
    assert not [f for f in findings if f.rule_id.startswith("X")]


def test_a_value_with_no_finite_value_is_a_no_value_error() -> None:
    with pytest.raises(NoValue):
        Quantity(1e99) * Quantity(1e99) * Quantity(1e99)
    with pytest.raises(NoValue):
        Quantity(-8.0) ** Quantity(0.5)
    with pytest.raises(NoValue):
        Quantity(0.0) ** Quantity(-1.0)
    assert issubclass(NoValue, EvalError)


def test_an_astronomical_number_is_not_read_as_a_value() -> None:
    assert [t.kind for t in tokenize("1e400")] == ["stop"]
    node, _ = parse(tokenize("1e99"))
    assert evaluate(node, Reading(DEFAULT_PERIODS)).value == 1e99


def test_calculator_refuses_astronomical_inputs() -> None:
    with pytest.raises(UsageError, match="dau: must be at most"):
        estimate(Inputs(dau=1e308, reads_per_user=5, writes_per_user=1, record_bytes=300, response_bytes=300))
    with pytest.raises(UsageError, match="dau: must be a number"):
        estimate(Inputs(dau=float("nan"), reads_per_user=5, writes_per_user=1, record_bytes=300, response_bytes=300))


@pytest.mark.parametrize("dau", ["1e308", "1e400", "nan", "inf", "1e19"])
def test_estimate_command_answers_astronomical_inputs_in_one_line(runner: object, dau: str) -> None:
    from designlint.cli import main

    args = ["estimate", "--dau", dau, "--reads-per-user", "5", "--writes-per-user", "1", "--record-size", "300B"]
    result = runner.invoke(main, args)  # type: ignore[attr-defined]
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "dau" in result.output


# --- linear time --------------------------------------------------------------------------

TIMER = """
import json, sys, time
from designlint.lint.engine import build_ruleset, lint_text
from designlint.config import Config
from pathlib import Path
texts = json.load(sys.stdin)
ruleset = build_ruleset(Config(profile="interview", root=Path({root!r})))
lint_text("# warm\\n## Estimation\\n- 2 x 3 = 6\\n", "w.md", ruleset)
def best(text):
    times = []
    for _ in range(2):
        start = time.perf_counter()
        lint_text(text, "doc.md", ruleset)
        times.append(time.perf_counter() - start)
    return min(times)
print(json.dumps([best(text) for text in texts]))
"""

PATHOLOGICAL = {
    "1x": lambda n: "# X\n## Estimation\n- " + "1x" * n + "\n",
    "1.": lambda n: "# X\n## Estimation\n- a = " + "1." * n + " = 5\n",
    "1 x": lambda n: "# X\n## Estimation\n- " + "1 x " * n + "= 5\n",
    "rates": lambda n: "# X\n## Estimation\n- " + "1,000 reads " * n + "per second\n",
    "and": lambda n: "# X\n## Estimation\n- 9 divided by " + "1 and " * n + "2 is 3\n",
    "times": lambda n: "# X\n## Estimation\n- " + "1 times " * n + "2 is 3\n",
    "restated": lambda n: "# X\n## Estimation\n- " + "10/day (" * n + "\n",
    "bullets": lambda n: "# X\n## Estimation\n" + "- 5 a day\n- divided by 2\n" * n + "- so 3\n",
}


def _times(texts: list[str]) -> list[float]:
    import json

    code = TIMER.format(root=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def test_estimate_patterns_are_linear() -> None:
    """Each pathological line at n and 4n, timed in a fresh process: 4x the input, at most ~4.5x the time.

    A shape over the bound is timed again (up to three times in all), so that a moment of load on a
    shared machine does not fail the test; a quadratic shape is over it every time."""
    pending = dict(PATHOLOGICAL)
    for _attempt in range(3):
        times = _times([make(n) for make in pending.values() for n in (1000, 4000)])
        ratios = {name: (times[2 * k], times[2 * k + 1]) for k, name in enumerate(pending)}
        # the 0.05 s floor absorbs timer noise
        pending = {name: PATHOLOGICAL[name] for name, (small, large) in ratios.items() if large > 4.5 * small + 0.05}
        if not pending:
            return
    raise AssertionError(f"grows faster than linear: {ratios}")


UNITS = ["QPS", "ops/s", "/ day", "per hour", "A week", "each month", "/user", "per request", "KB", "KiB", "bytes"]
UNITS += ["Bps", "kb", "gb", "Mb", "bits", "Kbps", "ms", "days", "yrs"]


@pytest.mark.parametrize("unit", UNITS)
def test_each_kind_of_unit_passes_the_quick_unit_test(unit: str) -> None:
    """The lexer tries its unit patterns only where their union matches: each kind of unit must get through."""
    from designlint.estimate.lexer import _MAY_BE_UNIT, Token, _unit

    assert _unit(unit, 0, Token("num", "5", 0, 5.0)) is not None
    assert _MAY_BE_UNIT.match(unit)


@given(st.sampled_from(UNITS), st.text(alphabet="abdehimnoprsty/ BKkMbS.", max_size=8))
def test_no_unit_misses_the_quick_unit_test(start: str, rest: str) -> None:
    from designlint.estimate.lexer import _MAY_BE_UNIT, Token, _unit

    text = start[: len(start) // 2] + rest
    for prev in (Token("num", "5", 0, 5.0), Token("word", "users", 0)):
        assert _unit(text, 0, prev) is None or _MAY_BE_UNIT.match(text), text


CONNECTOR = r"=|≈|->|→|⇒|[\w)%]\s+~\s*\d|\b(?:or|which is|that is|i\.e\.,?)\s+[~≈]?\d"  # what has_connector finds


@given(st.lists(st.sampled_from(list("=≈-→⇒>~ \t)%a5_é") + ["or", "which is", "that is", "i.e.", "xor"]), max_size=12))
@example(["a ~5"])
@example(["5% ~ 6"])
@example(["a~5"])
@example(["x or ~5"])
@example(["(that is 5"])
@example(["xor 5"])
@example(["1 i.e., 5"])
@example(["a -> b"])
def test_the_connector_test_finds_what_one_pattern_would(pieces: list[str]) -> None:
    """has_connector splits one slow pattern into quick tests; it must agree with that pattern."""
    import re

    from designlint.estimate.finder import has_connector

    line = "".join(pieces)
    assert has_connector(line) == bool(re.search(CONNECTOR, line)), line


@given(
    st.lists(
        st.sampled_from(["times", "TIMES", "Plus", "divided", " by", "minus", "x", " ", "ı", "ſ", "-", "5"]),
        max_size=10,
    )
)
@example(["multiplied", " by"])
@example(["Divided", " by"])
@example(["tımes"])  # dotless i: _STEP's case-insensitive match takes it for an i
@example(["overtimes"])
def test_the_step_word_test_finds_what_one_pattern_would(pieces: list[str]) -> None:
    import re

    from designlint.estimate.prose import has_step

    line = "".join(pieces)
    assert has_step(line) == bool(re.search(r"\b(?:times|multiplied by|divided by|plus|minus)\b", line, re.I)), line


CHAIN_PIECES = [
    "- 900 million a year",
    "- Times 2",
    "- divided by 365 days",
    "- MULTIPLIED BY 3",
    "- so 5",
    "- tımes 4",
]


@given(
    st.lists(st.sampled_from([*CHAIN_PIECES, "- on average 29", "plain words", "- 12 GB"]), max_size=6), st.booleans()
)
@example(["- 900 million a year", "- divided by 365 days", "- on average about 2.5M a day"], True)
@example(["900 million a year", "tımes 4", "so 3.6 billion"], False)
def test_text_without_a_step_word_holds_no_chain(lines: list[str], bullets: bool) -> None:
    """may_chain lets chained_items skip a block by a quick test; every chain must pass that test."""
    from designlint.estimate.prose import chained_items, may_chain

    text = "\n".join(lines)
    if list(chained_items(enumerate(lines, start=1), bullets)):
        assert may_chain(text), text
