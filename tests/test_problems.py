"""Problem detection (designlint/doc/problems.py) and the K rules that read the presets' expectations."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest
from click.testing import CliRunner

from designlint.cli import main
from designlint.doc.document import parse
from designlint.doc.problems import decide, load_problems, scores
from designlint.errors import ConfigError
from designlint.lint.rules import load_rules

from conftest import CORPUS, ids, lint_string

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")

# What each interview write-up of the corpus designs, read from its file name and title
# (None: a kind of system no preset describes, so detection should stay unsure).
EXPECTED: dict[str, set[str | None]] = {
    "primer--mint": {None},
    "primer--pastebin": {"url-shortener"},  # "Pastebin.com (or Bit.ly)"
    "primer--query-cache": {None},
    "primer--sales-rank": {None, "analytics-pipeline"},
    "primer--scaling-aws": {None},
    "primer--social-graph": {None},
    "primer--twitter": {"social-feed"},
    "primer--web-crawler": {"web-crawler"},
    "designgurus--tinyurl": {"url-shortener"},
    "designgurus--instagram": {"social-feed"},
    "designgurus--uber": {"ride-sharing"},
    "designgurus--web-crawler": {"web-crawler"},
    "designgurus--netflix": {"video-streaming"},
    "designgurus--twitter": {"social-feed"},
    "designgurus--rate-limiter": {"rate-limiter"},
    "designgurus--dropbox": {"file-storage"},
    "designgurus--whatsapp": {"real-time-chat"},
    "designgurus--notification-system": {"notification-system"},
    "designgurus--payment-system": {"payment-system"},
    "designgurus--youtube": {"video-streaming"},
    "puncsky--uber": {"ride-sharing"},
    "puncsky--url-shortener": {"url-shortener"},
    "puncsky--airbnb-hotel-booking": {"hotel-booking"},
    "puncsky--typeahead": {"search"},
    "puncsky--l7-load-balancer": {None},
    "puncsky--payment-webhook": {"notification-system"},  # delivering events to merchants
    "puncsky--paypal-money-transfer": {"payment-system"},
    "booknotes--url-shortener": {"url-shortener"},
    "booknotes--web-crawler": {"web-crawler"},
    "booknotes--notification-system": {"notification-system"},
    "booknotes--chat-system": {"real-time-chat"},
    "booknotes--hotel-reservation": {"hotel-booking"},
    "booknotes--payment-system": {"payment-system"},
    "alirezadir-mli--feed-ranking": {"ml-ranking"},
    "alirezadir-mli--search-ranking": {"ml-ranking"},
    "alirezadir-mli--video-recommendation": {"ml-ranking"},
    "cruelsystem--tiktok": {"video-streaming", "social-feed"},
    "sikicode--rate-limiter": {"rate-limiter"},
    "sikicode--url-shortener": {"url-shortener"},
    "sikicode--youtube": {"video-streaming"},
    "andrenbrandao-sd--pastebin": {None, "url-shortener"},
    "cruelsystem--google-drive": {"file-storage"},
    "katasdeshi--food-kiosk-requirements": {None},
    "cruelsystem--news-feed": {"social-feed"},
    "ingeniala-kata--heyblue": {None},
}


def _write_ups() -> list[Path]:
    rows = (line.split("|") for line in (CORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines())
    return [CORPUS / cells[1].strip() for cells in rows if len(cells) > 3 and cells[2].strip() == "a"]


@needs_corpus
def test_detection_names_the_problem_of_the_corpus_write_ups() -> None:
    docs = _write_ups()
    assert {p.stem for p in docs} == set(EXPECTED), "SOURCES.md lists write-ups this test does not know"
    detected = {p.stem: decide(parse(p.read_text(encoding="utf-8"), p.name)).problem for p in docs}
    wrong = {name: got for name, got in detected.items() if got not in EXPECTED[name]}
    assert 1 - len(wrong) / len(docs) >= 0.95, wrong


def _verdict(text: str, configured: str | None = None) -> tuple[str | None, str]:
    found = decide(parse(text), configured)
    return found.problem, found.source


def test_the_title_decides_over_body_words() -> None:
    text = "# Design a rate limiter\n\nClients send a chat message; each message counts against the limit.\n"
    assert _verdict(text) == ("rate-limiter", "detected")


def test_a_title_that_names_the_chat_it_was_pasted_from_names_no_chat_system() -> None:
    body = "\n\nren: checkout for a shop. charge the card once, refund on a failed order, keep every payment.\n"
    assert decide(parse("[chat export: sysdesign prep - ren, ivo]" + body)).problem != "real-time-chat"
    assert decide(parse("Design a group chat app" + body)).problem == "real-time-chat"


def test_two_problems_close_together_leave_detection_unsure() -> None:
    assert _verdict("# Design payment webhooks\n\nWe call the merchant back.\n") == (None, "unsure")


@pytest.mark.parametrize(
    "title",
    ["# Order book snapshot + market data feed", "# A price feed for corner shops", "# Camera feeds for a car park"],
)
def test_a_feed_of_data_is_no_social_feed(title: str) -> None:
    """A preset's detect.unlike phrases hold a cue's word but name another thing: "market data feed" is read
    without its "feed", so the title names no social feed; "an RSS reader with a home feed" still does."""
    assert _verdict(title + "\n\nClients get updates as they happen.\n")[0] != "social-feed"
    assert _verdict("# An RSS reader with a home feed\n\nPosts of the people you follow.\n")[0] == "social-feed"
    assert _verdict("# Design a sports feed\n\nUsers follow friends and see their posts.\n")[0] == "social-feed"


def test_body_words_alone_are_not_enough() -> None:
    assert _verdict("# Design a backend\n\nIt stores payments.\n") == (None, "unsure")


def test_the_body_scan_credits_each_word_to_the_cue_and_problem_it_matched() -> None:
    text = "Notes\n\nA refunded charge goes to the ledger; each refund too. Drivers see the ledger, merchants do not.\n"
    _, ranked = scores(parse(text))
    reasons = {s.problem: set(s.reasons) for s in ranked}
    assert reasons["payment-system"] == {"body 'ledger' x2 +2", "body 'refund\\w*' x2 +2", "body 'merchants?' +1"}
    assert reasons["ride-sharing"] == {"body 'drivers?' +1"}


def test_front_matter_names_the_problem_by_alias_and_wins_over_config() -> None:
    text = "---\nproblem: payments\n---\n# Design a chat app\n"
    assert _verdict(text, "search") == ("payment-system", "front matter")


def test_config_names_the_problem_and_none_turns_it_off() -> None:
    assert _verdict("# Design a backend\n", "chat") == ("real-time-chat", "config")
    assert _verdict("# Design a chat app\n", "none") == (None, "config")


def test_the_title_comes_from_front_matter_or_a_lone_first_line() -> None:
    assert decide(parse('---\ntitle: "Designing Uber"\n---\n## Requirements\n')).title == "Designing Uber"
    assert decide(parse("Design Tiktok\n\nvideos for everyone\n")).title == "Design Tiktok"


BAD_PAYMENTS = "# Design a payment system\n\n## Design\n\nThe checkout calls the provider.\n"


def test_a_k_rule_names_the_problem_it_assumed() -> None:
    findings = lint_string(BAD_PAYMENTS, select=("K",))
    assert ids(findings) == ["K001"] * 4
    assert all(f.message.startswith("assuming a payment system (detected") for f in findings)
    assert {f.context for f in findings} == {"consistency", "idempotency", "ledger", "reconciliation"}


def test_per_file_problems_override_detection_for_matching_files() -> None:
    settings = {"per_file_problems": MappingProxyType({"doc.md": "none"})}
    assert lint_string(BAD_PAYMENTS, select=("K",), **settings) == []
    other = {"per_file_problems": MappingProxyType({"other/*.md": "none"})}
    assert ids(lint_string(BAD_PAYMENTS, select=("K",), **other)) == ["K001"] * 4


def test_team_profiles_do_not_run_problem_rules() -> None:
    assert "K001" in ids(lint_string(BAD_PAYMENTS))
    assert "K001" not in ids(lint_string(BAD_PAYMENTS, profile="rfc"))


def test_an_unknown_problem_in_the_config_is_a_one_line_error() -> None:
    with pytest.raises(ConfigError, match=r"problem: unknown problem 'paymnts'; use one of: .*payment-system"):
        lint_string(BAD_PAYMENTS, problem="paymnts")


def test_explain_problem_prints_the_verdict_and_its_cues(runner: CliRunner, tmp_path: Path) -> None:
    doc = tmp_path / "pay.md"
    doc.write_text(BAD_PAYMENTS, encoding="utf-8")
    result = runner.invoke(main, ["lint", "--explain-problem", str(doc)])
    assert result.exit_code == 0
    assert f"{doc}: payment-system (detected)" in result.output
    assert "title 'payments?' +10" in result.output


def test_every_problem_with_expectations_has_exactly_one_k_rule() -> None:
    rules = [r for r in load_rules().values() if r.check == "problem_expectations"]
    named = sorted(r.options["for"] for r in rules)
    assert named == sorted(p.name for p in load_problems().values() if p.expectations)
    assert all(r.id.startswith("K") for r in rules)


def test_new_lists_the_expectations_the_k_rule_checks() -> None:
    from test_scaffold_render import render

    text = render("Design a payment system", "payment-system")
    for expectation in load_problems()["payment-system"].expectations:
        assert expectation.what in text


def test_every_cue_and_term_compiles_and_cannot_backtrack_for_ever() -> None:
    from designlint.patterns import problem

    for prob in load_problems().values():
        patterns = [c.pattern for c in prob.cues] + [t for e in prob.expectations for t in e.terms] + list(prob.unlike)
        assert {p: problem(p) for p in patterns if problem(p)} == {}, prob.name


def test_explain_lists_what_the_rule_expects_from_the_preset(runner: CliRunner) -> None:
    result = runner.invoke(main, ["explain", "K005"])
    assert result.exit_code == 0
    for expectation in load_problems()["rate-limiter"].expectations:
        assert f"- {expectation.what}: {expectation.why}" in result.output


def test_the_readme_shows_real_explain_problem_output(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    result = runner.invoke(main, ["lint", "--explain-problem", "examples/weak-feed.md"])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "$ designlint lint --explain-problem examples/weak-feed.md\n" + result.output in readme
