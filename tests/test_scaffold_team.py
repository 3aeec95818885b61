"""Team templates: declared variables, sandboxed rendering, safe loading, numbered docs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from designlint.catalogue import load_catalogue
from designlint.cli import main
from designlint.doc.document import parse
from designlint.doc.outline import build_outline
from designlint.errors import TemplateError, UsageError
from designlint.scaffold import output
from designlint.scaffold.render import choose_template, team_catalogue
from designlint.scaffold.write import NewOptions, run_new

from conftest import ROOT, ids, lint_string

SAMPLE = ROOT / "examples" / "team-templates"


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """A copy of the sample templates folder."""
    folder = tmp_path / "templates"
    shutil.copytree(SAMPLE, folder)
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def new(team: Path, out: Path, *pairs: str, template: str = "rfc", **options: object) -> str:
    opts = NewOptions(title="Move sessions to Redis", template=template, templates_dir=team, variables=pairs)
    for key, value in options.items():
        object.__setattr__(opts, key, value)
    return run_new(opts, root=out)


def write_template(team: Path, body: str, data: str = "") -> None:
    (team / "t.md.j2").write_text(body, encoding="utf-8")
    (team / "t.toml").write_text(data, encoding="utf-8")


def test_sample_template_renders_with_declared_types(team: Path, out: Path) -> None:
    new(team, out, "team=Payments", "reviewers=3", "rollout=no", "status=accepted")
    text = (out / "move-sessions-to-redis.md").read_text(encoding="utf-8")
    assert "| Payments | accepted | 3 |" in text
    assert "Rollout and rollback" not in text


def test_sample_template_round_trips_through_lint_with_its_headings(team: Path, out: Path) -> None:
    new(team, out, "team=Payments")
    text = (out / "move-sessions-to-redis.md").read_text(encoding="utf-8")
    spec = choose_template("rfc", team).spec
    plain = build_outline(parse(text), load_catalogue())
    taught = build_outline(parse(text), team_catalogue(spec))
    assert plain.first_line("deep-dive") is None  # the template's own heading...
    assert taught.first_line("deep-dive") is not None  # ...is read once its [headings] are added
    steps = {key: {"extend-synonyms": list(value)} for key, value in spec.headings.items()}
    found = ids(lint_string(text, steps=steps))
    assert "S003" in found and "S001" not in found and "E001" not in found


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (("team=A", "reviewers=two"), "variable reviewers: expected a whole number, got 'two'"),
        (("team=A", "rollout=maybe"), "variable rollout: expected yes or no"),
        (("team=A", "status=shipped"), "variable status: 'shipped' is not one of: draft, in review"),
        ((), "variable team has no default; pass --var team=VALUE"),
    ],
)
def test_a_value_failing_its_declared_type_is_refused(
    team: Path, out: Path, pairs: tuple[str, ...], message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        new(team, out, *pairs)
    assert list(out.iterdir()) == []


def test_unknown_template_lists_the_known_ones(team: Path, out: Path) -> None:
    with pytest.raises(TemplateError, match="unknown template 'adr'; .* holds: rfc"):
        new(team, out, template="adr")
    with pytest.raises(TemplateError, match="use letters, digits"):
        new(team, out, template="../rfc")


def test_syntax_error_names_the_file_and_line(team: Path, out: Path) -> None:
    write_template(team, "# {{ title }}\n\n{% if %}\n")
    with pytest.raises(TemplateError, match=r"t\.md\.j2:3: "):
        new(team, out, template="t")
    assert list(out.iterdir()) == []


def test_undefined_variable_is_an_error_not_blank_text(team: Path, out: Path) -> None:
    write_template(team, "# {{ title }}\n\nOwner: {{ owner }}\n")
    with pytest.raises(TemplateError, match=r"t\.md\.j2:3: 'owner' is undefined \(pass it with --var"):
        new(team, out, template="t")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    "body",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ title.__class__.__base__.__subclasses__() }}",
        "{% set x = steps.append(1) %}",
    ],
)
def test_the_sandbox_refuses_escapes_and_mutation(team: Path, out: Path, body: str) -> None:
    write_template(team, body)
    with pytest.raises(TemplateError):
        new(team, out, template="t")


def test_output_is_capped(team: Path, out: Path) -> None:
    write_template(team, "{% for i in range(100000) %}{{ 'x' * 20 }}\n{% endfor %}")
    with pytest.raises(TemplateError, match="output is over 1,000,000 bytes"):
        new(team, out, template="t")
    assert list(out.iterdir()) == []


def test_symlinks_out_of_the_template_root_are_refused(team: Path, out: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("token\n", encoding="utf-8")
    (team / "evil.md.j2").symlink_to(secret)
    with pytest.raises(TemplateError, match="outside the templates folder"):
        new(team, out, template="evil")
    (team / "inc.j2").symlink_to(secret)
    write_template(team, "{% include 'inc.j2' %}")
    with pytest.raises(TemplateError, match="outside the template folder"):
        new(team, out, template="t")
    write_template(team, "{% include '../secret.txt' %}")
    with pytest.raises(TemplateError, match="outside the template folder"):
        new(team, out, template="t")


def test_a_symlink_inside_the_root_is_fine(team: Path, out: Path) -> None:
    (team / "alias.md.j2").symlink_to(team / "rfc.md.j2")
    (team / "alias.toml").symlink_to(team / "rfc.toml")
    new(team, out, "team=A", template="alias")
    assert (out / "move-sessions-to-redis.md").is_file()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("[variables.x]\ntype = 'colour'\n", "variables.x.type"),
        ("[variables.x]\ntype = 'choice'\n", "'choices' is a required property"),
        ("[variables.x]\ntype = 'int'\ndefault = 'many'\n", "default of variable x: expected a whole number"),
        ("[headings]\nwrapup = ['wrap up']\n", "headings: wrapup: unknown step or part"),
        ("[headings]\ndeep-dive = ['(unclosed']\n", "bad pattern"),
        ("[headings]\ndeep-dive = ['(a+)+$']\n", "headings: deep-dive: bad pattern '\\(a\\+\\)\\+\\$'"),
        ("description = \n", "cannot read the template's data file"),
    ],
)
def test_an_invalid_data_file_is_refused(team: Path, out: Path, data: str, message: str) -> None:
    write_template(team, "# {{ title }}\n", data)
    with pytest.raises(TemplateError, match=message):
        new(team, out, template="t")
    assert list(out.iterdir()) == [], "refused before the doc is written"


def test_a_data_file_linked_outside_the_templates_folder_is_not_read(team: Path, out: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.toml"
    secret.write_text('description = "TOKEN-123"\n', encoding="utf-8")
    (team / "t.md.j2").write_text("# {{ title }}\n", encoding="utf-8")
    (team / "t.toml").symlink_to(secret)
    with pytest.raises(TemplateError, match="t.toml: a link to outside the templates folder") as refused:
        new(team, out, template="t")
    assert "TOKEN-123" not in str(refused.value) and list(out.iterdir()) == []
    (team / "t.toml").unlink()
    (team / "t.toml").symlink_to(tmp_path / "missing.toml")  # dangling, and outside too
    with pytest.raises(TemplateError, match="outside the templates folder"):
        new(team, out, template="t")


def test_numbered_takes_the_next_free_number(team: Path, out: Path) -> None:
    (out / "0007-older.md").write_text("x\n", encoding="utf-8")
    (out / "notes.md").write_text("x\n", encoding="utf-8")
    note = new(team, out, "team=A", numbered=True)
    assert note.startswith("wrote ") and "0008-move-sessions-to-redis.md" in note
    assert (out / "0008-move-sessions-to-redis.md").read_text(encoding="utf-8").startswith("# RFC 0008: Move")


def test_numbered_never_overwrites_a_number_taken_meanwhile(
    team: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = out / "0001-move-sessions-to-redis.md"
    taken.write_text("someone else's\n", encoding="utf-8")
    monkeypatch.setattr(output, "next_number", lambda folder: 1)  # a stale count, as in a race
    new(team, out, "team=A", numbered=True)
    assert taken.read_text(encoding="utf-8") == "someone else's\n"
    assert (out / "0002-move-sessions-to-redis.md").read_text(encoding="utf-8").startswith("# RFC 0002")


def test_cli_team_template_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["new", "Move sessions", "-t", "rfc", "--templates-dir", str(SAMPLE), "--var", "team=A", "--numbered"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert result.stderr.startswith("designlint: wrote 0001-move-sessions.md; lint finds the deep-dive step only")


def test_prompts_in_a_terminal_ask_only_for_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("designlint.cli_scaffold._interactive", lambda no_input: not no_input)
    args = ["new", "-t", "rfc", "--templates-dir", str(SAMPLE), "--var", "reviewers=4", "-o", "-"]
    # title, team, status (a choice: a bad answer is asked again), rollout (yes/no)
    result = CliRunner().invoke(main, args, input="Move sessions\nPayments\nshipped\naccepted\nn\n")
    assert result.exit_code == 0, result.output
    assert "# Move sessions\n" in result.stdout and "| Payments | accepted | 4 |" in result.stdout
    assert "Rollout and rollback" not in result.stdout
    assert "Where the RFC stands" in result.output  # the help text is the question
    assert "How many approvals" not in result.output  # reviewers was given, so never asked
    no_input = CliRunner().invoke(main, [*args, "--no-input", "Move sessions"])
    assert no_input.exit_code == 2 and "variable team has no default" in no_input.stderr


def test_cli_template_errors_are_one_line_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.md.j2").write_text("# {{ title }}\n{% for %}\n", encoding="utf-8")
    args = ["new", "T", "--no-input", "-t", "bad", "--templates-dir", str(tmp_path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("designlint: error: ") and "bad.md.j2:2: " in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.md.j2"]


def test_rendering_is_time_limited(team: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("designlint.scaffold.jinja.MAX_SECONDS", 0.3)
    write_template(team, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}")
    with pytest.raises(TemplateError, match="rendering took over 0.3 seconds; stopped"):
        new(team, out, template="t")
    assert list(out.iterdir()) == []
