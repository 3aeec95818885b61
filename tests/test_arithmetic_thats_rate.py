"""E002 on a rate said again in another period after "that's" ("50M searches a day, that's ~580 a second"), as
after "which is" or a comma. What "that's" gives from a figure that is no rate ("with ~2 ms lock hold time that's
~4.6 s of lock time per second") is a product with something said before, and is left alone."""

from __future__ import annotations

import pytest

from conftest import lint_string


def _slips(line: str) -> list[str]:
    text = f"# Hotels\n\n## Estimation\n\n{line}\n"
    return [f.message for f in lint_string(text, select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("line", "slipped"),
    [
        ("Say 50M searches a day, that's ~5,800 a second.", True),
        ("Say 50M searches a day, that's ~580 a second.", False),
        ("20 million rides a day, that's roughly 2,300 ride requests per second.", True),
        ("20 million rides a day, that's roughly 230 ride requests per second.", False),
        ("With ~2 ms lock hold time that's ~4.6 s of lock time per second.", False),
        ("30,000 rides in that hour, that's about 8 per second.", False),
    ],
)
def test_a_rate_restated_after_thats_is_checked(line: str, slipped: bool) -> None:
    assert bool(_slips(line)) is slipped
