"""H003: a code block that declares a service's calls ("service Scoring { rpc Score(ScoreRequest) returns
(ScoreResponse); }") holds the calls' messages, not stored records, wherever it sits; a block of messages with
no service in it is still read for fields."""

from __future__ import annotations

from conftest import messages

DOC = """# Serving a fraud model

**Where it sits**

Checkout calls us with the transaction before it asks the card processor, and gets back a score.

```proto
{service}message ScoreRequest {{
  string transaction_id = 1;
  int64 amount_minor = 2;
  string merchant_id = 3;
}}

message ScoreResponse {{
  float score = 1;
  bool degraded = 2;
}}
```

**Features are the latency problem**

Features come from a store keyed by card and merchant, read in parallel with a 10 ms budget each.
"""

SERVICE = """service FraudScoring {
  rpc Score(ScoreRequest) returns (ScoreResponse);
}

"""


def test_messages_of_a_declared_service_are_no_data_model() -> None:
    assert messages(DOC.format(service=SERVICE), "H003")


def test_messages_alone_are_still_read_for_fields() -> None:
    assert messages(DOC.format(service=""), "H003") == []
