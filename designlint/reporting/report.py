"""Reporting a lint run as files finish: streaming formats, scores, baselines, the exit code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from designlint.findings import Finding
from designlint.lint.run import Job, LintOptions, lint_files, rules_for

if TYPE_CHECKING:
    from designlint.reporting.progress import Tally


@dataclass(frozen=True)
class Output:
    """How findings are shown and where they go."""

    fmt: str = "text"
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    output_file: Path | None = None
    exit_zero: bool = False
    score: bool = False
    baseline: Path | None = None  # report only findings this baseline does not hold
    write_baseline: Path | None = None  # record every finding here; exit 0


def lint_and_report(
    options: LintOptions, output: Output, stdin: IO[str], stdout: IO[str], stderr: IO[str], warn: Callable[[str], None]
) -> int:
    """Lint and write the report; text and github stream file by file. Returns the exit code."""
    from designlint.reporting.progress import Progress, Sink, Tally, wanted

    sink, tally, kept = Sink(stdout, output.output_file), Tally(options.fail_on), []
    streaming = output.fmt in ("text", "github")
    bar = Progress(stderr, wanted(stderr, output.fmt, output.quiet))
    extras = _Extras(output)
    for job, found in lint_files(options, stdin, warn, planned=bar.start):
        findings = extras.see(job, found)
        tally.add(job.config, findings)
        head = extras.score_text(job) if streaming else ""
        if streaming and (findings or head):
            bar.clear()
            sink.write(head + _file_text(findings, output))
        elif not streaming:
            kept.extend(findings)
        bar.advance()
    bar.clear()
    sink.write(_closing_text(tally, output, kept, extras.report_extra()))
    sink.close()
    if output.write_baseline is not None:
        count = extras.write_baseline(output.write_baseline)
        stderr.write(f"designlint: wrote {count} finding{'s' if count != 1 else ''} to {output.write_baseline}\n")
        return 2 if tally.exit_code(True) == 2 else 0
    return tally.exit_code(output.exit_zero)


class _Extras:
    """What a run adds on top of the findings: a baseline filter, one to write, and scores."""

    def __init__(self, output: Output) -> None:
        from designlint.lint import baseline

        self.output = output
        self.filter = (
            baseline.Filter(baseline.read(output.baseline), output.baseline.parent) if output.baseline else None
        )
        self.recorded: list[Finding] = []
        self.paths: list[str] = []
        self.scores: dict[str, dict[str, object]] = {}
        self.last: tuple[str, object] | None = None

    def see(self, job: Job, findings: list[Finding]) -> list[Finding]:
        """Note the file (and its score, from all its findings); return those to report."""
        self.paths.append(job.shown)
        if self.output.write_baseline is not None:
            self.recorded.extend(findings)
        if self.output.score:
            from designlint.lint.engine import build_ruleset
            from designlint.reporting.score import score

            result = score(findings, build_ruleset(job.config).rules)
            self.scores[job.shown] = result.to_dict()
            self.last = (job.shown, result)
        return self.filter(findings) if self.filter is not None else findings

    def score_text(self, job: Job) -> str:
        """The file's score, shown before its findings (text format)."""
        if self.last is None or self.last[0] != job.shown or self.output.fmt != "text":
            return ""
        from designlint.reporting.score import Score, render_text

        result = self.last[1]
        assert isinstance(result, Score)
        return render_text(job.shown, result)

    def report_extra(self) -> dict[str, object]:
        extra: dict[str, object] = {"paths": self.paths}
        if self.output.score:
            extra["scores"] = self.scores
        return extra

    def write_baseline(self, path: Path) -> int:
        from designlint.lint import baseline

        return baseline.write(path, self.recorded)


def _file_text(findings: list[Finding], output: Output) -> str:
    if output.fmt == "github":
        from designlint.formatters import Report, github

        return github.render(Report(findings, {}))
    from designlint.formatters.text import line

    return "".join(line(f, output.color) + "\n" for f in findings)


def _closing_text(tally: Tally, output: Output, kept: list[Finding], extra: dict[str, object]) -> str:
    """What follows the findings: text's statistics and summary, or the whole json/sarif document."""
    if output.fmt == "github":
        return ""
    if output.fmt != "text":
        from designlint.formatters import Report, get

        rules = rules_for(iter(tally.configs.values())) if output.fmt == "sarif" else {}
        report = Report(kept, rules, tally.files, output.color, output.statistics, output.quiet, extra)
        return get(output.fmt)(report)
    lines = []
    if output.statistics:
        lines += (["", "Findings by rule:"] if tally.by_rule else []) + tally.statistics()
    if not output.quiet:
        lines.append(tally.summary())
    return "\n".join(lines) + ("\n" if lines else "")
