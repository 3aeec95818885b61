"""A lint run over many files: find them, pick each one's config, lint or reuse cached findings.

Files stream through: each is read, linted and dropped, and its findings are handed on as
soon as they and every earlier file's are ready, so output order never depends on --jobs.
The engine (and with it mistune and every check) is imported only when a file is not cached.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from designlint import memo
from designlint.config import Config, discover, load_config_file
from designlint.errors import UsageError
from designlint.findings import Finding
from designlint.lint import cache, programs
from designlint.lint.reading import MAX_BYTES, decode, read_text

if TYPE_CHECKING:
    from designlint.lint.rules import Rule

INTERNAL_ERROR = "X003"
GUARD_MIN_FILES = 24  # from here, faster term searches repay their slower build (about 50 ms)
STDIN_LIMIT = MAX_BYTES  # standard input has the files' limit
_HASH_LIMIT = 64 * 1024 * 1024  # bigger files are not worth a cache entry (the engine refuses them anyway)


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
    jobs: int | None = None  # None: every core
    cache: bool = True
    cache_dir: Path | None = None  # None: .designlint_cache in the current folder
    only: frozenset[Path] | None = None  # --changed-since: lint only these (resolved) files


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


@dataclass(slots=True)
class Job:
    """One file to report on: where it is, how it is shown, its config and its cache key."""

    shown: str
    config: Config
    path: Path | None = None  # None: the text came from stdin
    text: str | None = None
    size: int = 0
    config_key: str = ""  # what every file under this config shares in its cache key
    key: str | None = None  # None: not cached (stdin, unreadable, no cache)
    hit: bool = False


class _Keys:
    """Cache keys: a file's bytes and shown path, its effective config, all rule data, designlint."""

    def __init__(self) -> None:
        self.by_config: dict[int, tuple[Config, str]] = {}

    def for_config(self, config: Config) -> str:
        if id(config) not in self.by_config:
            from designlint.resources import data_dir

            # presets: the problem rules read their cues and expectations there
            folders = [data_dir("rules"), data_dir("templates") / "presets", *config.rules_dirs]
            key = memo.digest(cache.rules_fingerprint(folders), cache.config_text(config))
            self.by_config[id(config)] = (config, key)
        return self.by_config[id(config)][1]


def _file_key(job: Job, data: bytes) -> str:
    assert job.path is not None
    config = job.config
    ignored: list[str] = []
    if config.per_file_ignores:
        from designlint.lint.selection import per_file_ignored

        ignored = per_file_ignored(job.path, config.root, config.per_file_ignores)
    return memo.digest("findings", job.config_key, job.shown, "\0".join(ignored), data)


def _open_store(options: LintOptions) -> cache.Store | None:
    """The cache, if any. Under CI only one named with --cache-dir: a folder inside the checkout
    could hold entries that a pull request committed to hide its findings."""
    if not options.cache or (options.cache_dir is None and os.environ.get("CI")):
        return None
    if options.cache_dir is not None:
        return cache.Store(options.cache_dir)
    return cache.Store(Path(cache.DEFAULT_DIR), named=False)


def _plan(options: LintOptions, stdin: IO[str], warn: Callable[[str], None], store: cache.Store | None) -> list[Job]:
    """Every file to lint, in order; with a cache, each keyed by its bytes and looked up."""
    from designlint.files import expand

    configs, keys, jobs = _Configs(options), _Keys(), []
    for target in options.paths:
        if target == "-":
            shown = options.stdin_filename or "<stdin>"
            jobs.append(Job(shown, configs.for_file(Path(shown)), text=_read_stdin(stdin)))
            continue
        for path in expand([target], configs.excludes, warn):
            if options.only is not None and path.resolve() not in options.only:
                continue
            job = Job(str(path), configs.for_file(path), path)
            _look_up(job, keys, store)
            jobs.append(job)
    return jobs


def _read_stdin(stdin: IO[str]) -> str:
    """Standard input up to the size limit for files; more is an error, not gigabytes in memory."""
    text = stdin.read(STDIN_LIMIT + 1)
    if len(text) > STDIN_LIMIT:
        raise UsageError(f"-: standard input is over the {STDIN_LIMIT:,}-character limit; lint the file instead")
    return text


