"""Ways weighed in the words cheat sheets and blog posts use, with no trade-off word (D002, D004 and D001
through options.chosen_option): two ways named, as line or sentence labels ("OT: ...", "CRDT: ...") or side by
side in a sentence ("SSE or WebSockets?", "X vs Y"), what one costs, and a verdict ("-> OT is fine", "SSE it
is"); or a pair joined by "vs" and one side taken after an arrow with its reason.

judged_ways reads such a weighing by its shape, not its words: two ways, each leading its own line (or opening its
own sentence) with what it costs or buys in the closed class of words that judge anything ("simple", "slower",
"more infra", "but"), and a pick after them.
"""

from __future__ import annotations

import re

from designlint.doc.dialogue import ROLES, is_turn, turn_pattern
from designlint.doc.flows import is_flow
from designlint.doc.items import SENTENCE_STOP, sentence_span

# Words too common to name a way on their own.
COMMON_WORDS = frozenset(
    {"use", "the", "one", "two", "all", "any", "per", "just", "only", "keep", "store", "write", "read", "send"}
)


# A line (or a sentence) led by the name of a way, however short or symbolic the name: "OT: needs a central server",
# "UUIDv4 -> no coordination | 128 bit", "by chat_id -> 1 write per msg, but ...", "hash(url)[:7] -> ...".
_WAY_LINE = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?([A-Za-z0-9][\w+()\[\]:./-]*(?: [\w+()\[\]./-]+){0,3}?)(?:\*\*)?"
    r"[ \t]*(?::|->|→|=(?!=))[ \t]+\S",
    re.MULTILINE,
)
# Two ways set side by side in a sentence: "SQS vs self-hosted RabbitMQ", "SSE or WebSockets?", "we can do 3
# replicas or erasure coding", "instead of", "rather than".
_PAIRED = re.compile(
    r"\b(?:vs\.?|versus|instead of|rather than|compared (?:to|with)|the alternative|alternatively)\b"
    # a short question that is only the two ways: "SSE or WebSockets?" (not "does it react if X and/or Y is down?")
    r"|(?:(?m:^)|(?<=[.!:] ))[^.?!\n/]{1,40}\bor\b[^.?!\n/]{1,40}\?"
    r"|\b(?:can|could)\b[^.\n]{0,20}\b(?:do|use|go with|pick|choose|have|keep|run)\b[^.?!\n]{1,60}\bor\b",
    re.IGNORECASE,
)
# The words that turn from what a way buys to what it costs: one class for every reader of weighed ways.
CONTRAST = r"but|however|though|although|whereas"
# What a way costs, in the words or marks of a comparison: "but", "whereas", "at the cost of", "pros | cons".
_COSTS = re.compile(
    rf"\b(?:{CONTRAST}|downside|drawback|weak spot|at the (?:cost|price|expense) of"
    r"|(?:we|you) lose)\b|\S[ \t]+\|[ \t]+\S",
    re.IGNORECASE,
)
# A verdict in the words notes use besides a decision's: "SSE it is", "so we use cursors", "we stay with X",
# "=> snowflake", "-> OT is fine", "goin with per chat seq".
_VERDICT = re.compile(
    r"\b(?:so (?:we|I)(?:'ll| will)? (?:use|go|pick|take|keep|stay|stick)"
    r"|(?:we|I)(?:'ll| will)? (?:stay|stick)(?: with)?|\w+ it is|chosen[ \t]*:|goin[g']? w(?:ith|/)"
    r"|is (?:fine|enough|good enough|the (?:winner|pick|way to go)))\b"
    r"|(?:=>|⇒)[ \t]*\w",
    re.IGNORECASE,
)


def weighs_ways(text: str, facets: re.Pattern[str], choices: list[str]) -> bool:
    """Ways weighed with no trade-off word: two ways named (as line labels, or set side by side in a sentence),
    what one costs, and a verdict. Ways named by labels must be picked by a word only one of them holds; a
    verdict is read with its whole sentence ("-> OT is fine"), and a sentence that holds one names no way."""
    if "vs" in text.lower() and any(_picks_a_side(found) for found in _PAIR_PICKED.finditer(text)):
        return True
    if "vs" in text.lower() and _COSTS.search(text) and _goes_with_a_side(text):
        return True
    spans = [sentence_span(text, found.start()) for found in _VERDICT.finditer(text)]
    if not (choices or spans) or not _COSTS.search(text):
        return False
    if _PAIRED.search(text):
        return True
    labels = {
        m.group(1).lower()
        for m in _WAY_LINE.finditer(text)
        if not _facet(m.group(1), facets) and not any(start <= m.start(1) < end for start, end in spans)
    }
    if len(labels) < 2:
        return False
    words = [set(_LABEL_WORD.findall(label)) for label in labels]
    own = set().union(*words) - set.intersection(*words) - COMMON_WORDS
    verdicts = choices + [text[start:end] for start, end in spans]
    return any(not own.isdisjoint(_LABEL_WORD.findall(verdict.lower())) for verdict in verdicts)


