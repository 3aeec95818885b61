"""E001: an amount worked out in prose with the money's sign after the figure, as most of Europe writes it ("ca. 2,50 €
per member per month, so ca. 1.440 € per year"), is an estimate, as the same with "EUR" or "€2.50" was. A price
alone ("costs ca. 12 € per month") works nothing out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Fire brigade alarm app\n\n## Requirements\n- alarm all members on their phones\n- see who is coming\n\n"
    "## Design\n\nA small web app on a rented VM sends push messages.\n\n{}\n"
)


def _e001(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("E001",)))


@pytest.mark.parametrize(
    "text",
    [
        "A ready product would cost ca. 2,50 € per member per month, so ca. 1.440 € per year for us.",
        "Hosting is 12 € per month, so about 144 € per year.",
        "Backups take 3 € a month, so about 36 € a year.",
    ],
)
def test_an_amount_worked_out_with_its_sign_after_is_an_estimate(text: str) -> None:
    assert not _e001(text)


@pytest.mark.parametrize("text", ["The VM costs ca. 12 € per month.", "Each SMS costs 0,08 € and we send few."])
def test_a_price_alone_is_no_estimate(text: str) -> None:
    assert _e001(text)


def test_the_amount_worked_out_is_checked_as_the_same_in_eur_is() -> None:
    for sign in ("€", "EUR"):
        found = lint_string(
            DOC.format(f"Hosting is 12 {sign} per month, so about 400 {sign} per year."), select=("E002",)
        )
        assert [f.rule_id for f in found] == ["E002"]
