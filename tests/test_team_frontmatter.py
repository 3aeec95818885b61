"""Front matter against a team's JSON Schema: lines, dates, TOML, bounded YAML, and no network, ever."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designlint.doc.document import FrontMatter, parse
from designlint.doc.frontmatter import load_schema, problems
from designlint.errors import ConfigError

from conftest import ROOT, lint_string

SCHEMA = {
    "type": "object",
    "required": ["title", "status", "authors"],
    "properties": {
        "title": {"type": "string"},
        "status": {"enum": ["provisional", "implementable", "implemented"]},
        "authors": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "creation-date": {"type": "string", "format": "date"},
        "milestone": {
            "type": "object",
            "properties": {"alpha": {"type": "string", "pattern": "^v1\\.[0-9]+$"}},
        },
    },
    "additionalProperties": False,
}


def _front(text: str) -> FrontMatter:
    front = parse(text, "doc.md").front_matter
    assert front is not None
    return front


def _schema_file(tmp_path: Path, schema: object) -> str:
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(schema), encoding="utf-8")
    return str(path)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to open a connection is recorded and refused."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError("designlint tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_each_problem_points_at_its_field() -> None:
    text = "---\ntitle: Cache\nstatus: done\nauthors: []\nmilestone:\n  alpha: 1.30\n---\n# Cache\n"
    found = [(p.line, p.field, p.message) for p in problems(_front(text), SCHEMA)]
    assert found == [
        (3, "status", "field 'status': 'done' is not allowed; use one of provisional, implementable, implemented"),
        (4, "authors", "field 'authors': [] should be non-empty"),
        (6, "milestone.alpha", "field 'milestone.alpha': 1.3 is not of type 'string'"),
    ]


def test_missing_and_unknown_fields() -> None:
    text = "---\ntitle: Cache\nowner: ana\n---\n# Cache\n"
    found = [(p.line, p.message) for p in problems(_front(text), SCHEMA)]
    assert (1, "required field 'status' is missing") in found
    assert (1, "required field 'authors' is missing") in found
    assert (3, "unknown field 'owner'; allowed: authors, creation-date, milestone, status, title") in found


def test_yaml_dates_are_checked_as_iso_text_and_own_field_is_ignored() -> None:
    text = "---\ntitle: C\nstatus: implemented\nauthors: [a]\ncreation-date: 2024-01-31\ndesignlint-profile: kep\n---\n"
    assert problems(_front(text), SCHEMA) == []


def test_toml_front_matter() -> None:
    good = '+++\ntitle = "C"\nstatus = "provisional"\nauthors = ["a"]\ncreation-date = 2024-01-31\n+++\n# C\n'
    assert problems(_front(good), SCHEMA) == []
    bad = '+++\ntitle = "C"\nstatus = "shipped"\nauthors = ["a"]\n+++\n# C\n'
    assert [(p.line, p.field) for p in problems(_front(bad), SCHEMA)] == [(3, "status")]
    broken = '+++\ntitle = "C"\nstatus = \n+++\n'
    (problem,) = problems(_front(broken), SCHEMA)
    assert problem.line == 3 and problem.message.startswith("front matter is not valid TOML")


def test_unparsable_yaml_is_one_finding_with_its_line() -> None:
    (problem,) = problems(_front("---\ntitle: C\nstatus: [implemented\n---\n"), SCHEMA)
    assert problem.message.startswith("front matter is not valid YAML") and problem.line in (3, 4)


def test_yaml_alias_bomb_is_cut_off() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]"
        for i in range(8)
    ]
    (problem,) = problems(_front("---\n" + "\n".join(lines) + "\n---\n"), SCHEMA)
    assert "more than 10,000 values" in problem.message


def test_remote_ref_is_refused_at_load_without_network(tmp_path: Path, no_network: list[object]) -> None:
    schema = {"type": "object", "properties": {"status": {"$ref": "http://schemas.example.com/status.json"}}}
    path = _schema_file(tmp_path, schema)
    with pytest.raises(ConfigError, match=r"\$ref 'http://schemas.example.com/status.json' points outside the schema"):
        load_schema(path)
    assert no_network == []


def test_registry_resolves_nothing_remote_even_without_the_load_check(no_network: list[object]) -> None:
    schema = {"type": "object", "properties": {"status": {"$ref": "https://schemas.example.com/status.json"}}}
    (problem,) = problems(_front("---\nstatus: x\n---\n"), schema)
    assert problem.message.startswith("the front-matter schema refers to something it does not hold")
    assert no_network == []


def test_local_refs_work(tmp_path: Path) -> None:
    schema = {
        "$defs": {"status": {"enum": ["a", "b"]}},
        "type": "object",
        "properties": {"status": {"$ref": "#/$defs/status"}},
    }
    load_schema(_schema_file(tmp_path, schema))
    assert [p.field for p in problems(_front("---\nstatus: c\n---\n"), schema)] == ["status"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "the front-matter schema is not valid JSON"),
        ('{"type": "objekt"}', "not a valid JSON Schema"),
        ("[1, 2]", "must be a JSON object"),
    ],
)
def test_bad_schema_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "schema.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_schema(str(path))


def test_missing_schema_file_stops_the_run_with_exit_2(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from designlint.cli import main

    (tmp_path / ".designlint.toml").write_text('front-matter-schema = "nope.json"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(tmp_path / "a.md")])
    assert result.exit_code == 2 and "nope.json: cannot read the front-matter schema" in result.output


def test_rule_option_reports_missing_front_matter(tmp_path: Path) -> None:
    path = _schema_file(tmp_path, SCHEMA)
    found = lint_string(
        "# Cache\n\nText.\n", select=("T002",), rules={"T002": {"front-matter-schema": path}}, root=tmp_path
    )
    assert [(f.line, f.message) for f in found] == [
        (1, "no front matter: start the doc with a YAML (---) or TOML (+++) block holding title, status, authors")
    ]
    quiet = {"T002": {"front-matter-schema": path, "require-front-matter": False}}
    assert lint_string("# Cache\n\nText.\n", select=("T002",), rules=quiet, root=tmp_path) == []
    with pytest.raises(ConfigError, match="is outside"):  # a rule option is held to the same folder
        lint_string("# Cache\n", select=("T002",), rules=quiet, root=tmp_path / "elsewhere")


def test_yaml_is_not_imported_when_no_front_matter_is_checked(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("---\ntitle: x\n---\n# A\n\n## Requirements\n\nText.\n", encoding="utf-8")
    code = (
        "import sys\nfrom designlint.cli import main\n"
        "try:\n    main(['lint', sys.argv[1], '--exit-zero', '-q'])\nexcept SystemExit:\n    pass\n"
        "assert 'yaml' not in sys.modules, 'yaml was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(doc)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("text", ["---\na: " + "[" * 5000 + "\n---\n", "+++\na = " + "[" * 5000 + "\n+++\n"])
def test_deep_nesting_is_one_finding_not_a_crash(text: str) -> None:
    (problem,) = problems(_front(text), SCHEMA)
    assert problem.line in (1, 2) and ("nests too deeply" in problem.message or "not valid" in problem.message)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.text(max_size=300), kind=st.sampled_from(["---", "+++"]))
def test_any_front_matter_gives_findings_never_an_exception(body: str, kind: str) -> None:
    front = FrontMatter("yaml" if kind == "---" else "toml", body, 1, body.count("\n") + 3)
    for problem in problems(front, SCHEMA):
        assert problem.line >= 1 and problem.message


@pytest.mark.parametrize("where", ["../outside.json", "link.json"])
def test_schema_outside_the_config_folder_is_refused(tmp_path: Path, where: str) -> None:
    from click.testing import CliRunner

    from designlint.cli import main

    repo = tmp_path / "repo"
    repo.mkdir()
    secret = tmp_path / "outside.json"
    secret.write_text('{"enum": ["TOKEN-123"]}', encoding="utf-8")
    (repo / "link.json").symlink_to(secret)
    (repo / ".designlint.toml").write_text(f'front-matter-schema = "{where}"\n', encoding="utf-8")
    (repo / "a.md").write_text("---\nx: 1\n---\n# A\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(repo / "a.md")])
    assert result.exit_code == 2 and "is outside" in result.output
    assert "TOKEN-123" not in result.output


def test_long_values_are_not_echoed_whole() -> None:
    text = "---\ntitle: C\nstatus: " + "x" * 5000 + "\nauthors: [a]\n---\n"
    (problem,) = problems(_front(text), SCHEMA)
    assert problem.line == 3 and len(problem.message) <= 300 and problem.message.endswith("…")
