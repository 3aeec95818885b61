"""A lint run over many files: find them, pick each one's config, lint, collect."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from designlint.config import Config, discover, load_config_file
from designlint.engine import INTERNAL_ERROR, RuleSet, build_ruleset, lint_file, lint_text
from designlint.findings import Finding, Severity
from designlint.rules import Rule


@dataclass(frozen=True)
class LintOptions:
    paths: tuple[str, ...]
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    config_file: Path | None = None
    fail_on: str | None = None
    stdin_filename: str | None = None
    profile: str | None = None


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    rules: dict[str, Rule] = field(default_factory=dict)
    fail_on: str = "error"

    def exit_code(self, exit_zero: bool = False) -> int:
        if any(f.rule_id == INTERNAL_ERROR for f in self.findings):
            return 2
        threshold = Severity(self.fail_on).rank
        failing = any(f.severity.rank >= threshold for f in self.findings)
        return 1 if failing and not exit_zero else 0

    def render(self, fmt: str, *, color: bool = False, statistics: bool = False, quiet: bool = False) -> str:
        from designlint.formatters import Report, get

        report = Report(self.findings, self.rules, self.files, color, statistics, quiet)
        return get(fmt)(report)


class _Configs:
    """One effective config (file settings plus command line) per config file, built once."""

    def __init__(self, options: LintOptions) -> None:
        self.options = options
        self.cache: dict[int, Config] = {}

    def for_file(self, path: Path) -> Config:
        base = (
            load_config_file(self.options.config_file) if self.options.config_file else discover(path.absolute().parent)
        )
        if id(base) not in self.cache:
            opts = self.options
            ignore = (*base.ignore, *opts.ignore)
            self.cache[id(base)] = base.with_cli(
                select=opts.select, extend_select=opts.extend_select, ignore=ignore, profile=opts.profile
            )
        return self.cache[id(base)]

    def excludes(self, folder: Path) -> tuple[str, ...]:
        return self.for_file(folder / "_").exclude


def run_lint(options: LintOptions, stdin: IO[str], warn: Callable[[str], None]) -> LintResult:
    from designlint.files import expand

    configs = _Configs(options)
    result = LintResult()
    for _shown, findings, ruleset in _lint_all(options, configs, stdin, warn, expand):
        result.files += 1
        result.findings.extend(findings)
        result.rules.update(ruleset.rules)
        result.fail_on = options.fail_on or ruleset.config.fail_on or result.fail_on
    return result


def _lint_all(
    options: LintOptions,
    configs: _Configs,
    stdin: IO[str],
    warn: Callable[[str], None],
    expand: Callable[..., Iterator[Path]],
) -> Iterator[tuple[str, list[Finding], RuleSet]]:
    for target in options.paths:
        if target == "-":
            shown = options.stdin_filename or "<stdin>"
            ruleset = build_ruleset(configs.for_file(Path(shown)))
            yield shown, lint_text(stdin.read(), shown, ruleset, Path(shown)), ruleset
            continue
        for path in expand([target], configs.excludes, warn):
            ruleset = build_ruleset(configs.for_file(path))
            yield str(path), lint_file(path, str(path), ruleset), ruleset
