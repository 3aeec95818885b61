"""D001 counts the sections that reason about one component or problem, wherever they sit and whatever they
are called; a request flow, a stub heading or a list of one-line mentions is not a dive."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline

from conftest import lint_string

HEAD = """# Design a photo service

## Requirements

- Users upload photos and see a feed.

## High-level design

Clients call an API that stores photos in object storage and metadata in a database.
"""

# Two paragraphs of reasoning about one problem, each long enough to be a dive.
FEED = (
    "Writing each new photo id into every follower's feed makes reads one lookup, but an account with "
    "millions of followers turns one upload into millions of writes. Building the feed at read time avoids "
    "that and costs a merge per read. We push for most accounts and pull for the largest ones."
)
STORAGE = (
    "Photo bytes go to object storage and never touch the database; metadata rows stay small. We keep "
    "three copies across zones, because losing an original is the one failure users never forgive, "
    "and thumbnails are rebuilt from the original on demand."
)


def _d001(text: str) -> list[Any]:
    return lint_string(text, select=("D001",))


def test_two_reasoning_dives_under_any_names_are_enough() -> None:
    text = HEAD + f"\n## Key decision: feed assembly\n\n{FEED}\n\n## Bottlenecks\n\n{STORAGE}\n"
    assert _d001(text) == []


def test_a_flow_a_stub_and_a_list_of_one_line_mentions_are_not_dives() -> None:
    mentions = "- Storage: bytes in object storage.\n- Caching: hot feeds in memory.\n- Sharding: by user id.\n"
    flow = "The client asks for an upload URL, puts the bytes, then confirms. " * 3
    text = HEAD + (
        f"\n## Deep dives\n\n### Feed assembly\n\n{FEED}\n\n### Upload flow\n\n{flow}\n\n### Search\n\n"
        f"### Other parts\n\n{mentions}"
    )
    findings = _d001(text)
    assert [(f.rule_id, "found: 1" in f.message) for f in findings] == [("D001", True)]
    assert _d001(text.replace("### Search\n\n", f"### Search\n\n{STORAGE}\n\n")) == []


def test_bold_lead_ins_in_one_dive_section_are_dives_of_their_own() -> None:
    text = HEAD + f"\n## Deep dive\n\n**Feed assembly**: {FEED}\n\n**Photo storage**: {STORAGE}\n"
    assert _d001(text) == []
    assert len(_d001(HEAD + f"\n## Deep dive\n\n**Feed assembly**: {FEED}\n")) == 1
    listed = HEAD + f"\n## Deep dive\n\n- **Feed assembly**: {FEED}\n- **Photo storage**: {STORAGE}\n"
    assert _d001(listed) == []


def test_component_sections_after_the_architecture_are_the_dives_when_none_is_named() -> None:
    both = HEAD + f"\n## Feed service\n\n{FEED}\n\n## Photo store\n\n{STORAGE}\n"
    assert _d001(both) == []
    thin = HEAD + f"\n## Feed service\n\n{FEED}\n\n## Photo store\n\n- object storage\n"
    assert [f.line for f in _d001(thin)] == [thin.split("\n").index("## Feed service") + 1]


def test_plain_topic_lead_ins_are_dives_but_facets_of_one_dive_are_not() -> None:
    text = HEAD + f"\n## Deep dive\n\nFeed assembly: {FEED}\n\nPhoto storage: {STORAGE}\n"
    assert _d001(text) == []
    # "Options:" and "Decision:" are parts of one dive, however long each paragraph is.
    facets = HEAD + f"\n## Deep dive\n\nOptions: {FEED}\n\nDecision: {STORAGE}\n"
    assert [f.rule_id for f in _d001(facets)] == ["D001"]


def test_numbered_items_with_a_title_line_of_their_own_are_dives() -> None:
    text = HEAD + f"\n## Deep dive\n\n1. Feed assembly\n{FEED}\n\n2. Photo storage\n{STORAGE}\n"
    assert _d001(text) == []
    # A numbered list of sentences (each item's first line ends its thought) is not a row of dives.
    steps = HEAD + f"\n## Deep dive\n\n1. We push to followers.\n{FEED}\n2. We store photos.\n{STORAGE}\n"
    assert [f.rule_id for f in _d001(steps)] == ["D001"]


def test_topic_lines_run_together_in_one_paragraph_are_dives_of_their_own() -> None:
    # Notes often start each dive on a new line with "topic:", no blank line between.
    text = HEAD + f"\n## Deep dive\n\nfeed assembly: {FEED}\nphoto storage: {STORAGE}\n"
    assert _d001(text) == []
    assert [f.rule_id for f in _d001(HEAD + f"\n## Deep dive\n\nfeed assembly: {FEED} {STORAGE}\n")] == ["D001"]


def test_a_topic_that_only_contains_a_facet_word_is_still_a_topic() -> None:
    # "Failure modes:" is part of one dive; "Cache failure:" is a dive about the cache failing.
    text = HEAD + f"\n## Deep dive\n\nFeed assembly: {FEED}\n\nCache failure: {STORAGE}\n"
    assert _d001(text) == []


def test_subsections_of_the_architecture_naming_no_part_are_implied_dives() -> None:
    from conftest import lint_string

    dive = "A long paragraph that reasons about this one component, its load, its failure and its growth. " * 2
    text = (
        "# Recs\n\n## Requirements\n- recommend products\n\n## How it works\n\nTwo stages.\n\n"
        f"### Candidate generation\n\n{dive}\n\n### Ranking\n\n{dive}\n"
    )
    assert lint_string(text, select=("S001",)) == []
    assert [f.variant for f in lint_string(text.replace("### Ranking", "### API"), select=("S001",))] == ["deep-dive"]


def test_plain_line_sections_beside_one_called_a_deep_dive_count_too() -> None:
    from conftest import lint_string

    reasons = "one leader and two followers per partition; a write waits for both followers before the ack. " * 2
    text = (
        "queue notes\n\nreqs\n- publish\n- consume\n\nnumbers\n1M msgs/s x 1 KB = 1 GB/s\n\n"
        "api:\nproduce(topic, key, value) -> offset\n\n"
        f"storage on broker\n{reasons}\n\nreplication (deep dive)\n{reasons}\n"
    )
    assert lint_string(text, select=("D001",)) == []
    single = text.split("storage on broker")[0] + f"replication (deep dive)\n{reasons}\n"
    assert [f.rule_id for f in lint_string(single, select=("D001",))] == ["D001"]


def test_bold_headed_sections_beside_one_called_a_deep_dive_count_too() -> None:
    # notes headed by bold lines, as a document exported from an editor is
    reasons = "Polling every 30 s is simple and works through every proxy, but a change lands late. " * 2
    text = (
        "Flags service\n\n**Requirements**\n\n- toggle a flag\n- roll out to a share of users\n\n"
        "**API**\n\nPATCH /flags/{key} {on, rollout}\n\n**Deep dive: delivery**\n\n" + reasons + "\n\n"
        "**Discussion: consistent rollouts**\n\n" + reasons.replace("Polling", "Hashing") + "\n"
    )
    assert lint_string(text, select=("D001",)) == []
    single = text.split("**Discussion")[0]
    assert [f.rule_id for f in lint_string(single, select=("D001",))] == ["D001"]


def test_a_section_on_the_whole_systems_growth_is_no_dive_and_one_on_its_failures_is() -> None:
    """How the whole system grows is its scaling path (D006), not a dive; what happens when its parts fail
    examines one problem with reasoning, and counts as annotators count it."""
    from conftest import lint_string

    reasons = "The owner keeps every room in memory and writes each change through to Redis before it acks. " * 2
    head = "# Rooms\n\n## Requirements\n- join a room\n\n## High-level design\n\nclients -> edge -> owner\n\n"
    text = head + f"## Room ownership\n\n{reasons}\n\n## Growing it\n\n{reasons}\n"
    assert [f.message.split(";")[0] for f in lint_string(text, select=("D001",))] == ["deep dives found: 1"]
    up = text.replace("## Growing it", "## Scaling it up")
    assert [f.message.split(";")[0] for f in lint_string(up, select=("D001",))] == ["deep dives found: 1"]
    for failing in ("## When things break", "## Step 7: What can go wrong", "## 8. Plan for things breaking"):
        assert lint_string(text + f"\n{failing}\n\n{reasons}\n", select=("D001",)) == [], failing


def test_with_no_section_for_the_design_the_sections_after_the_requirements_are_implied_dives() -> None:
    from conftest import lint_string

    reasons = "Each gateway counts requests in Redis with one atomic script, so two gateways never both admit. " * 2
    text = (
        "rate limiter notes\n\nThe service must answer within 5 ms and stay up when Redis is slow.\n"
        "Users should be able to set limits per key.\n\n"
        f"## Algorithm\n\n{reasons}\n\n## What if Redis is down\n\n{reasons}\n"
    )
    variants = [f.variant for f in lint_string(text, select=("S001",))]
    assert variants == ["high-level"]  # the design has no section of its own; its dives are there
    one = text.split("## What if Redis is down")[0]
    assert [f.variant for f in lint_string(one, select=("S001",))] == ["high-level", "deep-dive"]


def _found(text: str) -> str:
    """D001's count, or "enough" when it is silent."""
    findings = _d001(text)
    return findings[0].message.split(";")[0].rsplit(" ", 1)[-1] if findings else "enough"


