"""H005: arrows that join no parts draw no architecture. A line labelled as the design's growth ("Growth: one
instance → partition by city → multi-region") is a path in time; an API's calls and their answers ("`send {...}` →
server replies `ack`") and a schema's keys are in their own parts; what follows a part failing ("Push provider
(APNs/FCM) down → jobs stay queued → retried") is cause and effect, its part noted in brackets or not. A flow of
components still draws the design."""

from __future__ import annotations

import pytest

from conftest import lint_string

HEAD = "# Chat\n\n## Requirements\n- send a message\n- see history\n- receipts\n\n"


def _drawn(text: str) -> bool:
    return not lint_string(HEAD + text, select=("H005",))


@pytest.mark.parametrize(
    "text",
    [
        "## High-level design\n\nOne gateway tier and a store.\n\n## Summary\n"
        "- Growth: one instance → partition by city → split hot cities into sub-regions → multi-region.\n",
        "## High-level design\n\nGateways hold the sockets; a chat service stores and fans out.\n\n## API\n"
        "- WS frames (client → server):\n"
        "  - `send {conv_id, body}` → server replies `ack {msg_id}`\n"
        "  - `read {conv_id, up_to}` → receipt sent to members\n"
        "  - `sync {after}` → missed messages\n",
        "## High-level design\n\nGateways hold the sockets; a chat service stores and fans out.\n\n## Failures\n"
        "- Send with no ack (timeout) → client retries same client_msg_id → dedupe\n"
        "- Push notif provider (APNs/FCM) down → notif jobs stay in queue → retried w/ backoff\n"
        "- Gateway box (one of 200) dies → conns drop → clients reconnect elsewhere\n",
    ],
)
def test_arrows_that_join_no_parts_draw_nothing(text: str) -> None:
    assert not _drawn(text)


@pytest.mark.parametrize(
    "text",
    [
        "## High-level design\n\nclient → api gateway → chat service → cassandra\n",
        "## High-level design\n\n- Flow: client → gateway → chat svc → store\n",
    ],
)
def test_a_flow_of_components_still_draws_the_design(text: str) -> None:
    assert _drawn(text)
