"""`designlint fix` rewrites only the file it was given, as the same file: no link out of the folder,
owner, mode and attributes kept, hard links and read-only files refused, no litter after a kill."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from designlint import atomic
from designlint.cli import main

DOC = "# Paste service\n\n## Requirements\n\n- Store a paste.\n\n## High-level design\n\nBoxes.\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def fix(path: Path | str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["fix", str(path)])
    return result.exit_code, result.stderr


def test_a_symlinked_folder_out_of_the_repo_is_not_followed(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "doc.md").write_text(DOC)
    (repo / "link").symlink_to(outside)
    code, err = fix("link/doc.md")
    assert code == 2 and "goes through a symlinked folder to a place outside" in err and err.count("\n") == 1
    assert (outside / "doc.md").read_text() == DOC
    inner = repo / "real"
    inner.mkdir()
    (inner / "doc.md").write_text(DOC)
    (repo / "alias").symlink_to(inner)
    assert fix("alias/doc.md")[0] == 0, "a link that stays inside the repository is fine"


def test_mode_and_extended_attributes_are_kept(repo: Path) -> None:
    path = repo / "doc.md"
    path.write_text(DOC)
    path.chmod(0o640)
    try:
        os.setxattr(path, "user.designlint-test", b"kept")
        has_xattr = True
    except (OSError, AttributeError):
        has_xattr = False
    assert fix(path)[0] == 0
    assert len(path.read_text()) > len(DOC) and (path.stat().st_mode & 0o777) == 0o640
    if has_xattr:
        assert os.getxattr(path, "user.designlint-test") == b"kept"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can make a file owned by someone else")
def test_the_owner_is_kept(repo: Path) -> None:
    path = repo / "doc.md"
    path.write_text(DOC)
    os.chown(path, 4321, 4322)
    assert fix(path)[0] == 0
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4322) and len(path.read_text()) > len(DOC)


def test_an_owner_that_cannot_be_kept_is_refused(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = repo / "doc.md"
    path.write_text(DOC)
    real_stat = os.stat_result

    def foreign(target: Path) -> os.stat_result:
        info = os.lstat(target)
        fields = list(info)
        fields[4] = info.st_uid + 1  # st_uid
        return real_stat(fields)

    def refuse(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(Path, "lstat", foreign)
    monkeypatch.setattr(os, "chown", refuse)
    code, err = fix(path)
    assert code == 2 and "owned by another user" in err
    assert path.read_text() == DOC and [p.name for p in repo.iterdir()] == ["doc.md"]


def test_hard_links_and_read_only_files_are_refused(repo: Path) -> None:
    path = repo / "doc.md"
    path.write_text(DOC)
    os.link(path, repo / "twin.md")
    code, err = fix(path)
    assert code == 2 and "has 2 hard links" in err and err.count("\n") == 1
    assert path.read_text() == DOC == (repo / "twin.md").read_text()
    (repo / "twin.md").unlink()
    path.chmod(0o444)
    code, err = fix(path)
    assert code == 2 and "is read-only; make it writable first" in err  # even for root
    assert path.read_text() == DOC
    assert sorted(p.name for p in repo.iterdir()) == ["doc.md"]


def test_temporary_files_left_by_a_killed_run_are_hidden_and_cleaned(repo: Path) -> None:
    path = repo / "doc.md"
    path.write_text(DOC)
    stale = repo / ".doc.md.designlint-k1ll3d.tmp"
    fresh = repo / ".doc.md.designlint-runn1ng.tmp"
    for temp in (stale, fresh):
        temp.write_text("half a doc")
    old = time.time() - atomic.STALE_SECONDS - 60
    os.utime(stale, (old, old))
    lint = CliRunner().invoke(main, ["lint", str(repo), "--no-cache", "--format", "json"])
    assert ".tmp" not in lint.output, "never mistaken for a doc"
    assert fix(path)[0] == 0
    assert not stale.exists() and fresh.exists(), "only temporaries old enough to be orphans go"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_not_read(repo: Path) -> None:
    os.mkfifo(repo / "pipe.md")
    code, err = fix("pipe.md")  # reading it would wait for a writer for ever
    assert code == 2 and "pipe.md: not a regular file" in err
