"""Run the selected rules over one document and turn their hits into findings."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from designlint.catalogue import Catalogue, load_catalogue
from designlint.checks import CHECKS, validate_options
from designlint.config import Config, table_prefix
from designlint.doc.context import Context
from designlint.doc.document import Document, parse
from designlint.doc.problems import check_problem_names
from designlint.doc.profiles import (
    FIELD,
    Profile,
    check_names,
    detect,
    front_matter_profile,
    load_profiles,
    per_file_profile,
    with_config,
)
from designlint.doc.vocabulary import load_vocabulary
from designlint.errors import ConfigError, RuleDefinitionError
from designlint.findings import Finding, Hit, Severity
from designlint.lint import suppress
from designlint.lint.reading import READ_ERROR, read_text
from designlint.lint.rules import Rule, load_rules
from designlint.lint.selection import is_selected, per_file_ignored, rule_key, rule_settings
from designlint.memo import check_once
from designlint.patterns import record_origin
from designlint.resources import shipped

UNUSED_SUPPRESSION, INTERNAL_ERROR = "X002", "X003"
DEFAULT_VARIANT = "default"  # the variant name of a rule's own message


@dataclass(frozen=True, slots=True)
class ActiveRule:
    rule: Rule
    severity: Severity | None  # None keeps each variant's own severity
    options: Mapping[str, Any]


@dataclass(frozen=True)
class RuleSet:
    """Everything needed to lint files under one config, built once per config."""

    config: Config
    rules: Mapping[str, Rule]
    catalogue: Catalogue
    profiles: Mapping[str, Profile]
    vocabulary: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    memo: dict[tuple[str, ...], list[ActiveRule]] = field(default_factory=dict, compare=False, repr=False)

    def active(self, path: Path, profile: str) -> list[ActiveRule]:
        extra = per_file_ignored(path, self.config.root, self.config.per_file_ignores)
        problem = per_file_profile(path, self.config.root, self.config.per_file_problems) or self.config.problem
        memo_key = (profile, problem, *extra)  # built once per profile, problem and per-file-ignores, not per file
        if memo_key not in self.memo:
            self.memo[memo_key] = self._active([*self.config.ignore, *extra], profile, problem)
        return list(self.memo[memo_key])

    def _active(self, ignored: list[str], profile: str, problem: str = "auto") -> list[ActiveRule]:
        chosen = self.profiles[profile].select
        active = []
        for rule in self.rules.values():
            if not is_selected(rule, self.config.select, self.config.extend_select, ignored):
                continue
            if not is_selected(rule, chosen, (), ()):
                continue
            active.append(_activate(rule, self.config, self.profiles[profile], problem))
        return active


def _activate(rule: Rule, config: Config, profile: Profile | None = None, problem: str = "auto") -> ActiveRule:
    settings = dict(rule_settings(rule, config.rules))
    severity = settings.pop("severity", None)
    options = {**rule.options, **_provided(rule, config, profile, problem), **settings}
    prefix = table_prefix(config.path)
    key = ".".join(p for p in (prefix, "rules", rule_key(rule, config.rules)) if p)
    where = str(config.path) if config.path else "command line"
    _record_user_options(rule, settings, f"{where}: {key}")
    if settings:  # the rule's own options were validated when its file was loaded

        def validate() -> None:
            validate_options(rule.check, options, where, key, ConfigError)

        schema = CHECKS[rule.check].options if rule.check in CHECKS else None
        check_once("options", [rule.check, schema, options], validate)  # once per content, not per run
    return ActiveRule(rule, Severity(severity) if severity else None, MappingProxyType(options))


def _record_user_options(rule: Rule, settings: Mapping[str, Any], where: str) -> None:
    """Options a team wrote (in its config or its rules-dirs) are user text: a pattern among them
    (H005 drawing) runs time-limited and a timeout names this key (see patterns.py)."""
    for name, value in settings.items():
        if isinstance(value, str):
            record_origin(value, f"{where}.{name}")
    if rule.source and not shipped(Path(rule.source)):
        for name, value in rule.options.items():
            if isinstance(value, str):
                record_origin(value, f"{rule.source}: {rule.id}.{name}")


def _provided(rule: Rule, config: Config, profile: Profile | None, problem: str = "auto") -> dict[str, Any]:
    """Values the doc's profile and the config hand to checks that take them (a check's own options win)."""
    taken = CHECKS[rule.check].options.get("properties", {}) if rule.check in CHECKS else {}
    offered: dict[str, Any] = {**(profile.options() if profile else {}), "problem": problem}
    if config.front_matter_schema is not None:
        offered["front-matter-schema"] = str(config.front_matter_schema)
    return {key: value for key, value in offered.items() if key in taken}


def _schema_paths(config: Config) -> Iterator[Path]:
    """Every front-matter schema the config names, at the top or in a rule's options."""
    if config.front_matter_schema is not None:
        yield config.front_matter_schema
    for settings in config.rules.values():
        if isinstance(settings.get("front-matter-schema"), str):
            yield Path(settings["front-matter-schema"])


