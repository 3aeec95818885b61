"""D001: a closing list of small points about many parts ("Small things at the end", "Loose ends") and a list of
picks, one line per part ("Picks": "Timescale vs InfluxDB -> Timescale", "MQTT vs HTTPS -> MQTT"), are no dive;
a section so titled that reasons in prose about one thing still is."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Soil sensor dashboard

## Requirements

- farmers see moisture per field, updated every 15 minutes
- an alert when a field dries past its threshold

## High-level design

Gateways post batches to an ingest service, which writes to a time-series table; the dashboard reads hourly
aggregates.

## Deep dive: downsampling

Raw readings stay 30 days, hourly aggregates two years; a job rolls up each closed hour, and a late batch marks its
hour dirty so the job redoes it. Continuous aggregates would do the same with less code, but they refresh on a
fixed window and our gateways can be a day late, so the job wins; the cost is one more thing to run.

## {title}

{body}
"""

POINTS = """- gateway offline → it buffers up to a day of readings on its SD card and sends them late in one batch, which the
  rollup job handles because a late batch marks its hour dirty and the next run redoes that hour from raw rows.
- Postgres primary down → the synchronous replica in the other zone is promoted automatically, about a minute of
  failed writes that the gateways retry with backoff, so no reading is lost as long as the buffer lasts.
- alert email bounces or the provider is down → after three tries we give up on email, and the farmer still sees
  the alert in the app the next time it opens, which is where most of them look first in the morning anyway."""

PICKS = """- Timescale vs InfluxDB: Timescale → plain SQL, joins with the fields and probes tables, one database to run.
  Influx → better compression, but a second system and its own query language. → Timescale
- MQTT vs HTTPS from the gateway: MQTT → a persistent connection, QoS 1 acks, low overhead on metered 4G. HTTPS →
  simpler load balancing, more bytes per batch. → MQTT"""


@pytest.mark.parametrize(("title", "body"), [("Small things at the end", POINTS), ("Loose ends", POINTS), ("Picks", PICKS)])
def test_a_closing_list_of_points_is_no_second_dive(title: str, body: str) -> None:
    found = messages(DOC.format(title=title, body=body), "D001")
    assert found and "found: 1" in found[0]


def test_a_second_dive_in_prose_still_counts() -> None:
    body = """Alerts fire when a field's moisture stays under its threshold for two readings in a row, not one, since a
single low reading is often a sensor settling after rain. We tried a moving average first, but it delayed real
alerts by an hour; two readings in a row cost fifteen minutes at most and cut false alerts by most of the way."""
    assert messages(DOC.format(title="Alerts without crying wolf", body=body), "D001") == []
