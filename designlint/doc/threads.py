"""Write-ups kept as a thread of comments: a GitHub review ("**alice** commented"), a Slack export
("**sam** 10:02"), a chat log ("[09:12] <mei> morning", one message a line). Each comment is a turn of a
discussion among several people, not an interview, and a reader follows it comment by comment: each
opens a section of its own (kind "comment", the header line staying its text); D001 takes the comments
from one question to the next as one topic.
A doc is read this way only when it holds THREAD_MIN headers or more; one "Sam commented" is prose.
"""

from __future__ import annotations

import re

from designlint.doc.dialogue import ROLES, SPEAKER_NAME

_WHO = r"(?:\*\*|__)?@?([A-Za-z][\w.-]{1,30})(?:\*\*|__)?"
# "**alice** commented", "**akim** (security) commented on 3 Mar", "bob replied"
_COMMENTED = re.compile(
    rf"^\s{{0,3}}{_WHO}(?:\s+\([^()\n]{{1,30}}\))?\s+(?:commented|replied|wrote)"
    r"(?:\s+on\s+[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s+\d{4})?|\s+\d{1,2}:\d{2}|\s+\d+\s*(?:min|h|hours?|days?)\s+ago)?:?\s*$"
)
_PRONOUN = frozenset(("i", "we", "you", "they", "he", "she", "it", "someone", "nobody", "everyone"))
# "**sam** 10:02", "**dana.k**  10:07 AM", "priya [09:58]", a Slack export's full name: "Jonas Weber  4:12 PM",
# a Discord copy's "**tomas** — today 20:14"
_NAMED = r"(?:\*\*|__)?@?([A-Za-z][\w.-]{1,30}(?: [A-Z][\w.-]{1,30}){0,2})(?:\*\*|__)?"
# a chat app's day before the time, after a dash: "**tomas** — today 20:14", "Mei - Yesterday at 9:02 PM"
_DAY = r"(?:\s+[—–-])?(?:\s+(?:[Tt]oday|[Yy]esterday)(?:\s+at)?|\s+\d{1,2}/\d{1,2}/\d{2,4})?"
_STAMPED = re.compile(rf"^\s{{0,3}}{_NAMED}{_DAY}\s+\[?\d{{1,2}}:\d{{2}}(?:\s?[AaPp][Mm])?\]?\s*$")
# A chat log's line, its message on the line itself: "[09:12] <mei> morning", "09:13 <@ops> ok"; the time
# is needed, since "<host> is the server's name" opens a line of prose the same way
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?"  # "09:12", "9:14 PM", "21:02:05"
_TIME = rf"\[?{_CLOCK}\]?"
_CHAT = re.compile(rf"^\s{{0,3}}{_TIME}\s+<[@+%~&]?([A-Za-z][\w.|-]{{0,30}})>\s")
THREAD_MIN = 3
MAX_HEADER = 90


def comment_header(line: str) -> str | None:
    """The commenter a thread's header line names (see _COMMENTED, _STAMPED, _CHAT), else None."""
    found = _COMMENTED.match(line) or _STAMPED.match(line) or _CHAT.match(line)
    return found.group(1) if found and found.group(1).lower() not in _PRONOUN else None


# A chat app's handle, in lower case as the app shows it, opening each message typed line under line: marked
# bold ("**maya:** ok requirements") or stamped with the time ("maya 20:02: numbers?", "Tom [9:14]: ok").
# A messaging app's export puts the date and time first: "[19/03, 21:02] Priya: ok", "19/03/2024, 21:02 - Tom: no".
_HANDLE = re.compile(
    r"^\s{0,3}(?:(?:\*\*|__)@?([a-z][\w.-]{1,20})(?::(?:\*\*|__)|(?:\*\*|__)\s*:)"
    rf"|@?([A-Za-z][\w.-]{{1,20}})\s+{_TIME}\s*:"
    rf"|\[?\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?,?\s+{_CLOCK}\]?\s*(?:-\s*)?"
    r"([A-Za-z][\w.-]{0,20}(?: [A-Za-z][\w.-]{0,20})?):)\s*(?=\S)"
)
HANDLE_TURNS = 3  # messages each of two handles or more opens: "**note:**" twice is a label
HANDLE_SHARE = 0.25  # of the doc's written lines that open a message


def handles(lines: list[str]) -> frozenset[str]:
    """The handles of a chat typed line under line (see _HANDLE), or none: two or more open HANDLE_TURNS
    messages each, their messages open a good share of the doc's lines (bold "**pros:**" and "**cons:**" in a
    few dives open few), and no interview role speaks (a transcript, which dialogue.py reads)."""
    counts: dict[str, int] = {}
    for line in lines:
        if ":" in line and (name := _handle(line)) is not None:
            counts[name] = counts.get(name, 0) + 1
    names = frozenset(name for name, count in counts.items() if count >= HANDLE_TURNS)
    if len(names) < 2 or any(_ROLE.match(f"{name}:") for name in names):
        return frozenset()
    written = sum(1 for line in lines if line.strip())
    return names if sum(counts[name] for name in names) >= HANDLE_SHARE * written else frozenset()


