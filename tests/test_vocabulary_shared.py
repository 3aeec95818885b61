"""Term lists may share wording: a term "@name" stands for every term of the list called name."""

from __future__ import annotations

import pytest

from designlint.doc.vocabulary import expand_shared, load_vocabulary
from designlint.errors import RuleDefinitionError


def test_a_shared_list_is_spliced_where_it_is_named() -> None:
    lists = {"word": ("uptime", "nines"), "asks": ("always up", "@word"), "deeper": ("@asks", "SLA")}
    assert expand_shared(lists) == {
        "word": ("uptime", "nines"),
        "asks": ("always up", "uptime", "nines"),
        "deeper": ("always up", "uptime", "nines", "SLA"),
    }


@pytest.mark.parametrize(
    ("lists", "said"),
    [
        ({"asks": ("@missing",)}, "asks: '@missing' names no term list"),
        ({"a": ("@b",), "b": ("@a",)}, "a -> b -> a: term lists include each other"),
    ],
)
def test_a_shared_name_must_name_a_list_and_lists_may_not_include_each_other(
    lists: dict[str, tuple[str, ...]], said: str
) -> None:
    with pytest.raises(RuleDefinitionError, match=said.replace("(", r"\(")):
        expand_shared(lists)


def test_the_shipped_availability_wording_is_one_list_shared_by_the_topic_and_r004() -> None:
    vocabulary = load_vocabulary()
    word = vocabulary["availability-word"]
    assert set(word) <= set(vocabulary["nfr-availability"]) and set(word) <= set(vocabulary["availability-named"])
    assert not any(term.startswith("@") for terms in vocabulary.values() for term in terms)
