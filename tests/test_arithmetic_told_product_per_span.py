"""E001/E002: a product told in words whose count is per span ("2 sessions per month, ca. 50 repairs each, so ca.
1.200 repairs per year") is a calculation: it is an estimate, and a wrong total is reported. A count of one thing
and another side by side with no "each" or average ("5,000 hotels, 200 rooms, so ...") is no product."""

from __future__ import annotations

from conftest import lint_string

DOC = (
    "# Repair cafe bookings\n\n## Requirements\n- visitors book a repair slot\n\n"
    "## Design\n\nA small web app over SQLite.\n\n## Size\n\n{}\n"
)


def _rules(text: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.format(text), select=("E001", "E002"))]


def test_a_told_product_per_span_is_an_estimate_and_is_checked() -> None:
    assert _rules("2 sessions per month, ca. 50 repairs each, so ca. 1.200 repairs per year.") == []
    assert _rules("2 sessions per month, ca. 50 repairs each, so ca. 300 repairs per year.") == ["E002"]


def test_counts_side_by_side_are_no_product() -> None:
    assert _rules("2 sessions per month, ca. 50 repairs, so it stays small.") == ["E001"]


def test_each_after_a_comma_tells_the_product_without_an_average() -> None:
    assert _rules("40 schools, 600 pupils each, so 2,400 pupils.") == ["E002"]


def test_a_rate_per_thing_after_a_bare_comma_is_no_product() -> None:
    # "per second" is no "each": the writer divides here, and the division is right
    assert _rules("4 shards, 1000 writes per second, so 250 writes per shard.") == []
