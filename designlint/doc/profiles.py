"""Profiles: which rules run for a kind of design doc, and which sections that kind must have.

A profile comes from rules/profiles.toml (built in) or from a config's [profiles.<name>]
table. Each doc gets one profile, from (most specific first) a `designlint-profile` field in
its front matter, the config's per-file-profiles globs, the config's `profile`, or, for
`auto`, the profile whose heading markers the doc matches best.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatch
from functools import lru_cache
from pathlib import Path, PurePath
from types import MappingProxyType
from typing import Any

from designlint.doc.document import Document
from designlint.doc.headings import normalize_title
from designlint.errors import ConfigError, RuleDefinitionError
from designlint.patterns import Searcher, check_patterns, compile_pattern
from designlint.resources import data_dir

INTERVIEW = "interview"
FIELD = "designlint-profile"  # the front-matter field that names a doc's profile
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """A section a profile knows: a concept id, its name in plain words, heading patterns."""

    id: str
    name: str
    title: str
    synonyms: tuple[str, ...]
    required: bool = False

    def as_option(self) -> dict[str, Any]:
        spec = {"id": self.id, "name": self.name, "title": self.title, "synonyms": list(self.synonyms)}
        return {**spec, "required": self.required}


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    select: tuple[str, ...]
    markers: tuple[str, ...] = ()
    min_markers: int = 0
    sections: tuple[SectionSpec, ...] = ()
    fallback: bool = False
    description: str = ""

    def options(self) -> Mapping[str, Any]:
        """Option values this profile hands to any rule whose check takes them."""
        return {"profile": self.name, "sections": [spec.as_option() for spec in self.sections]}

    def score(self, titles: list[str]) -> int:
        """How many of this profile's markers some heading carries (a repeated one counts once)."""
        return sum(1 for marker in self.markers if any(_marker_pattern(marker).search(t) for t in titles))


@lru_cache(maxsize=256)
def _marker_pattern(marker: str) -> Searcher:
    return compile_pattern(r"(?<![\w-])(?:" + marker + r")(?![\w-])", re.IGNORECASE, (marker,))


def heading_text(title: str) -> str:
    """A heading's words as profiles match them: the one normaliser the outline uses too."""
    return normalize_title(title)


def _sections(
    raw: Mapping[str, Any], concepts: Mapping[str, Any], where: str, check: bool = True
) -> tuple[SectionSpec, ...]:
    specs = []
    for concept, entry in raw.items():
        known = concepts.get(concept, {})
        synonyms = tuple(entry.get("synonyms", known.get("synonyms", ()))) + tuple(entry.get("extend-synonyms", ()))
        if not synonyms:
            raise ConfigError(f"{where}.sections.{concept}: no heading synonyms; add synonyms = [...]")
        if check:
            check_patterns(synonyms, f"{where}.sections.{concept}", ConfigError)
        name = entry.get("name", known.get("name", concept.replace("-", " ")))
        title = entry.get("title", known.get("title", name.capitalize()))
        specs.append(SectionSpec(concept, name, title, synonyms, bool(entry.get("required", False))))
    return tuple(specs)


def build_profile(
    name: str, raw: Mapping[str, Any], concepts: Mapping[str, Any], where: str, check: bool = True
) -> Profile:
    """A profile from its table; check=False skips compiling its patterns (the built-in ones are tested)."""
    markers = tuple(raw.get("markers", ()))
    if check:
        check_patterns(markers, f"{where}.markers", ConfigError)
    return Profile(
        name=name,
        select=tuple(raw.get("select", ("ALL",))),
        markers=markers,
        min_markers=int(raw.get("min-markers", 0)),
        sections=_sections(raw.get("sections", {}), concepts, where, check),
        fallback=bool(raw.get("fallback", False)),
        description=str(raw.get("description", "")),
    )


@lru_cache(maxsize=1)
def builtin_raw() -> Mapping[str, Any]:
    path = data_dir("rules") / "profiles.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleDefinitionError(f"{path}: cannot read profiles: {exc}") from None


