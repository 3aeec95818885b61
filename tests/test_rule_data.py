"""Rule files: the built-in ones are valid and unique; a team's bad file gets an exact one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest

from designlint.checks import CHECKS
from designlint.cli import main
from designlint.errors import RuleDefinitionError
from designlint.lint.rules import load_rule_file, load_rules, rule_files
from designlint.resources import data_dir

GOOD_RULE = """
[[rule]]
id = "T101"
name = "no-cost-section"
step = "team"
severity = "warning"
check = "missing_step"
message = "no {step} step"
summary = "s"
rationale = "r"
good = "g"
bad = "b"
"""


def test_every_builtin_rule_file_is_valid_and_ids_are_unique() -> None:
    rules = load_rules()
    assert len(rules) == len({r.name for r in rules.values()})
    for path in rule_files(data_dir("rules")):
        for rule in load_rule_file(path):
            assert rule.check in CHECKS
            assert rule.summary and rule.rationale and rule.good.strip() and rule.bad.strip()


def test_every_message_template_names_only_known_fields() -> None:
    import string

    for rule in load_rules().values():
        for text in [rule.message, *(v.message for v in rule.variants.values())]:
            fields = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            assert all(f.isidentifier() for f in fields), (rule.id, fields)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('id = "T101"', 'id = "t-1"'), "rule.0.id: 't-1' does not match"),
        (
            ('severity = "warning"', 'severity = "loud"'),
            "rule.0.severity: 'loud' is not allowed; use one of error, warning, info",
        ),
        (('check = "missing_step"', 'check = "magic"'), "rule[0].check: unknown check 'magic'; known:"),
        (('bad = "b"', 'bad = "b"\nextra = 1'), "rule.0: unknown key 'extra'; allowed: bad, check, fixable"),
        (('bad = "b"', 'bad = "b"\noptions = { steps = "x" }'), "rule[0].options.steps: 'x' is not of type 'array'"),
        (('name = "no-cost-section"', 'name = "No Cost"'), "rule.0.name: 'No Cost' does not match"),
        (("[[rule]]", "[[rule]"), "not valid TOML"),
    ],
)
def test_team_rule_file_errors_name_file_and_key(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = tmp_path / "team.toml"
    path.write_text(GOOD_RULE.replace(*change))
    with pytest.raises(RuleDefinitionError) as info:
        load_rule_file(path)
    assert info.value.message.startswith(f"{path}: ")
    assert message in info.value.message


def test_team_rules_dir_adds_rules_and_duplicates_are_refused(runner, tmp_path: Path) -> None:
    (tmp_path / "team-rules").mkdir()
    (tmp_path / "team-rules" / "cost.toml").write_text(GOOD_RULE)
    (tmp_path / ".designlint.toml").write_text(
        'rules-dirs = ["team-rules"]\nselect = ["T101"]\n[rules.T101]\nsteps = ["deep-dive"]\n'
    )
    (tmp_path / "doc.md").write_text("# T\n\n## Requirements\n\n- a\n")
    result = runner.invoke(main, ["lint", str(tmp_path / "doc.md"), "--no-color", "-q"])
    assert result.output.strip().endswith("T101 no deep dive step (no-cost-section)")
    listing = runner.invoke(main, ["rules", "--config", str(tmp_path / ".designlint.toml")])
    assert "T101  no-cost-section" in listing.output
    (tmp_path / "team-rules" / "dup.toml").write_text(GOOD_RULE.replace("no-cost-section", "other-name"))
    dup = runner.invoke(main, ["lint", str(tmp_path / "doc.md")])
    assert dup.exit_code == 2 and "id: T101 is already defined in" in dup.output


def test_bad_team_rule_in_lint_is_exit_2_one_line(runner, tmp_path: Path) -> None:
    (tmp_path / "team-rules").mkdir()
    (tmp_path / "team-rules" / "x.toml").write_text(GOOD_RULE.replace('severity = "warning"', 'severity = "loud"'))
    (tmp_path / ".designlint.toml").write_text('rules-dirs = ["team-rules"]\n')
    (tmp_path / "doc.md").write_text("# T\n")
    result = runner.invoke(main, ["lint", str(tmp_path / "doc.md")])
    assert result.exit_code == 2
    assert (
        result.output
        == f"designlint: error: {tmp_path / 'team-rules' / 'x.toml'}: rule.0.severity: 'loud' is not allowed; use one of error, warning, info\n"
    )
