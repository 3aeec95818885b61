"""Which kind of system a design doc is about (payments, chat, a feed...), and why we think so.

The problems are the scaffolder's presets (templates/presets/*.toml), so `designlint new`
and the K rules read one source: a preset's [detect] cues say how to recognise a doc
about it, its [[expect]] entries what such a design must state. The title weighs most,
then headings, then body words (each body cue counted at most BODY_CAP times). A doc's
front matter (`problem: payments`) or the config (`problem`, `per-file-problems`) names
the problem outright. When the best score is low, or another problem scores close to
it, the verdict is unsure and the K rules stay silent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designlint.doc.document import Document

if TYPE_CHECKING:
    from designlint.config import Config

MIN_SCORE = 10.0  # a title cue alone, or many body and heading cues together
MIN_RATIO = 1.5  # the best problem must beat the next one by this factor
BODY_CAP = 3
BODY_CHARS = 6000  # the opening of the body names its subject; reading further costs time, not accuracy
PLACES = ("title", "headings", "body")
AUTO, NONE = "auto", "none"

_MARKS = re.compile(r"[*_`#>\[\]]+")


@dataclass(frozen=True, slots=True)
class Cue:
    place: str  # title, headings or body
    pattern: str
    weight: float


@dataclass(frozen=True, slots=True)
class Expectation:
    id: str
    what: str
    why: str
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    name: str
    label: str
    aliases: tuple[str, ...]
    cues: tuple[Cue, ...]
    expectations: tuple[Expectation, ...]
    # phrases that hold a cue's word but name another thing ("market data feed" is no social feed): blanked from
    # the title and headings before their cues are looked for
    unlike: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Score:
    problem: str
    score: float
    reasons: tuple[str, ...]  # "title 'payments?' +10", one per cue found


@dataclass(frozen=True, slots=True)
class Verdict:
    problem: str | None  # what the K rules assume; None when unsure or told there is none
    source: str  # front matter, config, title/headings/body (detected), unsure, unknown
    title: str
    scores: tuple[Score, ...]  # best first, only problems with a cue found


def _problem(raw: Mapping[str, Any]) -> Problem:
    detect = raw.get("detect", {})
    cues = tuple(Cue(place, pattern, float(w)) for place in PLACES for pattern, w in detect.get(place, {}).items())
    expectations = tuple(Expectation(e["id"], e["what"], e["why"], tuple(e["terms"])) for e in raw.get("expect", ()))
    unlike = tuple(detect.get("unlike", ()))
    return Problem(raw["name"], raw["label"], tuple(raw.get("aliases", ())), cues, expectations, unlike)


@lru_cache(maxsize=1)
def load_problems() -> Mapping[str, Problem]:
    """Every preset as a problem, by name."""
    from designlint.scaffold.presets import load_presets

    return {name: _problem(raw) for name, raw in load_presets().items()}


def find(name: str) -> Problem | None:
    """The problem called name or one of its aliases (case, spaces and underscores ignored)."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    problems = load_problems()
    if key in problems:
        return problems[key]
    return next((p for p in problems.values() if key in p.aliases), None)


def known_names() -> str:
    return ", ".join([*load_problems(), AUTO, NONE])


def front_matter_problem(doc: Document) -> str | None:
    """The `problem:` field of the doc's front matter, read without a YAML parser."""
    if doc.front_matter is None:
        return None
    found = doc.front_matter.field("problem", r"[A-Za-z0-9_. -]+?")
    return found.strip() if found else None


def doc_title(doc: Document) -> str:
    """The front matter's title, else a heading that stands alone at the top level, else a short first line."""
    if doc.front_matter is not None and (found := doc.front_matter.field("title", ".+?", comments=False)):
        return found
    sections = [s for s in doc.sections() if not s.label]
    if sections:
        first = sections[0]
        top = min(s.level for s in sections)
        if first.level == top and (first.level == 1 or sum(1 for s in sections if s.level == top) == 1):
            return first.title
    start = doc.front_matter.end_line if doc.front_matter else 0
    line = next((text.strip() for text in doc.lines[start:] if text.strip()), "")
    return "" if line.startswith("#") or len(line) > 80 else _MARKS.sub("", line).strip()


