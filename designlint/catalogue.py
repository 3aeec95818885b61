"""The step and part catalogue (rules/catalogue.toml), shared by the linter and the scaffolder."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from designlint.errors import ConfigError, RuleDefinitionError
from designlint.patterns import check_patterns
from designlint.resources import data_dir
from designlint.spelling import expand, mend, spelling_table


@dataclass(frozen=True, slots=True)
class Entry:
    """A step (parent is empty) or a part of a step (parent names the step)."""

    id: str
    title: str
    summary: str
    synonyms: tuple[str, ...]
    parent: str = ""
    order: int = 0
    minutes: str = ""
    content: tuple[str, ...] = ()
    content_min: int = 0
    # A block holding one of these shows another thing, whose lines are not this entry's content: a schema's
    # "run_chunk(run_id, chunk_no, ...)" beside its PRIMARY KEY reads like a call but declares a table.
    content_not: tuple[str, ...] = ()
    # What moves an interview transcript on to this step or part (see doc/prompts.py).
    prompts: tuple[str, ...] = ()

    @property
    def is_step(self) -> bool:
        return not self.parent


@dataclass(frozen=True, slots=True)
class Catalogue:
    entries: tuple[Entry, ...]
    # Words read as meant when misspelt by one letter, in headings and in the text the rules search.
    spelling: tuple[str, ...] = ()
    # Notes' shorthand read as the word it stands for ("bc" is "because"), in the same places.
    shorthand: tuple[tuple[str, str], ...] = ()

    def steps(self) -> list[Entry]:
        return sorted((e for e in self.entries if e.is_step), key=lambda e: e.order)

    def parts(self, step: str | None = None) -> list[Entry]:
        return [e for e in self.entries if not e.is_step and (step is None or e.parent == step)]

    def get(self, entry_id: str) -> Entry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def mend(self, text: str) -> str:
        """text with each misspelt word of the spelling list, and each shorthand, written as the word
        (designlint/spelling.py)."""
        return expand(mend(text, spelling_table(self.spelling)), self.shorthand)

    def expand(self, text: str) -> str:
        """text with each shorthand written as the word it stands for ("bc" is "because")."""
        return expand(text, self.shorthand)

    def ids(self) -> list[str]:
        return [e.id for e in self.entries]

    def with_synonyms(self, overrides: Mapping[str, Mapping[str, Sequence[str]]], where: str = "config") -> Catalogue:
        """Apply config: {id: {"synonyms": [...]}} replaces, {"extend-synonyms": [...]} adds."""
        known = set(self.ids())
        for key in overrides:
            if key not in known:
                raise ConfigError(f"{where}: steps.{key}: unknown step or part; use one of {', '.join(sorted(known))}")
        entries = []
        for entry in self.entries:
            change = overrides.get(entry.id, {})
            synonyms = tuple(change.get("synonyms", entry.synonyms)) + tuple(change.get("extend-synonyms", ()))
            check_patterns(synonyms, f"{where}: steps.{entry.id}", ConfigError)
            entries.append(replace(entry, synonyms=synonyms))
        return Catalogue(tuple(entries), self.spelling, self.shorthand)


def _entries(raw: Mapping[str, Any]) -> Iterator[Entry]:
    for step in raw.get("step", []):
        yield _entry(step, parent="")
        for part in step.get("part", []):
            yield _entry(part, parent=step["id"])


def _entry(raw: Mapping[str, Any], parent: str) -> Entry:
    return Entry(
        id=raw["id"],
        title=raw["title"],
        summary=raw.get("summary", ""),
        synonyms=tuple(raw.get("synonyms", ())),
        parent=parent,
        order=raw.get("order", 0),
        minutes=raw.get("minutes", ""),
        content=tuple(raw.get("content", ())),
        content_min=raw.get("content-min", 0),
        content_not=tuple(raw.get("content-not", ())),
        prompts=tuple(raw.get("prompts", ())),
    )


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """The built-in catalogue; its shape and patterns are checked by the test suite, not at each start.

    Patterns a config adds are checked when they are applied (with_synonyms).
    """
    path = data_dir("rules") / "catalogue.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleDefinitionError(f"{path}: cannot read the step catalogue: {exc}") from None
    shorthand = tuple(sorted(raw.get("shorthand", {}).items()))
    return Catalogue(tuple(_entries(raw)), tuple(raw.get("spelling", ())), shorthand)
