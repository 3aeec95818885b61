"""`designlint new`: pick a template, gather its variables, render it with the catalogue and a preset."""

from __future__ import annotations

import datetime as dt
import getpass
import re
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from designlint.catalogue import Catalogue, load_catalogue
from designlint.errors import TemplateError, UsageError
from designlint.files import inside
from designlint.patterns import check_patterns
from designlint.resources import data_dir
from designlint.scaffold import jinja
from designlint.scaffold.presets import get_preset
from designlint.scaffold.spec import TemplateSpec, Variable, load_spec

DEFAULT_TEMPLATE = "design"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")

Prompt = Callable[[Variable, Any], Any]


@dataclass(frozen=True)
class NewRequest:
    """Everything `designlint new` was asked for, before any file is touched."""

    title: str | None = None
    preset: str | None = None
    template: str | None = None
    templates_dir: Path | None = None
    variables: Mapping[str, str] = field(default_factory=dict)
    estimate: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chosen:
    root: Path
    file: str
    spec: TemplateSpec
    builtin: bool


def parse_vars(pairs: tuple[str, ...]) -> dict[str, str]:
    """--var key=value pairs as a dict; a pair without '=' is a usage error."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--var {pair!r}: expected key=value")
        values[key.strip()] = value
    return values


def choose_template(name: str | None, templates_dir: Path | None) -> Chosen:
    """The built-in template, or a team template NAME.md.j2 (with NAME.toml) from templates_dir."""
    if name is None:
        root = data_dir("templates")
        return Chosen(root, f"{DEFAULT_TEMPLATE}.md.j2", load_spec(root / f"{DEFAULT_TEMPLATE}.toml", "design"), True)
    if templates_dir is None:
        raise UsageError("--template needs a templates folder: pass --templates-dir PATH")
    if not _NAME.match(name):
        raise TemplateError(f"template name {name!r}: use letters, digits, '-' and '_' only")
    if not templates_dir.is_dir():
        raise TemplateError(f"{templates_dir}: templates folder not found")
    path = templates_dir / f"{name}.md.j2"
    if not path.is_file():
        raise TemplateError(f"unknown template {name!r}; {templates_dir} holds: {_available(templates_dir)}")
    if not inside(path, templates_dir):
        raise TemplateError(f"{path}: a link to outside the templates folder; refusing it")
    data = templates_dir / f"{name}.toml"
    if (data.exists() or data.is_symlink()) and not inside(data, templates_dir):
        raise TemplateError(f"{data}: a link to outside the templates folder; refusing it")
    spec = load_spec(data, name)
    _check_headings(spec, data)
    return Chosen(templates_dir, path.name, spec, False)


def _available(folder: Path) -> str:
    names = sorted(p.name.removesuffix(".md.j2") for p in folder.glob("*.md.j2"))
    return ", ".join(names) or "no *.md.j2 templates"


def _check_headings(spec: TemplateSpec, where: Path) -> None:
    known = load_catalogue().ids()
    for key, patterns in spec.headings.items():
        if key not in known:
            raise TemplateError(f"{where}: headings: {key}: unknown step or part; use one of {', '.join(known)}")
        # the same check as config patterns get, so a pattern lint would refuse fails before the doc is written
        check_patterns(patterns, f"{where}: headings: {key}", TemplateError)


def team_catalogue(spec: TemplateSpec) -> Catalogue:
    """The catalogue with this template's heading patterns added to each step's and part's synonyms."""
    extra = {key: {"extend-synonyms": list(value)} for key, value in spec.headings.items()}
    return load_catalogue().with_synonyms(extra)


def _entry_dict(catalogue: Catalogue, entry_id: str) -> dict[str, Any]:
    entry = catalogue.get(entry_id)
    fields: dict[str, Any] = {"id": entry.id, "title": entry.title, "summary": entry.summary}
    fields["minutes"] = entry.minutes
    if entry.is_step:
        fields["parts"] = [_entry_dict(catalogue, part.id) for part in catalogue.parts(entry.id)]
    return fields


