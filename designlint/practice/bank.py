"""The question bank (templates/questions.toml), validated against its schema once per run."""

from __future__ import annotations

import random
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from designlint.errors import TemplateError, UsageError
from designlint.resources import data_dir


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    title: str
    prompt: str
    numbers: tuple[str, ...]
    preset: str = ""
    deep_dives: tuple[Mapping[str, str], ...] = ()  # each {"title", "why"}; empty: the preset's


@lru_cache(maxsize=1)
def load_questions() -> dict[str, Question]:
    from designlint.validation import validate

    path = data_dir("templates") / "questions.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read the question bank: {exc}") from None
    validate(raw, "question", str(path), TemplateError)
    questions = {}
    for entry in raw["question"]:
        if entry["id"] in questions:
            raise TemplateError(f"{path}: question {entry['id']!r} is defined twice")
        questions[entry["id"]] = Question(
            entry["id"],
            entry["title"],
            entry["prompt"].strip(),
            tuple(entry["numbers"]),
            entry.get("preset", ""),
            tuple(entry.get("deep-dives", ())),
        )
    return questions


def pick(question_id: str | None, rng: random.Random | None = None) -> Question:
    """The question named, or one at random when none is."""
    questions = load_questions()
    if question_id is None:
        return (rng or random.Random()).choice(list(questions.values()))
    key = question_id.strip().lower()
    if key not in questions:
        raise UsageError(f"unknown question {question_id!r}; use one of: {', '.join(questions)} (--list-questions)")
    return questions[key]


def list_questions() -> str:
    questions = load_questions()
    width = max(len(q) for q in questions)
    return "".join(f"{q.id:<{width}}  {q.title}\n" for q in questions.values())