def test_a_request_flow_told_as_numbered_steps_is_no_dive() -> None:
    flow = (
        "1. The app asks the photo service for an upload URL.\n2. The app puts the bytes to object storage.\n"
        "3. Storage calls back the photo service, which writes the metadata row.\n4. The feed worker fans out the id."
    )
    text = HEAD + f"\n## Deep dives\n\n### Upload path\n\n{flow}\n\n### Feed assembly\n\n{FEED}\n"
    assert _found(text) == "1"
    assert _found(text.replace(flow, STORAGE)) == "enough"


def test_a_roundup_of_alternatives_is_no_dive_and_failure_behaviour_is() -> None:
    text = HEAD + f"\n## Feed assembly\n\n{FEED}\n\n## Alternatives considered\n\n{STORAGE}\n"
    assert _found(text) == "1"
    assert _found(text + f"\n## Failure behaviour\n\n{STORAGE}\n") == "enough"


@pytest.mark.parametrize("title", ["other gotchas", "Misc notes", "Miscellaneous"])
def test_a_roundup_of_small_points_is_no_dive(title: str) -> None:
    text = HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{FEED}\n\n### {title}\n\n{STORAGE}\n"
    assert _found(text) == "1"
    assert _found(text.replace(f"### {title}", "### Photo storage")) == "enough"