def _look_up(job: Job, keys: _Keys, store: cache.Store | None) -> None:
    assert job.path is not None
    try:
        job.size = job.path.stat().st_size
        if store is None or job.size > _HASH_LIMIT:
            return
        job.config_key = keys.for_config(job.config)
        job.key = _file_key(job, job.path.read_bytes())
    except OSError:
        return  # the engine reports an unreadable file when it gets to it
    job.hit = store.has("findings", job.key)


def _lint_job(job: Job) -> list[Finding]:
    """Lint one file; store its findings when they came from its bytes alone."""
    from designlint.lint.engine import build_ruleset, lint_text

    ruleset = build_ruleset(job.config)
    if job.path is None:
        return lint_text(job.text or "", job.shown, ruleset, Path(job.shown))
    store = cache.active()
    try:
        data = job.path.read_bytes() if store is not None and job.config_key and job.size <= MAX_BYTES else None
    except OSError:
        data = None
    # Not cached, too big or unreadable: the engine reads the file and words any error.
    text = read_text(job.path, job.shown) if data is None else decode(data, job.shown)
    if isinstance(text, Finding):
        return [text]
    findings = lint_text(text, job.shown, ruleset, job.path)
    if store is not None and data is not None and not any(f.rule_id == INTERNAL_ERROR for f in findings):
        store.put("findings", _file_key(job, data), cache.encode_findings(findings))
    return findings


def _cached(job: Job, store: cache.Store) -> list[Finding]:
    """The stored findings; a corrupt or foreign entry is ignored, and rebuilt by linting again."""
    assert job.key is not None
    found = cache.decode_findings(job.shown, store.get("findings", job.key))
    return found if found is not None else _lint_job(job)


def lint_files(
    options: LintOptions,
    stdin: IO[str],
    warn: Callable[[str], None],
    planned: Callable[[int], None] | None = None,
) -> Iterator[tuple[Job, list[Finding]]]:
    """Each file with its findings, in the order files were named and found, whatever --jobs is.

    planned, if given, learns the number of files once they are all found.
    """
    store, before = _open_store(options), cache.active()
    cache.activate(store)
    guarded = False
    try:
        jobs = _plan(options, stdin, warn, store)
        if planned is not None:
            planned(len(jobs))
        misses = [job for job in jobs if not job.hit]
        guarded = len(misses) >= GUARD_MIN_FILES
        if guarded:
            _use_guards(True)
        with programs.kept(store if misses else None):  # nothing to lint, nothing to compile
            linted = _linted(misses, options.jobs)
            for job in jobs:
                yield job, (_cached(job, store) if job.hit and store is not None else next(linted))
    finally:
        cache.activate(before)
        if store is not None:
            store.prune()
        if guarded:
            _use_guards(False)


def _linted(misses: list[Job], jobs: int | None) -> Iterator[list[Finding]]:
    """The findings of each file to lint, in order: in worker processes when that pays."""
    from designlint.parallel import default_jobs, ordered_map, worth_a_pool

    workers = jobs or default_jobs()
    if worth_a_pool(len(misses), sum(job.size for job in misses), workers):
        first = _warm_up(misses)
        return itertools.chain([first], ordered_map(_lint_job, misses[1:], workers))
    return map(_lint_job, misses)


def _use_guards(on: bool) -> None:
    from designlint.doc.vocabulary import use_guards  # only when linting many

    use_guards(on)


def _warm_up(jobs: list[Job]) -> list[Finding]:
    """Lint the first file here, before the fork, so that every worker inherits what that loads.

    Rule sets, lazily compiled patterns (every vocabulary list too) and lazily imported
    modules are then built once in the parent instead of once in each worker.
    """
    from designlint.doc.vocabulary import terms_pattern
    from designlint.lint.engine import build_ruleset

    for config in {id(job.config): job.config for job in jobs}.values():
        for terms in build_ruleset(config).vocabulary.values():
            terms_pattern(terms)
    return _lint_job(jobs[0])


def rules_for(configs: Iterator[Config]) -> dict[str, Rule]:
    from designlint.lint.engine import build_ruleset

    rules: dict[str, Rule] = {}
    for config in configs:
        rules.update(build_ruleset(config).rules)
    return rules
