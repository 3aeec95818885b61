"""H005: a chain of four components or more between its ends is a flow however its first step is told ("sources
(claims sys, mail archive) push or we poll -> raw into object storage -> queue -> extractor workers -> enricher ->
indexer -> opensearch"); a short chain after a sentence, or a chain of figures, is not."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Document search

## Requirements

- staff search claims and policies

## High-level design

{line}
"""


def test_a_long_chain_with_a_told_opening_is_a_flow() -> None:
    line = (
        "sources (policy admin sys, claims sys, mail archive) push or we poll -> raw into object storage -> queue -> "
        "extractor workers (pdf text, ocr) -> enricher (lang detect) -> indexer -> opensearch"
    )
    assert messages(DOC.format(line=line), "H005") == []


@pytest.mark.parametrize(
    "line",
    [
        "we think about it and then we poll -> queue -> indexer",
        "docs per day 20k -> 7.3m a year -> 60 GB of text -> 120 GB with replicas -> 2 nodes -> 4 nodes",
    ],
)
def test_a_short_chain_after_a_sentence_or_a_chain_of_figures_is_no_flow(line: str) -> None:
    assert messages(DOC.format(line=line), "H005")