@lru_cache(maxsize=64)
def build_ruleset(config: Config) -> RuleSet:
    where = str(config.path or "command line")
    profiles = with_config(load_profiles(), config.profiles, f"{where}: {table_prefix(config.path)}".rstrip())
    check_names([config.profile], profiles, f"{where}: profile")
    check_names(config.per_file_profiles.values(), profiles, f"{where}: per-file-profiles")
    check_problem_names(config, where)
    for schema in _schema_paths(config):
        from designlint.doc.frontmatter import check_schema_path, load_schema

        check_schema_path(schema, config.root, where)
        load_schema(str(schema))  # a bad schema stops the run once, with its path
    # Without [steps] overrides the built-in catalogue, already checked, is used as it is.
    catalogue = load_catalogue().with_synonyms(config.steps, where) if config.steps else load_catalogue()
    return RuleSet(config, load_rules(config.rules_dirs), catalogue, profiles, load_vocabulary())


def choose_profile(doc: Document, ruleset: RuleSet, path: Path | None = None, use_field: bool = True) -> str:
    """The doc's front-matter field, else a per-file-profiles glob, else the config's profile; auto detects."""
    named = front_matter_profile(doc) if use_field else None
    if named is not None:
        check_names([named], ruleset.profiles, f"{doc.path}: front matter: {FIELD}")
    config = ruleset.config
    chosen = named or per_file_profile(path or Path(doc.path), config.root, config.per_file_profiles) or config.profile
    return detect(doc, ruleset.profiles) if chosen == "auto" else chosen


def _finding(doc: Document, active: ActiveRule, hit: Hit) -> Finding:
    variant = active.rule.variant(hit.variant)
    try:
        message = variant.message.format(**hit.args)
    except (KeyError, IndexError, ValueError) as exc:
        raise RuleDefinitionError(f"{active.rule.source}: {active.rule.id}.message: unknown field {exc}") from None
    severity = active.severity or variant.severity
    rule = active.rule
    where = (doc.path, hit.line, hit.column)
    step, name = hit.step or rule.step, hit.variant or DEFAULT_VARIANT
    return Finding(*where, rule.id, rule.name, severity, message, context=hit.context, step=step, variant=name)


def _run(ctx: Context, active: ActiveRule) -> Iterator[Finding]:
    for hit in CHECKS[active.rule.check].fn(ctx, active.options):
        yield _finding(ctx.doc, active, hit)


def lint_document(doc: Document, ruleset: RuleSet, path: Path | None = None) -> list[Finding]:
    """All findings for one parsed document, suppressions applied, in line order."""
    profile, findings = _profile(doc, ruleset, path)
    actives = ruleset.active(path or Path(doc.path), profile)
    ctx = Context(doc, ruleset.catalogue, ruleset.vocabulary)
    for active in actives:
        if active.rule.check == "engine":
            continue
        try:
            findings.extend(_run(ctx, active))
        except RecursionError:
            findings.append(_internal(doc, active.rule, "the document nests too deeply to check"))
        except (RuleDefinitionError, ConfigError):
            raise  # bad rule data or config (a team pattern out of time): a one-line error, not X003
        except Exception as exc:  # one rule's bug must not stop the others or the run
            findings.append(_internal(doc, active.rule, f"{type(exc).__name__}: {exc}"))
    directives = suppress.parse_directives(doc)
    findings = suppress.apply(findings, directives)
    findings.extend(_unused(doc, directives, actives, ruleset))
    return sorted(_with_sections(doc, findings), key=Finding.sort_key)