@lru_cache(maxsize=1)
def load_profiles() -> Mapping[str, Profile]:
    """The built-in profiles, in file order (the order breaks ties in auto-detection).

    Their patterns are checked by the test suite, not compiled at each start; a config's are checked.
    """
    raw = builtin_raw()
    concepts = raw.get("concept", {})
    try:
        built = {
            e["name"]: build_profile(e["name"], e, concepts, f"profiles.{e['name']}", False) for e in raw["profile"]
        }
    except ConfigError as exc:
        raise RuleDefinitionError(f"rules/profiles.toml: {exc}") from None
    return MappingProxyType(built)


def with_config(
    builtin: Mapping[str, Profile], table: Mapping[str, Mapping[str, Any]], where: str
) -> Mapping[str, Profile]:
    """The built-in profiles plus a config's own; `extends` starts from a built-in one."""
    concepts = builtin_raw().get("concept", {})
    merged = dict(builtin)
    for name, raw in table.items():
        # where is "file:" or "file: tool.designlint": messages name the file and the key
        key = f"{where} profiles.{name}" if where.endswith(":") else f"{where}.profiles.{name}"
        base = _base(raw, builtin, key)
        combined = {**base, **raw}
        if "sections" in raw and "sections" in base:
            combined["sections"] = {**base["sections"], **raw["sections"]}
        merged[name] = build_profile(name, combined, concepts, key)
    return MappingProxyType(merged)


def _base(raw: Mapping[str, Any], builtin: Mapping[str, Profile], where: str) -> Mapping[str, Any]:
    parent = raw.get("extends")
    if parent is None:
        return {}
    for entry in builtin_raw()["profile"]:
        if entry["name"] == parent:
            return {k: v for k, v in entry.items() if k != "name"}
    raise ConfigError(f"{where}.extends: unknown profile {parent!r}; use one of {', '.join(builtin)}")


def check_names(names: Iterable[str], profiles: Mapping[str, Profile], where: str) -> None:
    for name in names:
        if name != "auto" and name not in profiles:
            raise ConfigError(f"{where}: unknown profile {name!r}; use auto or one of {', '.join(profiles)}")


def front_matter_profile(doc: Document) -> str | None:
    """The profile a doc names for itself in its front matter, read without a YAML parser."""
    if doc.front_matter is None:
        return None
    return doc.front_matter.field(FIELD, r"[A-Za-z0-9_.-]+")


def per_file_profile(path: Path, root: Path, table: Mapping[str, str]) -> str | None:
    """The profile of the first per-file-profiles glob that matches (relative to the config)."""
    try:
        relative = PurePath(path.resolve().relative_to(root.resolve())).as_posix()
    except ValueError:
        relative = path.as_posix()
    for pattern, name in table.items():
        if fnmatch(relative, pattern) or fnmatch(path.name, pattern):
            return name
    return None


def detect(doc: Document, profiles: Mapping[str, Profile]) -> str:
    """auto: the profile whose markers most headings carry (at least its min-markers)."""
    titles = _marked([heading_text(s.title) for s in doc.sections() if not s.label], profiles)
    best, best_score = "", 0
    fallback = ""
    for profile in profiles.values():
        score = profile.score(titles)
        if not profile.markers or score < max(profile.min_markers, 1):
            continue
        if profile.fallback:
            fallback = fallback or profile.name
        elif score > best_score:
            best, best_score = profile.name, score
    return best or fallback or INTERVIEW


def _marked(titles: list[str], profiles: Mapping[str, Profile]) -> list[str]:
    """The titles that carry some profile's marker: one search per title, not one per title and marker.

    A title no marker matches adds nothing to any score, so scores are unchanged.
    """
    gate = _any_marker(tuple(dict.fromkeys(m for p in profiles.values() for m in p.markers)))
    return titles if gate is None else [t for t in titles if gate.search(t)]


@lru_cache(maxsize=16)
def _any_marker(markers: tuple[str, ...]) -> Searcher | None:
    """One pattern that matches a title exactly when one of the markers' patterns does, or None.

    None (keep every title) when there are no markers, when they do not compile together, or
    when one refers back to a group (\\1, (?P=name), (?(1)...)), whose number would shift once joined.
    """
    body = "|".join(f"(?:{marker})" for marker in markers)
    if not markers or _BACKREFERENCE.search(body):
        return None
    try:
        return compile_pattern(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE, markers)
    except (re.error, ConfigError):
        return None
