"""D004: a cheat sheet weighs a choice in a few words: a bullet that is only the pick and, after a comma and "not",
the way passed over, with its reason right after ("ids random, NOT sequential (must not be guessable)"), a key set against a key ("shard by
tenant, not region: each tenant's rows stay on one shard"), or a flaw told first and the pick after an arrow ("env
vars leak into crash dumps -> prefer a file mount"), the other way offered after "alternatively" beside the pick's
superlative ("redis is simplest at this size"), one way ranked over another with its gain in brackets ("argon2
(memory-hard) > bcrypt"), or a cost as a label under the reasons ("- con: unused codes pile up"). An outcome told the same way weighs nothing ("late, not lost because the rows stay"), nor
does a pick with no other way named, an instruction ("choose the cheapest alternative") or a bound ("> limit")."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# Coupon codes - cheat sheet

## reqs
- issue single-use coupon codes for campaigns, redeem at checkout

## design
- `POST /codes` -> batch of codes; `POST /redeem {code}` -> ok / used / unknown
- codes svc -> postgres (codes table, unique index on code)

## codes
- {line}
- redeem = `UPDATE ... SET used_at = now() WHERE code = $1 AND used_at IS NULL`
"""

WEIGHED = [
    "ids random, NOT sequential (must not be guessable or enumerable)",
    "shard by campaign, not by code: one campaign's codes stay on one shard",
    "codes in plain text in the export leak to whoever gets the csv -> prefer a signed download link",
    "used codes in a redis set. alternatively a unique index in postgres, or a bloom filter. redis is simplest at this size",
    "code hashes: argon2 (memory-hard, slow to brute force) > bcrypt",
    # a cost as a label under the pick's reasons
    "codes pre-generated per campaign: redeem is one indexed lookup\n- con: unused codes pile up, a cleanup job per campaign",
]

NOT_WEIGHED = [
    "redeem during an outage is late, not lost because the request is retried",
    "a redeem during an outage comes late, not lost (the request is retried)",
    "ids random (must not be guessable or enumerable)",
    "export as csv -> use a signed download link",
    "choose the cheapest alternative if possible, this is a small shop",
    "lock the code when attempts (per code) > limit",
    "con artists share codes in forums, so codes are bound to an account",
]


def _d004(line: str) -> list[str]:
    return [f.rule_id for f in lint_string(DOC.replace("{line}", line), select=("D004",))]


@pytest.mark.parametrize("line", WEIGHED)
def test_a_terse_pick_against_a_named_way_weighs_a_choice(line: str) -> None:
    assert _d004(line) == []


@pytest.mark.parametrize("line", NOT_WEIGHED)
def test_an_outcome_or_a_lone_pick_weighs_nothing(line: str) -> None:
    assert _d004(line) == ["D004"]
