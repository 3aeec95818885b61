"""--against OLD.json: the scores of an earlier `designlint lint --format json --score` run."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from designlint.errors import UsageError


def earlier_scores(old: Path, doc: Path) -> dict[str, int]:
    """The doc's scores in old: {"total": 46, "requirements": 15, ...}."""
    try:
        raw = json.loads(old.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{old}: cannot read: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        hint = "pass the output of `designlint lint --format json --score`"
        raise UsageError(f"{old}: not JSON ({exc}); {hint}") from None
    scores = raw.get("scores") if isinstance(raw, dict) else None
    if not isinstance(scores, dict) or not scores:
        raise UsageError(f"{old}: holds no scores; write it with `designlint lint --format json --score FILE`")
    entry = _entry_for(scores, doc, old)
    return {"total": _number(entry.get("total"), old), **{k: _number(v, old) for k, v in entry["steps"].items()}}


def _entry_for(scores: Mapping[str, Any], doc: Path, old: Path) -> Mapping[str, Any]:
    """The entry for doc: by the path as given, by the same file, or the only one there is."""
    matches = [v for k, v in scores.items() if k == str(doc) or _same(Path(k), doc)]
    if not matches and len(scores) == 1:
        matches = list(scores.values())
    if not matches:
        raise UsageError(f"{old}: has no scores for {doc}; it holds {', '.join(sorted(scores))}")
    entry = matches[0]
    if not isinstance(entry, dict) or not isinstance(entry.get("steps"), dict):
        raise UsageError(f"{old}: scores.{doc}: expected total and steps")
    return entry


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _number(value: object, old: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise UsageError(f"{old}: a score is not a number: {value!r}")
    return int(value)
