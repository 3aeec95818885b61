"""--jobs: the same report, byte for byte, whatever the number of processes; a pool only for big runs."""

from __future__ import annotations

import io
import os
import shutil
import time
from pathlib import Path

import pytest

from designlint import parallel
from designlint.lint.run import LintOptions
from designlint.reporting.report import Output, lint_and_report

from conftest import sample_docs

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool forks")


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30 files in nested folders: past the pool threshold, with findings in most."""
    root = tmp_path_factory.mktemp("many")
    docs = sample_docs(10)
    for copy in range(3):
        folder = root / f"part{copy}" / "docs"
        folder.mkdir(parents=True)
        for doc in docs:
            shutil.copy(doc, folder / doc.name)
    return root


def report(folder: Path, jobs: int, fmt: str = "text", cache_dir: Path | None = None) -> str:
    stdout = io.StringIO()
    opts = LintOptions(paths=(str(folder),), jobs=jobs, cache=cache_dir is not None, cache_dir=cache_dir)
    lint_and_report(opts, Output(fmt, statistics=True), io.StringIO(), stdout, io.StringIO(), lambda _m: None)
    return stdout.getvalue()


@needs_fork
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_report_is_identical_for_any_number_of_jobs(many: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[int] = []
    real = parallel.ordered_map

    def spy(work, items, jobs):  # type: ignore[no-untyped-def]
        pools.append(jobs)
        return real(work, items, jobs)

    monkeypatch.setattr(parallel, "ordered_map", spy)
    one = report(many, 1, fmt)
    assert report(many, 2, fmt) == one
    assert report(many, 3, fmt) == one
    assert pools == [2, 3], "jobs 2 and 3 must really use a pool, jobs 1 never"
    assert one.count(str(many)) > 30, "most files must give findings, or order is barely tested"


@needs_fork
def test_pool_workers_fill_the_cache_and_a_warm_run_agrees(many: Path, tmp_path: Path) -> None:
    cold = report(many, 2, cache_dir=tmp_path / "cache")
    assert len(list((tmp_path / "cache").rglob("*.json"))) >= 30
    assert report(many, 2, cache_dir=tmp_path / "cache") == cold == report(many, 1)


def test_small_runs_stay_in_one_process() -> None:
    assert not parallel.worth_a_pool(files=5, size=20_000, jobs=8)
    assert not parallel.worth_a_pool(files=2, size=5_000_000, jobs=8)
    assert not parallel.worth_a_pool(files=500, size=5_000_000, jobs=1)
    assert parallel.worth_a_pool(files=parallel.POOL_MIN_FILES, size=1, jobs=2) == hasattr(os, "fork")
    assert parallel.worth_a_pool(files=3, size=parallel.POOL_MIN_BYTES, jobs=2) == hasattr(os, "fork")


def _slow_for_small(n: int) -> int:
    time.sleep(0.02 if n < 4 else 0)  # early items finish last
    return n * n


@needs_fork
def test_ordered_map_keeps_the_order_of_the_work() -> None:
    items = list(range(40))
    assert list(parallel.ordered_map(_slow_for_small, items, 3)) == [n * n for n in items]


def test_default_jobs_is_every_usable_core() -> None:
    assert 1 <= parallel.default_jobs() <= (os.cpu_count() or 1)
