"""Flows written on one line: components joined by arrows ("Browser -> gateway -> service"), a diagram in a
sentence. drawing.py reads them beside drawings in code blocks; a chain of figures, of states or of stages in
time joins no components and is no flow.
"""

from __future__ import annotations

import re

from designlint.doc.items import SENTENCE_STOP
from designlint.doc.model import CODE_SPAN

# An arrow between two components: "->", "-->", "=>", "→", or both ways: "⇄", "↔" ("client ⇄ websocket ⇄ server").
ARROW = re.compile(r"\s*(?:-+>|=+>|[→⟶⇒➔⇄⇆↔⟷])\s*")
ARROWS = ("->", "=>", "→", "⟶", "⇒", "➔", "⇄", "⇆", "↔", "⟷")  # a text without one of them holds no flow


def is_flow(line: str, arrows: int = 2) -> bool:
    """A chain of components joined by arrows ("Browser -> gateway -> service"): a diagram on one line.

    The components between the ends are short names, so a sentence that happens to hold two
    arrows ("maps a -> b, then we send it -> c later on in the day") is not read as a flow.
    """
    if ";" in line:  # "app -> api -> db; gate -> gate service -> cache": two flows on one line
        return any(is_flow(segment, arrows) for segment in line.split(";"))
    # (a state in a note on a component, "db(status=queued)", is what that step writes, no lifecycle)
    if _STAGES.match(line) or _LIFECYCLE.search(NOTE.sub("", line) if "(" in line else line):
        # "Growth: one instance → partition by city → multi-region" is a path in time, "`status` goes `held →
        # paid → picked_up`" a record's states: neither joins parts
        return False
    # a flow marked as code in a sentence ("Flow: `app -> queue -> worker`, with usage coming in through ...")
    if "`" in line and any(is_flow(span, arrows) for span in CODE_SPAN.findall(line)):
        return True
    # notes that open their lines with arrows use them for "then" and "so" too: a flow there takes one arrow more
    bulleted = ARROW_BULLET.match(line)
    parts = ARROW.split(line[bulleted.end() :] if bulleted else line)
    if len(parts) <= arrows + bool(bulleted) or not parts[-1].strip():
        return False
    # A chain of figures ("800M views/day -> ~9.3k QPS -> peak ~28k") is arithmetic, not components; a chain
    # of states ("PENDING → RESERVED → PAID") is a lifecycle.
    if sum(1 for part in parts if FIGURE.search(NOTE.sub("", part))) * 2 > len(parts):
        return False
    if sum(1 for step in _steps(parts) if _STATE.fullmatch(step.strip(" .,;:()"))) * 2 > len(parts):
        return False
    # A note in brackets on a component ("comment svc (validate, rate limit)") is not its name; a
    # sentence's end between two arrows ("nothing visible. majority loss") is no component at all.
    # A step that is only a note ("-> (write like record) ->") tells what happens along the way.
    middle = [NOTE.sub("", part) for part in parts[1:-1] if not NOTE.fullmatch(part.strip())]
    # two pairs on one line, not a chain of three: "changed often -> shorten interval, unchanged -> lengthen"
    if len(parts) == 3 and any("," in part for part in middle):
        return False
    # a long chain the line says is drawn, or would be, is a drawing where a sentence runs into it ("I didn't draw a
    # single box ... but committee app → API → scoring → snapshot → CDN takes thirty seconds to draw"); a
    # sentence's "structure diocese → unit → parish → building" nests names, it joins no parts
    drawn = len(middle) >= _LONG_CHAIN and _DRAW_WORD.search(line) is not None
    # ... and so is a chain of four components or more between its ends, however its first step is told ("sources
    # (claims sys, mail archive) push or we poll -> raw into object storage -> queue -> extractor -> indexer -> ...")
    drawn = drawn or len(middle) >= _LONGER_CHAIN
    return all(_component(part) for part in middle) and (drawn or _opens(parts[0]))


_LONG_CHAIN, _LONGER_CHAIN = 3, 4
_DRAW_WORD = re.compile(r"\b(?:draw|drew|drawn|drawing|sketch(?:ed)?|diagram|box(?:es)?)\b", re.IGNORECASE)


