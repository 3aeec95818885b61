"""H001: a protocol's messages written one to a line as objects whose first key names the operation
('{"op": "subscribe", "symbols": ["AAPL"], "req_id": 17}') define the API as endpoints do. A stored record whose
first key is its "type" names no operation."""

from __future__ import annotations

from conftest import lint_string

HEAD = "# Quotes\n\n## Requirements\n- watch symbols\n- see live prices\n\n## High-level design\nfeed -> bus -> gateways\n\n"


def test_messages_with_their_operation_first_are_an_api() -> None:
    text = HEAD + (
        "Small messages on the socket:\n\n```\n"
        '{"op": "subscribe",   "symbols": ["AAPL", "MSFT"], "req_id": 17}\n'
        '{"op": "unsubscribe", "symbols": ["MSFT"], "req_id": 18}\n'
        "```\n"
    )
    assert lint_string(text, select=("H001",)) == []


def test_a_stored_record_with_its_type_first_is_no_api() -> None:
    text = HEAD + 'Each quote is kept as:\n\n```\n{"type": "quote", "symbol": "AAPL", "px": 190.1}\n```\n'
    assert [f.rule_id for f in lint_string(text, select=("H001",))] == ["H001"]


def test_messages_named_before_their_payload_after_a_direction_are_an_api() -> None:
    text = HEAD + (
        "```\nclient -> server   watch    {symbols, session_token}\n"
        "server -> client   tick     {symbol, px, ts}\n```\n"
    )
    assert lint_string(text, select=("H001",)) == []


def test_a_component_and_what_it_serves_after_an_arrow_is_no_api() -> None:
    text = HEAD + "client → CDN (logos, static)\nclient → API (quotes, watchlists)\n"
    assert [f.rule_id for f in lint_string(text, select=("H001",))] == ["H001"]
