"""Build the benchmark corpora from the shared design docs, with no network access.

Each size is the shared corpus (../shared/corpus/*.md, SOURCES.md left out) copied
into folders copy000, copy001, ...; every copy gets a trailing HTML comment naming it,
so no two files in a corpus have the same bytes and no content-keyed shortcut can
treat copies as one file.

    python bench/corpus.py               # builds bench/work/corpus-{small,1x,10x}
    python bench/corpus.py --sizes 1x    # one size
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SOURCE = BENCH.parent.parent / "shared" / "corpus"
WORK = BENCH / "work"
# Copies per size: 15 copies of the 43 shared docs make 645 files (8.9 MB), close to the
# 648 Rust RFCs (9.2 MB) the reference figures were measured on; 10x is ten times that.
SIZES = {"small": 1, "1x": 15, "10x": 150}
SINGLE = "designgurus--notification-system.md"  # 2.2 KB, the pre-commit case


def sources(folder: Path = SOURCE) -> list[Path]:
    return sorted(p for p in folder.glob("*.md") if p.name != "SOURCES.md")


def build(name: str, copies: int, folder: Path = SOURCE) -> Path:
    """bench/work/corpus-<name>, rebuilt only when the number of copies changed."""
    target = WORK / f"corpus-{name}"
    docs = sources(folder)
    stamp = target / ".copies"
    if stamp.is_file() and stamp.read_text() == f"{copies} {len(docs)}":
        return target
    shutil.rmtree(target, ignore_errors=True)
    texts = [(doc.name, doc.read_text(encoding="utf-8")) for doc in docs]
    for copy in range(copies):
        sub = target / f"copy{copy:03d}"
        sub.mkdir(parents=True)
        for file_name, text in texts:
            ending = "" if text.endswith("\n") else "\n"
            (sub / file_name).write_text(f"{text}{ending}\n<!-- bench copy {copy} -->\n", encoding="utf-8")
    stamp.write_text(f"{copies} {len(docs)}")
    return target


def single() -> Path:
    target = WORK / "single"
    target.mkdir(parents=True, exist_ok=True)
    path = target / SINGLE
    shutil.copyfile(SOURCE / SINGLE, path)
    return path


def stats(folder: Path) -> tuple[int, int]:
    files = list(folder.rglob("*.md"))
    return len(files), sum(f.stat().st_size for f in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", default=list(SIZES), choices=list(SIZES))
    args = parser.parse_args()
    for name in args.sizes:
        folder = build(name, SIZES[name])
        count, size = stats(folder)
        print(f"{folder}: {count} files, {size / 1e6:.2f} MB")
    print(f"single: {single()}")


if __name__ == "__main__":
    main()
