"""Write-ups kept as a thread of comments (a review on GitHub, a Slack export): each comment is a section,
and the comments from one question to the next discuss one topic."""

from __future__ import annotations

import re

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline
from designlint.doc.threads import comment_header

from conftest import lint_string

REASONING = (
    "We take a row lock on the locker bank and assign the lowest free compartment inside the same "
    "transaction, because the banks are small and the lock is held for milliseconds; a queue per bank "
    "would also work but adds a consumer to run and watch for every bank we own."
)
OFFLINE = (
    "The bank keeps the day's pickup codes hashed on its controller and accepts them offline; door "
    "events queue on the controller and replay when the link is back, and a replayed pickup that the "
    "server already cancelled raises a ticket for the courier instead of reopening the door."
)
THREAD = (
    "# RFC: locker assignment\n\n## Proposal\n\nAssign compartments when the courier scans a parcel.\n\n"
    f"**tjanssen** commented\n\n{REASONING}\n\n"
    "**rpatel** commented\n\nWhat happens when the bank is offline? I don't see it here.\n\n"
    f"**mkowalczyk** commented\n\n{OFFLINE}\n\n"
    "**akim** (security) commented\n\nLooks fine to me.\n"
)


def test_comment_headers_of_github_and_slack_threads() -> None:
    assert comment_header("**akim** (security) commented") == "akim"
    assert comment_header("**dana.k** 10:07") == "dana.k"
    assert comment_header("priya [09:58 AM]") == "priya"
    assert comment_header("We commented on this last week and moved on") is None
    assert comment_header("**bo** commented on Mar 3, 2026") == "bo"
    assert comment_header("We commented") is None


def test_each_comment_of_a_thread_is_a_section_once_the_doc_holds_three() -> None:
    titles = [s.title for s in parse(THREAD).sections() if s.implicit == "comment"]
    assert titles == ["tjanssen commented", "rpatel commented", "mkowalczyk commented", "akim commented"]
    two = THREAD.split("**mkowalczyk**")[0]
    assert not [s for s in parse(two).sections() if s.implicit == "comment"]


def _d001(text: str) -> list[str]:
    return [f.message for f in lint_string(text, select=("D001",))]


def test_a_comment_opening_with_a_label_of_its_topic_starts_the_next_topic() -> None:
    # no question between them, but "offline pickups:" over its points names a topic of its own
    labelled = THREAD.replace(
        "What happens when the bank is offline? I don't see it here.", "Agreed, thanks."
    ).replace(f"**mkowalczyk** commented\n\n{OFFLINE}", f"**mkowalczyk** commented\n\noffline pickups:\n\n{OFFLINE}")
    assert _d001(labelled) == []
    assert "found: 1" in _d001(labelled.replace("offline pickups:\n\n", ""))[0]


def test_the_comments_between_two_questions_are_one_topic() -> None:
    assert _d001(THREAD) == []  # locker assignment, then what happens offline: two topics, each reasoned
    # without the question, the answer goes on with the first topic
    one = THREAD.replace("What happens when the bank is offline? I don't see it here.", "Agreed, thanks.")
    assert len(_d001(one)) == 1 and "found: 1" in _d001(one)[0]


def test_a_chat_log_one_message_a_line_is_a_thread_of_its_own_lines() -> None:
    # IRC and its likes: "[09:12] <nick> message", every line of the log in one Markdown paragraph
    assert comment_header("[09:12] <mei> morning") == "mei"
    assert comment_header("09:14 <@ops> deploy done") == "ops"
    log = "#lockers, saved from chat\n\n" + "\n".join(
        [
            "[10:01] <ana> the lockers double-assign again, same race as last week?",
            "[10:02] <joe> yes",
            f"[10:03] <ana> {REASONING}",
            "[10:04] <joe> and what happens when the bank is offline?",
            f"[10:05] <ana> {OFFLINE}",
            "[10:06] <joe> ok",
        ]
    )
    titles = [s.title for s in parse(log).sections() if s.implicit == "comment"]
    assert titles == ["ana commented", "joe commented", "ana commented", "joe commented", "ana commented", "joe commented"]
    assert _d001(log) == []
    # placeholders opening lines of prose are no chat: it takes the time of each message
    prose = "notes\n\n<host> is the server name.\n<port> is where it listens.\n<user> logs in.\n"
    assert not [s for s in parse(prose).sections() if s.implicit == "comment"]


