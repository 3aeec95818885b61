"""H003: a key-value store's key and value, each given after a sign ("AC: kv, key = action digest, val = ActionResult
proto", "sessions in redis, key: session token, value: user id and expiry"), lay out what is stored. A store named
with no key and value ("a kv store, fast, cheap"), or a key alone, lays out nothing."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Build cache\n\n## Requirements\n- reuse build results across machines\n\n"
    "## Design\n\nA cache service in front of an object store.\n\n## Storage\n\n{}\n"
)


def _h003(item: str) -> bool:
    return bool(lint_string(DOC.format(item), select=("H003",)))


@pytest.mark.parametrize(
    "item",
    [
        "- AC: kv, key = action digest, val = ActionResult proto (~1-5 KB)",
        "- sessions in redis, key: session token, value: user id and expiry",
    ],
)
def test_a_kv_stores_key_and_value_lay_out_what_is_stored(item: str) -> None:
    assert not _h003(item)


@pytest.mark.parametrize("item", ["- a kv store, fast, cheap", "- redis, key = session token, rest later"])
def test_a_store_or_a_key_alone_lays_out_nothing(item: str) -> None:
    assert _h003(item)
