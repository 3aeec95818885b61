"""R001/S001: in an essay with no requirements step, a sentence that explains something before a colon ("The
cause was boring: CI jobs that never cache, plus mirrors ..., plus ...") lists no features, nor does a sentence
whose words ending in "s" are no actions ("was", "plus"). A label over a list ("The features are: ...") and a
user's actions in a row ("A reader saves a search, gets an alert, and opens the match") ask for them: the label
sets them out as a list, the story tells them (R001 says so)."""

from __future__ import annotations

from conftest import messages

ESSAY = """# Counting parcel scans is harder than it looks

Last spring I helped a small courier rebuild how they count scans per depot. The old counter lived on the app
server and missed most scans once the handhelds started batching uploads overnight.

{opening}

**Where scans really come from**

The handhelds upload a file per shift to object storage, so a nightly batch reads those files instead of the
app server counting each request. Streaming would give fresher numbers, but the files arrive late and out of
order, so a nightly batch it is: it rewrites the day's partition and can be rerun when a file is late.

**What the dashboard shows**

One number per depot per day, with the date it was computed, read from a small table the batch fills.
"""

EXPLAINED = "The cause was boring: handhelds that retry every upload, plus scanners that send a test scan each hour, plus a few depots that scan twice."
LABELLED = "The features are: count scans per depot, show a daily trend, flag depots with missing shifts."
ACTED = "A manager opens the dashboard, compares yesterday with last week, and exports the month."


def _none_listed(opening: str) -> bool:
    found = messages(ESSAY.format(opening=opening), "R001", "S001")
    return any("no functional requirements" in m or "no requirements" in m for m in found)


def test_an_explanation_before_a_colon_lists_no_features() -> None:
    assert _none_listed(EXPLAINED)


def test_a_label_over_features_lists_them_and_a_users_actions_tell_them() -> None:
    assert not _none_listed(LABELLED)
    told = messages(ESSAY.format(opening=ACTED), "R001", "S001")
    assert any("tells what the product does" in m for m in told)
    assert not any("no requirements" in m for m in told)
