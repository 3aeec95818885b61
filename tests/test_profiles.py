"""Profiles: built-in team templates, detection, config-declared profiles, and how a doc's profile is chosen."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest
from click.testing import CliRunner

from designlint.cli import main
from designlint.doc.document import parse
from designlint.doc.profiles import heading_text, load_profiles
from designlint.errors import ConfigError
from designlint.lint.engine import build_ruleset, choose_profile, lint_text

from conftest import CORPUS, ids, make_config, needs_corpus

KEP = """# KEP-7: Node image cache

## Summary
Keep pulled images on a shared disk.
## Motivation
Pulls dominate pod start time.
### Goals
- Faster starts.
### Non-Goals
- A registry mirror.
## Proposal
A daemon keeps the cache.
### Risks and Mitigations
The disk fills; eviction by age.
## Design Details
### Test Plan
An e2e test.
### Graduation Criteria
Alpha first.
### Scalability
One cache per node.
## Drawbacks
Another daemon.
## Alternatives
A registry mirror per zone.
"""
PROPOSAL = """# Proposal: faster builds

## Abstract
Cache compiled packages.
## Background
Builds redo work.
## Proposal
A content-addressed cache.
"""
TEAM_DOCS = {
    "k8s-kep--1024-nodelocal-cache-dns.md": "kep",
    "k8s-kep--1904-efficient-watch-resumption.md": "kep",
    "k8s-kep--2340-consistent-reads-from-cache.md": "kep",
    "rust-rfcs--2789-sparse-index.md": "rfc",
    "rust-rfcs--2996-async-iterator.md": "rfc",
    "rust-rfcs--3128-io-safety.md": "rfc",
    "go-proposal--24543-non-cooperative-preemption.md": "proposal",
    "go-proposal--25530-sumdb.md": "proposal",
    "go-proposal--48409-soft-memory-limit.md": "proposal",
    "grpc-proposal--a6-client-retries.md": "proposal",
}


def _profile(text: str, path: str = "doc.md", **settings: object) -> str:
    ruleset = build_ruleset(make_config(**{"profile": "auto", **settings}))
    return choose_profile(parse(text, path), ruleset, Path(path))


def _lint(text: str, path: str = "doc.md", **settings: object) -> list[str]:
    ruleset = build_ruleset(make_config(**{"profile": "auto", **settings}))
    return ids(lint_text(text, path, ruleset, Path(path)))


def test_builtin_team_profiles_exist_with_required_sections() -> None:
    profiles = load_profiles()
    for name in ("interview", "kep", "rfc", "proposal", "adr", "google", "team"):
        assert name in profiles
    for name in ("kep", "rfc", "proposal", "adr", "google"):
        assert any(spec.required for spec in profiles[name].sections), name
    # the shared concepts: team headings map onto the same ideas
    kep = {spec.id: spec for spec in profiles["kep"].sections}
    assert kep["alternatives"].name == "options and trade-offs"
    assert kep["risks"].name == "risks and failure modes"
    assert kep["scope"].name.startswith("scope")
    assert kep["non-functionals"].name.startswith("SLOs")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("3.1 Drawbacks [optional]", "drawbacks"),
        ("User Stories (Optional)", "user stories"),
        ("Step 2: Scale", "scale"),
    ],
)
def test_heading_text_drops_numbering_and_optional(title: str, text: str) -> None:
    assert heading_text(title) == text


@needs_corpus
@pytest.mark.parametrize(("name", "profile"), sorted(TEAM_DOCS.items()))
def test_auto_detects_each_corpus_team_doc(name: str, profile: str) -> None:
    path = CORPUS / name
    assert _profile(path.read_text(encoding="utf-8"), str(path)) == profile


def _interview_write_ups() -> list[Path]:
    """The corpus's kind-a documents (interview write-ups), as its SOURCES.md table marks them."""
    rows = (line.split("|") for line in (CORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines())
    return [CORPUS / cells[1].strip() for cells in rows if len(cells) > 3 and cells[2].strip() == "a"]


@needs_corpus
def test_auto_leaves_every_interview_write_up_alone() -> None:
    docs = _interview_write_ups()
    assert len(docs) >= 33
    chosen = {p.name: _profile(p.read_text(encoding="utf-8"), str(p)) for p in docs}
    assert {name: prof for name, prof in chosen.items() if prof != "interview"} == {}


def test_detection_picks_the_best_match_and_team_is_only_a_fallback() -> None:
    assert _profile(KEP) == "kep"
    assert _profile(PROPOSAL) == "proposal"
    adr = (
        "# 5. Use a queue\n## Status\nAccepted.\n## Context\nSlow.\n## Decision\nQueue.\n## Consequences\nMore parts.\n"
    )
    assert _profile(adr) == "adr"
    loose = "# Cache plan\n## Motivation\nSlow.\n## Prior art\nNone.\n## Decision\nCache.\n"
    assert _profile(loose) == "team"
    assert _profile("# Design a chat app\n## Requirements\n- send\n## High-level design\nA server.\n") == "interview"


def test_team_profile_reports_only_missing_required_sections_not_interview_steps() -> None:
    found = _lint(PROPOSAL)
    assert found == ["T001"]  # no Rationale; no S001 missing-step or other interview rules
    assert _lint(PROPOSAL + "## Rationale\nA remote cache costs network time.\n") == []


def test_synonyms_count_across_templates() -> None:
    for heading in (
        "Rationale and alternatives",
        "Alternatives considered",
        "Rejected ideas",
        "Alternative approaches",
    ):
        assert _lint(PROPOSAL + f"## {heading}\nWe weighed more.\n") == [], heading


def test_config_profile_forces_a_template() -> None:
    assert _lint(PROPOSAL, profile="kep").count("T001") >= 5
    assert "T001" not in _lint(PROPOSAL, profile="interview")  # interview hands T001 no sections


def test_per_file_profiles_glob_beats_config_profile(tmp_path: Path) -> None:
    table = MappingProxyType({"keps/**": "kep"})
    assert _profile(PROPOSAL, "keps/7/README.md", root=Path.cwd(), per_file_profiles=table) == "kep"
    assert _profile(PROPOSAL, "design/7.md", per_file_profiles=table) == "proposal"


def test_front_matter_field_beats_per_file_and_config() -> None:
    doc = "---\ntitle: x\ndesignlint-profile: google\n---\n" + PROPOSAL
    table = MappingProxyType({"*.md": "kep"})
    assert _profile(doc, profile="rfc", per_file_profiles=table) == "google"
    toml_doc = '+++\ndesignlint-profile = "adr"\n+++\n' + PROPOSAL
    assert _profile(toml_doc) == "adr"


def test_unknown_front_matter_profile_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"doc\.md: front matter: designlint-profile: unknown profile 'kepp'"):
        _profile("---\ndesignlint-profile: kepp\n---\n# X\n")


