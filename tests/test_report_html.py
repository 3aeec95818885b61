"""`designlint report`: the HTML page's content, its escaping of untrusted text, and --against."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_dom import Element, parse_html

from designlint.cli import main
from designlint.reporting.html.model import build
from designlint.reporting.html.page import render

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))


def page(path: Path, against: Path | None = None) -> Element:
    return parse_html(render(build(path, against)))


def linted(path: Path) -> dict[str, Any]:
    """What `lint --format json --score` says of one file: the report must agree with it."""
    result = CliRunner().invoke(main, ["lint", "--format", "json", "--score", "--no-cache", str(path)])
    data: dict[str, Any] = json.loads(result.output)
    return {"findings": data["findings"], **next(iter(data["scores"].values()))}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_sits_beside_its_line_and_links_to_its_rule(path: Path) -> None:
    report = build(path)
    dom = parse_html(render(report))
    notes = dom.find_all("a", "note")
    assert len(notes) == len(report.findings)
    ids = {e.attrs.get("id") for e in dom.walk()}
    for note in notes:
        row = note.parent.parent  # a.note -> aside.notes -> div.row
        assert row is not None and "row" in row.attrs["class"]
        line = int(note.attrs["data-line"])
        assert int(row.attrs["data-first"]) <= line <= int(row.attrs["data-last"]), note.all_text()
        assert note.attrs["href"] == f"#rule-{note.attrs['data-rule']}" and f"rule-{note.attrs['data-rule']}" in ids


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_link_inside_the_page_has_a_target(path: Path) -> None:
    dom = page(path)
    ids = {e.attrs["id"] for e in dom.walk() if "id" in e.attrs}
    local = [e.attrs["href"][1:] for e in dom.find_all("a") if e.attrs.get("href", "").startswith("#")]
    assert local and set(local) <= ids


def test_weak_chat_shows_each_finding_of_lint_at_its_line(runner: CliRunner) -> None:
    wanted = sorted((f["line"], f["rule"], f["message"]) for f in linted(ROOT / "examples" / "weak-chat.md")["findings"])
    dom = page(ROOT / "examples" / "weak-chat.md")
    shown = sorted(
        (int(n.attrs["data-line"]), n.attrs["data-rule"], n.all_text().split("\n", 1)[-1].strip())
        for n in dom.find_all("a", "note")
    )
    assert len(wanted) >= 10  # weak on purpose: a page with few notes would test little
    assert [(line, rule) for line, rule, _ in shown] == [(line, rule) for line, rule, _ in wanted]
    assert all(message in text for (_, _, message), (_, _, text) in zip(wanted, shown, strict=True))


def test_one_bar_per_scored_step_with_its_score_and_time_budget() -> None:
    dom = page(ROOT / "examples" / "weak-chat.md")
    bars = {g.attrs["data-step"]: g for g in dom.find_all("g", "bar")}
    # Scores as `lint --score` gives them for this example, one bar per area of rules/scoring.toml.
    expected = linted(ROOT / "examples" / "weak-chat.md")["steps"]
    assert set(expected) == {"requirements", "estimation", "high-level", "deep-dive", "structure", "pitfalls"}
    assert {step: int(g.attrs["data-score"]) for step, g in bars.items()} == expected
    assert "5–7 min" in bars["requirements"].all_text() and "15–20 min" in bars["deep-dive"].all_text()
    assert "—" in bars["structure"].all_text()
    fills = [r for r in bars["high-level"].find_all("rect") if "track" not in r.attrs.get("class", "")]
    assert float(fills[0].attrs["width"]) == pytest.approx(220 * expected["high-level"] / 100)


def test_estimation_table_shows_each_calculation_with_the_checker_verdict() -> None:
    dom = page(ROOT / "examples" / "weak-feed.md")
    rows = dom.find_all("tr", "calc")
    # Lines 33-36 of examples/weak-feed.md each state one `expression = result`.
    assert [int(r.attrs["data-line"]) for r in rows] == [33, 34, 35, 36]
    verdicts = [r.attrs["class"].split()[1] for r in rows]
    # 231 x 500 KB is 115.5 MB/s, not 1.2 GB/s; 200K x 500 KB is an amount (100 GB), not a rate.
    assert verdicts == ["v-ok", "v-ok", "v-arithmetic", "v-unit"]
    # Line 35 sits in the list of lines 32-36: its row links to that piece of the write-up.
    assert rows[2].find_all("a")[0].attrs["href"] == "#line-32"
    cells = [c.all_text() for c in rows[2].find_all("td")]
    assert cells[1] == "231 x 500 KB" and cells[2] == "~1.2 GB/s" and cells[3] == "116 MB/s"


def test_a_doc_without_calculations_says_so() -> None:
    dom = page(ROOT / "examples" / "weak-chat.md")
    assert dom.find_all("tr", "calc") == []
    estimation = [e for e in dom.find_all("section") if e.attrs.get("id") == "estimation"][0]
    assert "No calculation" in estimation.all_text()


def test_practise_next_names_the_weakest_step_and_what_a_good_answer_holds() -> None:
    report = build(ROOT / "examples" / "weak-chat.md")
    assert report.practice is not None and report.practice.step == "estimation"  # it has none, so it scores 0
    rules = [rule.id for rule, _ in report.practice.rules]
    assert rules[0] == "E001" and all(r.startswith(("E", "C")) for r in rules)  # the one that fired comes first
    dom = parse_html(render(report))
    practice = [e for e in dom.find_all("section") if e.attrs.get("id") == "practise-next"][0]
    assert report.practice.rules[0][0].good.strip().splitlines()[0] in practice.all_text()


HOSTILE = """# Plan <script>alert(1)</script> "><img src=x onerror=alert(2)>

