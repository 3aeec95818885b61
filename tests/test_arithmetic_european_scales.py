"""E002: "Mio" and "Mrd", as German and other European writers abbreviate a million and a billion, scale their
figure: "10 Mio users x 1 KB = 10 GB" is right, "= 100 GB" is a slip in its own scale."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = "# Docs store\n\n## Estimation\n\n- {}\n"


def _findings(line: str) -> list[str]:
    return [f.message.split(";")[0] for f in lint_string(DOC.format(line), select=("E002", "E007"))]


@pytest.mark.parametrize("right", ["10 Mio users x 1 KB = 10 GB", "5 Mrd x 2 bytes = 10 GB", "2 Mio / 86400 = 23/s"])
def test_a_right_result_with_a_european_scale_is_no_slip(right: str) -> None:
    assert _findings(right) == []


def test_a_wrong_result_with_a_european_scale_is_checked_in_its_scale() -> None:
    assert _findings("10 Mio users x 1 KB = 100 GB") == ["10 Mio users x 1 KB evaluates to 10 GB, stated 100 GB"]