# Two ways set side by side and one of them taken after an arrow, with its reason: "S3 multipart vs tus ->
# multipart, no extra server".
_PAIR_PICKED = re.compile(
    r"([\w./+-]+(?: [\w./+-]+){0,3}) +(?:vs\.?|versus) +([\w./+-]+(?: [\w./+-]+){0,3}?)"
    r" *(?:->|→|=>) *([\w./+-]+)[,:;(]? +\w",
    re.IGNORECASE,
)


def _picks_a_side(found: re.Match[str]) -> bool:
    picked = found.group(3).lower()
    return picked in found.group(1).lower().split() or picked in found.group(2).lower().split()


# Two ways set side by side ("ws vs long polling"), and a later pick that opens its line or sentence and names one of
# them ("going ws, keep long poll only as fallback", "-> use long polling").
_PAIR = re.compile(r"([\w./+-]+(?: [\w./+-]+){0,3}) +(?:vs\.?|versus) +([\w./+-]+(?: [\w./+-]+){0,3})", re.IGNORECASE)
_GOING = re.compile(
    r"(?:^|[.;!?]\s+|(?:->|→|=>)\s*)(?:[-*+]\s+)?(?:so\s+)?(?:going|go|picking|pick|picked|chose|choosing|using|use)"
    r"\s+(?:with\s+|for\s+)?(?:the\s+)?([\w+-]+)",
    re.IGNORECASE | re.MULTILINE,
)


def _goes_with_a_side(text: str) -> bool:
    """A pick after a pair of ways names a word that only one side of the pair holds."""
    for pair in _PAIR.finditer(text):
        sides = [set(_LABEL_WORD.findall(pair.group(n).lower())) for n in (1, 2)]
        own = (sides[0] ^ sides[1]) - COMMON_WORDS
        if any(g.group(1).lower() in own for g in _GOING.finditer(text, pair.end())):
            return True
    return False


# A word of a way's label, two letters being enough for a name ("OT", "S3").
_LABEL_WORD = re.compile(r"[a-z0-9][\w+-]+")


def _facet(label: str, facets: re.Pattern[str]) -> bool:
    return is_turn(label + ":") or facets.fullmatch(label.lower()) is not None


# --- ways judged side by side, whatever words name them ---------------------------------------------------------

# Words that judge a way in any domain: what it costs or what it buys ("simple but blocks the worker", "+1 RTT",
# "fastest, may hit a stale replica", "more infra"). A closed class, not a list of phrasings.
_JUDGED = re.compile(
    rf"\b(?:{CONTRAST}|while|simpl(?:e|er|est)|complex(?:ity)?|fast(?:er|est)?|slow(?:er|est)?"
    r"|cheap(?:er|est)?|expensive|costly|cost(?:s|ly)?|easy|easier|hard(?:er)?|heav(?:y|ier)|light(?:er|weight)?"
    r"|extra|more|less|fewer|risk(?:y|s)?|pain(?:ful)?|stale|fresh(?:er)?|instant(?:ly)?|lag(?:s|gy)?|waits?|overhead|bottleneck"
    r"|(?:won'?t|doesn'?t|does not|can'?t) scale|scales?(?: well| badly| poorly)?|downside|upside|pros?|cons?"
    r"|only|no (?:joins|transactions|coordination|extra)|needs?|requires?|must|has to|loses?|lost|bigger|smaller"
    r"|big|small|tiny|huge|large|accurate|inaccurate"
    r"|wastes?|wasted|wasteful|saves?|saving|manual(?:ly)?)\b"
    # what it buys and what it costs split by a pipe: "no coordination | collisions, need check+retry"
    r"|(?:^|\s)[+−]\s?\w|[✓✗✔✘]|\$\$|\S[ \t]+\|[ \t]+\S",
    re.IGNORECASE,
)
# A way leading its line, named in up to ten words before what is said of it: "retry loop inside the
# worker: simple but ...", "write-through → cache always fresh", "  vs ws close event → instant, but ...".
_LED = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?(?:(?:vs\.?|or|versus)[ \t]+)?(?:\*\*)?"
    r"([^\s:=→>]+(?:[ \t]+[^\s:=→>]+){0,9}?)(?:\*\*)?[ \t]*(?::|->|→|=(?!=)|—|–| - )[ \t]*(\S.*)$",
    re.MULTILINE,
)
# A pick: "we go w/ the retry queue", "★ cache-aside", "pick: server-auth", "so we choose Cassandra", "I'd do the DB
# claim", "We took multi-leader", "leaning pull", "mix: push for ...", "both: ...".
_PICK = re.compile(
    r"\b(?:(?:we|i)(?:'d|'ll| will| would)?[ \t]+(?:\w+ly[ \t]+)?(?:go|went|take|took|do|pick|picked|choose|chose"
    r"|use|used|prefer|settled|landed|decide|decided|accept|accepted)\b|go(?:ing)?[ \t]+(?:with\b|w/|for\b)|leaning"
    r"|(?:pick|choice|mix|both|hybrid|decision|verdict|so)[ \t]*:|decided)|[★✓✔]"
    r"|^[ \t]*(?:[-*+][ \t]+)?(?:→|->|=>|⇒|>>)"
    # the way that won, as notes say it: "geohash in Redis won: updates are a key overwrite"
    r"|\b(?:won|wins)(?:[ \t]+out)?[ \t]*[:.]"
    # a line that opens on the pick: "went leaderless bc ...", "= consistent hash w/ 256 vnodes"
    r"|^[ \t]*(?:[-*+][ \t]+)?(?:went|chose|picked|used|took)\b|^[ \t]*=[ \t]*(?=[A-Za-z])"
    # notes drop the "with": "going bloom.", "goin geohash" (not "going to", "going forward")
    r"|^[ \t]*(?:[-*+][ \t]+)?goin[g']?[ \t]+(?!(?:to|forward|back|on|up|down|over|through)\b)\w",
    re.IGNORECASE | re.MULTILINE,
)


