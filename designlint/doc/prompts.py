"""Prompts in a transcript: the interviewer's turn that moves the interview on to a step ("Numbers?",
"OK. Walk me through the API.", "Q: Draw it."), and what the candidate shows of a design.

dialogue.py tells turns from other text and finds the opening exchange; this reads what a turn asks for.
"""

from __future__ import annotations

import itertools
import re

from designlint.catalogue import Catalogue, Entry
from designlint.doc.dialogue import ROLES, Speakers, from_interviewer, turn_pattern
from designlint.doc.headings import prompt_hits, winds_up
from designlint.doc.implicit import STEP_LEVEL, Implicit
from designlint.doc.items import SENTENCE_STOP
from designlint.doc.runin import run_in

# A quality asked about ("latency?", "anything about loss?") asks for a target, not a dive.
_QUALITY = re.compile(
    r"\b(?:latenc\w*|fast|slow|fresh\w*|stale\w*|availab\w*|uptime|consisten\w*|durab\w*|loss|lost|secur\w*|privacy|slas?|slos?"
    r"|performance|reliab\w*|nfrs?|non-?functionals?|targets?)\b",
    re.I,
)
# "OK, walk me through the flow.": an acknowledgement before the ask is no part of it.
_ACKNOWLEDGED = re.compile(
    r"^(?:ok(?:ay)?|good|great|right|alright|all right|sure|fine|cool|nice|now|so|and)\b,?\s*", re.I
)
MAX_PROMPT_WORDS = 20
_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,40}[\"”]")
_ORDER_OPENS = re.compile(
    r"^(?:let'?s|let us|tell me|talk me|walk me|take me|show me|give me|start with|begin with|move on to)\b", re.I
)
MAX_ORDER_WORDS = 6
MAX_TOPIC_WORDS = 3
# Qualities kept by measures rather than targets: asked once the design is shown, they ask for a dive.
_GUARDS = re.compile(r"\b(?:secur\w*|privacy|abuse|fraud)\b", re.I)
MAX_QUALITY_WORDS = 6
# A question about a part failing asks for failure handling, though it names a quality ("what if it's down?").
_FAILING = re.compile(r"\b(?:fails?|down|dies|crash\w*|goes away|lost|loses?)\b", re.IGNORECASE)
ASKED = " (asked in dialogue)"
_DENIED = re.compile(r"\b(?:not|no|never|nothing)\b|n't\b", re.IGNORECASE)


def prompt(
    text: str, catalogue: Catalogue, designing: bool = False, speakers: Speakers = ROLES, shown: bool = False
) -> Implicit | None:
    """The step a turn of a transcript moves on to ("Interviewer: Numbers?"), past the requirements.

    Reads the first sentence or two of the turn (an "OK." before the ask is passed over), if
    they ask a question or give a short order, for the catalogue's prompts; a part's prompt
    wins over a step's, the longest within each. The requirements are the opening exchange's
    (see Exchange), so they are not asked here. Once the design is under way (designing), a
    question that only names a topic ("matchmaking?", "spectators?") asks for a dive into it. A design
    the candidate has shown (shown: tables, endpoints) puts the transcript past its requirements as a
    prompt does, so "Why not one big transaction?" after the tables asks for a dive.
    """
    found = turn_pattern(speakers.names).match(text)
    if found is None or found.group(1).lower() == "a":
        return None  # "A: outbound SMS API for businesses." answers; it asks for no step
    said = text[found.end() - 1 :].split("\n", 1)[0]
    candidate = speakers.is_candidate(found.group(1))
    if candidate and (announced := _announced(said, catalogue, designing or shown)):
        return announced
    # "OK. Walk me through the API.": the interviewer's ask may come second; a candidate's question
    # after an answer ("... and query logging. Numbers?") asks the interviewer, it moves nothing on.
    reach = 1 if candidate else 2
    said_all = _sentences(said)
    # the candidate's own question clarifies ("And checking a ticket, user types their numbers?"): it asks for no step
    # ... and the candidate's short answer that denies ("Honestly not much on volume.") names no step to move on to
    sentences = [s for s in said_all[:reach] if not (candidate and (s.endswith("?") or _denies(s)))]
    # a scene set, then the question: "Popular record expires. A thousand queries arrive. What happens?"
    if reach > 1 and len(said_all) > reach and said_all[-1].endswith("?"):
        sentences.append(said_all[-1])
    if any(_BOUGHT.search(asked) for asked in sentences):
        return None  # "Versus calling a speech-to-text API?" weighs a service bought in where the talk is: no new step
    if (designing or shown) and not candidate and any(_WHY_NOT.match(asked) for asked in sentences):
        return _dive(catalogue)  # "Why not just a table with an index on rating?" challenges a choice
    for asked in sentences:
        entry = _asked(asked, catalogue, designing or shown)
        if entry is not None:
            return Implicit(STEP_LEVEL, entry.title + ASKED, "prompt", entry.parent or entry.id)
    if (designing or shown) and not candidate and any(map(_digs, sentences)):
        return _dive(catalogue)  # "How do you stop two drivers taking one spot?" asks for a dive
    return None


