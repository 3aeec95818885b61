"""`designlint estimate`: the formulas, the rendered section (which must lint clean), bad inputs."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designlint.cli import main
from designlint.errors import UsageError
from designlint.estimate.calculator import Inputs, estimate
from designlint.estimate.render import render_markdown

from conftest import lint_string

URL_SHORTENER = Inputs(dau=100e6, reads_per_user=5, writes_per_user=0.1, record_bytes=300, response_bytes=300)
NUMBER_RULES = ("E002", "E006", "E007", "E008")


def test_formulas_match_the_url_shortener_example() -> None:
    r = estimate(URL_SHORTENER)
    assert r.write_qps == pytest.approx(115.7, abs=0.1)
    assert r.read_qps == pytest.approx(5787, abs=1)
    assert r.peak_read_qps == pytest.approx(17_361, abs=1)
    assert r.read_write_ratio == pytest.approx(50)
    assert r.storage_per_year == pytest.approx(1.095e12)
    assert r.storage_total == pytest.approx(5.475e12)
    assert r.bandwidth_out == pytest.approx(1.736e6, rel=1e-3)
    assert r.cache_bytes == pytest.approx(30e9)
    assert (r.servers_needed, r.servers_total) == (4, 8)
    assert r.storage_fits_one_server and r.cache_nodes == 1


def test_rendered_section_explains_the_numbers() -> None:
    text = render_markdown(estimate(URL_SHORTENER))
    assert "Read QPS        = 500,000,000 / 86,400 = ~5,787 reads/sec" in text
    assert "Reads to writes: 50:1. Read-heavy" in text
    assert "fits one database server of 10 TB" in text


def test_storage_beyond_one_server_says_to_partition() -> None:
    big = Inputs(dau=1e9, reads_per_user=10, writes_per_user=10, record_bytes=10_000, response_bytes=1000)
    text = render_markdown(estimate(big))
    assert "plan to partition the data" in text and "cache must be partitioned" in text


sizes = st.floats(min_value=1, max_value=1e7, allow_nan=False)
counts = st.floats(min_value=0.001, max_value=1000, allow_nan=False)


@st.composite
def inputs(draw: st.DrawFn) -> Inputs:
    return Inputs(
        dau=draw(st.floats(min_value=1, max_value=1e10)),
        reads_per_user=draw(st.one_of(st.just(0.0), counts)),
        writes_per_user=draw(counts),
        record_bytes=draw(sizes),
        response_bytes=draw(sizes),
        peak_multiplier=draw(st.floats(min_value=1, max_value=10)),
        retention_years=draw(st.floats(min_value=0.5, max_value=30)),
        cache_fraction=draw(st.one_of(st.just(0.0), st.floats(min_value=0.001, max_value=1))),
        qps_per_server=draw(st.floats(min_value=1, max_value=1e6)),
        redundancy=draw(st.floats(min_value=1, max_value=5)),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs())
def test_rendered_estimate_lints_clean(values: Inputs) -> None:
    text = "# Generated\n\n" + render_markdown(estimate(values))
    findings = [f for f in lint_string(text, select=NUMBER_RULES)]
    assert findings == [], [f.message for f in findings]


def test_rendered_estimate_is_read_not_skipped() -> None:
    """The property above would pass vacuously if nothing were read: a broken figure must be caught."""
    text = render_markdown(estimate(URL_SHORTENER)).replace("~5,787 reads/sec", "~57,870 reads/sec")
    assert [f.rule_id for f in lint_string(text, select=NUMBER_RULES)] == ["E002"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"dau": -1.0}, "dau: must not be negative"),
        ({"writes_per_user": 0.0}, "writes-per-user: must be greater than zero"),
        ({"qps_per_server": 0.0}, "qps-per-server: must be greater than zero"),
        ({"cache_fraction": 2.0}, "cache-fraction: must be between 0 and 1"),
        ({"peak_multiplier": 0.5}, "must be at least 1"),
    ],
)
def test_bad_inputs_are_refused(change: dict[str, float], words: str) -> None:
    with pytest.raises(UsageError, match=words):
        estimate(replace(URL_SHORTENER, **change))


ARGS = ["estimate", "--dau", "100M", "--reads-per-user", "5", "--writes-per-user", "0.1", "--record-size", "300B"]


def test_cli_writes_markdown_and_json(runner: CliRunner) -> None:
    markdown = runner.invoke(main, ARGS)
    assert markdown.exit_code == 0 and markdown.output.startswith("## Estimation")
    data = json.loads(runner.invoke(main, [*ARGS, "--format", "json"]).output)
    assert data["inputs"]["record_bytes"] == 300 and data["servers_needed"] == 4


def test_cli_reads_a_toml_file_and_options_override_it(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "inputs.toml"
    path.write_text('dau = "10M"\nreads-per-user = 20\nwrites-per-user = 2\nrecord-size = "1 KB"\n')
    data = json.loads(
        runner.invoke(main, ["estimate", "--inputs", str(path), "--dau", "20M", "--format", "json"]).output
    )
    assert data["inputs"]["dau"] == 20e6 and data["inputs"]["record_bytes"] == 1000


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--dau", "-5"], "dau: must not be negative"),
        (["--record-size", "300 furlongs"], "record-size: unknown unit"),
        (["--writes-per-user", "0"], "writes-per-user: must be greater than zero"),
        (["--dau", "lots"], "dau: cannot read"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(runner: CliRunner, extra: list[str], words: str) -> None:
    result = runner.invoke(main, [*ARGS, *extra])
    assert result.exit_code == 2
    assert words in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_missing_input(runner: CliRunner) -> None:
    result = runner.invoke(main, ["estimate", "--dau", "5"])
    assert result.exit_code == 2 and "missing input: --reads-per-user" in result.output


def test_section_heading_level_can_be_chosen() -> None:
    text = render_markdown(estimate(URL_SHORTENER), level=3)
    assert text.startswith("### Estimation\n") and "\n#### Traffic\n" in text


def test_cli_output_file(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "estimate.md"
    result = runner.invoke(main, [*ARGS, "-o", str(target)])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("## Estimation")


def test_inputs_accept_the_short_peak_name_and_refuse_unknown_ones(tmp_path: Path) -> None:
    from designlint.estimate.inputs import collect_inputs

    base = {"dau": "1M", "reads-per-user": "5", "writes-per-user": "1", "record-size": "1 KB"}
    assert collect_inputs({**base, "peak": "5"}, None).peak_multiplier == 5
    with pytest.raises(UsageError, match="unknown input 'dua'"):
        collect_inputs({**base, "dua": "5"}, None)
    path = tmp_path / "inputs.toml"
    path.write_text('dau = 5\nsize = "1 KB"\n')
    with pytest.raises(UsageError, match="unknown input 'size'"):
        collect_inputs({}, path)
