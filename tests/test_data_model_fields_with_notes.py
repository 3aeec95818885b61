"""H003: a list under a line that says what is kept per one of a kind, each item a field with its notes ("Per photo
we keep in the database (table `photo`, new columns):" over "photo id (exists already)", "width / height of the
original", "status: pending / ready / failed"), and a turn that answers what a record holds ("Per key: the key
bytes, value bytes, the version (vector clock), a tombstone flag, and a TTL") are data models. Things kept in mind,
products per region and a section titled with "fields" of an API are none."""

from __future__ import annotations

import pytest

from conftest import messages

DOC = """# Photo archive

## Requirements

- photographers upload originals; the portal shows three derived sizes

## High-level design

Uploads go to a private bucket; a worker makes the derived sizes and the CDN serves them.

{model}
"""

KEPT = """Per photo we keep in the database (table `photo`, new columns):

- photo id (exists already)
- storage key of the original, e.g. `orig/2024/05/83121.tif`
- `asset_version` (integer, starts at 1)
- width / height of the original
- status of the derived sizes: pending / ready / failed"""


@pytest.mark.parametrize(
    "model",
    [
        KEPT,
        "Interviewer: So what does a stored record look like?\n\nCandidate: Per key: the key bytes, value bytes, the "
        "version (vector clock or timestamp), a tombstone flag, and a TTL for the session stuff.",
    ],
)
def test_fields_with_their_notes_are_a_data_model(model: str) -> None:
    assert messages(DOC.format(model=model), "H003") == []


@pytest.mark.parametrize(
    "model",
    [
        "Per photo we keep in mind:\n\n- people crop photos\n- a photographer uploads many at once\n"
        "- the CDN caches everything",
        "Per region: Kafka, SQS, Redis, Postgres, S3.",
        "### Does the change remove any fields of API types?\n\n- no\n- the upload call keeps its fields\n"
        "- nothing is deprecated\n- no flags change",
    ],
)
def test_things_in_mind_products_and_an_api_question_are_no_data_model(model: str) -> None:
    assert messages(DOC.format(model=model), "H003")