def test_a_reviewers_remark_in_brackets_is_no_part_of_the_write_up() -> None:
    doc = (
        "# Leaderboard\n\n## Requirements\n\n- show the top 100\n- show my rank\n- season reset\n\n"
        "[mentor: no availability number, and say what is out of scope.]\n\n"
        "## Design\n\nOne sorted set per season.\n"
    )
    found = [f.rule_id for f in lint_string(doc, select=("R004", "R006"))]
    assert found == ["R004", "R006"]  # the mentor names availability and scope; the writer never does
    # the writer's own note in brackets stays part of the write-up
    own = doc.replace("[mentor: no availability number, and say what is out of scope.]", "[Edit: 99.9% availability.]")
    assert [f.rule_id for f in lint_string(own, select=("R004",))] == []


def test_a_slack_export_names_its_people_in_full_and_a_bold_label_under_a_header_heads_the_comment() -> None:
    assert comment_header("Jonas Weber  4:12 PM") == "Jonas Weber"
    assert comment_header("Deadline is 4:12 PM") is None  # a sentence, not a name
    export = (
        "#design  ›  thread\n\nJonas Weber  4:12 PM\nhad the locker question today, pasting what I had\n\n"
        "Jonas Weber  4:13 PM\n**Scope I agreed with the interviewer**\n- couriers drop parcels\n"
        "- customers pick up with a code\n- operators see full banks\n\n"
        f"Aisha Khan  4:20 PM\n{REASONING}\n\nJonas Weber  4:25 PM\n{OFFLINE}\n"
    )
    titles = [s.title for s in parse(export).sections()]
    assert "Jonas Weber commented" in titles and "Scope I agreed with the interviewer" in titles


def test_a_comment_answering_a_question_for_the_qualities_holds_them_wherever_it_comes() -> None:
    export = (
        "#design  ›  thread\n\nPriya Raman  9:04 AM\nwhat it needs to do:\n- drop a parcel\n- pick it up with a code\n"
        "- see full banks\n\nMarcus Lee  9:07 AM\nnumbers?\n\nPriya Raman  9:11 AM\n2M parcels/day / 86,400 = ~23/s\n\n"
        f"Dan Okafor  9:20 AM\n{REASONING}\n\nMarcus Lee  10:20 AM\nnfrs you'd state up front?\n\n"
        "Priya Raman  10:23 AM\n- a code opens the door with p99 < 300ms\n- 99.9% for pick-up\n"
    )
    assert lint_string(export, select=("R003", "R004")) == []
    # the same answer after a comment that asks nothing is no part of the requirements: its nines go unseen
    asked = [f.rule_id for f in lint_string(export.replace("nfrs you'd state up front?", "ok."), select=("R004",))]
    assert asked == ["R004"]


def test_a_comment_names_its_step_in_its_opening_words() -> None:
    """"ok kicking this off. requirements as I understand them:", "numbers. ...": a comment's opening
    clause says what it goes on to give, as a heading would."""
    export = (
        "(pasted from #design)\n\npriya  10:02 AM\nok kicking this off. requirements as I understand them:\n"
        "- couriers drop parcels\n- customers pick up with a code\n\nmarcus  10:11 AM\n"
        "numbers. 2M parcels a day, so 2M / 86,400 ≈ 23 drops/s\n\n"
        f"dan  10:20 AM\n{REASONING}\n\ntomasz  10:25 AM\n{OFFLINE}\n"
    )
    steps = build_outline(parse(export), load_catalogue()).steps
    assert [s.line for s in steps["requirements"]] == [3]
    assert [s.line for s in steps["estimation"]] == [8]
    # a comment opening with chat names nothing
    chat = export.replace("requirements as I understand them:", "here is what I have:")
    assert "requirements" not in build_outline(parse(chat), load_catalogue()).steps
    # the words a speaker takes the floor with come off the label: "ok so reqs:" names the requirements
    floor = export.replace("ok kicking this off. requirements as I understand them:", "ok so reqs:")
    assert [s.line for s in build_outline(parse(floor), load_catalogue()).steps["requirements"]] == [3]