## Requirements <b onmouseover="alert(3)">x</b>

- [click me](javascript:alert(4)) and [data](data:text/html,<script>alert(5)</script>)
- ![tracker](https://example.com/pixel.png) and <img src="https://example.com/a.png">

<script>alert(6)</script>
<iframe src="https://example.com"></iframe>
<a href="javascript:alert(7)" onclick="alert(8)">raw link</a>

```js" onmouseover="alert(9)
let x = "</code></pre><script>alert(10)</script>";
```

Inline `<style>body{display:none}</style>` code.
"""


def test_untrusted_write_up_renders_inert(tmp_path: Path) -> None:
    doc = tmp_path / "hostile.md"
    doc.write_text(HOSTILE, encoding="utf-8")
    text = render(build(doc))
    dom = parse_html(text)
    tags = {e.tag for e in dom.walk()}
    assert not tags & {"script", "iframe", "img", "object", "embed", "link", "b"}
    assert [e.tag for e in dom.find_all("style")] == ["style"]  # the page's own, in <head>
    for element in dom.walk():
        assert not any(name.startswith("on") for name in element.attrs), element
        assert not element.attrs.get("href", "").lower().startswith(("javascript:", "data:"))
        assert "src" not in element.attrs
    body = dom.find_all("main")[0].all_text()
    for visible in ("<script>alert(1)</script>", "<iframe", 'onclick="alert(8)"', "alert(10)", "<style>"):
        assert visible in body  # shown as text, not dropped
    assert "[image: tracker]" in body
    csp = [m for m in dom.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp[0].attrs["content"] and "script-src" not in csp[0].attrs["content"]


def test_against_shows_each_steps_change(tmp_path: Path) -> None:
    doc = ROOT / "examples" / "weak-chat.md"
    old = tmp_path / "old.json"
    now = linted(doc)
    steps = {**now["steps"], "requirements": now["steps"]["requirements"] + 30, "deep-dive": now["steps"]["deep-dive"] - 5}
    old.write_text(json.dumps({"scores": {"somewhere/else.md": {"total": 40, "steps": steps}}}), encoding="utf-8")
    report = build(doc, old)  # one entry: taken whatever its path
    changes = {bar.area: bar.change for bar in report.bars}
    assert changes == {"requirements": -30, "estimation": 0, "high-level": 0, "deep-dive": 5, "structure": 0, "pitfalls": 0}
    assert report.total_change == now["total"] - 40
    dom = parse_html(render(report))
    bar = [g for g in dom.find_all("g", "bar") if g.attrs["data-step"] == "deep-dive"][0]
    assert "+5" in bar.all_text()


def test_against_a_real_lint_output_and_bad_files(runner: CliRunner, tmp_path: Path) -> None:
    doc = ROOT / "examples" / "weak-chat.md"
    old, out = tmp_path / "old.json", tmp_path / "r.html"
    result = runner.invoke(main, ["lint", "--format", "json", "--score", "--no-cache", "-o", str(old), str(doc)])
    assert result.exit_code == 0 and old.is_file(), result.output  # weak-chat has warnings only
    result = runner.invoke(main, ["report", str(doc), "-o", str(out), "--against", str(old)])
    assert result.exit_code == 0, result.output
    assert "(+0 since" in out.read_text(encoding="utf-8")
    no_scores = tmp_path / "plain.json"
    runner.invoke(main, ["lint", "--format", "json", "--no-cache", "-o", str(no_scores), str(doc)])
    for bad, says in ((no_scores, "holds no scores"), (tmp_path / "missing.json", "cannot read")):
        result = runner.invoke(main, ["report", str(doc), "-o", str(out), "--against", str(bad)])
        assert result.exit_code == 2 and says in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_report_command_writes_the_page_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = runner.invoke(main, ["report", str(ROOT / "examples" / "weak-chat.md"), "-o", str(out)])
    assert result.exit_code == 0
    now = linted(ROOT / "examples" / "weak-chat.md")
    assert result.output == f"wrote {out}: score {now['total']}/100, {len(now['findings'])} findings\n"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<script" not in text and "http" not in text.split("<body>")[1]
    result = runner.invoke(main, ["report", str(tmp_path / "nope.md"), "-o", str(out)])
    assert result.exit_code == 2 and "nope.md: no such file" in result.output


def test_an_empty_doc_still_gets_a_page(tmp_path: Path) -> None:
    doc = tmp_path / "empty.md"
    doc.write_text("", encoding="utf-8")
    dom = page(doc)
    assert len(dom.find_all("div", "row")) == 1 and len(dom.find_all("g", "bar")) == 6


def test_open_asks_the_browser_only_when_told(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or False)
    out = tmp_path / "page.html"
    doc = str(ROOT / "examples" / "weak-chat.md")
    assert runner.invoke(main, ["report", doc, "-o", str(out)]).exit_code == 0
    assert opened == []
    result = runner.invoke(main, ["report", doc, "-o", str(out), "--open"])
    assert opened == [out.resolve().as_uri()]
    assert result.exit_code == 0 and "no browser could be started; open" in result.output


FRAGMENTS = [
    "<script>", "</script>", "<img src=x onerror=alert(1)>", "[a](javascript:alert(1))", "[b](JAVASCRIPT:x)",
    "![i](http://example.com/x.png)", "<a href='javascript:x' onclick=y>", "<iframe src=//e>", "<style>", "```",
    "```js\" onclick=\"x", "\n", "\n\n", "# ", "## ", "`", '"', "'", ">", "<", "&", "words", "- ", "1. ",
    "<!--", "-->", "| a | b |\n|---|---|\n| <b>c</b> | d |", "<svg onload=alert(1)>", "<div", " on", "=",
    "<https://example.com>", "[c]: javascript:alert(1)\n\n[c]", "**", "_",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
def test_no_write_up_can_add_markup_that_runs_or_loads(text: str) -> None:
    from designlint.doc.document import parse
    from designlint.reporting.html.writeup import chunks

    html = "".join(chunk.html for chunk in chunks(parse(text), []))
    for element in parse_html(html).walk()[1:]:
        assert element.tag not in {"script", "iframe", "img", "svg", "style", "object", "embed", "link", "div"}
        assert not any(name.startswith("on") or name in {"src", "style"} for name in element.attrs), element
        assert not element.attrs.get("href", "").strip().lower().startswith(("javascript:", "data:", "vbscript:"))


def test_the_readme_shows_the_report_screenshot() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    image = ROOT / "docs" / "report-weak-chat.png"
    assert "](docs/report-weak-chat.png)" in readme
    assert image.read_bytes().startswith(b"\x89PNG") and image.stat().st_size < 200_000  # kept small


def test_an_unreadable_doc_is_one_clear_line(runner: CliRunner, tmp_path: Path) -> None:
    doc = tmp_path / "latin.md"
    doc.write_bytes(b"# Caf\xe9\n")
    result = runner.invoke(main, ["report", str(doc), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert result.output == f"designlint: error: {doc}: not UTF-8 (bad byte at offset 5); re-save the file as UTF-8\n"
    assert not (tmp_path / "r.html").exists()
