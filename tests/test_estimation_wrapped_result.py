"""E001: a result worked out in the estimate across a wrapped list item ("300-500 parents look at once, each reloads
every few minutes." over "So maybe 5 requests per second at the peak") is an estimate. A section titled "Size" alone
is not taken for the estimate (it may be a subsection on image sizes or a project's size), nor is "Team size"."""

from __future__ import annotations

import pytest

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


def test_a_wrapped_result_in_the_estimate_is_derived() -> None:
    assert messages(_DOC.format(title="Numbers"), "E001") == []


@pytest.mark.parametrize("title", ["Size", "Team size"])
def test_size_names_no_estimate(title: str) -> None:
    assert len(messages(_DOC.format(title=title), "E001")) == 1
