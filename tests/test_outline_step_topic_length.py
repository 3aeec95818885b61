"""A plain line naming a step, a dash and its topic heads the paragraph it opens ("Deep dive 1 - picking due jobs
w/o running them twice" over "problem: ..."): the dash between the name and the topic is no word, so a topic of
nine words is still a title. A line with sentence words stays a sentence."""

from __future__ import annotations

from conftest import lint_string

NOTES = """job scheduler - practice notes

Functional
- create a job with a cron spec
- see past runs

High level
api -> jobs table -> scheduler instances -> workers

Deep dive 1 - picking due jobs w/o running them twice
problem: two schedulers see the same due row at the same time and both start it, a double run.
claim in a txn with FOR UPDATE SKIP LOCKED, insert the runs rows, bump next_run_at, commit; an aborted txn leaves nothing half done.
buckets give each scheduler a disjoint slice so SKIP LOCKED is mostly a safety net.

Deep dive 2 - retries + at least once
- a worker takes a lease on the run and heartbeats every 5s; when heartbeats stop the lease expires
- a reaper flips the run back to QUEUED with attempt+1 and another worker picks it up
- a run can execute twice when the worker was alive but partitioned, so jobs must be idempotent
"""


def test_a_step_name_and_a_long_topic_head_their_paragraph() -> None:
    assert lint_string(NOTES, select=("D001",)) == []


def test_a_line_with_sentence_words_stays_text() -> None:
    said = NOTES.replace(
        "Deep dive 1 - picking due jobs w/o running them twice", "Deep dive 1 - this is where we pick due jobs once"
    )
    assert [f.rule_id for f in lint_string(said, select=("D001",))] == ["D001"]
