"""The default template and every preset: headings the linter recognises, prompts it reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline
from designlint.errors import TemplateError
from designlint.scaffold.presets import _read, get_preset, load_presets
from designlint.scaffold.render import NewRequest, build_context, choose_template, render_doc

from conftest import ids, lint_string

PRESETS = sorted(load_presets())
TOPICS = ["latency", "availability", "consistency", "durability", "throughput", "scalability", "security", "cost"]
API_CONCERNS = ["versioning", "authentication", "rate limiting", "idempotency", "pagination"]
DIVE_PARTS = ["Options", "Trade-offs", "Decision", "Failure modes", "Scaling path"]


def render(title: str = "Design a URL shortener", preset: str | None = None) -> str:
    request = NewRequest(title=title, preset=preset, variables={"author": "Ana Ito", "date": "2026-11-25"})
    chosen = choose_template(None, None)
    return render_doc(chosen, build_context(request, title, chosen, None))


def headings(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in parse(text).sections()]


def test_every_catalogue_step_and_part_is_a_heading_the_outline_finds() -> None:
    catalogue = load_catalogue()
    text = render()
    doc = parse(text)
    outline = build_outline(doc, catalogue)
    titles = dict((title, level) for level, title in headings(text))
    for step in catalogue.steps():
        assert titles.get(step.title) == 2, step.id
        assert [s.title for s in outline.steps[step.id]] == [step.title]
        for part in catalogue.parts(step.id):
            assert titles.get(part.title) == 3, part.id
            found = outline.parts[part.id]
            assert [s.title for s in found] == [part.title]
            assert outline.step_at[found[0].line] == step.id


def test_title_author_date_usage_note_and_time_budget() -> None:
    text = render()
    assert text.startswith("# Design a URL shortener\n")
    assert "**Author:** Ana Ito" in text and "**Date:** 2026-11-25" in text
    assert "How to use this doc" in text
    for step in load_catalogue().steps():
        assert f"| {step.title} | {step.minutes} |" in text
        assert f"Time budget: {step.minutes} of 45 minutes" in text


def test_prompts_cover_topics_api_concerns_and_deep_dive_parts() -> None:
    text = render()
    for topic in TOPICS:
        assert f"- TODO {topic}:" in text
    for concern in API_CONCERNS:
        assert f"- TODO {concern}:" in text
    dives = build_outline(parse(text), load_catalogue()).deep_dives()
    assert len(dives) == 2
    for dive in dives:
        assert [c.title for c in dive.children] == DIVE_PARTS
    assert "86,400" in text and "x 0.2 x" in text and "peak QPS / QPS per server" in text
    assert "```text" in text  # the diagram block


def test_fresh_doc_lints_with_placeholders_and_no_missing_step() -> None:
    found = ids(lint_string(render()))
    assert "S003" in found
    assert not {"S001", "S002", "E001", "X003"} & set(found)


@pytest.mark.parametrize("name", PRESETS)
def test_each_preset_round_trips_through_lint(name: str) -> None:
    preset = get_preset(name)
    text = render(str(preset["title"]), name)
    found = ids(lint_string(text))
    assert "S003" in found
    assert not {"S001", "S002", "E001", "X003"} & set(found), found
    dives = build_outline(parse(text), load_catalogue()).deep_dives()
    assert [d.title for d in dives] == [d["title"] for d in preset["deep-dives"][:2]]
    assert preset["profile"]["consistency"] in text
    for tension in preset["profile"]["tensions"]:
        assert tension in text


def test_preset_covers_its_topics_instead_of_prompting() -> None:
    text = render(preset="payment-system")
    assert "- Durability: non-negotiable" in text
    assert "- TODO durability:" not in text and "- TODO consistency:" not in text
    assert "- TODO latency:" in text


def test_required_presets_exist_and_aliases_resolve() -> None:
    wanted = {"social-feed", "payment-system", "real-time-chat", "analytics-pipeline", "search", "url-shortener"}
    wanted |= {"notification-system", "rate-limiter", "collaborative-editor", "job-scheduler"}
    assert wanted <= set(PRESETS)
    assert get_preset("TinyURL")["name"] == "url-shortener"
    assert get_preset("payment_system")["name"] == "payment-system"


def test_unknown_preset_names_the_known_ones() -> None:
    with pytest.raises(TemplateError, match="unknown preset 'nope'; use one of: analytics-pipeline"):
        get_preset("nope")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('name = "x"\n', "'label' is a required property"),
        ("name = [", "cannot read preset"),
    ],
)
def test_an_invalid_preset_file_is_refused(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "x.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TemplateError, match=message):
        _read(path)


def test_preset_topics_are_checked_against_the_eight(tmp_path: Path) -> None:
    raw = (Path(__file__).parent.parent / "templates" / "presets" / "search.toml").read_text(encoding="utf-8")
    path = tmp_path / "search.toml"
    path.write_text(raw.replace("[profile.topics]\n", "[profile.topics]\nspeed = 'fast'\n"), encoding="utf-8")
    with pytest.raises(TemplateError, match="profile.topics"):
        _read(path)
