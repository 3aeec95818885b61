"""R006: a part the interviewer or the writer keeps "out of it", said with "let's" or "for now" ("let's keep dispatch
out of it for now"), is set aside, as one left "out of it" already was. State kept out of a part ("keep session state
out of it") is how the part is built, data kept away from it ("keep the API key out of it") is security, and a part
kept out of a path ("keep it out of the hot path") is design: none leaves anything out."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Pizza orders\n\n## Requirements\n- customers order pizza online\n- the store sees new orders\n\n"
    "## Design\n\nAn order service over Postgres; the store tablet polls for new orders.\n\n"
    "## Notes\n\n{}\n"
)


def _r006(text: str) -> bool:
    return bool(lint_string(DOC.format(text), select=("R006",)))


@pytest.mark.parametrize(
    "text",
    [
        "Interviewer: Own drivers, but let's keep dispatch out of it for now. The store assigns drivers by hand.",
        "- we keep loyalty points out of this for now",
        "Interviewer: Fine, let's keep refunds and vouchers out of it.",
    ],
)
def test_a_part_kept_out_of_it_is_set_aside(text: str) -> None:
    assert not _r006(text)


@pytest.mark.parametrize(
    "text",
    [
        "- keep the secrets out of it, they live in the vault",
        "- keep personal data out of it",
        "- the oven timer: keep it out of the hot path",
        "The tablet is stateless; keep session state out of it.",
        "- let's keep the API key out of it",
        "- keep customer PII out of it for now",
    ],
)
def test_data_or_a_path_kept_apart_leaves_nothing_out(text: str) -> None:
    assert _r006(text)
