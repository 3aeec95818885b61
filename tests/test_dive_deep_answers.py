"""D001: in a transcript, a question about a part failing or the load growing answered at length (the cases, what
is retried, how the state is put right) opened a problem the answer goes deep into, and spares the doc being told
it has too few dives; answered in a sentence or two, it is failure handling, no dive."""

from __future__ import annotations

from test_dive_count import FEED, _found

_TALK = (
    "# Photo service mock\n\nInterviewer: Design a photo service.\n\nCandidate: Users upload photos and see "
    "a feed. Is that the scope?\n\nInterviewer: Yes. Walk me through the architecture.\n\n"
    "Candidate: Clients call an API that stores photos in object storage and metadata in a database.\n\n"
    f"Interviewer: Let's dig into the feed.\n\nCandidate: {FEED}\n\n"
    "Interviewer: What if the thumbnail worker dies halfway through a batch?\n\nCandidate: {answer}\n"
)
_AT_LENGTH = (
    "That is the tricky part, because there are three cases. The worker may die before it reads the job, after "
    "it writes some thumbnails but before it marks the job done, or after it marks it done but before the feed "
    "hears about it. Each job carries an id and each thumbnail is written under a name derived from that id, so a "
    "second run overwrites rather than duplicates. The queue hands an unacknowledged job to another worker after "
    "two minutes. A sweeper compares finished jobs with the feed's records every hour and replays the missing "
    "notifications, so a photo never stays without its thumbnail for longer than that."
)
_SHORT = "Another worker picks the job up after two minutes, since jobs are only acknowledged once done."


def test_a_failure_asked_and_answered_at_length_is_a_dive() -> None:
    assert _found(_TALK.replace("{answer}", _AT_LENGTH)) == "enough"


def test_a_failure_asked_and_answered_in_a_sentence_is_no_dive() -> None:
    assert _found(_TALK.replace("{answer}", _SHORT)) == "1"
