"""D001: a section the requirements' words claim after the dives began ("features + freshness" after "ranking
stages" in a search-ranking sheet, its features those of a model) is the design's, judged as any candidate dive,
as the same section under a title of its own is."""

from __future__ import annotations

from conftest import lint_string

SHEET = """# listing search ranking: cheatsheet

## reqs
- query + filters -> ranked listings, paginated
- new listing searchable < 1 min

## api
- `GET /v1/search?q=&cat=&page=` -> listings

## shape
query svc -> candidate retrieval (ES) -> ranker -> response; clicks -> kafka -> feature jobs

## ranking stages
- three stages, each cheaper than the next is precise: ES BM25 with filters keeps the top 1,000, a linear model
  on 20 features keeps 200, and a GBDT orders the rest
- a GBDT over a DNN, because it trains in minutes on one box and explains itself to the sellers' team; the DNN
  won nothing offline
- a diversity pass runs last and keeps at most 3 listings per seller in the top 20, or one big seller fills the page

## {title}
- batch features (seller rating, 30d CTR) nightly; stream features (1h CTR, price change) from the click topic
- a price change reaches the ranker within a minute through CDC, else a sold listing keeps ranking on old data
- position bias: clicks weighted by inverse propensity, estimated from a small randomised slice of traffic

## failure
- ES node down -> replicas serve the query
- ranker over its 60 ms budget -> BM25 order goes out as is
"""


def _d001(title: str) -> list[str]:
    return [f.message for f in lint_string(SHEET.format(title=title), select=("D001",))]


def test_a_late_section_with_a_requirements_word_is_a_dive() -> None:
    assert _d001("features + freshness") == []


def test_the_same_section_under_a_title_of_its_own_is_a_dive_too() -> None:
    assert _d001("signals and freshness") == []




def test_a_heading_that_only_names_the_features_heads_the_requirements() -> None:
    found = _d001("must-haves")
    assert found and "found: 1" in found[0]