def _handle(line: str) -> str | None:
    found = _HANDLE.match(line)
    name = next((group for group in found.groups() if group), None) if found else None
    return name if name is not None and name.lower() not in _PRONOUN | _LABEL_WORDS else None


# Words notes bold as labels in lower case ("**pros:** simple", "**note:** ..."): no one's handle.
_LABEL_WORDS = frozenset(
    ("pros", "cons", "pro", "con", "note", "notes", "edit", "update", "todo", "tldr", "summary", "decision", "why")
    + ("how", "what", "example", "question", "answer", "idea", "problem", "solution", "fix", "issue", "cost", "risk")
    + ("result", "goal", "aside", "ps")
)


def handle_of(line: str, names: frozenset[str]) -> str | None:
    """The handle (one of names) whose message the line opens, else None."""
    name = _handle(line) if names else None
    return name if name in names else None


def chat_lines(lines: list[str], start: int, end: int, names: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """A chat log's messages typed line under line in one paragraph (lines start..end), each with the lines
    that go on under it (a pasted table): one span per message, none unless two or more open there. names: the
    doc's chat handles (see handles), whose messages open so too."""
    opens = [n for n in range(start, end + 1) if _CHAT.match(lines[n - 1]) or handle_of(lines[n - 1], names)]
    if len(opens) < 2 or opens[0] != start:
        return []
    return [(number, (opens[i + 1] - 1) if i + 1 < len(opens) else end) for i, number in enumerate(opens)]


def is_thread(lines: list[str]) -> bool:
    """Whether the doc holds THREAD_MIN comment headers or more: a thread, read comment by comment."""
    count = 0
    for line in lines:
        # a cheap test first: headers are short, and most lines name no comment
        worded = "commented" in line or "replied" in line or "wrote" in line or ":" in line or "<" in line
        if len(line) <= MAX_HEADER and worded and comment_header(line):
            count += 1
            if count >= THREAD_MIN:
                return True
    return False


# A chat pasted as "Name: message", the name marked or not ("**Tom:** numbers then", "*Marta:* ok requirements as
# agreed yesterday", "**Priya** (prompt): operator with 25k machines"): each message opens a paragraph.
_MARK = r"(?:\*\*|__|\*|_)?"
_SAID_BY = re.compile(
    rf"^\s{{0,3}}{_MARK}{SPEAKER_NAME}{_MARK}(?:\s*\([^()\n]{{1,20}}\))?\s*:{_MARK}\s*(?=\S)"
)
# An interview's roles ("Interviewer:", "Me:", "Q:", a tutor's "User:" and "Assistant:") make it a transcript,
# which dialogue.py reads.
_ROLE = re.compile(rf"^\s*{_MARK}(?:{ROLES.names}){_MARK}\s*:", re.IGNORECASE)
CHAT_TURNS_MIN = 2  # turns each of two speakers or more takes
CHAT_SHARE = 0.4  # of the doc's paragraphs that open with a speaker: "Pros:" and "Cons:" in a few dives are labels


def chat_speakers(lines: list[str]) -> frozenset[str]:
    """The speakers of a chat pasted as "Name: message" (see _SAID_BY), or none: two or more names take
    CHAT_TURNS_MIN turns each, their turns open a good share of the doc's paragraphs, and no interview role speaks."""
    if not any(":" in line for line in lines):
        return frozenset()
    aboves = ["", *lines[:-1]]
    openings = [line for line, above in zip(lines, aboves, strict=True) if line.strip() and not above.strip()]
    if any(_ROLE.match(line) for line in openings):
        return frozenset()
    counts: dict[str, int] = {}
    for line in openings:
        if found := _SAID_BY.match(line):
            counts[found.group(1)] = counts.get(found.group(1), 0) + 1
    names = frozenset(name for name, count in counts.items() if count >= CHAT_TURNS_MIN)
    turns = sum(counts[name] for name in names)
    return names if len(names) >= 2 and turns >= CHAT_SHARE * len(openings) else frozenset()


def said_by(line: str, speakers: frozenset[str]) -> str | None:
    """The chat speaker whose message the line opens, else None."""
    found = _SAID_BY.match(line) if speakers else None
    return found.group(1) if found and found.group(1) in speakers else None


def message(line: str) -> str | None:
    """The line's words after a chat speaker's name or handle, or None when none opens it."""
    found = _SAID_BY.match(line) or _HANDLE.match(line)
    return line[found.end() :] if found else None


# A reviewer's remark set into the text it reviews: "[mentor: no availability number ...]", "[reviewer: why
# not a queue?]". It is another voice on the write-up, not the write-up; it stays aside as a comment does
# ("[Edit: added the cache]" is the writer's own, and stays).
_REMARK = re.compile(
    r"^\s*\[(?:mentor|reviewer|review|feedback|interviewer|coach|tutor|(?:note|comment) from [\w .'-]{1,20})"
    r"\s*:\s[^\[\]]*\]\s*$",
    re.IGNORECASE,
)


def is_remark(text: str) -> bool:
    """The paragraph is a remark in brackets by someone reviewing the write-up (see _REMARK)."""
    return text.lstrip().startswith("[") and _REMARK.match(text) is not None
