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


_WEIGHED = (
    "About ten times the photos and far more writes. Options: split the photo store by owner range, so each shard "
    "holds whole albums but a big account can outgrow its shard; or keep one store and move originals older than a "
    "year to cold storage, which keeps the hot set small and cheap but makes old albums slow to open for the people "
    "who still browse them now and then."
)
_ONE_WAY = (
    "About ten times the photos and far more writes. We would split the photo store by owner range, so each shard "
    "holds whole albums, and add shards as the number of owners grows, moving ranges between them at night."
)


def test_a_growth_question_answered_by_weighing_ways_is_a_dive() -> None:
    talk = _TALK.replace("What if the thumbnail worker dies halfway through a batch?", "What if we grow to 500M users?")
    assert _found(talk.replace("{answer}", _WEIGHED)) == "enough"
    assert _found(talk.replace("{answer}", _ONE_WAY)) == "1"


def test_an_answer_sharing_the_questions_paragraph_is_read_as_the_answer() -> None:
    joined = _TALK.replace("batch?\n\nCandidate: {answer}", "batch?\nCandidate: {answer}")
    assert _found(joined.replace("{answer}", _AT_LENGTH)) == "enough"
    assert _found(joined.replace("{answer}", _SHORT)) == "1"
