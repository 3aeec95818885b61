"""E002: a size given for one record, then a count "of those" and what they come to, is a product the writer worked
out: "A ticket record is maybe 200 bytes. 1.2 million of those comes to about 24 MB" is 10 times too small. A count
"of those" after a clause that ends on no size, or what they come to said right, is no slip."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Festival wristbands\n\n## Estimation\n\n{}\n"


def _findings(text: str) -> list[str]:
    return [f.message.split(";")[0] for f in lint_string(DOC.format(text), select=("E002", "E007"))]


def test_a_count_of_those_after_a_size_is_checked() -> None:
    text = "A tap record is maybe 200 bytes with the band id and the amount. 1.2 million of those comes to about 24 MB."
    assert _findings(text) == ["200 bytes x 1.2 million evaluates to 240 MB, stated about 24 MB"]


@pytest.mark.parametrize(
    "text",
    [
        "A tap record is maybe 200 bytes with the band id and the amount. 1.2 million of those comes to about 240 MB.",
        "There are 40 bars on site. 12 of those are open all night, about 30 % of them.",
    ],
)
def test_the_product_right_or_no_size_before_is_no_slip(text: str) -> None:
    assert _findings(text) == []
