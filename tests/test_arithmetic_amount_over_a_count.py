"""E002: an amount per thing, then a clause taking it over a count of those things ("30 MB a fitting. Over 750
fittings that's about 2.2 GB a year", "~2 KB per booking, so across 40k bookings that is 8 MB") states a product;
off by ten, it is reported. A right product, or a count of other things than the amount is given per, is left
alone."""

from __future__ import annotations

import pytest

from conftest import messages


def _e002(text: str) -> list[str]:
    return messages("# Wedding dress fittings\n\n## Numbers\n\n" + text + "\n", "E002")


@pytest.mark.parametrize(
    "text",
    [
        "About ten photos at 3 MB each, so 30 MB a fitting. Over 750 fittings that's about 2.2 GB a year.",
        "Each booking row is ~2 KB per booking, so across 40k bookings that is 8 MB.",
    ],
)
def test_a_product_off_by_ten_is_reported(text: str) -> None:
    found = _e002(text)
    assert len(found) == 1 and "10 times" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "About ten photos at 3 MB each, so 30 MB a fitting. Over 750 fittings that's about 22 GB a year.",
        "Each booking row is ~2 KB per booking, so across 40k bookings that is 80 MB.",
        "About ten photos at 3 MB each, so 30 MB a fitting. Over 750 brides that's about 2.2 GB a year.",
    ],
)
def test_a_right_product_or_a_count_of_other_things_is_clean(text: str) -> None:
    assert _e002(text) == []