CHAT = (
    "**#design-study** — locker thread, pasted from chat\n\n"
    "*Ines:* ok kicking this off. requirements as I understand them:\n\n"
    "- couriers drop parcels\n- customers pick up with a code\n\n"
    "*Oskar:* numbers. 2M parcels a day, so 2M / 86,400 ≈ 23 drops/s\n\n"
    f"*Ines:* {REASONING}\n\n*Oskar:* {OFFLINE}\n"
)


def test_a_chat_pasted_as_name_and_message_is_a_thread() -> None:
    # each message opens with its speaker's name, marked or not: each is a comment, named by its opening words
    outline = build_outline(parse(CHAT), load_catalogue())
    assert [s.line for s in outline.steps["requirements"]] == [3]
    assert [s.line for s in outline.steps["estimation"]] == [8]
    bold = CHAT.replace("*Ines:*", "**Ines:**").replace("*Oskar:*", "**Oskar:**")
    assert [s.title for s in parse(bold).sections() if s.implicit == "comment"][:2] == [
        "Ines commented",
        "Oskar commented",
    ]


def test_labels_that_recur_and_an_interviews_roles_are_no_chat() -> None:
    # "Pros:" and "Cons:" in a few dives open few of the doc's paragraphs
    dives = "".join(f"## Dive {n}\n\n{REASONING}\n\n{OFFLINE}\n\nPros: simple.\n\nCons: one more service.\n\n" for n in (1, 2))
    assert not [s for s in parse("# Lockers\n\n" + dives).sections() if s.implicit == "comment"]
    # an interviewer among the speakers makes a transcript, which the dialogue reader takes
    interview = CHAT + "\n*Interviewer:* and what does the courier see?\n"
    assert not [s for s in parse(interview).sections() if s.implicit == "comment"]


def test_a_message_that_asks_what_is_needed_and_lists_it_below_holds_the_requirements() -> None:
    asked = CHAT.replace("ok kicking this off. requirements as I understand them:", "what do we need exactly?")
    outline = build_outline(parse(asked), load_catalogue())
    assert [s.line for s in outline.steps["requirements"]] == [3]
    # a question about something else, with a list below it, asks for no requirements
    other = CHAT.replace("ok kicking this off. requirements as I understand them:", "which lockers broke last week?")
    assert "requirements" not in build_outline(parse(other), load_catalogue()).steps


# A chat exported with a stamp over each message; {opening} is the first line of the second one, over a list.
STAMPED = (
    "#design - thread export\n\n**ren** 10:02\nok, tonight: parcel lockers. you drive\n\n"
    "**ivo** 10:03\n{opening}\n- drop a parcel\n- pick it up with a code\n- alert on a jam\n\n"
    "**ren** 10:05\nnumbers. 2M parcels a day, so about 23 a second\n"
)


def _requirement_lines(text: str) -> list[int]:
    return [s.line for s in build_outline(parse(text), load_catalogue()).steps.get("requirements", [])]


def test_a_stamped_comment_asking_what_is_needed_without_a_question_mark_holds_the_requirements() -> None:
    assert _requirement_lines(STAMPED.format(opening="ok. what does it need to do")) == [6]
    # a statement opened the same way asks nothing
    assert 6 not in _requirement_lines(STAMPED.format(opening="ok. the list I got"))


def test_the_reply_to_a_requirements_message_closing_with_a_question_is_part_of_them() -> None:
    # "- alert on a jam\n?" asks whether the list is right; the reply agrees and drops a feature
    asked = STAMPED.format(opening="ok. what does it need to do").replace("- alert on a jam\n", "- alert on a jam\n?\n")
    reply = "**ren** 10:04\nyes. skip returns to sender, no time\n\n"
    text = asked.replace("**ren** 10:05", reply + "**ren** 10:05")
    assert _requirement_lines(text) == [6, 13]
    assert lint_string(text, select=("R006",)) == []
    # a requirements message that asks nothing keeps its reply out
    assert _requirement_lines(text.replace("- alert on a jam\n?\n", "- alert on a jam\n")) == [6]