Owner = tuple[str, Cue]  # the problem a cue belongs to, and the cue


@lru_cache(maxsize=1)
def _body_pattern() -> tuple[re.Pattern[str], tuple[Owner, ...]]:
    """Every body cue in one guarded pattern: the long body is scanned once.

    Each cue is followed by an empty named group that tells which cue matched (it closes
    last, so it is the match's lastgroup). Behind the cue, not around it, it leaves the
    alternative starting with the cue's first letter, which lets the regex engine skip
    the alternatives that cannot start at a position without entering them (measured:
    the scan takes a third of the time it took with each cue inside its group).
    Text is lower-cased first (cues are lower case), which searches faster than IGNORECASE.
    Longer cues come first, so where two could match at one spot the more specific counts;
    body cues are distinct enough words that this does not change a verdict.
    """
    from designlint.termsearch import whole_words

    cues = [(p.name, c) for p in load_problems().values() for c in p.cues if c.place == "body"]
    owners = tuple(sorted(cues, key=lambda owner: -len(owner[1].pattern)))
    body = "(?:" + "|".join(f"(?:{cue.pattern.lower()})(?P<c{i}>)" for i, (_, cue) in enumerate(owners)) + ")"
    return whole_words(body, 0), owners


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=128)
def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Finds a text where any of the patterns' _compiled forms would find it: one search
    tells that none of a problem's title (or heading) cues is there."""
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", re.IGNORECASE)


def _counts(texts: Mapping[str, str]) -> dict[Owner, int]:
    """How often each cue is found: title and heading cues one by one (short texts) where any
    of the problem's cues for that place is there, body cues in one scan."""
    counts: dict[Owner, int] = {}
    for problem in load_problems().values():
        for place in ("title", "headings"):
            cues = [cue for cue in problem.cues if cue.place == place]
            text = _any_of(problem.unlike).sub(" ", texts[place]) if problem.unlike else texts[place]
            if cues and _any_of(tuple(cue.pattern for cue in cues)).search(text):
                counts.update(((problem.name, c), 1) for c in cues if _compiled(c.pattern).search(text))
    pattern, owners = _body_pattern()
    for found in pattern.finditer(texts["body"].lower()):
        owner = owners[int((found.lastgroup or "c0")[1:])]
        counts[owner] = counts.get(owner, 0) + 1
    return counts


# What a pasted conversation's title says of its form, not its subject: "[chat export: sysdesign prep]" is
# no chat system to design.
_FORM = re.compile(
    r"\b(?:(?:chat|slack|whatsapp|discord|telegram|teams|group)\s+(?:exports?|logs?|history|threads?|transcripts?)"
    r"|exported\s+(?:chat|thread|conversation))\b",
    re.IGNORECASE,
)


def _texts(doc: Document, title: str) -> dict[str, str]:
    headings = "\n".join(s.title for s in doc.sections() if not s.label and s.title != title)
    start = doc.front_matter.end_line if doc.front_matter else 0
    return {"title": _FORM.sub(" ", title), "headings": headings, "body": "\n".join(doc.lines[start:])[:BODY_CHARS]}


def _score(problem: Problem, counts: Mapping[Owner, int]) -> Score:
    total, reasons = 0.0, []
    for cue in problem.cues:
        found = counts.get((problem.name, cue), 0)
        if not found:
            continue
        times = min(found, BODY_CAP) if cue.place == "body" else 1
        total += cue.weight * times
        shown = f" x{times}" if times > 1 else ""
        reasons.append(f"{cue.place} '{cue.pattern}'{shown} {cue.weight * times:+g}")
    return Score(problem.name, total, tuple(reasons))


