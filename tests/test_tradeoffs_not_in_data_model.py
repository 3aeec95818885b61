"""D004: the records of a data model, each a label with its fields ("friendship: user_id, friend_id, source (req
accepted / imported)"), are no ways weighed and picked; ways judged line by line elsewhere still are."""

from __future__ import annotations

from conftest import messages

HEAD = """friend suggestions - practice

Functional
- show people you may know, dismiss a suggestion

##Data model
friendship: user_id, friend_id, created_at, source (req accepted / imported)
  -> store both (a,b) and (b,a), partition key user_id so all friends of X is one read
suggestion: user_id, cand_id, score, reason (mutuals / school / work), computed_at
dismissal: user_id, cand_id, dismissed_at

##High level
batch job ranks candidates nightly -> KV store per user -> suggestion API reads one key

"""

WEIGHED = """##Candidate generation
nightly batch: cheap per user, but stale for a day
streaming: fresh within minutes, but costly to run all day
=> nightly batch, a day of staleness is fine for suggestions
"""


def test_records_of_a_data_model_weigh_nothing() -> None:
    assert messages(HEAD, "D004")


def test_ways_judged_line_by_line_still_weigh() -> None:
    assert messages(HEAD + WEIGHED, "D004") == []