def test_a_discord_copy_stamps_each_message_with_a_dash_and_the_day() -> None:
    thread = (
        "lockers - design chat (copied from discord)\n\n**ren** — today 20:14\nok, tonight: parcel lockers\n\n"
        "**ivo** — today 20:15\nnfrs?\n- a code opens the door within 2 s\n- the locker works offline\n\n"
        "**ren** — today 20:17\nnumbers. 2M parcels a day, so about 23 a second\n\n"
        "**ivo** — Yesterday at 9:02 PM\nsure\n"
    )
    doc = parse(thread)
    assert [s.title for s in doc.sections() if s.implicit == "comment"] == [
        "ren commented", "ivo commented", "ren commented", "ivo commented",
    ]
    # the header is no bold label heading a part of its own: the comment holds its text
    assert not [s for s in doc.sections() if s.implicit == "bold"]
    assert [s.line for s in build_outline(doc, load_catalogue()).steps["requirements"]] == [6]


def test_a_short_opening_over_a_list_labels_the_comment() -> None:
    assert _requirement_lines(STAMPED.format(opening="ok so features first")) == [6]
    # an opening that names no step labels nothing
    assert _requirement_lines(STAMPED.format(opening="ok so my guesses")) == []


def test_a_threads_dives_are_named_by_their_opening_words_and_a_long_list_is_cut() -> None:
    questions = "".join(
        f"**ivo** 9:{10 + n} PM\nwhat about part {n} of the locker, door {n} and its sensors?\n\n"
        f"**ren** 9:{10 + n} PM\n{REASONING}\n\n"
        for n in range(8)
    )
    found = [f for f in lint_string("#design - thread export\n\n" + questions, select=("D001",))]
    assert found and "commented" not in found[0].message
    assert "'what about part 0 of the ...'" in found[0].message and "more" in found[0].message


# A chat exported from an app that shows handles in lower case, one message a line, no blank lines.
HANDLES = """\
**#design-practice** - exported, Sunday

**ren:** tonight: a holds queue for the city library app
**ivo:** what must it do?
**ren:** - place a hold on a title at a branch
- see your place in the line
- get a push when the copy is ready
**ivo:** numbers?
**ren:** 2M members, 5% place a hold a day = 100k holds a day / 86,400 = about 1.2 holds/s
**ivo:** where do holds live
**ren:** postgres, holds(id, member_id, title_id, branch_id, created_at, status)
**ivo:** and when the notifier dies?
**ren:** an outbox table, retried every minute, so no push is lost
"""


def test_a_chat_typed_line_under_line_with_lower_case_handles_is_a_thread() -> None:
    doc = parse(HANDLES)
    comments = [s for s in doc.sections() if s.implicit == "comment"]
    assert [s.title for s in comments[:3]] == ["ren commented", "ivo commented", "ren commented"]
    # the list under a message ends where the next message opens, not in its last item
    listed = next(b for b in doc.blocks() if b.kind == "list")
    assert [i.text for i in listed.items][-1] == "get a push when the copy is ready"
    stamped = re.sub(r"\*\*(\w+):\*\* ", r"\1 20:01: ", HANDLES)
    assert [s.title for s in parse(stamped).sections() if s.implicit == "comment"][:2] == ["ren commented", "ivo commented"]
    # one handle, or labels in bold a couple of times, make no chat
    assert not [s for s in parse(HANDLES.replace("**ivo:**", "ivo said")).sections() if s.implicit == "comment"]
    # nor do lower-case bold labels that recur in a few dives, or an interview's roles
    dives = "".join(f"## Dive {n}\n\n{REASONING}\n\n**pros:** simple.\n**cons:** one more service.\n\n" for n in (1, 2, 3))
    assert not [s for s in parse("# Lockers\n\n" + dives).sections() if s.implicit == "comment"]
    roles = HANDLES.replace("**ren:**", "**me:**").replace("**ivo:**", "**interviewer:**")
    assert not [s for s in parse(roles).sections() if s.implicit == "comment"]


def test_a_messaging_apps_export_stamps_each_message_with_the_date_first() -> None:
    exported = re.sub(r"\*\*(\w+):\*\* ", lambda m: f"[19/03, 21:0{len(m.group(1))}] {m.group(1).title()}: ", HANDLES)
    assert [s.title for s in parse(exported).sections() if s.implicit == "comment"][:2] == ["Ren commented", "Ivo commented"]
    android = re.sub(r"\*\*(\w+):\*\* ", r"19/03/2024, 21:02 - \1: ", HANDLES)
    assert [s.title for s in parse(android).sections() if s.implicit == "comment"][:2] == ["ren commented", "ivo commented"]
