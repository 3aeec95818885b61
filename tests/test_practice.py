"""`designlint practice`: the question bank, the time plan, the doc, the countdown, and the command."""

from __future__ import annotations

import io
import random
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from designlint.catalogue import load_catalogue
from designlint.cli import main
from designlint.errors import TemplateError
from designlint.practice import bank
from designlint.practice.clock import Countdown
from designlint.practice.doc import render_practice_doc
from designlint.practice.plan import Slot, clock, middle, plan
from designlint.scaffold.presets import load_presets
from designlint.validation import validate

ROOT = Path(__file__).resolve().parent.parent
CLASSICS = {
    "url-shortener", "chat", "news-feed", "rate-limiter", "notification-system", "typeahead",
    "video-streaming", "ride-sharing", "file-storage", "payments", "web-crawler", "ticket-booking",
}


def test_the_bank_holds_the_classic_questions_each_with_numbers_and_deep_dives() -> None:
    questions = bank.load_questions()
    assert set(questions) == CLASSICS
    presets = load_presets()
    for question in questions.values():
        assert len(question.numbers) >= 3 and any(c.isdigit() for c in " ".join(question.numbers)), question.id
        if question.preset:
            assert question.preset in presets, question.id  # a preset named must exist
        dives = question.deep_dives or presets[question.preset]["deep-dives"]
        assert len(dives) >= 2 and all(d["title"] and d["why"] for d in dives), question.id


def test_the_bank_schema_refuses_a_question_without_preset_or_deep_dives() -> None:
    raw = tomllib.loads((ROOT / "templates" / "questions.toml").read_text(encoding="utf-8"))
    del raw["question"][5]["deep-dives"]  # typeahead has no preset
    with pytest.raises(TemplateError, match="question"):
        validate(raw, "question", "questions.toml", TemplateError)


def test_plan_splits_the_minutes_as_the_framework_does() -> None:
    slots = plan(load_catalogue(), 45)
    # Middles of the catalogue's 5-7, 3-5, 10-15 and 15-20 minutes; what is left is for reading it through.
    assert [(s.step, s.seconds / 60) for s in slots] == [
        ("requirements", 6), ("estimation", 4), ("high-level", 12.5), ("deep-dive", 17.5), ("", 5),
    ]
    short = plan(load_catalogue(), 0.1)
    assert sum(s.seconds for s in short) == pytest.approx(6)
    assert [s.seconds for s in short] == pytest.approx([s.seconds / 450 for s in slots])


def test_plan_helpers() -> None:
    assert middle("5-7") == 6 and middle("4") == 4 and middle("10–15") == 12.5
    assert clock(0.2) == "0:01" and clock(60) == "1:00" and clock(1050) == "17:30" and clock(0) == "0:00"


