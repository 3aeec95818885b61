"""`designlint fix`: insert the missing steps and parts as headings with prompts, keeping every line."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from designlint.catalogue import Catalogue, load_catalogue
from designlint.document import parse
from designlint.errors import TemplateError, UsageError
from designlint.outline import build_outline
from designlint.resources import data_dir
from designlint.scaffold import jinja
from designlint.scaffold.placement import Insertion, plan
from designlint.scaffold.render import catalogue_context

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def split_lines(text: str) -> list[str]:
    """Lines with their own line ends, split exactly as the parser counts them (LF, CRLF or CR)."""
    return _LINE.findall(text)


def _newline(lines: Sequence[str]) -> str:
    for line in lines:
        if line.endswith("\r\n"):
            return "\r\n"
        if line.endswith(("\n", "\r")):
            return line[-1]
    return "\n"


def _entry_context(catalogue: Catalogue, entry_id: str) -> dict[str, Any]:
    steps = catalogue_context(catalogue)
    for step in steps:
        if step["id"] == entry_id:
            return step
        for part in step["parts"]:
            if part["id"] == entry_id:
                return dict(part)
    raise KeyError(entry_id)


def render_insertion(catalogue: Catalogue, insertion: Insertion) -> list[str]:
    """The heading and prompts for one insertion, as lines without line ends."""
    context = {
        "entry": _entry_context(catalogue, insertion.entry_id),
        "level": insertion.level,
        "preset": None,
        "deep_dives": [],
        "estimate": None,
    }
    text = jinja.render(jinja.environment(data_dir("templates")), "_fix.md.j2", context)
    return text.rstrip("\n").split("\n")


def _blank(line: str | None) -> bool:
    return line is None or not line.strip()


def apply(lines: list[str], blocks: dict[int, list[list[str]]]) -> str:
    """The original lines with each group of blocks inserted after its line; no original byte changes
    except a line end added to a last line that had none, when something is inserted after it."""
    nl = _newline(lines)
    out: list[str] = []
    for number in range(len(lines) + 1):
        if number in blocks:
            if out and not out[-1].endswith(("\n", "\r")):
                out[-1] += nl
            before = out[-1] if out else None
            after = lines[number] if number < len(lines) else None
            out += _group(blocks[number], nl, not _blank(before), not _blank(after))
        if number < len(lines):
            out.append(lines[number])
    return "".join(out)


def _group(group: list[list[str]], nl: str, lead: bool, trail: bool) -> list[str]:
    text: list[str] = [""] if lead else []
    for index, block in enumerate(group):
        text += ([""] if index else []) + block
    if trail:
        text.append("")
    return [line + nl for line in text]


def fix_text(text: str, catalogue: Catalogue | None = None) -> tuple[str, list[str]]:
    """The fixed text and the ids inserted; the result is checked to hold every inserted heading."""
    catalogue = catalogue or load_catalogue()
    doc = parse(text)
    insertions = plan(doc, catalogue, build_outline(doc, catalogue))
    if not insertions:
        return text, []
    blocks: dict[int, list[list[str]]] = {}
    for insertion in insertions:
        blocks.setdefault(insertion.after, []).append(render_insertion(catalogue, insertion))
    fixed = apply(split_lines(text), blocks)
    _verify(fixed, catalogue, [i.entry_id for i in insertions])
    return fixed, [i.entry_id for i in insertions]


def _verify(fixed: str, catalogue: Catalogue, inserted: list[str]) -> None:
    outline = build_outline(parse(fixed), catalogue)
    lost = [entry_id for entry_id in inserted if not outline.has(entry_id) and outline.first_line(entry_id) is None]
    if lost:
        raise TemplateError(f"fix could not place {', '.join(lost)} where the linter finds it; nothing written")


def _read(path: Path) -> str:
    if path.is_symlink():
        raise UsageError(f"{path}: is a symlink; refusing to rewrite through it")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text; nothing written") from None


def _setup(path: Path, profile: str | None) -> tuple[Catalogue, str]:
    """The catalogue with the config's heading synonyms, and the doc's profile (as lint picks it)."""
    from designlint.config import discover
    from designlint.engine import build_ruleset, choose_profile

    config = discover(path.absolute().parent).with_cli(profile=profile)
    catalogue = load_catalogue().with_synonyms(config.steps)
    chosen = choose_profile(parse(_read(path), str(path)), build_ruleset(config))
    return catalogue, chosen


def _titles(catalogue: Catalogue, ids: list[str]) -> str:
    return ", ".join(catalogue.get(entry_id).title for entry_id in ids)


def run_fix(path: Path, show_diff: bool = False, profile: str | None = None) -> tuple[str, str]:
    """Fix path in place (or only show the diff); returns (stdout text, one-line note)."""
    from designlint.atomic import write_atomic

    text = _read(path)
    catalogue, chosen = _setup(path, profile)
    if chosen == "team":
        return "", f"{path}: a team doc (profile team) needs none of the interview steps; nothing to insert " + (
            "(pass --profile interview to insert them anyway)"
        )
    fixed, inserted = fix_text(text, catalogue)
    if not inserted:
        return "", f"{path}: every step and part is there; nothing to insert"
    count = f"{len(inserted)} heading{'s' if len(inserted) > 1 else ''} ({_titles(catalogue, inserted)})"
    if show_diff:
        diff = difflib.unified_diff(
            text.splitlines(keepends=True), fixed.splitlines(keepends=True), str(path), str(path)
        )
        return "".join(diff), f"{path}: would insert {count}; nothing written"
    write_atomic(path, fixed)
    return "", f"{path}: inserted {count}"
