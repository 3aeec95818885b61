"""D006: growth to more places or customers, and what the design does then: a label naming more regions over the
whole stack run per region ("**More regions:** ... we deploy the whole stack per region"), or the product sold to
many customers ("Product wants to sell this as SaaS. 500 customer companies.") over a mechanism ("shard the
pub/sub by room"). The same mechanism with no such growth, or the growth with none, is no scaling path."""

from __future__ import annotations

import pytest

from conftest import messages

_DOC = """# Contract signing service

## Requirements

- upload a contract, add signers, collect signatures
- a signed PDF with an audit trail

## High-level design

API -> signing service -> Postgres, documents in object storage, e-mails through a provider.

## Deep dive: signing twice

A signer who clicks twice gets one signature: the signature row is unique per signer and document, the second
insert fails and the page shows the signed state.

{later}
"""

_REGIONS = (
    "## Later\n\n- **More regions:** customers in another country will want their data there. The tenant already has a "
    "region field, so we deploy the whole stack per region and a small directory routes each tenant."
)
_SAAS = (
    "## Questions from the review\n\nProduct wants to sell this as SaaS. 500 customer companies. Tenant id on every "
    "table, and the notification "
    "pub/sub gets sharded by tenant so one busy customer does not slow the rest."
)


@pytest.mark.parametrize("later", [_REGIONS, _SAAS])
def test_growth_to_more_customers_with_a_mechanism_is_a_path(later: str) -> None:
    assert messages(_DOC.format(later=later), "D006") == []


@pytest.mark.parametrize(
    "later",
    [
        "## Deployment\n\nWe deploy the whole stack per region from day one, for latency.",
        "## Questions from the review\n\nProduct wants to sell this as SaaS. 500 customer companies. Nothing changes.",
    ],
)
def test_one_without_the_other_is_no_path(later: str) -> None:
    assert len(messages(_DOC.format(later=later), "D006")) == 1