def catalogue_context(catalogue: Catalogue | None = None) -> list[dict[str, Any]]:
    """The steps with their parts as plain data for templates."""
    catalogue = catalogue or load_catalogue()
    return [_entry_dict(catalogue, step.id) for step in catalogue.steps()]


def preset_context(name: str | None) -> dict[str, Any] | None:
    return dict(get_preset(name)) if name else None


def default_author() -> str:
    """git's user.name, else the login name, else a placeholder."""
    try:
        found = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=2, check=False)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "TODO: your name"


_COMPUTED: dict[str, Callable[[], str]] = {"author": default_author, "date": lambda: dt.date.today().isoformat()}


def _value(variable: Variable, given: Mapping[str, str], prompt: Prompt | None) -> Any:
    """--var wins; then the answer to a prompt (terminal only); then the declared default."""
    if variable.name in given:
        return variable.coerce(given[variable.name])
    default = variable.default
    if default in (None, "") and variable.name in _COMPUTED:
        default = _COMPUTED[variable.name]()
    if prompt is not None:
        return variable.coerce(prompt(variable, default))
    if default is None:
        raise UsageError(f"variable {variable.name} has no default; pass --var {variable.name}=VALUE")
    return variable.coerce(default)


def gather(spec: TemplateSpec, given: Mapping[str, str], prompt: Prompt | None) -> dict[str, Any]:
    """A value for every declared variable; an undeclared --var is an error that names the declared ones."""
    unknown = sorted(set(given) - set(spec.variables))
    if unknown:
        declared = ", ".join(spec.variables) or "none"
        raise UsageError(f"--var {unknown[0]}: template {spec.name!r} declares no such variable (it has: {declared})")
    return {name: _value(variable, given, prompt) for name, variable in spec.variables.items()}


def resolve_title(request: NewRequest, ask: Callable[[str], str] | None) -> str:
    """The title given, else the preset's, else an answer to a prompt (terminal only)."""
    if request.title and request.title.strip():
        return request.title.strip()
    if request.preset:
        return str(get_preset(request.preset)["title"])
    if ask is not None:
        answer = ask("Title of the design doc").strip()
        if answer:
            return answer
    raise UsageError('give the doc a title: designlint new "Design a URL shortener"')


def build_context(request: NewRequest, title: str, chosen: Chosen, prompt: Prompt | None) -> dict[str, Any]:
    preset = preset_context(request.preset)
    context: dict[str, Any] = {
        "title": title,
        "steps": catalogue_context(),
        "preset": preset,
        "deep_dives": list(preset["deep-dives"]) if preset else [],
        "estimate": estimate_section(request.estimate),
        "number": None,
        "today": dt.date.today().isoformat(),
    }
    context.update(gather(chosen.spec, request.variables, prompt))
    return context


def estimate_section(given: tuple[str, ...]) -> str | None:
    """The estimation body computed by the estimate feature from --estimate KEY=VALUE pairs
    and/or TOML input files (the keys of `designlint estimate`), without its own heading."""
    if not given:
        return None
    from designlint.estimate.calculator import estimate
    from designlint.estimate.inputs import collect_inputs
    from designlint.estimate.render import render_markdown

    pairs = tuple(item for item in given if "=" in item)
    files = [Path(item) for item in given if "=" not in item]
    if len(files) > 1:
        raise UsageError("--estimate: give at most one inputs file (other inputs as KEY=VALUE)")
    options = {key.strip().removeprefix("--"): value for key, value in parse_vars(pairs).items()}
    try:
        text = render_markdown(estimate(collect_inputs(options, files[0] if files else None)))
    except UsageError as exc:
        raise UsageError(f"--estimate: {exc.message}") from None
    lines = text.split("\n")
    if lines and lines[0].startswith("#"):
        lines = lines[1:]
    return "\n".join(lines).strip("\n")


def render_doc(chosen: Chosen, context: Mapping[str, Any]) -> str:
    return jinja.render(jinja.environment(chosen.root), chosen.file, context)