# A line labelled as the design's growth or its stages in time: what follows the label is a sequence of versions.
_STAGES = re.compile(
    r"^\s*(?:[-*+•]\s*)?(?:\*\*|__)?(?:growth|growing|scaling|scale|evolution|roadmap|phases?|stages?|migration"
    r"|later|future)(?: path| plan)?(?:\*\*|__)?\s*:",
    re.IGNORECASE,
)
# An arrow as a bullet ("-> client -> cdn -> api gw"), which notes typed as arrows open their lines with.
ARROW_BULLET = re.compile(r"^\s*(?:-+>|=>|[→⟶⇒➔])\s+(?=\S)")


def _steps(parts: list[str]) -> list[str]:
    """What each arrow joins: the word on either side of it at the ends, the whole part between ("the order goes
    OPEN -> PAID -> DONE (or FAILED). Then ..." joins OPEN, PAID and DONE)."""
    first = (parts[0].split() or [""])[-1]
    last = (NOTE.sub("", parts[-1]).split() or [""])[0]
    return [first, *parts[1:-1], last]


# What may come before a flow's first component on its line: a list marker or a short label ("flow:").
_LEAD = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])?\s*(?:(?:\*\*|__)?[A-Za-z][\w '’/-]{0,20}(?:\*\*|__)?:\s+)?")


def _opens(first: str) -> bool:
    """The flow opens its line: after a list marker or a short label, its first component, not the end of a
    sentence that runs into it ("... a scan is decided locally: signature ok -> ...") nor a note in
    brackets ("locale fallback (pt-BR -> pt -> en)")."""
    # or its sentence: "I never drew it properly. In my head it's: web/app -> API -> Postgres" (in notes typed in
    # lower case a stop is as often a pause: "unique(backer_id, idem_key). client retries => ...")
    last = SENTENCE_STOP.split(first)[-1].lstrip()
    first = last if last[:1].isupper() else first
    lead = _LEAD.match(first)
    # a note on the first component ("exch feed (A+B lines) -> ..."); a bracket left open holds the flow
    name = NOTE.sub("", first[lead.end() :] if lead else first)
    if "(" not in name and _component(name) and _short(name):
        return True
    # a sentence that says a flow follows: "The flow is POS -> hub -> screens"
    found = _INTRODUCED.search(first)
    return found is not None and _component(found.group(1)) and _short(found.group(1))


def _short(name: str) -> bool:
    """A first component of a few words, each of those side by side counted alone ("owner app / farm web /
    driver app -> API"): a sentence running into the flow is longer."""
    return all(len(side.split()) <= MAX_FIRST_WORDS for side in _SIDES.split(name))


# (either way in counts alone too: "HTTPS POST batch or MQTT -> ingest svc -> Kafka")
_SIDES = re.compile(r"\s+(?:[/+&|]|or)\s+")


MAX_FIRST_WORDS = 4
# ... or that one was drawn, as a retro recalls the board: "Drew client -> API servers -> S3", "I drew: app -> ...",
# "drew boxes: POS -> gateway -> ...", "I drew (on their board) client -> gateway -> ...", or that it stands for
# the drawing ("no diagram, sorry, it is simple: scheduler -> postgres -> queue -> workers")
_INTRODUCED = re.compile(
    r"\b(?:(?:flow|path|pipeline|chain|route)s?\s*(?:is|goes|looks like|:)"
    r"|\b(?:diagram|drawing)\b[^.:;()]{0,40}(?::|\()"  # "TODO diagram (gates <-> resort server <-> cloud)"
    r"|(?:drew|sketched)\b(?:\s*\([^()\n]{0,40}\))?(?:\s+(?:the\s+|a\s+|some\s+)?(?:boxes|diagram|architecture|design)\s*(?=:))?)"
    r"\s*:?\s*(?:roughly\s*:?\s*)?([^.;:]+)$",
    re.I,
)


def _component(part: str) -> bool:
    """A step of a flow that can name a component: a few words, no sentence's end, no clause. Components
    side by side count one by one ("event svc / booking svc / payment svc", "Postgres + Redis")."""
    words = [word for word in part.split() if word not in _SIDE_BY_SIDE]
    return 0 < len(words) <= _SIDE_WORDS * (len(part.split()) - len(words) + 1) and no_clause(part)


def no_clause(part: str) -> bool:
    """The text may name a component: no sentence's end, no clause opening on a pronoun, no verb and its object."""
    return not _SENTENCE_END.search(part) and not _CLAUSE.match(part) and not _ACTION.match(part)


# A step of a journey or an algorithm, a verb then its object or condition, where a component gives its name:
# "gets a signed token", "check if the code exists", "write the comment".
_ACTION = re.compile(r"^\s*[a-z]+\s+(?:a|an|the|if)\b", re.IGNORECASE)


_SIDE_BY_SIDE = frozenset({"/", "+", "&", "|"})
_SIDE_WORDS = 6


# What a part of a system is called: a kind of component, a store or a device, or a product that is one. A chain
# of steps that names none ("volunteer searches member -> sees open loans -> picks one", "parcel arrives -> scan
# lines -> qty_received") tells what people or records do one after another, not which parts talk.
_PART_KIND = re.compile(
    r"\b(?:apis?|gateways?|gw|lbs?|load[- ]balancers?|proxy|proxies|servers?|(?:micro)?services?|svcs?|srv"
    r"|backends?|frontends?|db|dbs|databases?|stores?|storage|caches?|queues?|topics?|streams?|bus|brokers?|workers?|consumers?|producers?"
    r"|schedulers?|cron|jobs?|index(?:ers?|es)?|search|cdn|buckets?|blobs?|tables?|wal|ledger|warehouse|lake"
    r"|apps?|clients?|browsers?|web|mobile|phones?|devices?|tablets?|kiosks?|controllers?|edge|hubs?|sensors?"
    r"|readers?|scanners?|printers?|terminals?|pos|screens?|displays?|dashboards?|ui|portal|sdk|bots?|firmware"
    r"|webhooks?|providers?|adapters?|connectors?|ingest(?:er|ion)?|pipelines?|etl|nodes?|clusters?|replicas?"
    r"|shards?|primary|leader|followers?|dns|pub/?sub|(?:web)?sockets?|ws|sms|email|push|notifier|fcm|apns|smtp"
    r"|s3|gcs|redis|memcached|kafka|rabbitmq|sqs|sns|kinesis|pulsar|nats|mqtt|postgres(?:ql)?|pg|mysql|sqlite"
    r"|mongo(?:db)?|dynamo(?:db)?|cassandra|elastic(?:search)?|opensearch|clickhouse|bigquery|snowflake|lambda"
    r"|nginx|envoy|firebase|stripe|twilio)\b",
    re.IGNORECASE,
)


def names_part(line: str) -> bool:
    """The line names a kind of component somewhere, most of its steps are names in capitals ("Query
    Understanding -> Candidate generation -> Blender"), or every step is one word ("camera -> encoder -> origin ->
    player"): a flow of parts does, a chain of events tells who does what ("coordinator cancels -> ...")."""
    steps = [NOTE.sub("", step).strip(" -*+•`.") for step in ARROW.split(line)]
    named = sum(1 for step in steps if step[:1].isupper())
    single = all(len(step.split()) == 1 for step in steps)
    return _PART_KIND.search(line) is not None or named * 2 > len(steps) or single


# a figure, not a name with a digit in it ("L4 LB", "S3") nor one in a note ("resolver (ISP / 8.8.8.8)")
FIGURE = re.compile(r"(?<![A-Za-z])\d")
# a record's status or state said to move along the arrows: "`status` goes ...", "order state: created -> paid"
# (or the states named after the machine: "the appeal state machine (draft → submitted → decided)")
_LIFECYCLE = re.compile(
    # whose status, named as a label: "Status of an order: neu -> bestätigt -> abgeholt"
    r"\b(?:status|state|lifecycle)\b[`'\"]?(?: of (?:an? |the |each |every )?[\w-]+)?"
    r"\s*(?:goes|moves|changes|transitions|flows|:|=)"
    r"|\bstate machine\s*[(:]",
    re.I,
)
_STATE = re.compile(r"[A-Z][A-Z_]{2,}(?:\s*/\s*[A-Z][A-Z_]{2,})*")
NOTE = re.compile(r"\([^()]*\)")
# a sentence's end, or a clause joined on ("same code (free dedup), but collisions"): no component's name
_SENTENCE_END = re.compile(r"[.!?]\s|,\s*(?:but|so|and then|which)\b")
# A step that opens with a pronoun is a clause, not a component: "node dies -> its leases expire -> ...";
# "our authoritative NS" names one of ours.
_CLAUSE = re.compile(r"\s*(?:its|their|his|her|we|they|it)\b", re.IGNORECASE)
