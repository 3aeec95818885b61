"""D005: failure words in the product's own sense are no part failing ("fail fast", a replica count, a reference copied
to each reader), and neither are state replicated on to each client
("replicates entity state to each client as deltas"), an account's own recovery ("backup codes at 2FA enrolment",
"password recovery via an emailed link"), backing up as the product ("auto backup: the app backs up new photos on
wifi"). The same words about the system's own parts ("nightly backups of the database", "replicates each write to
two followers") still say what keeps it alive."""

from __future__ import annotations

import pytest
from test_failure_answered import _d005


@pytest.mark.parametrize(
    "product",
    [
        "The status service replicates delivery state to each client as deltas, ten times a second.",
        "merchant login\n- backup codes (10) generated at 2FA enrolment, hashed\n- password recovery via an emailed "
        "link, 30 min expiry",
        "merchant app v1\n- auto backup: the app backs up new photos of receipts on wifi\n- dedupe by sha256",
    ],
)
def test_a_failure_word_in_the_products_sense_is_no_failure_mode(product: str) -> None:
    assert _d005(product)


@pytest.mark.parametrize(
    "system",
    ["We take nightly backups of the delivery database to object storage.", "The log replicates each write to two followers."],
)
def test_the_same_words_about_the_systems_own_parts_still_count(system: str) -> None:
    assert not _d005(system)


@pytest.mark.parametrize(
    "other_sense",
    [
        "Fail fast is the rule for the webhook API: a payload over 1 MB is rejected before it is stored.",
        "Adding capacity for a big merchant is bumping the replica count in the deployment.",
        "Fan-out on write: a worker copies the delivery id into each merchant's list; we replicate the delivery "
        "reference N times.",
    ],
)
def test_fail_fast_a_replica_count_and_a_copied_reference_are_no_failure_modes(other_sense: str) -> None:
    assert _d005(other_sense)
