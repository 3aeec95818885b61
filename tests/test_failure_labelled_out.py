"""D005: a line labelled as left out, in the labels R006 reads ("out: multi-region failover, DR drills", "skip ->
backups"), names failure handling the design does not do; the same words on a line of the design still count."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005


@pytest.mark.parametrize(
    "labelled_out",
    [
        "- in: delivery, signing, a status page\n- out: multi-region failover, DR drills",
        "skip -> standby region, backups of the delivery log",
    ],
)
def test_failure_handling_on_a_line_labelled_out_is_left_out(labelled_out: str) -> None:
    assert _d005(labelled_out)


def test_the_same_words_on_a_line_of_the_design_count() -> None:
    assert not _d005("- multi-region failover: a standby region takes over deliveries within a minute")
