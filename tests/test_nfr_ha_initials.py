"""R002: "HA" in capitals is high availability, a stance on it wherever notes say it ("two schedulers for HA", "HA
pair"). HAProxy is a product and "ha" in lower case a laugh: neither is."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Job scheduler\n\n## Scope\n- DAGs of tasks, cron or manual trigger\n- retries and timeouts\n\n"
    "## Design\n- scheduler loop creates due runs and queues ready tasks\n"
    "- at-least-once execution, tasks must be idempotent\n- run metadata kept 90 days in Postgres\n\n"
    "## Schedulers\n- two schedulers {}, both active, row locks decide who queues a task\n"
)


def _findings(words: str) -> list[str]:
    return [f.message for f in lint_string(DOC.format(words), select=("R002",))]


@pytest.mark.parametrize("words", ["for HA", "(HA)", "as an HA pair"])
def test_ha_in_capitals_is_a_stance_on_availability(words: str) -> None:
    assert _findings(words) == []


@pytest.mark.parametrize("words", ["behind HAProxy", "behind a HA-Proxy", "ha ha"])
def test_a_product_or_a_laugh_is_no_stance(words: str) -> None:
    (message,) = _findings(words)
    assert "availability" in message.split("say what you need for:")[1]