def judged_ways(text: str, facets: re.Pattern[str]) -> bool:
    """Ways judged side by side and one picked, line by line or sentence by sentence, whatever words name them."""
    return _judged_lines(text, facets) or _judged_sentences(text)


def _judged_lines(text: str, facets: re.Pattern[str]) -> bool:
    """Two ways or more, each leading its own line with what it costs or buys, and a pick after the first of them:
    notes and cheat sheets weigh options so, in any words ("single FIFO = simple but ...", "per-host queues + a
    scheduler ... more moving parts", "=> per-host queues")."""
    # a flow is no way: "Guest app / web -> API gateway -> Reservation service -> MySQL (primary + replica)"
    judged = (m for m in _LED.finditer(text) if not _facet(m.group(1), facets) and _judges(m.group(2)))
    ways = [m for m in judged if not is_flow(m.group(0))]
    named = {m.group(1).lower() for m in ways if not _PICK.match(m.group(0))}
    if len(named) < 2:
        return False
    after = min(m.start() for m in ways)
    return _PICK.search(text, after) is not None or _arrow_to_way(text, named, max(m.end() for m in ways))


# What a way buys and what it costs split by a slash between words, as a pipe splits them: "stateless, no lookup
# per req / cant revoke until expiry"; not on a line of paths ("POST /rooms / bookings").
_SLASHED = re.compile(r"[A-Za-z),][ \t]+/[ \t]+[A-Za-z(~]")
_PATH = re.compile(r"(?:^|\s)/\w")


def _judges(said: str) -> bool:
    """What is said of a way judges it: a word of the closed class, or a slash between a gain and a cost."""
    return _JUDGED.search(said) is not None or (_SLASHED.search(said) is not None and not _PATH.search(said))


_ARROW_TO = re.compile(r"(?:->|→|=>|⇒|>>)[ \t]*([A-Za-z][\w+-]*)")


def _arrow_to_way(text: str, named: set[str], after: int) -> bool:
    """After the ways, an arrow to a word only one way's name holds: "we r server-centric anyway -> OT"."""
    words = [set(_LABEL_WORD.findall(name)) - COMMON_WORDS for name in named]
    return any(
        sum(1 for own in words if found.group(1).lower() in own) == 1 for found in _ARROW_TO.finditer(text, after)
    )