def test_the_practice_doc_is_the_scaffolded_doc_with_the_brief_on_top(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = bank.pick("typeahead")
    text = render_practice_doc(question, plan(load_catalogue(), 45), 45)
    assert text.startswith("# Design search autocomplete\n\n> **Practice question** `typeahead`, 45 minutes.")
    assert "> - suggestions must come back within 100 ms\n" in text
    assert "> | Deep dive | 17:30 | 40:00 |\n" in text
    first, second, third = (dive["title"] for dive in question.deep_dives)
    assert f" {first}\n" in text and f" {second}\n" in text  # the question's own deep dives become headings
    assert f"Also worth a deep dive for this problem: {third}." in text
    # The brief adds no finding to what the plain scaffold gets.
    monkeypatch.chdir(tmp_path)
    plain = tmp_path / "plain.md"
    made = runner.invoke(main, ["new", question.title, "--no-input", "-o", "plain.md"])
    assert made.exit_code == 0 and plain.is_file(), made.output
    practised = tmp_path / "practised.md"
    practised.write_text(text, encoding="utf-8")

    def rules(path: Path) -> list[str]:
        out = runner.invoke(main, ["lint", "--no-cache", "-q", "--ignore", "D,S003", str(path)]).output
        return sorted(line.split(" ")[1] for line in out.splitlines())

    # The brief may answer some (its numbers, its summary), but it adds none.
    assert set(rules(practised)) <= set(rules(plain)) and rules(practised)


def test_a_preset_question_is_prefilled_from_its_preset() -> None:
    text = render_practice_doc(bank.pick("url-shortener"), plan(load_catalogue(), 45), 45)
    preset = load_presets()["url-shortener"]
    assert all(line in text for line in preset["functional"])
    assert all(dive["title"] in text for dive in preset["deep-dives"])


def fake_clock() -> tuple[list[float], object, object]:
    t = [0.0]

    def sleep(seconds: float) -> None:
        t[0] += seconds

    return t, (lambda: t[0]), sleep


def test_countdown_draws_each_step_and_ends_with_full_bars() -> None:
    _, now, sleep = fake_clock()
    out = io.StringIO()
    slots = [Slot("Requirements", 2, "requirements"), Slot("Estimation", 1, "estimation")]
    assert Countdown(slots, out, now, sleep).run() is True  # type: ignore[arg-type]
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    finals = [line.rsplit("\r", 1)[-1] for line in lines[:-1]]
    assert finals == [
        "1/2 Requirements [########################]  0:00 left, 0:01 in all\x1b[K",
        "2/2 Estimation   [########################]  0:00 left, 0:00 in all\x1b[K",
    ]
    assert "1/2 Requirements [############------------]  0:01 left, 0:02 in all" in out.getvalue()


def test_countdown_stops_on_ctrl_c() -> None:
    t, now, _ = fake_clock()

    def sleep(seconds: float) -> None:
        t[0] += seconds
        if t[0] > 1:
            raise KeyboardInterrupt

    out = io.StringIO()
    assert Countdown([Slot("Requirements", 60, "requirements")], out, now, sleep).run() is False  # type: ignore[arg-type]
    assert out.getvalue().endswith("\n") and t[0] < 2


def test_without_a_terminal_it_scaffolds_and_prints_the_plan(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["practice", "--question", "url-shortener", "--minutes", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote practice-url-shortener.md: Design a URL shortener\n")
    assert "Your plan for 1 minute:\n  Requirements and scope         0:08   (until 0:08)\n" in result.output
    assert "No terminal, so no clock. When you are done: designlint report practice-url-shortener.md" in result.output
    assert Path("practice-url-shortener.md").read_text(encoding="utf-8").startswith("# Design a URL shortener\n")
    assert not Path("practice-url-shortener.report.html").exists()
    again = runner.invoke(main, ["practice", "--question", "url-shortener"])
    assert again.exit_code == 2 and "already exists; use --force" in again.output
    assert runner.invoke(main, ["practice", "--question", "url-shortener", "--force"]).exit_code == 0


def test_practice_options(runner: CliRunner, tmp_path: Path) -> None:
    listed = runner.invoke(main, ["practice", "--list-questions"]).output.splitlines()
    assert [line.split()[0] for line in listed] == list(bank.load_questions())
    bad = runner.invoke(main, ["practice", "--question", "nope"])
    assert bad.exit_code == 2 and "unknown question 'nope'; use one of: url-shortener" in bad.output
    both = runner.invoke(main, ["practice", "--question", "chat", "--random"])
    assert both.exit_code == 2 and "not both" in both.output
    zero = runner.invoke(main, ["practice", "--minutes", "0"])
    assert zero.exit_code == 2
    doc = tmp_path / "mine.md"
    result = runner.invoke(main, ["practice", "--random", "-o", str(doc)])
    assert result.exit_code == 0 and doc.read_text(encoding="utf-8").split("\n")[0][2:] in {
        q.title for q in bank.load_questions().values()
    }


def test_random_pick_uses_the_generator() -> None:
    chosen = {bank.pick(None, random.Random(seed)).id for seed in range(40)}
    assert len(chosen) > 3 and chosen <= CLASSICS


def test_every_finished_step_shows_a_full_bar_whatever_the_rounding() -> None:
    # A one-minute plan gives steps such as 5.33 s, where 24 x 5.33 / 5.33 may come out just under 24.
    _, now, sleep = fake_clock()
    out = io.StringIO()
    slots = plan(load_catalogue(), 1)
    assert Countdown(slots, out, now, sleep).run() is True  # type: ignore[arg-type]
    finals = [line.rsplit("\r", 1)[-1] for line in out.getvalue().split("\n")[:-1]]
    assert len(finals) == len(slots) == 5
    assert all("[########################]  0:00 left" in line for line in finals), finals


def test_the_readme_quotes_the_real_output(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "$ designlint practice --question url-shortener --minutes 1\n"
    quoted = readme.split(command, 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["practice", "--question", "url-shortener", "--minutes", "1"])
    assert result.output == quoted
    report = runner.invoke(main, ["report", str(ROOT / "examples" / "weak-chat.md"), "-o", "weak-chat.html"])
    assert f"$ designlint report examples/weak-chat.md -o weak-chat.html\n{report.output}" in readme
