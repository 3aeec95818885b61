"""The report pages in a real browser: headless Chromium (Debian's chromium and chromium-driver).

Each example's page is loaded from a file: the DOM must hold one bar per scored step, one margin
note per finding (laid out beside its piece of the write-up) and one table row per calculation;
the page must make no network request and log no console error. A screenshot of each page is
kept in $DESIGNLINT_ARTIFACTS (or pytest's temporary folder). .ci/run installs the browser when absent.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_report_html import HOSTILE

from designlint.reporting.html.model import Report, build
from designlint.reporting.html.page import render

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1400",
]


def _missing() -> str:
    if not Path(CHROMIUM).is_file() or not Path(CHROMEDRIVER).is_file():
        return "needs Debian's chromium and chromium-driver (.ci/run installs them with apt-get)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "needs selenium (pip install '.[test]')"
    return ""


pytestmark = pytest.mark.skipif(bool(_missing()), reason=_missing() or "ok")


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    before = os.environ.get("SE_OFFLINE")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a driver or browser
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        browser.get("about:blank")  # let the start-up tab settle before any page is measured
        yield browser
    finally:
        browser.quit()
        if before is None:
            del os.environ["SE_OFFLINE"]
        else:
            os.environ["SE_OFFLINE"] = before


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("DESIGNLINT_ARTIFACTS") or tmp_path_factory.mktemp("report-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load(driver: Any, folder: Path, name: str, report: Report) -> str:
    """Write the page, open it, and return its file URL (the browser's logs are emptied first)."""
    page = folder / f"{name}.html"
    page.write_text(render(report), encoding="utf-8")
    driver.get_log("browser"), driver.get_log("performance")
    driver.get(page.as_uri())
    driver.execute_script("return document.readyState")  # selenium's own call; the page has no script
    return page.as_uri()


def requests(driver: Any) -> list[str]:
    """URLs the browser requested; its own chrome:// pages (the start-up tab) load from inside it, not a network."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return [url for url in urls if not url.startswith(("chrome://", "chrome-untrusted://"))]


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_report_in_chromium(driver: Any, artifacts: Path, tmp_path: Path, path: Path) -> None:
    from selenium.webdriver.common.by import By

    report = build(path)
    url = load(driver, tmp_path, path.stem, report)
    assert len(driver.find_elements(By.CSS_SELECTOR, "svg.bars g.bar")) == len(report.bars) == 6
    notes = driver.find_elements(By.CSS_SELECTOR, "#write-up a.note")
    assert len(notes) == len(report.findings)
    for note in notes:
        row = note.find_element(By.XPATH, "ancestor::div[contains(@class, 'row')]")
        text = row.find_element(By.CSS_SELECTOR, ".md")
        assert note.rect["x"] >= text.rect["x"] + text.rect["width"]  # in the margin, beside the text
        assert row.rect["y"] <= note.rect["y"] < row.rect["y"] + row.rect["height"]
        line = int(note.get_attribute("data-line"))
        assert int(row.get_attribute("data-first")) <= line <= int(row.get_attribute("data-last"))
    rows = driver.find_elements(By.CSS_SELECTOR, "#estimation tr.calc")
    assert [int(r.get_attribute("data-line")) for r in rows] == [c.line for c in report.calculations]
    assert requests(driver) == [url]  # the page itself and nothing else
    assert console_errors(driver) == []
    assert driver.save_screenshot(str(artifacts / f"report-{path.stem}.png"))


def test_following_a_note_reaches_its_rule(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    load(driver, tmp_path, "weak-chat", build(ROOT / "examples" / "weak-chat.md"))
    note = driver.find_element(By.CSS_SELECTOR, "#write-up a.note[data-rule='H001']")
    note.click()
    assert driver.current_url.endswith("#rule-H001")
    target = driver.find_element(By.ID, "rule-H001")
    assert "no-api" in target.text and "Good" in target.text and "Bad" in target.text
    assert target.is_displayed()


def test_hostile_write_up_runs_nothing_and_fetches_nothing(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    doc = tmp_path / "hostile.md"
    doc.write_text(HOSTILE, encoding="utf-8")
    url = load(driver, tmp_path, "hostile", build(doc))
    assert driver.find_elements(By.CSS_SELECTOR, "main script, main img, main iframe") == []
    hrefs = [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "#write-up .md a")]
    assert hrefs and all(h.startswith("file:") for h in hrefs)  # javascript: and data: links defused
    assert driver.execute_script("return document.querySelectorAll('script').length") == 0
    assert "<script>alert(1)</script>" in driver.find_element(By.CSS_SELECTOR, "#write-up").text
    assert requests(driver) == [url]
    assert console_errors(driver) == []


def test_the_checks_do_see_a_request_and_a_console_error(driver: Any, tmp_path: Path) -> None:
    """Without this, an empty request list could mean the log was never read."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><title>x</title><img src="http://127.0.0.1:9/pixel.png">', encoding="utf-8")
    driver.get_log("browser"), driver.get_log("performance")
    driver.get(page.as_uri())
    assert "http://127.0.0.1:9/pixel.png" in requests(driver)
    assert console_errors(driver)