def _profile(doc: Document, ruleset: RuleSet, path: Path | None) -> tuple[str, list[Finding]]:
    """The doc's profile; a front-matter field naming no known profile is this file's error, not the run's,
    and the doc is linted with the profile it would have had without the field."""
    try:
        return choose_profile(doc, ruleset, path), []
    except ConfigError:
        fallback = choose_profile(doc, ruleset, path, use_field=False)
    line = next((n for n, text in enumerate(doc.lines, 1) if text.lstrip().startswith(FIELD)), 1)
    message = (
        f"front matter: {FIELD}: unknown profile {front_matter_profile(doc)!r}; use auto or one of "
        f"{', '.join(ruleset.profiles)} (linted as {fallback})"
    )
    return fallback, [Finding(doc.path, line, 1, READ_ERROR, "unreadable-file", Severity.ERROR, message)]


def _with_sections(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Name each finding's innermost heading, which keys baselines and reads well in reports."""
    # One title per line, inner sections written over outer ones (sections() lists parents
    # first): a lookup per finding, where scanning every section per finding was quadratic.
    owner: list[str | None] = [None] * (len(doc.lines) + 2)
    for section in doc.sections():
        end = min(section.end_line, len(owner) - 1)
        if not section.label and 0 <= section.line <= end:
            owner[section.line : end + 1] = [section.title] * (end + 1 - section.line)
    result = []
    for finding in findings:
        title = owner[finding.line] if 0 <= finding.line < len(owner) else None
        result.append(replace(finding, section=title) if title is not None else finding)
    return result


def _internal(doc: Document, rule: Rule, what: str) -> Finding:
    message = f"internal error in rule {rule.id} ({rule.name}): {what}; please report this"
    return Finding(doc.path, 1, 1, INTERNAL_ERROR, "internal-error", Severity.ERROR, message, step="meta")


def _unused(
    doc: Document, directives: list[suppress.Directive], actives: list[ActiveRule], ruleset: RuleSet
) -> Iterator[Finding]:
    by_id = {a.rule.id: a for a in actives}
    if UNUSED_SUPPRESSION not in by_id:
        return
    report = by_id[UNUSED_SUPPRESSION]
    names = {a.rule.id.lower() for a in actives} | {a.rule.name for a in actives}
    every = {r.id.lower() for r in ruleset.rules.values()} | {r.name for r in ruleset.rules.values()}
    for directive in directives:
        for selector in directive.selectors or ("*",):
            if selector in directive.used:
                continue
            shown = "every rule" if selector == "*" else selector
            if selector == "*" or selector.lower() in names:
                hit = Hit(directive.line, args={"selector": shown, "problem": "suppresses nothing"})
            elif selector.lower() not in every:
                hit = Hit(directive.line, args={"selector": shown, "problem": "names no known rule"})
            else:
                continue
            yield _finding(doc, report, hit)


def lint_text(text: str, shown: str, ruleset: RuleSet, path: Path | None = None) -> list[Finding]:
    with _collector_paused():
        return lint_document(parse(text, shown, ruleset.catalogue), ruleset, path)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while one document is linted.

    A big document is hundreds of thousands of live objects, which each full collection walks
    again: time grew faster than the size (100,000 headings: 5.1x the time for 4x the size, 4.0x
    with the collector paused). A document's objects hold no cycles to free meanwhile, and
    reference counting still frees everything else at once.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def lint_file(path: Path, shown: str, ruleset: RuleSet) -> list[Finding]:
    text = read_text(path, shown)
    if isinstance(text, Finding):
        return [text]
    return lint_text(text, shown, ruleset, path)
