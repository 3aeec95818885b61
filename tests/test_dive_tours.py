"""D001: a section that goes through many parts a line each is no dive into one of them. A catalogue of failure
cases ("fetcher dies → lease expires → another fetcher takes the source", one part a line) is the doc's failure
modes, and a "Scale path" of stages is its growth; a section that reasons about one reliability problem in prose is
still a dive."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = """# News aggregator

## Requirements
- fetch articles from publishers
- cluster duplicates
- serve a personal feed

## High-level design
fetchers -> kafka -> parser -> cassandra -> feed service

## Deep dive: dedupe and clustering
Two articles on one story rarely share a URL, so we normalise URLs first and then compare simhash fingerprints in
bands; a match within 48 hours joins the article to the cluster, otherwise it opens a new one. Bands trade recall
for speed: more bands find more near copies but cost more lookups per article.

## {title}
{body}
"""

CATALOGUE = (
    "- fetcher dies → per-source lease expires → another fetcher takes the source\n"
    "- parser crash → kafka offset not committed → message reprocessed, upsert keeps it idempotent\n"
    "- publisher 5xx / slow → exp backoff per source, skip the source after 5 fails\n"
)
STAGES = (
    "- v1: 1 region, one Redis cluster, one Cassandra ring\n"
    "- 100M+ DAU → more feed-cache shards by user id; add regions with local caches\n"
    "- breaking news = hot cluster → clustering workers partitioned by topic\n"
)
REASONED_GROWTH = (
    "Past one region we would move the feed caches next to the readers and keep crawling central, since crawl\n"
    "volume does not grow with readers; clustering workers would split by topic so one breaking story stays on one.\n"
)
REASONED = (
    "A parser that crashes halfway must not lose an article or store it twice. We commit the Kafka offset only after\n"
    "the upsert, so a crash replays the message, and the upsert is keyed by article id, so the replay changes\n"
    "nothing. The cost is that a poison message replays forever, so after three tries it goes to a dead-letter topic.\n"
)


@pytest.mark.parametrize(
    ("title", "body"), [("Failures", CATALOGUE), ("Scale path", STAGES), ("Growing later", REASONED_GROWTH)]
)
def test_a_catalogue_of_cases_or_a_path_of_stages_is_no_dive(title: str, body: str) -> None:
    assert [f.rule_id for f in lint_string(DOC.format(title=title, body=body), select=("D001",))] == ["D001"]


def test_a_section_reasoning_about_one_failure_is_a_dive() -> None:
    assert lint_string(DOC.format(title="Reliability", body=REASONED), select=("D001",)) == []
