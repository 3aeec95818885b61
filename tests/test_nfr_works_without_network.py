"""R002: a part said to work without its network ("So pickup check works also without internet", "the door works
even with no network") is a stance on availability, as "keeps working without internet" was. Working without a
person ("works without the admin") is not."""

from __future__ import annotations

import pytest

from conftest import lint_string

DOC = (
    "# Kita pickup\n\n## Requirements\n- staff check who picks up a child\n"
    "- data stays in the EU, access only for staff (security)\n\n## Design\nA web app and tablets.\n\n## Offline\n{}\n"
)


def _covered(line: str) -> str:
    (finding,) = lint_string(DOC.format(line), select=("R002",))
    return finding.message.split("(")[1].split(")")[0]


@pytest.mark.parametrize(
    "line", ["- So pickup check works also without internet.", "- the door works even with no network"]
)
def test_working_without_the_network_is_a_stance_on_availability(line: str) -> None:
    assert _covered(line) == "availability, security"


@pytest.mark.parametrize(
    "line", ["- the check works without the admin", "- the demo works without a backend, data is mocked"]
)
def test_working_without_a_person_or_a_backend_is_none(line: str) -> None:
    assert _covered(line) == "security"