def test_one_doc_naming_an_unknown_profile_is_its_own_error_not_the_runs(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from designlint.cli import main

    (tmp_path / "odd.md").write_text("---\ntitle: x\ndesignlint-profile: kepp\n---\n# X\n\n## Gap\n")
    (tmp_path / "odd.toml.md").write_text('+++\ndesignlint-profile = "nope"\n+++\n# Y\n')
    (tmp_path / "fine.md").write_text("# Z\n\n## Gap\n")
    result = CliRunner().invoke(main, ["lint", str(tmp_path), "--select", "S003,X", "--no-cache", "--no-color"])
    lines = result.output.splitlines()
    assert result.exit_code == 1
    assert f"{tmp_path / 'odd.md'}:3:1: X001 front matter: designlint-profile: unknown profile 'kepp'" in lines[1]
    assert lines[1].endswith("(linted as interview) (unreadable-file)")
    assert any(line.startswith(f"{tmp_path / 'odd.md'}:7:1: S003") for line in lines), "the doc is still linted"
    assert any(line.startswith(f"{tmp_path / 'odd.toml.md'}:2:1: X001") for line in lines)
    assert any(line.startswith(f"{tmp_path / 'fine.md'}:3:1: S003") for line in lines), "other docs are linted"


def test_config_declared_profile_with_extends(tmp_path: Path) -> None:
    (tmp_path / ".designlint.toml").write_text(
        'profile = "ours"\n'
        "[profiles.ours]\n"
        'extends = "proposal"\n'
        'select = ["T001"]\n'
        "[profiles.ours.sections.risks]\n"
        "required = true\n"
        "[profiles.ours.sections.security]\n"
        'name = "security review"\n'
        'title = "Security"\n'
        'synonyms = ["security( review)?", "threat model"]\n'
        "required = true\n",
        encoding="utf-8",
    )
    doc = tmp_path / "plan.md"
    doc.write_text(PROPOSAL + "## Rationale\nWeighed.\n## Threat model\nNone new.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(doc), "--format", "json", "--exit-zero"])
    assert result.exit_code == 0, result.output
    assert '"rule": "T001"' in result.output
    assert "no section on risks and failure modes, which the ours template requires" in result.output
    assert "security review" not in result.output  # 'Threat model' stands for it
    assert result.output.count('"rule"') == 1  # select = ["T001"] only; S003 does not run


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('profile = "kepp"\n', "profile: unknown profile 'kepp'; use auto or one of interview, kep, rfc"),
        ('[per-file-profiles]\n"keps/**" = "kip"\n', "per-file-profiles: unknown profile 'kip'"),
        ('[profiles.x]\nextends = "nope"\n', "profiles.x.extends: unknown profile 'nope'"),
        ('[profiles.x]\nmarkers = ["("]\n', "profiles.x.markers: bad pattern '('"),
        ("[profiles.x.sections.custom]\nrequired = true\n", "profiles.x.sections.custom: no heading synonyms"),
        ("[profiles.x]\nselct = []\n", "profiles.x: unknown key 'selct'"),
    ],
)
def test_bad_profile_config_is_one_line_exit_2(tmp_path: Path, config: str, message: str) -> None:
    (tmp_path / ".designlint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.md").write_text(PROPOSAL, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(tmp_path / "a.md")])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_a_rules_own_config_options_win_over_what_the_profile_hands_it() -> None:
    own = [{"id": "threat-model", "name": "threat model", "synonyms": ["threat model"], "required": True}]
    rules = MappingProxyType({"T001": MappingProxyType({"sections": own})})
    found = lint_text(PROPOSAL, "doc.md", build_ruleset(make_config(profile="proposal", rules=rules)))
    assert [(f.rule_id, "threat model" in f.message) for f in found] == [("T001", True)]  # not the Rationale one
