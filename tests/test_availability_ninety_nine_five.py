"""R004: "99.5" with no sign beside availability ("availability: business hrs matter, nights less. 99.5 is ok") is
its target, as "99.95" was. A 99.5 that is no share (a percentile, a price) sets none where availability is only
asked."""

from __future__ import annotations

from conftest import messages

_REQS = "# Pet adoption\n\n## Requirements\n\n- adopters apply online\n- {line}\n"


def test_ninety_nine_five_beside_availability_is_a_target() -> None:
    assert messages(_REQS.format(line="availability: business hrs matter, nights less. 99.5 is ok"), "R004") == []


def test_availability_asked_with_another_figure_has_no_target() -> None:
    (found,) = messages(_REQS.format(line="availability matters; the fee is 99.50 EUR"), "R004")
    assert "no target" in found