def _denies(sentence: str) -> bool:
    """A short sentence that denies, no order ("Let's do the data model, nothing fancy." moves on)."""
    short = len(sentence.split()) <= MAX_ORDER_WORDS
    return short and _DENIED.search(sentence) is not None and _ORDER_OPENS.match(sentence) is None


def _sentences(said: str) -> list[str]:
    """A turn's sentences, each with its closing mark, where items.SENTENCE_STOP ends them: a prompt is the first
    one or two, short ("Numbers?", "OK. Walk me through the API."); a decimal point ends none ("$0.006 a minute")."""
    cuts = [0, *(found.end() for found in SENTENCE_STOP.finditer(said)), len(said)]
    return [sentence for start, end in itertools.pairwise(cuts) if (sentence := said[start:end].strip())]


def _dive(catalogue: Catalogue) -> Implicit | None:
    """The deep-dive step, as a turn asks for it."""
    dive = catalogue.get("deep-dive")
    return None if dive is None else Implicit(STEP_LEVEL, dive.title + ASKED, "prompt", dive.id)


# The interviewer asking how the design does something, or why one of its parts is there, once it is shown
# ("Why the version field?"); a bare "Why?" follows the answer before it.
# What may come before the ask itself: "Good, ...", "OK. And ...".
_ASK_OPENING = r"^(?:\w+[,.]\s+)?(?:and\s+)?"
_DESIGN_ASKED = re.compile(
    _ASK_OPENING
    + r"(?:how (?:do|would|will|can|does|did) [^?]{3,120}|why (?:the|a|an|this|that|not|use|\w+ing)\b[^?]{2,120})\?$",
    re.I,
)


# The interviewer challenging a way the candidate chose ("Why not just a table with an index on rating?", "Why not
# Kafka?"): it asks for the ways weighed, whatever part its words name.
_WHY_NOT = re.compile(_ASK_OPENING + r"why not\b[^?]{2,120}\?$", re.I)


# A case put as a statement with a question mark ("Two managers editing one market at once?", "And the
# drop itself, when offline?"): no question word or verb opens it, so it asks what the design does then.
_CASE_ASKED = re.compile(
    _ASK_OPENING + r"(?!(?:wh\w*|how|is|are|was|were|do|does|did|can|could|should|would|will|shall"
    r"|have|has|had|may|might|must|any\w*|ok(?:ay)?|so|right|yes|no|sure|got it)\b)[a-z][^?]{12,120}\?$",
    re.I,
)


def _digs(sentence: str) -> bool:
    """Once a design is shown, the interviewer asks how it does something or puts a case to it."""
    return _DESIGN_ASKED.match(sentence) is not None or _CASE_ASKED.match(sentence) is not None


def _announced(said: str, catalogue: Catalogue, designing: bool) -> Implicit | None:
    """The candidate moving on by naming the step before saying it ("Me: High level - a booking service ...",
    "Me: Endpoints: POST /bookings"); among the first turns only a design step, not more requirements."""
    named = run_in(said.lstrip(), catalogue)
    if named is None or not named.step or named.step == "requirements":
        return None
    if named.step == "estimation" and not designing:
        return None  # "Scale: 1M a day?" among the first questions still clarifies the requirements
    return Implicit(STEP_LEVEL, named.title, "prompt", named.step)


def ordered(title: str, catalogue: Catalogue) -> Entry | None:
    """The step an interviewer's turn written as a title asks for, read as a prompt ("Q: Draw it.")."""
    found = turn_pattern(ROLES.names).match(title)
    return asks_for(title[found.end() - 1 :], catalogue) if found and from_interviewer(title) else None


def asks_for(question: str, catalogue: Catalogue) -> Entry | None:
    """The step or part one question asks for once a design is under way ("nfrs you'd state up front?")."""
    return _asked(question, catalogue, designing=True)


