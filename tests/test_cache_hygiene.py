"""The cache folder cannot be turned against the user: links, damaged or huge entries, forged seals;
and it does not grow for ever."""

from __future__ import annotations

import io
import json
import os
import stat
import time
from pathlib import Path

import pytest
from test_cache import WEAK, Counter, entries, lint

from designlint import memo
from designlint.lint import cache, cachefiles
from designlint.lint.run import LintOptions
from designlint.reporting.report import Output, lint_and_report


@pytest.fixture(autouse=True)
def own_key_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    cachefiles.user_key.cache_clear()
    yield home
    cachefiles.user_key.cache_clear()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".designlint.toml").write_text('select = ["S", "X"]\n')
    (repo / "a.md").write_text(WEAK)
    (repo / "b.md").write_text(WEAK.replace("Notes", "Extras"))
    return repo


def default_run(project: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A run with the default cache folder, from the project's folder."""
    monkeypatch.chdir(project)
    monkeypatch.delenv("CI", raising=False)
    stdout = io.StringIO()
    lint_and_report(LintOptions(paths=(".",)), Output("text"), io.StringIO(), stdout, io.StringIO(), lambda _m: None)
    return stdout.getvalue()


def test_linked_markers_do_not_make_designlint_write_outside(project: Path, tmp_path: Path, monkeypatch) -> None:
    folder = project / ".designlint_cache"
    folder.mkdir()
    (folder / ".gitignore").symlink_to(tmp_path / "planted-gitignore")
    (folder / "CACHEDIR.TAG").symlink_to(tmp_path / "planted-tag")
    assert "S003" in default_run(project, monkeypatch)
    assert not (tmp_path / "planted-gitignore").exists() and not (tmp_path / "planted-tag").exists()
    assert entries(project), "the cache itself still works"


def test_a_default_cache_folder_linked_elsewhere_is_not_used(project: Path, tmp_path: Path, monkeypatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project / ".designlint_cache").symlink_to(elsewhere)
    first = default_run(project, monkeypatch)
    assert "S003" in first and list(elsewhere.iterdir()) == []
    counter = Counter(monkeypatch)
    assert default_run(project, monkeypatch) == first and counter.calls == 2, "nothing read from there either"
    lint(project)  # named with --cache-dir: the user chose it, so it is used
    assert list(elsewhere.iterdir())


def test_a_link_inside_the_cache_does_not_lead_writes_out(project: Path, tmp_path: Path, monkeypatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = project / ".designlint_cache" / cache.LAYOUT
    folder.mkdir(parents=True)
    (folder / "findings").symlink_to(elsewhere)
    assert "S003" in default_run(project, monkeypatch)
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry.write_text("[" * 200_000),
        lambda entry: entry.write_text('{"key": "x", "mac": "y", "value": ' + "[" * 5000 + "]" * 5000 + "}"),
        lambda entry: (entry.unlink(), os.mkfifo(entry)),
        lambda entry: (entry.unlink(), entry.symlink_to("/dev/zero")),
    ],
    ids=["deep-brackets", "deep-value", "fifo", "link-to-device"],
)
def test_a_damaged_entry_is_a_miss_never_a_crash_or_a_hang(project: Path, monkeypatch, damage) -> None:  # type: ignore[no-untyped-def]
    first = lint(project)
    for entry in entries(project):
        damage(entry)
    counter = Counter(monkeypatch)
    assert lint(project) == first and counter.calls == 2


def test_an_entry_over_the_size_cap_is_not_read(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = lint(project)
    entry = entries(project)[0]
    entry.write_text(entry.read_text()[:-2] + " " * 5000 + "}\n")  # still a valid, sealed entry
    monkeypatch.setattr(cachefiles, "MAX_ENTRY_BYTES", 4096)
    counter = Counter(monkeypatch)
    assert lint(project) == first and counter.calls == 1


def test_entries_are_sealed_with_a_key_kept_outside_the_repository(
    project: Path, own_key_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = lint(project)
    key_file = own_key_folder / "designlint" / "cache-key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600 and len(key_file.read_bytes()) == 32
    assert not list(project.rglob("cache-key"))
    for entry in entries(project):  # forged: the old unkeyed sum, findings dropped
        body = memo.canonical([])
        entry.write_text(json.dumps({"key": entry.parent.name + entry.stem, "mac": memo.digest(body), "value": []}))
    counter = Counter(monkeypatch)
    assert lint(project) == first and counter.calls == 2
    key_file.write_bytes(b"k" * 32)  # another user's key: their entries are not ours
    cachefiles.user_key.cache_clear()
    counter.calls = 0
    assert lint(project) == first and counter.calls == 2


def _age(path: Path, days: float) -> None:
    when = time.time() - days * 86400
    os.utime(path, (when, when))


def test_pruning_drops_old_entries_stale_temporaries_and_old_layouts(project: Path) -> None:
    lint(project)
    old, recent = entries(project)
    _age(old, 40)
    folder = project / ".designlint_cache"
    temp = old.parent / ".tmp-left-by-kill"
    temp.write_text("half")
    _age(temp, 1)
    (folder / "v1" / "findings").mkdir(parents=True)
    (folder / "v1" / "findings" / "x.json").write_text("{}")
    (folder / ".last-prune").unlink()
    cache.Store(folder).prune()
    assert old.exists() is False and recent.exists() and not temp.exists() and not (folder / "v1").exists()
    _age(recent, 40)
    cache.Store(folder).prune()
    assert recent.exists(), "pruned at most once a day"


def test_pruning_keeps_the_cache_under_its_size_cap(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lint(project)
    first, second = entries(project)
    _age(first, 2)  # used less recently
    monkeypatch.setattr(cachefiles, "MAX_TOTAL_BYTES", second.stat().st_size)
    (project / ".designlint_cache" / ".last-prune").unlink()
    cache.Store(project / ".designlint_cache").prune()
    assert entries(project) == [second]


def test_pruning_deletes_nothing_but_cache_entries_in_a_shared_folder(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "vendor").mkdir(parents=True)
    (shared / "v1").mkdir()
    (shared / "v1" / "keep.txt").write_text("not ours")
    cache.Store(shared).put("findings", "ab" * 32, [])
    entry = next((shared / cache.LAYOUT).rglob("*.json"))
    _age(entry, 40)
    (shared / "CACHEDIR.TAG").write_text("someone else's tag")
    cache.Store(shared).prune()
    assert (shared / "vendor").is_dir() and (shared / "v1" / "keep.txt").is_file() and entry.exists()
