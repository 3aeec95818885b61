"""E002/E008: two ways a working goes on from a count said before it. "3,000 renters in the first 15 minutes, each
making ~10 requests (...). That's 30k requests" multiplies the renters, not the minutes; and "~86k per night. A route
query takes about 2 ms on one core → ~170 s on one core" restates a time each as the time for all the 86k: a
multiplier left out (E008), not a conversion of units gone wrong. A time restated in other units (90 s → 1.5 min)
off by far is still an error."""

from __future__ import annotations

from conftest import messages


def _found(text: str, rule: str) -> list[str]:
    return messages("# Costume rentals\n\n## Numbers\n\n" + text + "\n", rule)


def test_each_after_a_span_of_time_is_each_of_the_count() -> None:
    text = (
        "Say 3,000 renters in the first 15 minutes, each making ~10 requests (search, reserve, pay). That's 30k "
        "requests / 900 s ≈ 33 req/s average, and the first minute is maybe 4× that, so plan for ~150 req/s."
    )
    assert _found(text, "E002") == []


def test_a_time_each_restated_for_the_count_before_is_a_slip() -> None:
    text = "About 86k route checks per night. One check takes about 2 ms on one core → ~170 s on one core."
    assert _found(text, "E002") == []
    assert any("86k" in m for m in _found(text, "E008"))


def test_a_time_in_other_units_off_by_far_is_an_error() -> None:
    assert len(_found("About 86k checks a night. The warm-up takes 90 s → ~15 min.", "E002")) == 1
