"""The whole of `designlint new`: render, choose the output, then write (or print, or only check)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from designlint.errors import UsageError
from designlint.scaffold import output as out
from designlint.scaffold.render import (
    Chosen,
    NewRequest,
    Prompt,
    build_context,
    choose_template,
    parse_vars,
    render_doc,
    resolve_title,
    team_catalogue,
)


@dataclass(frozen=True)
class NewOptions:
    title: str | None = None
    preset: str | None = None
    output: str | None = None
    force: bool = False
    dry_run: bool = False
    variables: tuple[str, ...] = ()
    template: str | None = None
    templates_dir: Path | None = None
    numbered: bool = False
    parents: bool = False
    estimate: tuple[str, ...] = ()


def run_new(
    opts: NewOptions,
    prompt: Prompt | None = None,
    ask: Callable[[str], str] | None = None,
    echo: Callable[[str], None] = print,
    root: Path | None = None,
) -> str:
    """Render the doc and write it; returns the one-line note for stderr. Nothing is written on any error."""
    if opts.numbered and opts.output == "-":
        raise UsageError("--numbered needs a folder, not stdout")
    base = (root or Path.cwd()).absolute()
    templates_dir = opts.templates_dir or (_configured_templates_dir(base) if opts.template else None)
    request = NewRequest(
        opts.title, opts.preset, opts.template, templates_dir, parse_vars(opts.variables), opts.estimate
    )
    chosen = choose_template(request.template, request.templates_dir)
    title = resolve_title(request, ask)
    context = build_context(request, title, chosen, prompt)
    if opts.output == "-":
        echo(render_doc(chosen, {**context, "number": 0 if opts.numbered else None}))
        return ""
    target = out.resolve_output(opts.output, title, base, opts.numbered, opts.parents)
    if opts.numbered:
        return _numbered(opts, chosen, context, target, title)
    text = render_doc(chosen, context)
    return _write(opts, chosen, text, target, base)


def _configured_templates_dir(base: Path) -> Path | None:
    """The config's templates-dir (once designlint.config has that key; None until then)."""
    from designlint.config import discover

    found = getattr(discover(base), "templates_dir", None)
    return Path(found) if found else None


def _shown(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


def _write(opts: NewOptions, chosen: Chosen, text: str, target: Path, base: Path) -> str:
    exists = target.exists() or target.is_symlink()
    if exists and not opts.force:
        raise UsageError(f"{_shown(target, base)}: already exists; use --force to overwrite it (nothing written)")
    lines = text.count("\n")
    if opts.dry_run:
        verb = "overwrite" if exists else "write"
        return f"dry run: would {verb} {_shown(target, base)} ({lines} lines); nothing written"
    if opts.parents:
        out.make_folder(target.parent)
    out.write_new(target, text, force=opts.force)
    return f"wrote {_shown(target, base)} ({lines} lines){_heading_note(chosen, text)}"


def _numbered(opts: NewOptions, chosen: Chosen, context: dict[str, object], folder: Path, title: str) -> str:
    def render(number: int) -> str:
        return render_doc(chosen, {**context, "number": number})

    if opts.dry_run:
        number = out.next_number(folder)
        render(number)
        return f"dry run: would write {number:04d}-{out.slugify(title)}.md in {folder}; nothing written"
    if opts.parents:
        out.make_folder(folder)
    path = out.write_numbered(folder, title, render)
    return f"wrote {_shown(path, Path.cwd().absolute())}{_heading_note(chosen, path.read_text(encoding='utf-8'))}"


def _heading_note(chosen: Chosen, text: str) -> str:
    """For a team template: the steps lint finds only once the config knows the template's headings."""
    if chosen.builtin:
        return ""
    from designlint.catalogue import load_catalogue
    from designlint.doc.document import parse
    from designlint.doc.outline import build_outline

    doc = parse(text)
    plain = build_outline(doc, load_catalogue())
    taught = build_outline(doc, team_catalogue(chosen.spec))
    steps = load_catalogue().steps()
    needs = [s.id for s in steps if plain.first_line(s.id) is None and taught.first_line(s.id) is not None]
    missing = [s.id for s in steps if taught.first_line(s.id) is None]
    note = ""
    if needs:
        note += f"; lint finds the {', '.join(needs)} step only with the template's [headings] in your config's [steps]"
    if missing:
        note += f"; it has no {', '.join(missing)} step lint can find"
    return note
