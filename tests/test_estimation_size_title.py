"""E001: a club's or a team's paper calls its estimate "Size" ("## 4. Size"); a result worked out there in words
("300-500 parents look at once, each reloads every few minutes. So maybe 5 requests per second at the peak") is an
estimate. The word inside a longer title ("Team size") names no estimate."""

from __future__ import annotations

from conftest import messages

_DOC = """# Swim meet entries

## 1. Goals

- clubs enter swimmers for a meet; parents follow the results live

## 2. {title}

- about 25 clubs and 400 swimmers per meet
- public page: 300-500 parents look at once, each reloads every few minutes.
  So maybe 5 requests per second at the peak, not more.

## 3. Concept

- one web app and one Postgres database on a small server
"""


def test_a_size_section_holds_the_estimate() -> None:
    assert messages(_DOC.format(title="Size"), "E001") == []


def test_size_inside_a_longer_title_names_no_estimate() -> None:
    assert len(messages(_DOC.format(title="Team size"), "E001")) == 1
