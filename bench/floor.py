"""The parse floor: mistune 3 parses every Markdown file under a folder, nothing else.

    python bench/floor.py FOLDER_OR_FILE [--jobs N]

Same as the research baseline's `floor.py mistune`: mistune.create_markdown(renderer=None),
one process (or a fork pool of N with the parser built once in the parent, chunksize 16).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import mistune

PARSE = mistune.create_markdown(renderer=None)


def _parse(path: Path) -> int:
    return len(PARSE(path.read_text(encoding="utf-8")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    files = [args.target] if args.target.is_file() else sorted(args.target.rglob("*.md"))
    if args.jobs > 1:
        from multiprocessing import get_context

        with get_context("fork").Pool(args.jobs) as pool:
            tokens = sum(pool.imap(_parse, files, chunksize=16))
    else:
        tokens = sum(_parse(path) for path in files)
    print(f"{len(files)} files, {tokens} top-level tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
