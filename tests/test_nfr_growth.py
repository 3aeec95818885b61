"""R002: a design that says how it grows takes a stance on scalability, read as D006 reads a scaling path."""

from __future__ import annotations

from designlint.lint.rules import load_rules

from conftest import lint_string

DOC = """# Recipe box

## Requirements

- Save a recipe; search my recipes; share one by link.
- Search answers in under 200 ms; shared links are unguessable.

## High-level design

Recipes live in one Postgres database behind a small API.

## Deep dives

### Storage

One Postgres primary holds the first year's 40 GB easily. At 10x the users we add read replicas for search;
past that we shard recipes by owner id, since every query is by owner.
"""


def _r002(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("R002",))]


def test_a_scaling_path_covers_scalability() -> None:
    assert _r002(DOC) == []


def test_without_the_scaling_path_two_topics_stay_too_few() -> None:
    flat = DOC.replace(
        "At 10x the users we add read replicas for search;\npast that we shard recipes by owner id, since every query is by owner.",
        "Search reads an index on (owner_id, title).",
    )
    (message,) = _r002(flat)
    assert "cover 2 of the usual topics (latency, security)" in message


def test_r002_reads_a_scaling_path_with_the_options_d006_uses() -> None:
    rules = load_rules()
    assert rules["R002"].options["scaling-path"] == rules["D006"].options