def scores(doc: Document) -> tuple[str, tuple[Score, ...]]:
    """The doc's title and every problem with a cue in it, best first (file order breaks ties)."""
    title = doc_title(doc)
    counts = _counts(_texts(doc, title))
    found = [s for s in (_score(p, counts) for p in load_problems().values()) if s.reasons]
    return title, tuple(sorted(found, key=lambda s: -s.score))


def _detected(ranked: tuple[Score, ...]) -> tuple[str | None, str]:
    best = ranked[0] if ranked else None
    if best is None or best.score < MIN_SCORE:
        return None, "unsure"
    second = ranked[1].score if len(ranked) > 1 else 0.0
    if best.score < MIN_RATIO * second:
        return None, "unsure"
    return best.problem, "detected"


def decide(doc: Document, configured: str | None = None) -> Verdict:
    """The problem the K rules assume: front matter, then config, then detection."""
    title, ranked = scores(doc)
    named = front_matter_problem(doc)
    source = "front matter" if named else "config"
    chosen = named or (configured if configured not in (None, AUTO) else None)
    if chosen is None:
        problem, how = _detected(ranked)
        return Verdict(problem, how, title, ranked)
    if chosen.lower() == NONE:
        return Verdict(None, source, title, ranked)
    problem_named = find(chosen)
    return Verdict(problem_named.name if problem_named else None, source if problem_named else "unknown", title, ranked)


def explain(verdict: Verdict, path: str, shown: int = 5) -> str:
    """What --explain-problem prints: the verdict, the title read and each problem's cues."""
    if verdict.problem:
        head = f"{path}: {verdict.problem} ({verdict.source})"
    elif verdict.source == "unsure":
        head = f"{path}: no problem assumed (detection unsure: the problem rules stay silent)"
    elif verdict.source == "unknown":
        head = f"{path}: no problem assumed (the problem named is unknown; use one of: {known_names()})"
    else:
        head = f"{path}: no problem assumed ({verdict.source} says none)"
    lines = [head, f"  title read: {verdict.title!r}" if verdict.title else "  title read: none"]
    for score in verdict.scores[:shown]:
        lines.append(f"  {score.problem}: score {score.score:g}: " + ", ".join(score.reasons))
    if not verdict.scores:
        lines.append("  no cue of any problem found")
    lines.append(f"  (a problem is assumed at score {MIN_SCORE:g} or more and {MIN_RATIO:g}x the next one)")
    return "\n".join(lines) + "\n"


def check_problem_names(config: Config, where: str) -> None:
    """The config's problem and per-file-problems must name known problems (or auto, none)."""
    from designlint.errors import ConfigError

    named = [("problem", config.problem), *(("per-file-problems", v) for v in config.per_file_problems.values())]
    for key, name in named:
        if name.lower() not in (AUTO, NONE) and find(name) is None:
            raise ConfigError(f"{where}: {key}: unknown problem {name!r}; use one of: {known_names()}")


def explain_file(path: Path, config_file: Path | None = None) -> str:
    """--explain-problem: the verdict on one file under its config, with the cues behind it."""
    from designlint.config import discover, load_config_file
    from designlint.doc.document import parse
    from designlint.doc.profiles import per_file_profile
    from designlint.errors import DesignlintError

    config = load_config_file(config_file) if config_file else discover(path.resolve().parent)
    check_problem_names(config, str(config.path or "command line"))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DesignlintError(f"{path}: cannot read the file: {exc}") from None
    configured = per_file_profile(path, config.root, config.per_file_problems) or config.problem
    return explain(decide(parse(text, str(path)), configured), str(path))


def expectations_text(options: Mapping[str, Any]) -> str:
    """`designlint explain` of a K rule: each expectation of its problem and why it matters."""
    problem = load_problems().get(str(options.get("for", "")))
    if problem is None:
        return "(no such problem)"
    return "\n".join(f"- {e.what}: {e.why}" for e in problem.expectations)