# A sentence that says what its way costs: a contrast, or the cost named ("the risk is a hot shard", "it needs a
# block index", "more complicated conflict handling").
_CONTRASTED = re.compile(
    rf"\b(?:{CONTRAST}|(?:the )?(?:risk|downside|catch|cost|price|drawback) is|at the (?:risk|cost|price|expense) of"
    r"|needs? (?:a|an|more|extra)|more (?:complicated|complex|expensive|work|moving parts))\b",
    re.IGNORECASE,
)
# Where a sentence turns to its conclusion: "Most users edit big files, so we go with delta sync".
_SO = re.compile(r"[,;] (?:so|therefore|hence|thus) ", re.IGNORECASE)
# The word a sentence opens on, past an article: "The naive version increments ...", "A third route is ...".
_OPENING = re.compile(r"(?:(?:the|a|an)\s+)?([\w'-]+)", re.IGNORECASE)
# Openings that name no way: a sentence opening so goes on about the way before it ("It scales, but ...").
NO_WAY = frozenset(
    {"it", "its", "it's", "this", "that", "these", "those", "they", "the", "a", "an", "we", "i", "our", "you", "there",
     "here", "and", "so", "but", "also", "then", "both", "either", "each"}
)
# A way put as a condition names itself after the "if" and the words that name no way: "If both ledger entries go
# in one transaction, ... but" over "If we emit an event ..., but" weighs "ledger" against "emit".
_CONDITION = re.compile(
    rf"^if\s+(?:(?:{'|'.join(re.escape(word) for word in sorted(NO_WAY | {'all', 'every'}))})\s+)*", re.IGNORECASE
)


def _judged_sentences(text: str) -> bool:
    """Prose weighs ways sentence by sentence: two sentences, opening on different words, each turning on what its
    way costs ("Single-leader ... stays consistent, but ...", "Multi-leader fixes that latency but ..."), and a
    sentence after them that takes one ("We took multi-leader ...")."""
    sentences = [s.strip() for s in SENTENCE_STOP.split(text) if s.strip()]
    openings: set[str] = set()
    way = ""  # the way the sentences are about: "It needs a block index" goes on about the one before
    for sentence in sentences:
        if openings and _picks(sentence, openings) and (len(openings) >= 2 or _picks_another(sentence, openings)):
            return True
        # "**Whole-file upload** is ...", "- **2PC** gives atomicity, but ..." open ways too
        opening = _OPENING.match(_CONDITION.sub("", _unturned(sentence).lstrip("-*+•_` ")))
        word = opening.group(1).lower() if opening else ""
        way = way if word in NO_WAY else word
        if way and _CONTRASTED.search(sentence):
            openings.add(way)
    return False


def _picks(sentence: str, openings: set[str]) -> bool:
    """The sentence, or its conclusion after a "so", takes a way ("Me: So I'd use ..." as well); or an answer is a
    way's name alone ("Me: user_id.")."""
    said = _unturned(sentence)
    if any(_PICK.match(_LEAD_SO.sub("", part)) for part in _SO.split(said)):
        return True
    # the pick after the case it is for: "For a wallet where people spend their balance, I keep it synchronous"
    if _CASE_THEN_PICK.search(said):
        return True
    answer = said.rstrip(".!").lower()
    return answer in openings or any(found.group(1).lower() in openings for found in _WON.finditer(sentence))


_CASE_THEN_PICK = re.compile(
    r"^(?:for|in|with)\s[^,]{3,80},\s+(?:I|we)(?:'d|'ll| will| would)?\s+(?:keep|go|use|pick|take)\b", re.IGNORECASE
)
# A sentence that opens on its conclusion: "So I'd use prioritised queues".
_LEAD_SO = re.compile(r"^(?:so|then|hence)\b,?[ \t]*", re.IGNORECASE)
# What a pick takes: the words after its verb, a preposition and an article aside ("I'd use prioritised queues",
# "we went with lazy resizing").
_TAKEN = re.compile(r"[ \t]+(?:(?:with|for|w/)[ \t]+)?(?:(?:the|a|an)[ \t]+)?([\w'-]+)")


def _picks_another(sentence: str, openings: set[str]) -> bool:
    """The pick takes a way other than the one judged before it: "Plain BFS FIFO is easy and fair but ..." over
    "So I'd use prioritised queues" weighs two ways, one named to be turned down."""
    said = _LEAD_SO.sub("", _unturned(sentence))
    found = _PICK.match(said)
    taken = _TAKEN.match(said, found.end()) if found else None
    return taken is not None and taken.group(1).lower() not in openings | NO_WAY


# One of the ways named as the winner: "For a write-heavy stream, geohash in Redis won: updates are a key overwrite."
_WON = re.compile(r"\b([\w-]+)(?:[ \t]+(?:in|on|with)[ \t]+[\w-]+)?[ \t]+(?:won|wins)(?:[ \t]+out)?[ \t]*[:.]", re.I)


def _unturned(sentence: str) -> str:
    """The sentence without the speaker opening its turn ("Me: user_id." is "user_id."); the turn's pattern ends
    on the first character said."""
    found = turn_pattern(ROLES.names).match(sentence)
    return sentence[found.end() - 1 :].strip() if found else sentence
