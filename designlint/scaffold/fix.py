"""`designlint fix`: insert the missing steps and parts as headings with prompts, keeping every line."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designlint.catalogue import Catalogue, load_catalogue
from designlint.doc.document import Document, parse
from designlint.doc.outline import build_outline
from designlint.errors import TemplateError, UsageError
from designlint.resources import data_dir
from designlint.scaffold import jinja
from designlint.scaffold.lines import split_lines
from designlint.scaffold.placement import Insertion, plan
from designlint.scaffold.render import catalogue_context

if TYPE_CHECKING:
    from jinja2 import Environment


def _newline(lines: Sequence[str]) -> str:
    for line in lines:
        if line.endswith("\r\n"):
            return "\r\n"
        if line.endswith(("\n", "\r")):
            return line[-1]
    return "\n"


def _ending(line: str) -> str:
    """The line end of line ('' if none); what follows it must use the same, or CR + LF would merge."""
    return line[len(line.rstrip("\r\n")) :]


def _entry_context(catalogue: Catalogue, entry_id: str) -> dict[str, Any]:
    steps = catalogue_context(catalogue)
    for step in steps:
        if step["id"] == entry_id:
            return step
        for part in step["parts"]:
            if part["id"] == entry_id:
                return dict(part)
    raise KeyError(entry_id)


@lru_cache(maxsize=1)
def _builtin_environment() -> Environment:
    return jinja.environment(data_dir("templates"))


def render_insertion(catalogue: Catalogue, insertion: Insertion) -> list[str]:
    """The heading and prompts for one insertion, as lines without line ends."""
    context = {
        "entry": _entry_context(catalogue, insertion.entry_id),
        "level": insertion.level,
        "preset": None,
        "deep_dives": [],
        "estimate": None,
    }
    text = jinja.render(_builtin_environment(), "_fix.md.j2", context)
    return text.rstrip("\n").split("\n")


def _blank(line: str | None) -> bool:
    return line is None or not line.strip()


def apply(lines: list[str], blocks: dict[int, list[list[str]]], fence: str | None = None) -> str:
    """The original lines with each group of blocks inserted after its line; no original byte changes
    except a line end added to a last line that had none, when something is inserted after it."""
    out: list[str] = []
    for number in range(len(lines) + 1):
        if number in blocks:
            nl = _ending(out[-1]) if out else _newline(lines)
            if out and not nl:
                nl = _newline(lines)
                out[-1] += nl
            if nl == "\r" and number < len(lines) and lines[number].startswith("\n"):
                nl = "\r\n"  # a lone CR before the next line's LF would merge into one line end
            if fence and number == len(lines):
                out.append(fence + nl)  # the doc ends inside a code block: close it first
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


MAX_PASSES = 4


def fix_text(text: str, catalogue: Catalogue | None = None) -> tuple[str, list[str]]:
    """The fixed text and the ids inserted, checked so that lint now finds every step and part.

    An insertion can change how the doc reads (a lone top heading stops being the title once
    steps sit beside it), so passes repeat until nothing more is missing.
    """
    catalogue = catalogue or load_catalogue()
    inserted: list[str] = []
    for _ in range(MAX_PASSES):
        text, added = _one_pass(text, catalogue)
        if not added:
            if inserted:
                _verify(text, catalogue)
            return text, inserted
        inserted += added
    raise TemplateError(f"fix did not settle after {MAX_PASSES} passes; nothing written")


def _one_pass(text: str, catalogue: Catalogue) -> tuple[str, list[str]]:
    doc = parse(text)
    insertions = plan(doc, catalogue, build_outline(doc, catalogue))
    if not insertions:
        return text, []
    blocks: dict[int, list[list[str]]] = {}
    for insertion in insertions:
        blocks.setdefault(insertion.after, []).append(render_insertion(catalogue, insertion))
    return apply(split_lines(text), blocks, _open_fence(doc)), [i.entry_id for i in insertions]


def _open_fence(doc: Document) -> str | None:
    """The closing fence a doc lacks when its last code block runs to the end of the file."""
    last = list(doc.blocks())[-1:]
    if not last or last[0].kind != "code":
        return None
    lines = last[0].text.split("\n")
    opener = re.match(r"^ {0,3}(`{3,}|~{3,})", lines[0])
    if opener is None:
        return None
    fence = opener.group(1)
    closed = len(lines) > 1 and re.match(rf"^ {{0,3}}{fence[0]}{{{len(fence)},}}\s*$", lines[-1])
    return None if closed else fence


def _verify(fixed: str, catalogue: Catalogue) -> None:
    """After a fix the linter must find every step and part; if not, refuse rather than write."""
    outline = build_outline(parse(fixed), catalogue)
    lost = [step.id for step in catalogue.steps() if outline.first_line(step.id) is None]
    lost += [part.id for part in catalogue.parts() if not outline.has(part.id)]
    if lost:
        raise TemplateError(f"fix could not place {', '.join(lost)} where the linter finds it; nothing written")


def _read(path: Path) -> str:
    if path.is_symlink():
        raise UsageError(f"{path}: is a symlink; refusing to rewrite through it")
    _check_inside(path)
    if path.exists() and not path.is_file():
        raise UsageError(f"{path}: not a regular file; fix rewrites only plain files")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text; nothing written") from None


def _check_inside(path: Path) -> None:
    """A path under the current folder must not lead out of it through a symlinked folder."""
    here = Path.cwd().resolve()
    named = Path(os.path.abspath(path))
    under_here = named.is_relative_to(Path.cwd().absolute()) or named.is_relative_to(here)
    if under_here and not path.resolve().is_relative_to(here):
        raise UsageError(f"{path}: goes through a symlinked folder to a place outside {here}; refusing it")


def _setup(path: Path, text: str, profile: str | None) -> tuple[Catalogue, str, bool]:
    """The catalogue with the config's heading synonyms, the doc's profile as lint picks it,
    and whether that profile asks for the steps at all (the missing-step check runs in it)."""
    from designlint.config import discover
    from designlint.lint.engine import build_ruleset, choose_profile

    config = discover(path.absolute().parent)
    if profile is not None:
        config = config.with_cli(profile=profile)
    ruleset = build_ruleset(config)
    chosen = choose_profile(parse(text, str(path)), ruleset, path)
    wants = any(active.rule.check == "missing_step" for active in ruleset.active(path, chosen))
    return ruleset.catalogue, chosen, wants


def _titles(catalogue: Catalogue, ids: list[str]) -> str:
    return ", ".join(catalogue.get(entry_id).title for entry_id in ids)


def run_fix(path: Path, show_diff: bool = False, profile: str | None = None) -> tuple[str, str]:
    """Fix path in place (or only show the diff); returns (stdout text, one-line note)."""
    from designlint.atomic import rewrite_in_place

    text = _read(path)
    catalogue, chosen, wanted = _setup(path, text, profile)
    if not wanted:
        return "", f"{path}: profile {chosen} does not hold a doc to the four steps; nothing to insert " + (
            "(pass --profile interview to insert them anyway)"
        )
    from designlint.scaffold.markup import markup_headings

    marked, unmarked = markup_headings(text, catalogue)
    fixed, inserted = fix_text(marked, catalogue)
    if not inserted and not unmarked:
        return "", f"{path}: every step and part is there; nothing to insert"
    if show_diff:
        diff = difflib.unified_diff(
            text.splitlines(keepends=True), fixed.splitlines(keepends=True), str(path), str(path)
        )
        return "".join(diff), f"{path}: would {_done(catalogue, inserted, unmarked, False)}; nothing written"
    rewrite_in_place(path, fixed)
    return "", f"{path}: {_done(catalogue, inserted, unmarked, True)}"


def _done(catalogue: Catalogue, inserted: list[str], unmarked: int, past: bool) -> str:
    """What fix changes, in words: "inserted 2 headings (API, Data model)", "mark up 3 lines as headings"."""
    said = []
    if unmarked:
        plural = "s" if unmarked > 1 else ""
        said.append(f"{'marked' if past else 'mark'} up {unmarked} line{plural} as heading{plural}")
    if inserted:
        count = f"{len(inserted)} heading{'s' if len(inserted) > 1 else ''} ({_titles(catalogue, inserted)})"
        said.append(f"{'inserted' if past else 'insert'} {count}")
    return " and ".join(said)