def test_options_laid_out_as_lead_ins_and_decided_are_one_dive() -> None:
    options = (
        "- push on write: every follower's feed gets the photo id at upload time\n"
        "  + a feed read is one lookup, cheap and fast for everyone who opens the app\n"
        "  - a celebrity upload becomes millions of writes in one burst\n"
        "- pull on read: the feed is merged from the followed accounts when it is opened\n"
        "  + nothing to write at upload time, whoever uploads\n"
        "  - a merge per read, and a slow first page for people who follow thousands\n"
    )
    decided = options + "- going with push, and pull for the few accounts with a million followers\n"
    assert _found(HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{decided}") == "1"
    # a pick made tentatively decides as well
    leaning = options + "- leaning towards push, pull only for the few accounts with a million followers\n"
    assert _found(HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{leaning}") == "1"
    # the same lead-ins with nothing deciding between them read as two topics, each a dive
    assert _found(HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{options}") == "enough"


def test_numbered_options_decided_by_their_number_are_one_dive() -> None:
    options = (
        "Options:\n\n1. **Push on write.** Every follower's feed gets the photo id at upload time, so a feed read "
        "is one cheap lookup, but a celebrity upload becomes millions of writes in one burst.\n"
        "2. **Pull on read.** The feed is merged from the followed accounts when it is opened, so nothing is "
        "written at upload time, but every read pays for a merge and a slow first page.\n"
    )
    decided = options + "\nWent with 1, and pull for the few accounts with a million followers.\n"
    assert _found(HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{decided}") == "1"
    assert _found(HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{options}") == "enough"


def test_headings_numbered_in_turn_are_siblings_whatever_their_hashes() -> None:
    # quick notes get the hashes wrong more often than the numbers: "### 5." after "## 4." is its sibling
    notes = HEAD + (
        "\n## 4. How feeds are built\n\nPush on write for most accounts; pull for the largest.\n"
        "\n### 5. When things break\n\nA failed fan-out job is retried from the queue.\n"
        "\n###### 6. Growth\n\nShard feeds by user id.\n"
    )
    levels = {s.title: s.level for s in parse(notes).sections()}
    assert levels["4. How feeds are built"] == levels["5. When things break"] == levels["6. Growth"] == 2
    # a sub-number, or a number restarting under a section, keeps its hashes
    nested = notes.replace("### 5. When", "### 4.1 When").replace("###### 6. Growth", "### 1. Growth")
    levels = {s.title: s.level for s in parse(nested).sections()}
    assert levels["4.1 When things break"] == levels["1. Growth"] == 3


def test_an_interviewers_question_about_a_failure_asks_for_failure_handling_not_a_dive() -> None:
    talk = (
        "# Photo service mock\n\nInterviewer: Design a photo service.\n\nCandidate: Users upload photos and see "
        "a feed. Is that the scope?\n\nInterviewer: Yes. Walk me through the architecture.\n\n"
        "Candidate: Clients call an API that stores photos in object storage and metadata in a database.\n\n"
        f"Interviewer: Let's dig into the feed.\n\nCandidate: {FEED}\n\n"
        f"Interviewer: What if the metadata database goes down?\n\nCandidate: {STORAGE}\n"
    )
    assert _found(talk) == "1"
    assert _found(talk.replace("What if the metadata database goes down?", "Let's talk about storage.")) == "enough"


def test_an_interviewers_question_about_growth_asks_for_a_scaling_path_not_a_dive() -> None:
    talk = (
        "# Photo service mock\n\nInterviewer: Design a photo service.\n\nCandidate: Users upload photos and see "
        "a feed. Is that the scope?\n\nInterviewer: Yes. Walk me through the architecture.\n\n"
        "Candidate: Clients call an API that stores photos in object storage and metadata in a database.\n\n"
        f"Interviewer: Let's dig into the feed.\n\nCandidate: {FEED}\n\n"
        f"Interviewer: What if you go from 5 to 50 million users?\n\nCandidate: {STORAGE}\n"
    )
    assert _found(talk) == "1"
    for asked in ("And at 10x the uploads?", "How would the storage scale?"):
        assert _found(talk.replace("What if you go from 5 to 50 million users?", asked)) == "1", asked
    assert _found(talk.replace("What if you go from 5 to 50 million users?", "Let's talk about storage.")) == "enough"


def test_bold_lines_over_their_own_paragraphs_split_a_dive_section() -> None:
    text = HEAD + f"\n## Deep dives\n\n**5.1 Feed assembly**\n\n{FEED}\n\n**5.2 Photo storage**\n\n{STORAGE}\n"
    assert _found(text) == "enough"
    facets = text.replace("**5.1 Feed assembly**", "**Options**").replace("**5.2 Photo storage**", "**Decision**")
    assert _found(facets) == "1"  # the facets of one dive


def test_each_problem_with_its_fix_in_a_list_of_problems_is_a_dive() -> None:
    problems = (
        "- The feed cache node restarts during the evening peak and every reader misses at once. Fix: warm the "
        "new node from a snapshot of the hottest keys before it takes traffic, and cap misses per second.\n"
        "- A celebrity upload fans out to millions of followers in one burst and the queue backs up for minutes. "
        "Fix: skip the fan-out above a million followers and merge their posts into feeds at read time.\n"
    )
    text = HEAD + f"\n## Deep dives\n\n### Problems and fixes\n\n{problems}"
    assert _found(text) == "enough"
    assert _found(text.replace(" Fix:", " Then")) == "1"


def test_sections_after_an_unnamed_section_that_holds_the_design_are_dives() -> None:
    text = (
        "# Photo service\n\n## Requirements\n\n- upload photos\n- see a feed\n\n## Shape\n\n"
        "Clients call an API in front of object storage.\n\nEndpoints:\n- POST /photos\n- GET /feed\n\n"
        f"## Feed assembly\n\n{FEED}\n\n## Photo storage\n\n{STORAGE}\n\n## Going bigger\n\n{STORAGE}\n"
    )
    assert _found(text) == "enough"
    assert _found(text.replace(f"## Photo storage\n\n{STORAGE}\n\n", "")) == "1"  # "Going bigger" is growth


def test_sections_after_the_design_inside_an_unnamed_part_are_dives_and_parts_are_not() -> None:
    """A write-up in two halves: "Part A" holds the design's parts and then its dives ("A.5 Feed
    assembly"), "Part B" adds one more; a part named by its heading ("A.4 Data model") is no dive."""
    part_a = (
        "# Photo service\n\n## Part A\n\n### A.1 What it does\n\n- upload photos\n- see a feed\n\n"
        "### A.3 Endpoints\n\n- POST /photos\n- GET /feed\n\n"
        "### A.4 Data model\n\nphoto(id PK, owner_id, url, created_at) and follow(follower_id, followee_id)\n\n"
        f"### A.5 Feed assembly\n\n{FEED}\n"
    )
    one = [(f.rule_id, f.variant) for f in lint_string(part_a, select=("S001", "D001"))]
    assert ("S001", "deep-dive") in one  # one dive is not yet the step
    two = [(f.rule_id, f.variant) for f in lint_string(part_a + f"\n## Part B\n\n{STORAGE}\n", select=("S001", "D001"))]
    assert two == []
    # the data model is no dive: without the feed section there is still only one
    no_feed = part_a.replace(f"### A.5 Feed assembly\n\n{FEED}\n", "") + f"\n## Part B\n\n{STORAGE}\n"
    assert ("S001", "deep-dive") in [(f.rule_id, f.variant) for f in lint_string(no_feed, select=("S001",))]


def test_a_write_up_that_names_no_step_dives_into_its_topics() -> None:
    essay = (
        "Syncing a notes app\n===================\n\nNotes live on phones and laptops and must agree.\n\n"
        f"Where the notes live\n--------------------\n\n{STORAGE}\n\nMerging edits\n-------------\n\n{FEED}\n"
    )
    found = [(f.rule_id, f.variant) for f in lint_string(essay, select=("S001", "D001"))]
    assert ("S001", "deep-dive") not in found and ("D001", "default") not in found
    # the situation it starts from is no dive: one topic left, so the step is reported missing
    opening = essay.replace("Where the notes live\n--------------------", "Background\n----------")
    assert ("S001", "deep-dive") in [(f.rule_id, f.variant) for f in lint_string(opening, select=("S001",))]


def test_options_labelled_option_a_and_option_b_are_facets_of_one_dive() -> None:
    body = (
        f"Option A: push on write. {FEED}\n\nOption B: pull on read. {STORAGE}\n\n"
        f"Failure cases I walked through: {STORAGE}\n"
    )
    assert _found(HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{body}") == "1"


def test_a_memos_lead_phrases_after_its_design_are_dives() -> None:
    memo = (
        "To: photo team\nRe: the feed\n\n"
        "Load. Two million uploads a day, about 23 a second at the mean and 70 at peak.\n\n"
        "Design. Clients call an API that stores photos in object storage and metadata in a database.\n\n"
        f"Feed assembly. {FEED}\n\nPhoto storage. {STORAGE}\n"
    )
    found = [(f.rule_id, f.variant) for f in lint_string(memo, select=("S001", "D001"))]
    assert ("S001", "deep-dive") not in found and ("D001", "default") not in found
    one = memo.replace(f"Photo storage. {STORAGE}\n", "")
    assert ("S001", "deep-dive") in [(f.rule_id, f.variant) for f in lint_string(one, select=("S001",))]


@pytest.mark.parametrize(
    "closing",
    ["What I skipped", "Stuff I didn't get to", "Takeaways", "Lessons learned", "What went wrong, honestly",
     "Things that went ok", "Next time checklist", "Summary", "7. Summary and next steps", "My summary",
     "Failure handling summary"],
)
def test_a_section_on_what_was_skipped_or_learned_is_no_dive(closing: str) -> None:
    text = HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{FEED}\n\n### {closing}\n\n{STORAGE}\n"
    assert _found(text) == "1"
    assert _found(text.replace(f"### {closing}", "### Photo storage")) == "enough"


@pytest.mark.parametrize("title", ["Summary tab", "Rating summary"])
def test_a_summary_the_product_shows_is_a_dive_not_a_closing_section(title: str) -> None:
    # "summary tab:" after the design is a screen of the product, reasoned about like any part
    text = HEAD + f"\n## Feed assembly\n\n{FEED}\n\n## {title}\n\n{STORAGE}\n"
    assert lint_string(text, select=("S001",)) == []
    assert [f.rule_id for f in lint_string(text.replace(title, "Summary"), select=("S001",))] == ["S001"]


def test_a_deep_dive_section_is_judged_whatever_closing_word_its_title_holds() -> None:
    text = HEAD + f"\n## Deep dive summary: the feed\n\n{FEED}\n"
    assert _found(text) == "1"  # the step's own section is its one dive, "summary" or not


def test_what_was_proposed_is_the_design_and_the_sections_after_it_are_dives() -> None:
    text = (
        "# Postmortem: my photo service design\n\n## What I proposed (short version)\n\n"
        "Clients call an API that stores photos in object storage.\n\n"
        f"## What went wrong #1: the feed\n\n{FEED}\n\n## What went wrong #2: storage\n\n{STORAGE}\n"
    )
    found = [(f.rule_id, f.variant) for f in lint_string(text, select=("S001", "D001"))]
    assert ("S001", "high-level") not in found and ("S001", "deep-dive") not in found


def test_a_one_pagers_why_not_and_risks_sections_are_no_dives() -> None:
    text = HEAD + f"\n## Feed assembly\n\n{FEED}\n\n## Why not a graph database\n\n{STORAGE}\n\n## Risks\n\n{STORAGE}\n"
    assert _found(text) == "1"
    assert _found(text.replace("## Why not a graph database", "## Photo storage")) == "enough"


def test_a_plain_storage_or_components_section_is_the_design_not_a_dive() -> None:
    text = HEAD + f"\n## Storage\n\n{STORAGE}\n\n## Feed assembly\n\n{FEED}\n"
    assert _found(text) == "1"
    assert _found(text.replace("## Storage", "## Keeping originals safe")) == "enough"


def test_parts_numbered_under_their_section_are_dives_of_their_own() -> None:
    parts = f"7. Deep dives\n\n   7a. Feed assembly\n   {FEED}\n\n   7b. Photo storage\n   {STORAGE}\n"
    notes = "photo service notes\n\n1. Requirements\n\n- upload photos\n- see a feed\n\n" + parts
    assert _found(notes) == "enough"
    assert _found(notes.replace("   7b. Photo storage\n", "   More on this:\n")) == "1"


def test_numbered_parts_stay_dives_when_a_label_line_follows_them() -> None:
    """A plain label after the last numbered part ("Open questions") sits under the step: the parts count."""
    parts = f"Step 5 - Deep dives\n\n5a. Feed assembly\n\n{FEED}\n\n5b. Photo storage\n\n{STORAGE}\n\n"
    notes = "Photo service\n\nStep 1 - Requirements\n\n- upload photos\n- see a feed\n\n" + parts
    assert _found(notes + "Open questions\n- quotas per user?\n- video later?\n") == "enough"


def test_sections_naming_nothing_after_a_dive_are_dives_and_a_later_phase_is_not() -> None:
    head = "# Alerts\n\n## Requirements\n- users get storm alerts\n\n## Deep dive: matching\n\n" + FEED + "\n\n"
    text = head + f"## Photo storage\n\n{STORAGE}\n"
    assert _d001(text) == []  # "Photo storage" follows the named dive and reasons: a second dive
    later = head + f"## Phase 2\n\n{STORAGE}\n"
    assert [f.message.split(";")[0] for f in _d001(later)] == ["deep dives found: 1"]


def test_a_section_naming_nothing_between_the_design_and_the_named_dives_is_a_dive() -> None:
    text = HEAD + f"\n## Push vs pull\n\n{FEED}\n\n## Deep dive: storage\n\n{STORAGE}\n"
    assert _d001(text) == []  # "Push vs pull" reasons before the named dive: two dives
    stub = HEAD + f"\n## Push vs pull\n\nPush.\n\n## Deep dive: storage\n\n{STORAGE}\n"
    assert [f.message.split(";")[0] for f in _d001(stub)] == ["deep dives found: 1"]


RECORD_THEN_DIVE = """# Transcoding

## Requirements

- Creators upload videos; viewers watch them in five renditions.

## High-level design

Uploads land in object storage; a splitter cuts them into chunks and workers transcode the chunks.

## tasks

- task_id (pk)
- job_id
- chunk_no
- state
- updated_at

Tasks live in Postgres and workers claim them with SKIP LOCKED, which is simpler than running a broker. At
500 claims a second one primary copes, because each claim touches one row and the index on state is small.

## Why chunks and not whole files

Whole files keep one worker busy for an hour on a long upload, while chunks spread it over many workers, at
the cost of a stitch step at the end. We go with chunks because creators wait less.

## When things break

A worker that dies loses its lease after 30 s and another worker picks the chunk up again.
"""


def test_a_records_name_over_its_fields_is_the_data_model_not_a_dive() -> None:
    found = lint_string(RECORD_THEN_DIVE, select=("D001",))
    assert [f.message.split(";")[0] for f in found] == ["deep dives found: 1"]
    assert lint_string(RECORD_THEN_DIVE, select=("H003",)) == []  # it is the data model


def test_an_api_or_schema_under_a_dive_named_section_is_no_dive() -> None:
    text = (
        "# Digest\n\n## Requirements\n- send a weekly digest\n\n## Components and data\n\n"
        "Scheduler, builders, mailer.\n\n### Endpoints\n\n"
        "```\nPOST /digests/preview {user_id} -> html\nPUT /users/{id}/digest {day, hour, enabled}\n```\n\n"
        "The preview endpoint renders on demand, because users tweak settings and want to see the result at once; "
        "the weekly run reuses the same renderer so the two never drift apart.\n\n"
        "## Deep dive: scheduling per timezone\n\n"
        "One job per timezone hour rather than one global job, so a slow zone never delays another; the cost is "
        "24 runs a day to watch instead of one, and a zone with daylight saving shifts twice a year.\n"
    )
    assert [f.message.split(";")[0] for f in lint_string(text, select=("D001",))] == ["deep dives found: 1"]


def test_a_candidate_naming_the_step_moves_the_transcript_on_and_how_questions_ask_for_dives() -> None:
    # Turns with no blank line between them: the candidate says "High level - ..." and "Endpoints: ...",
    # then the interviewer asks how the design does something.
    talk = (
        "# Photo service mock\n\nInterviewer: Design a photo service.\nCandidate: Users upload photos and see "
        "a feed. Is that the scope?\nInterviewer: Yes, uploads and the feed.\n\n"
        "Candidate: High level - clients call an API that stores photos in object storage.\n"
        "Candidate: Endpoints: POST /photos, GET /feed?cursor=...\n\n"
        f"Interviewer: How do you stop one upload flooding millions of feeds?\nCandidate: {FEED}\n"
        f"Interviewer: Let's dig into storage.\nCandidate: {STORAGE}\n"
    )
    sections = [s.title for s in parse(talk).sections()]
    assert "High level" in sections and "Endpoints" in sections
    assert _found(talk) == "enough"
    # the same question from the candidate asks the interviewer; it opens nothing
    assert _found(talk.replace("Interviewer: How do you", "Candidate: How do you")) == "1"


def test_a_transcript_typed_as_one_paragraph_with_indented_answers_is_read_turn_by_turn() -> None:
    # Long answers go on over indented lines; they are part of the turn above, so the paragraph is still a
    # transcript and its questions move it on. "Anything else?" winds it up and asks for no dive.
    feed = "\n   ".join(textwrap.wrap(FEED, 40))
    storage = "\n   ".join(textwrap.wrap(STORAGE, 40))
    talk = (
        "Photo service mock\n\nQ: Design a photo service.\nA: Uploads and a feed only?\nQ: Yes.\n"
        "A: Then clients call an API that stores photos in object storage and metadata in a database.\n"
        f"Q: API?\nA: POST /photos and GET /feed?cursor=.\nQ: How do you fill each feed?\nA: {feed}\n"
        f"Q: What about losing photos?\nA: {storage}\nQ: Anything else?\nA: I would add search later,\n"
        "   and a moderation queue, and metrics on upload latency so we see trouble first.\n"
    )
    assert _found(talk) == "enough"
    last = talk.split("\n").index("Q: Anything else?") + 1
    assert [s.line for s in parse(talk).sections()][-1] < last


@pytest.mark.parametrize(
    "asked",
    [
        "Why the version field on each photo?",
        'Let\'s talk about the "table of contents" email we send once a week.',
        "And how do the phones see each other's uploads?",
    ],
)
def test_an_interviewers_why_how_or_lets_talk_about_asks_for_a_dive(asked: str) -> None:
    talk = (
        "# Photo service mock\n\nInterviewer: Design a photo service.\n\nCandidate: Users upload photos and see "
        "a feed. Is that the scope?\n\nInterviewer: Yes. Walk me through the architecture.\n\n"
        "Candidate: Clients call an API that stores photos in object storage and metadata in a database.\n\n"
        f"Interviewer: Let's dig into the feed.\n\nCandidate: {FEED}\n\nInterviewer: {asked}\n\nCandidate: {STORAGE}\n"
    )
    assert _found(talk) == "enough"
    assert _found(talk.replace(asked, "Fine.")) == "1"


def test_a_transcript_pasted_in_a_fence_is_read_turn_by_turn() -> None:
    # The writer fenced the talk to keep its time stamps; the turns are text, the drawing indented among them a
    # drawing, and the interviewer's feedback after it no dive.
    talk = (
        "# Photo service mock\n\n```\n[00:00] Interviewer: Design a photo service.\n"
        "[00:20] Me: Uploads and a feed only?\n[00:30] Interviewer: Yes.\n"
        "[01:00] Interviewer: Draw the architecture.\n[01:05] Me: (drawing)\n\n"
        "    client --> API --> object storage\n               |\n               v\n           metadata DB\n\n"
        f"[02:00] Interviewer: Let's dig into the feed.\n[02:05] Me: {FEED}\n"
        f"[04:00] Interviewer: Let's dig into storage.\n[04:05] Me: {STORAGE}\n```\n\n"
        f"## Feedback (written by the interviewer)\n\n{STORAGE}\n"
    )
    assert lint_string(talk, select=("S001", "D001", "H005")) == []
    # without the feed's turns, one dive is found: the feedback is none
    assert _found(talk.replace(f"[02:05] Me: {FEED}", "[02:05] Me: Push.")) == "1"
    # a fence that holds no talk stays code
    code = "# X\n\n```\nclient --> API --> object storage\n```\n"
    assert [b.kind for b in parse(code).root.blocks] + [b.kind for s in parse(code).sections() for b in s.blocks] == [
        "code"
    ]


def test_a_section_after_the_design_over_subsections_holds_them_as_dives() -> None:
    # a retro's "What I should have said" with a few words of its own over "###" subsections that reason
    retro = (
        "# Retro: photo service\n\n## Requirements\n\n- Users upload photos and see a feed.\n\n"
        "## High-level design\n\nClients call an API that stores photos in object storage.\n\n"
        f"## What I should have said\n\n### Feed assembly\n\n{FEED}\n\n### Photo storage\n\n{STORAGE}\n"
    )
    found = [(f.rule_id, f.variant) for f in lint_string(retro, select=("S001", "D001"))]
    assert found == []


def test_a_flow_told_in_steps_over_reasoned_parts_holds_them_as_dives() -> None:
    # "How a photo is posted": the steps, then bold parts that reason about two of them
    flow = (
        "1. the app asks for an upload URL\n2. it puts the bytes to object storage\n"
        "3. storage calls back the photo service, which writes the row and publishes an event\n"
        "4. the feed worker fans the id out to followers\n"
    )
    post = (
        "# Photo service\n\n## Requirements\n\n- Users upload photos and see a feed.\n\n"
        "## High-level design\n\nClients call an API that stores photos in object storage.\n\n"
        f"## How a photo is posted\n\n{flow}\n**Feed assembly**: {FEED}\n\n**Photo storage**: {STORAGE}\n\n"
        "**Thumbnails**: made by a worker off the same event.\n\n**Deletes**: a tombstone row, swept nightly.\n"
    )
    assert lint_string(post, select=("S001", "D001")) == []
    # parts of a line each under the steps stay the section's own text: the flow is no dive
    short = post.replace(FEED, "fan out on write.").replace(STORAGE, "S3.")
    assert lint_string(short, select=("S001", "D001"))


def test_bold_words_run_into_their_paragraph_head_parts_under_a_markdown_heading() -> None:
    # a retro's redo under one Markdown heading, its parts opened by bold words and a dash or a colon
    retro = textwrap.dedent("""\
        # Retro: auction round

        ## What I did

        Talked about the bid table for most of the hour and never reached the hard parts.

        ## What I should have said

        **Numbers** (should have done these first):
        - 2M auctions live, 50k bids/s at the close of popular ones

        **Last-second bids** — every bid for one auction lands on one Redis key; a Lua script checks the
        price and the end time in one step, so two bids cannot both win. A hot auction stays on one shard.

        **Sniping and extensions** — a bid in the last 30 s pushes the end out by 30 s, as eBay does not
        and most others do; the timer lives beside the key so the check and the push are one write.

        **Latency:** bids should land in under 100 ms so the price on screen is the real one.
        """)
    titles = [s.title for s in parse(retro).sections()]
    assert {"Numbers", "Last-second bids", "Sniping and extensions", "Latency"} <= set(titles)
    assert _d001(retro) == []
    # under three such openings the bold words are emphasis in the text, not the doc's headings
    few = retro.replace("**Latency:**", "Latency:").replace("**Numbers** (should have done these first):", "Numbers:")
    assert "Sniping and extensions" not in [s.title for s in parse(few).sections()]


def test_bold_lines_splitting_a_section_into_topics_count_beside_failures_and_scale() -> None:
    notes = textwrap.dedent("""\
        # chat notes

        ## api

        POST /messages {room, text} -> 201

        ## flow

        app -> gateway -> room service -> Postgres

        ## bits that matter

        **fan-out**
        - each room's members sit on the gateway that holds their socket; a message goes to each such gateway
          once, not per member, because a room of 5k would otherwise cost 5k sends and the gateways would melt

        **ordering**
        - one sequencer per room assigns seq; clients sort by seq and ask for the gaps, since two gateways may
          deliver out of order and a reader must never see a reply above the message it answers

        **failures**
        - a gateway dies: clients reconnect to another and resume from their last seq

        **scale**
        - more rooms: more sequencer shards, by room id
        """)
    assert _d001(notes) == []
    # the same points under one bold line are one dive
    one = notes.replace("**ordering**\n", "")
    assert [f.rule_id for f in _d001(one)] == ["D001"]


def test_bold_lines_beside_a_step_marked_by_one_are_its_peers() -> None:
    # a retro's answer under one heading, each part on a bold line of its own: the parts after the design are dives
    text = (
        "# Retro: my photo service round\n\n## What I should have said\n\n**Requirements**\n\n"
        "- Users upload photos and see a feed.\n- Feeds load fast.\n\n**Design I should have drawn**\n\n"
        "Clients call an API that stores photos in object storage and metadata in a database.\n\n"
        f"**Feed assembly**\n\n{FEED}\n\n**Keeping originals**\n\n{STORAGE}\n"
    )
    found = [(f.rule_id, f.variant) for f in lint_string(text, select=("S001", "D001"))]
    assert ("S001", "deep-dive") not in found and "D001" not in {rule for rule, _ in found}
    # a label run into its line is a lead-in, not a part beside the design
    run_in = text.replace("**Feed assembly**\n\n", "feed assembly: ").replace("**Keeping originals**\n\n", "originals: ")
    assert ("S001", "deep-dive") in [(f.rule_id, f.variant) for f in lint_string(run_in, select=("S001",))]


def test_a_writers_own_heading_asking_what_if_a_part_fails_heads_a_dive() -> None:
    text = HEAD + f"\n## 6. Deep dive: the feed\n\n{FEED}\n\n## 7. What if the photo store dies?\n\n{STORAGE}\n"
    assert _found(text) == "enough"
    # the same question as an interviewer's turn in a transcript asks for failure handling (above)
    bare = text.replace("## 7. What if the photo store dies?\n\n", "")
    assert _found(bare) == "1"


def test_topics_led_in_chat_markup_under_one_dive_section_are_dives() -> None:
    chat = (
        HEAD + f"\n**the interesting bits**\n\n:fire: *feed assembly* — {FEED}\n\n"
        f":floppy_disk: *photo storage* — {STORAGE}\n"
    )
    assert _found(chat) == "enough"
    # emphasis inside a sentence leads nothing
    plain = chat.replace(":fire: *feed assembly* — ", "The *feed* ").replace(":floppy_disk: *photo storage* — ", "The ")
    assert _found(plain) == "1"


def test_a_section_that_weighs_lettered_ways_and_picks_one_by_name_is_a_dive_wherever_it_sits() -> None:
    early = (
        "# Orchard sensors\n\n## Requirements\n\n- Frost alerts for growers.\n\n## Radio (this decides the rest)\n\n"
        "Options:\n  a) cellular per node - no gateways of our own, but a SIM fee for each node and weak signal low"
        " in the valley\n  b) LoRaWAN - long range and low power on our own gateways, though the duty cycle caps"
        " how often a node may send\n\nPicking LoRaWAN: the payloads are tiny, so the duty cycle leaves room"
        " for a reading every five minutes on frost nights, and the growers already own barns for gateways.\n\n"
        f"## High-level design\n\nNodes send to gateways, gateways to the network server.\n\n## Deep dive: feed\n\n{FEED}\n"
    )
    assert _found(early) == "enough"
    assert _found(early.replace("Picking LoRaWAN:", "Both are fine:")) == "1"


# A retro of a mock round: what was said, then the design redone one long item per problem.
RETRO = """# Bike dock booking - mock retro

## Requirements I listed
- reserve a bike at a dock
- unlock it with the app
- return it to any dock

## Numbers
40k rides a day / 86,400 = about 0.5 rides/s; peak 10x = 5/s.

## What I drew
app -> booking service -> postgres; docks talk MQTT to a gateway.

## What I'd do differently

1. **Hold the bike, do not lock the row.** I locked the dock row for the whole unlock, which serialises every
   rider at a busy station. A hold row with an expiry lets two riders book two bikes at once; a unique index on
   (bike_id) stops a double booking, and the second insert fails cleanly. The cost is a sweeper for stale holds.

2. **Say what happens when a dock is offline.** The dock keeps a signed list of today's holds, so it can
   unlock a held bike with no network. If the gateway dies, the app retries against the second gateway, and
   returns are queued on the dock and sent when the link comes back, so a ride is never lost.
"""


def test_a_retro_that_redoes_its_design_under_a_look_back_title_dives_there() -> None:
    assert lint_string(RETRO, select=("D001", "D004", "D005", "S001")) == []
    # the same title over lessons, a line each, holds no dive, and its words are no failure handling
    lessons = RETRO.split("1. **Hold")[0] + (
        "- Say what happens when a dock is offline before they ask.\n- Draw the failure paths in another colour.\n"
    )
    found = {f.rule_id for f in lint_string(lessons, select=("D001", "D005", "S001"))}
    assert {"D005"} <= found and ("D001" in found or "S001" in found)


def test_a_redone_design_that_sizes_at_length_is_still_the_redo_not_the_estimate() -> None:
    sized = RETRO + (
        "\n3. **Size the storage out loud.** Rides are 2 KB each:\n"
        "   - rides: 40k a day x 2 KB = 80 MB a day, about 29 GB a year\n"
        "   - dock events: 5,000 docks x 1 msg/10 s = 500 per second, 43M a day\n"
        "   - at 100 bytes each that is 4.3 GB a day, 1.6 TB a year\n"
    )
    doc = parse(sized)
    redo = next(s for s in doc.sections() if s.title == "What I'd do differently")
    assert build_outline(doc, load_catalogue()).step_at[redo.line] == "deep-dive"
    assert lint_string(sized, select=("D004", "D005")) == []
    # the same figures under a title that does not look back are the estimate the content shows
    plain = sized.replace("## What I'd do differently", "## More numbers")
    more = next(s for s in parse(plain).sections() if s.title == "More numbers")
    assert build_outline(parse(plain), load_catalogue()).step_at[more.line] == "estimation"


def test_where_it_went_wrong_redone_at_length_is_a_dive_even_under_a_design_label() -> None:
    # the look back sits under the design's label by the notes' levels ("**...**" below "API I wrote:")
    notes = RETRO.replace("## What I drew\n", "API I wrote:\n\n    POST /holds {bike_id} -> {hold_id}\n\nDrew: ")
    notes = notes.replace("## What I'd do differently", "**Where it went wrong**")
    outline_steps = build_outline(parse(notes), load_catalogue()).step_at
    went_wrong = next(s for s in parse(notes).sections() if s.title == "Where it went wrong")
    assert outline_steps[went_wrong.line] == "deep-dive"


def test_a_redone_design_in_bold_led_parts_dives_there_but_a_retro_titled_so_does_not() -> None:
    # each problem as a bold line over its own paragraph, not a list item
    parts = RETRO.replace("1. **Hold the bike, do not lock the row.** ", "**1. Hold the bike, do not lock the row.**\n\n")
    parts = parts.replace("2. **Say what happens when a dock is offline.** ", "**2. Say what happens offline.**\n\n")
    parts = parts.replace("\n   ", "\n")
    assert lint_string(parts, select=("D001", "D004", "D005", "S001")) == []
    # a whole retro under that title: the title heads the doc, no redone part of it
    titled = "# What I'd do differently: bike docks\n\n" + parts.split("## What I'd do differently\n\n")[1]
    assert "deep-dive" not in build_outline(parse(titled), load_catalogue()).step_at.values()


def test_italic_words_run_into_their_paragraph_head_parts_of_the_bold_label_above() -> None:
    # a forum answer headed by bold steps, its dives opened by italic words and a full stop
    post = textwrap.dedent(f"""\
        **Parking garage booking, how I answered it**

        **Step 1: Requirements**

        - drivers book a spot for a time window and get a QR code

        *Out of scope.* Payments, which the interviewer said exist already.

        **Step 2: High-level design**

        App -> booking service -> postgres; gates scan the code against the booking service.

        **Step 3: Deep dive**

        *Feed assembly.* {FEED}

        *Photo storage.* {STORAGE}

        *Holds.* A hold row with an expiry, so two drivers never get one spot.

        *Gates.* Each gate keeps today's codes, so it opens with no network.
        """)
    outline = build_outline(parse(post), load_catalogue())
    italic = [s for s in parse(post).sections() if s.title in ("Feed assembly", "Photo storage", "Out of scope")]
    assert [outline.step_at[s.line] for s in italic] == ["requirements", "deep-dive", "deep-dive"]
    assert _d001(post) == [] and lint_string(post, select=("R006",)) == []


# A title written at its sections' level: the first parts as plain labels under it, the dives as headings after it.
TITLE_AT_SECTION_LEVEL = f"""##Photo service, quick notes

Requirements
- upload photos, see a feed

High-level design
Clients call an API that stores photos in object storage and metadata in a database.

##Feed building
{FEED}

##Photo storage
{STORAGE}
"""


def test_headings_after_a_title_at_their_own_level_follow_the_design_under_it() -> None:
    assert lint_string(TITLE_AT_SECTION_LEVEL, select=("S001", "D001")) == []


def test_a_part_heading_taken_for_the_title_keeps_its_later_siblings_out_of_the_dives() -> None:
    # "#Photo notes" is no heading, so "##My attempt" reads as the title: the sections after it are not its dives
    text = TITLE_AT_SECTION_LEVEL.replace("##Photo service, quick notes", "#Photo notes\n\n##My attempt")
    text = text.replace("##Feed building", "##Their version")
    found = lint_string(text, select=("S001", "D001"))
    assert [f.rule_id for f in found] == ["S001"] and "deep dive" in found[0].message


# A write-up that designs at length in prose, its dives under no heading a reader could call one: each
# paragraph below is design, and none sits in a section of its own.
PROSE_DESIGN = (
    "The feed is built when a photo is posted: its id goes into the cached feed of every follower, so opening "
    "the app is one read of a short list. Accounts followed by millions would make that write enormous, so "
    "their photos are merged into the feed when it is read instead, which costs a little time on each open. "
)


def _s001_dive(text: str, **settings: Any) -> bool:
    return any(f.rule_id == "S001" and f.variant == "deep-dive" for f in lint_string(text, select=("S001",), **settings))


def test_a_long_write_up_with_no_dive_read_is_not_told_it_has_none() -> None:
    long_doc = HEAD + "\n" + "\n\n".join([PROSE_DESIGN] * 8) + "\n"
    assert len(long_doc.split()) >= 400
    assert not _s001_dive(long_doc)
    # a short note with the same shape is told so, and a team can raise the length
    assert _s001_dive(HEAD + "\n" + PROSE_DESIGN + "\n")
    assert _s001_dive(long_doc, rules={"S001": {"dives-unread-words": 5000}})


def test_a_component_gone_into_under_the_design_heading_spares_too_few() -> None:
    """Beside a deep-dive section holding one dive, a subsection of the high-level design that reasons about one
    component is a dive too; an API's or a schema's subsections, or a stub, are not."""
    text = HEAD + f"\n### Storage\n\n{STORAGE}\n\n## Deep dive\n\n### Feed assembly\n\n{FEED}\n"
    assert _d001(text) == []
    stub = text.replace(f"### Storage\n\n{STORAGE}\n\n", "### Storage\n\nObject storage.\n\n")
    assert ["found: 1" in f.message for f in _d001(stub)] == [True]
    under_api = text.replace("### Storage", "## API\n\n### Storage")
    assert ["found: 1" in f.message for f in _d001(under_api)] == [True]


def test_titles_lettered_under_a_prompt_are_dives_of_their_own() -> None:
    """A prep sheet's "6) Pick one or two components" over "a) Feed assembly" and "b) Storage": two dives."""
    sheet = HEAD + f"\n## Deep dive\n\n6) Pick one or two components and go deeper.\n\na) Feed assembly\n\n{FEED}\n\n"
    sheet += f"b) Storage\n\n{STORAGE}\n"
    assert _d001(sheet) == []
    # without the lettered titles the same text is one dive
    options = sheet.replace("a) Feed assembly\n\n", "").replace("b) Storage\n\n", "")
    assert ["found: 1" in f.message for f in _d001(options)] == [True]


WAYS = """
deep dive - feed assembly
- push: one write per follower, reads are one lookup, celebrities cost millions of writes
- pull: one merge per read, no write storm, slow for people who follow thousands
- {}hybrid, push for most and pull for the few huge accounts

deep dive - photo store
- {}: two uploads of one photo race on the same album counter
- fix: the album row is updated with a compare-and-set on its version
- thumbnails are rebuilt from the original on demand, so only originals are copied
"""


def test_ways_a_line_each_then_a_pick_and_a_problem_with_its_fix_are_dives() -> None:
    assert _d001(HEAD + WAYS.format("going w/ ", "problem")) == []
    # the same lines with no pick and a topic of their own on each tour the topics, a line each
    toured = HEAD + WAYS.format("", "albums")
    assert [f.rule_id for f in _d001(toured)] == ["D001"]



def test_a_section_its_writer_marks_unfinished_at_its_start_is_no_dive() -> None:
    text = HEAD + f"\n## Deep dives\n\n### Feed assembly\n\n{FEED}\n\n### Photo storage\n\nTODO. {STORAGE}\n"
    assert _found(text) == "1"
    assert _found(text.replace("TODO. ", "")) == "enough"
    # a to-do named inside the reasoning leaves it a dive
    assert _found(text.replace("TODO. ", "") + "\nTODO: measure the rebuild time.\n") == "enough"


def test_lettered_lines_whose_topic_a_dash_ends_are_dives_of_their_own() -> None:
    # plain-text notes letter their dives on one paragraph's lines: "a) topic - reasoning", no list, no colon
    lettered = HEAD + f"\ndeep dives\na) feed assembly - {FEED}\nb) photo storage - {STORAGE}\n"
    assert _d001(lettered) == []
    # one lettered dive is still one
    assert len(_d001(HEAD + f"\ndeep dives\na) feed assembly - {FEED}\n")) == 1


def test_a_dive_opening_on_its_problem_and_fix_is_one_dive_with_a_lead_in_below() -> None:
    opening = (
        "The cache is not the truth about stock. Shelf scans arrive minutes late and returns are booked before the "
        "goods are back. Current thinking: a scan may only lower the count, a restock only raise it. Mitigation: "
        "any count unchanged for a day turns amber on the board so a manager checks it."
    )
    lead = (
        "Late scans: a handheld can upload a batch hours after it was taken. Use each scan's own time and ignore "
        "any scan older than the item's last change unless a manager corrects it by hand."
    )
    text = HEAD + f"\n## Deep dives\n\n### Stock counts vs reality\n\n{opening}\n\n{lead}\n"
    assert _found(text) == "1"
    # the same text as a list of problems, each with its fix, is a dive a problem
    items = f"- {opening}\n- {lead.replace('Use each', 'Fix: use each')}\n"
    assert _found(HEAD + f"\n## Deep dives\n\n### Stock counts vs reality\n\n{items}") == "enough"
