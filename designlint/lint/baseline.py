"""Baselines: record today's findings so that only new ones are reported.

A finding is keyed by rule, file, section title and a hash of the text it is about,
not by its line, so edits elsewhere in the doc do not make old findings look new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from designlint.atomic import write_atomic
from designlint.errors import UsageError
from designlint.findings import Finding

VERSION = 1
Key = tuple[str, str, str, str]


def _relative(path: str, base: Path) -> str:
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except (ValueError, OSError):
        return Path(path).as_posix()


def key(finding: Finding, base: Path) -> Key:
    text = " ".join((finding.context or finding.message).split())
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return (finding.rule_id, _relative(finding.path, base), finding.section, digest)


def write(path: Path, findings: Iterable[Finding]) -> int:
    """Write the baseline atomically; return how many findings it holds."""
    counts = Counter(key(f, path.parent) for f in findings)
    entries = [
        {"rule": rule, "path": file, "section": section, "hash": digest, "count": count}
        for (rule, file, section, digest), count in sorted(counts.items())
    ]
    write_atomic(path, json.dumps({"version": VERSION, "findings": entries}, indent=1) + "\n")
    return sum(counts.values())


def read(path: Path) -> Counter[Key]:
    """The recorded findings; a missing or malformed baseline is a usage error (exit 2)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != VERSION:
            raise ValueError(f"version {data.get('version')!r}, expected {VERSION}")
        return Counter({(e["rule"], e["path"], e["section"], e["hash"]): int(e["count"]) for e in data["findings"]})
    except OSError as exc:
        raise UsageError(f"{path}: cannot read baseline: {exc.strerror}; create it with --write-baseline") from None
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise UsageError(f"{path}: not a designlint baseline ({exc}); write a new one with --write-baseline") from None
    except RecursionError:
        raise UsageError(f"{path}: not a designlint baseline (nests too deeply); write a new one") from None


class Filter:
    """Passes only findings beyond what the baseline recorded, file after file.

    Each recorded key absorbs as many findings as it counted, across the whole run.
    """

    def __init__(self, recorded: Counter[Key], base: Path) -> None:
        self.left = Counter(recorded)
        self.base = base

    def __call__(self, findings: Iterable[Finding]) -> list[Finding]:
        fresh = []
        for finding in findings:
            k = key(finding, self.base)
            if self.left[k] > 0:
                self.left[k] -= 1
            else:
                fresh.append(finding)
        return fresh


def new_findings(findings: Iterable[Finding], recorded: Counter[Key], base: Path) -> list[Finding]:
    """Findings beyond what the baseline recorded."""
    return Filter(recorded, base)(findings)
