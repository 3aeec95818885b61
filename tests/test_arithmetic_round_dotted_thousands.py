"""E002: a doc that sets its thousands apart by dots ("8.000 units", "86.400 s", "1.200.000") writes the continental
way even with one decimal comma or none: its figures are read so ("20.000 per year × 2 KB = 40 MB"), and a real
slip is reported with the right figures. A doc of English decimals ("1.5", "0.125") is read the English way."""

from __future__ import annotations

from conftest import messages

_CONTINENTAL = """# Puzzle of the day

## Numbers

Players per day ca. 400.000, one puzzle each. The first hour: 400.000 × 0,2 = 80.000 attempts in 3.600 s.
Over the whole day: 400.000 × 4 moves / 86.400 s ≈ 19 requests/s.
Ratings: 20.000 per year × 2 KB = 40 MB per year.
"""


def test_round_dotted_thousands_are_thousands() -> None:
    assert messages(_CONTINENTAL, "E002") == []


def test_a_slip_in_such_a_doc_is_reported_with_its_figures() -> None:
    found = messages(_CONTINENTAL.replace("= 40 MB per year", "= 4 MB per year"), "E002")
    assert len(found) == 1 and "20000 per year" in found[0] and "10 times" in found[0]


def test_one_dotted_figure_among_english_decimals_stays_a_decimal() -> None:
    text = "# Cache\n\n## Numbers\n\nHit ratio 0.125 of 1.500 GB = 0.1875 GB, and 2.5 x 4 = 10 nodes.\n"
    assert messages(text, "E002") == []