def _asked(asked: str, catalogue: Catalogue, designing: bool) -> Entry | None:
    """The step one sentence of a turn asks for, if it asks: a question, or a short order ("Draw it.");
    an answer that says "fail" is no ask, nor a short answer that lists ("games table: game_id, ...")."""
    asked = _ACKNOWLEDGED.sub("", asked, count=1)
    words = len(asked.split())
    # "Let's talk about the 'table ready' text.": an order opened as one may run longer
    opened = _ORDER_OPENS.match(asked) is not None
    # an order opened as one may go on after a comma ("Start with the API, then go there.")
    order = (words <= MAX_ORDER_WORDS or opened) and not any(mark in asked for mark in (":;=" if opened else ":,;="))
    if words > MAX_PROMPT_WORDS or not (asked.endswith("?") or order) or winds_up(asked) or _WAVED.match(asked):
        return None  # "Anything else?" winds the interview up, "Let's skip the API." waves a part away
    if designing and asked.endswith("?") and words <= MAX_QUALITY_WORDS and _GUARDS.search(asked):
        return catalogue.get("deep-dive")  # "Security concerns?" once the design is shown asks how it is guarded
    if asked.endswith("?") and words <= MAX_QUALITY_WORDS and _QUALITY.search(asked) and not _FAILING.search(asked):
        return catalogue.get("non-functional")  # "What about availability and performance?" asks for targets
    entry = _best(_QUOTED.sub("it", asked), catalogue)  # the "table ready" text names a thing, asks for no tables
    topic = entry is None and designing and asked.endswith("?") and words <= MAX_TOPIC_WORDS
    if topic and _QUALITY.search(asked):
        return catalogue.get("non-functional")  # "latency?" asks for a target: the requirements again
    if topic:
        entry = catalogue.get("deep-dive")  # "spectators?" asks for a dive
    if entry is not None and (entry.parent or entry.id) == "deep-dive" and not designing:
        return None  # "will it grow a lot?" among the first questions clarifies the requirements
    return entry


# A question of a question word alone, perhaps with "one" or "then": it follows the answer before it, naming no topic.
_FOLLOW_UP = re.compile(r"^(?:and\s+|so\s+)?(?:which|why|how|what|where)(?:\s+(?:one|ones|then|exactly))?\s*\?$", re.I)


def follows_up(text: str, speakers: Speakers = ROLES) -> bool:
    """The turn only asks a question word about the answer before it ("Interviewer: Which?" after two options laid
    out, "Why?"): inside a dive, the dive goes on; it opens none of its own."""
    found = turn_pattern(speakers.names).match(text)
    said = text[found.end() - 1 :].split("\n", 1)[0] if found else text
    return _FOLLOW_UP.match(_ACKNOWLEDGED.sub("", said.strip(), count=1)) is not None


# An API someone else runs, called or bought: "calling a speech-to-text API", "a third-party API".
_BOUGHT = re.compile(
    r"\b(?:call(?:s|ing)?|us(?:e|es|ing)|buy(?:ing)?|pay(?:ing)? for|third[- ]party|external|vendor'?s?|hosted|managed)"
    r"\s+(?:(?:a|an|the|their|some)\s+)?(?:[\w-]+\s+){0,3}?apis?\b",
    re.I,
)


# The interviewer waving a part away rather than asking for it: "Let's skip the API.", "Don't worry about the schema."
_WAVED = re.compile(
    r"^(?:(?:let'?s|let us|we can|we'll|you can|feel free to|go ahead and)\s+)?(?:just\s+)?"
    r"(?:skip|ignore|leave out|leave aside|forget about|don'?t worry about|no need for)\b",
    re.I,
)


def _best(asked: str, catalogue: Catalogue) -> Entry | None:
    """A part's prompt wins over a step's, the longest within each; the requirements are the exchange's."""
    hits = [(e, n) for e, n in prompt_hits(asked, catalogue) if (e.parent or e.id) != "requirements"]
    return max(hits, key=lambda hit: (not hit[0].is_step, hit[1]))[0] if hits else None


# What the candidate shows of a design in a transcript: an endpoint, a key marker, DDL, a row of fields.
_DESIGN_SHOWN = re.compile(
    r"\b(?:GET|POST|PUT|PATCH|DELETE)\s+/|\bPK\b|\bprimary key\b|\bcreate table\b"
    r"|\b[a-z]+_[a-z_]+\b[^\n]{0,40}\b[a-z]+_[a-z_]+\b[^\n]{0,40}\b[a-z]+_[a-z_]+\b",
    re.IGNORECASE,
)


def shows_design(text: str) -> bool:
    """The block shows a design: an endpoint, a table's key, DDL or a row of snake_case fields."""
    return _DESIGN_SHOWN.search(text) is not None
