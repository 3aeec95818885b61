"""Checks for team design docs: the sections a doc's profile requires, and its front matter.

Both read what the engine hands over: `sections` and `profile` come from the doc's profile
(rules/profiles.toml or the config's [profiles.<name>]), `front-matter-schema` from the
config. A check never looks a profile up itself, and knows nothing of rule ids or severity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from designlint.checks.base import Check
from designlint.doc.context import Context
from designlint.doc.profiles import heading_text
from designlint.findings import Hit
from designlint.patterns import Searcher, compile_pattern

REQUIRED_SECTIONS = {
    "properties": {
        "profile": {"type": "string"},
        "sections": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "synonyms"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "title": {"type": "string"},
                    "synonyms": {"type": "array", "items": {"type": "string"}},
                    "required": {"type": "boolean"},
                },
            },
        },
    },
}
FRONT_MATTER = {
    "properties": {
        "front-matter-schema": {"type": "string"},
        "require-front-matter": {"type": "boolean"},
    },
}


@lru_cache(maxsize=256)
def _pattern(synonyms: tuple[str, ...]) -> Searcher:
    """Section synonyms from a team's profile run time-limited (see patterns.py)."""
    body = r"(?<![\w-])(?:" + "|".join(synonyms) + r")(?![\w-])"
    return compile_pattern(body, re.IGNORECASE, synonyms)


def _headings(ctx: Context) -> list[str]:
    """Every heading but a title alone at its level ('# Proposal: X' names no section)."""
    sections = list(ctx.sections)
    title = sections[0] if sections else None
    if title is not None and sum(1 for s in sections if s.level == title.level) > 1:
        title = None
    return [heading_text(s.title) for s in sections if s is not title]


def required_sections(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A section the doc's profile requires that no heading (or bold label) stands for."""
    headings = _headings(ctx)
    anchor = ctx.doc.title.line if ctx.doc.title else 1
    for spec in options.get("sections", ()):
        if not spec.get("required"):
            continue
        pattern = _pattern(tuple(spec["synonyms"]))
        if any(pattern.search(h) for h in headings):
            continue
        name = spec.get("name") or spec["id"]
        title = spec.get("title") or name.capitalize()
        args = {"section": name, "title": title, "profile": options.get("profile", "team")}
        yield Hit(anchor, args=args, context=spec["id"])


def front_matter(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Front matter the team's JSON Schema rejects (or none at all, when the team requires it)."""
    path = options.get("front-matter-schema")
    if not path:
        return
    from designlint.doc.frontmatter import load_schema, problems

    schema = load_schema(path)
    front = ctx.doc.front_matter
    if front is None:
        if options.get("require-front-matter", True):
            fields = ", ".join(schema.get("required", ())) or "the fields your schema lists"
            yield Hit(1, args={"problem": "", "fields": fields}, variant="missing", context="front matter")
        return
    for problem in problems(front, schema):
        yield Hit(
            problem.line, args={"problem": problem.message, "fields": ""}, context=problem.field or "front matter"
        )


CHECKS: dict[str, Check] = {
    "required_sections": Check(required_sections, REQUIRED_SECTIONS),
    "front_matter": Check(front_matter, FRONT_MATTER),
}
