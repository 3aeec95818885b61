"""E002 over two lines: a daily amount with a word after it ("~4.3 TB/day raw") kept for a span on the next line
("- raw kept 90 d → ~39 TB") is the amount times the span. A line that works the keeping out itself ("keep 5 yrs:
200GB x 365 x 5 = 36 TB") is read as it is written."""

from __future__ import annotations

from conftest import messages


def _e002(lines: str) -> list[str]:
    doc = "# Machine alarms\n\n## Numbers\n\n- 500k sensors x ~100 B/s → 50 MB/s → ~4.3 TB/day raw\n" + lines
    return messages(doc, "E002")


def test_a_raw_amount_kept_for_a_span_is_checked() -> None:
    found = _e002("- raw kept 90 d for root-cause → ~39 TB\n")
    assert found and "387 TB" in found[0]
    assert _e002("- raw kept 90 d for root-cause → ~390 TB\n") == []


def test_a_keeping_worked_out_on_its_line_is_read_as_written() -> None:
    found = _e002("- keep 90 d: 4.3 TB x 90 = 39 TB\n")
    assert found and found[0].startswith("4.3 TB x 90")
