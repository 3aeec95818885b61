"""D004-D006 read what a design says, not which words it holds: each kind of text below is one way writers
state (or only seem to state) a trade-off, a failure mode or a scaling path."""

from __future__ import annotations

import pytest

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline

from conftest import lint_string

HEAD = """# Design a booking service

## Requirements

- Guests book rooms; hosts list rooms.
- Must be highly available, fault tolerant and horizontally scalable.

## High-level design

A booking service writes reservations to PostgreSQL behind a load balancer.

## Deep dives

### Reservations

"""


def _flags(rule: str, body: str) -> bool:
    return [f.rule_id for f in lint_string(HEAD + body + "\n", select=(rule,))] == [rule]


SCALING_PATHS = [
    # a trigger and a finer key the hot one is split by
    "Paris is the busy city: one key, one shard. When it gets too big, split by district (geohash-5 prefix).",
    # the celebrity problem without the word
    "For the few streamers with millions of followers we skip fan-out and merge their posts at read time.",
    # a size it grows from and to, with a hedge before the figure
    "With 256 buckets we can grow from like 3 booking workers to 256 without changing anything.",
    # growth told as more of what the product serves, and what changes then
    "Right now one database. If we add more countries, shard bookings by country first.",
    # a list item wrapped at the writer's line width, the phrase broken across the lines
    "- Small hotels share one index; a hotel is moved to an index of its own when it\n  crosses a size threshold.",
    # split in the other order: the action first, then the part running hot or big
    "Listings are range-partitioned by region, and a shard is split automatically when it gets too big.",
    "As the audience grows we add more fan-out nodes; the channel per sale fans out to them.",
    "If the company expands to another continent, partition bookings by location.",
    "Q: Now say the whole org adopts it and you get 10x the repos.\n\nA: Ingest is stateless, so more workers.",
    # capacity added where a question about growth asks for it
    "Q: Scale to 20M meters?\n\nA: Ingest is stateless. Kafka: add brokers and increase partitions.",
    # the interviewer setting a bigger load as a statement, the candidate's answer below it
    "**Interviewer:** OK, now it's 40 harbours on 3 coasts.\n\n**Me:** I'd partition by harbour and run one "
    "deployment per coast.",
    # whatever gets bigger, and pods scaled up ahead of a known peak
    "If presales get bigger, the queue is sharded by event.",
    "Q: What if a challenge gets to 50M people?\n\nA: Split members across K sorted sets by hash(user_id).",
    "The index doubles in two years. Plan: if needed, split indices by action family onto separate clusters.",
    "When the catalogue grows past 2M rooms, search gets an index of its own.",
    # one thing far busier than the rest, split up
    "Two sales at once are fine; 1 hot sale -> split into N sub-queues by user hash, admitting 500/N from each.",
    # a mechanism under a heading for the next phase
    "#### Phase 2\n\nThe group adds three cities: the booking service is stateless, so more replicas.",
    # the first version's limit, then what changes
    "One Postgres node taking every booking plus the search reads is where it gets tight; then split by city.",
    "Scale api pods up 30 minutes before the presale opens.",
    "Today one primary holds every reservation. As write traffic grows past what it can take, we shard by host id.",
    "## Growth\n\nReservations get a read replica for search, then a second region.",
    "At 10x the bookings we split the reservations table by region.",
    "Hot keys: a viral listing can swamp one cache node, so its entry is copied to every node.",
    "Celebrity hosts with thousands of listings get their own partition so they do not crowd others.",
    "We start on a single server; when it no longer fits on one machine we add more booking servers.",
    "Search traffic is handled by adding read replicas as the number of guests grows.",
    # the biggest customers moved onto capacity of their own
    "A few huge hosts are 5% of the traffic; we move them to dedicated shards through a host directory.",
    "Bookings are partitioned by host so each host's events stay in order. Huge hosts get their own partitions.",
    "Most listings are computed on the fly. hot listing set → full precompute every night.",
    "Regions also give the obvious scaling path: more regions, more booking instances.",
    "One booking node works for a small host. It starts to hurt for a big hotel chain, so those get a shard.",
    "Q: And if a listing is 100k guests?\n\nA: Then one queue is not enough; split its guests across several queues.",
    "To scale writes, we can partition the reservations table by host id.",
    "## Scaling\n\n- Shard by host id",
    "One primary is enough today; once bookings pass a few TB we would shard them by host id.",
    "Start with one database server. Then split reads onto replicas, then split the tables by region.",
    "If one booking pool gets too big for one matcher, we split it by city; more regions just means more pools.",
    "Growth plan:\n- Phase 1: one region\n- Phase 2: add a second region for Europe",
    "We add cache nodes as the listing count grows.",
    # growth as a multiple, and a section titled by the limit of the first version
    "If we 4x to 200k hosts, one search node runs out of memory, so we split the index by region.",
    "### When one index isn't enough\n\nWe shard the listing index by region.",
    "And when we go multi-region, each listing lives in the region of its host.",
    "Past a few hundred thousand msgs/s per gateway, a fan-out tier takes a slice of the listings each.",
    "### Hot key (one song gets most votes)\n\nEach counter is split into 32 sub-keys across shards.",
    "One key on one shard caps at about 80k ops/s, so the hottest listings get split into 8 sub-keys.",
    # anything growing past a mark, a multiple of growth, a size at which the writer would change the design
    "Later, when the fleet grows past ~3k hosts: split the booking service per region, each with its own queue.",
    "If bookings grow 10x next year, the one primary falls behind, so reservations get sharded by host id.",
    "At 50M guests I'd go to several independent booking clusters, guests assigned by a hash of their id.",
    # the question asks about growing; the answer puts something in at that size
    "**Q. What if this takes off and we have 2,000 cities?**\n\nA. Bookings are sharded by city.",
    "At 20k hosts I'd put a queue in front of the primary, partitioned by host id.",
    "If the listing index ever stops fitting in memory, we split it by first letter across nodes.",
    # big outright, the first version's limit as a condition, a tier scaled, scaling told as adding
    "When the fleet gets big, each region gets a relay tier of its own.",
    "When one Redis isn't enough, the keys go to a cluster by host id.",
    "Later, if a single region is no longer enough, we run the whole stack in a second one.",
    "Scaling the API tier is simple: it is stateless behind the balancer.",
    "The websocket tier scales by adding servers.",
    # one big one given capacity of its own, growth as a count of places, growth named as what it takes,
    # the graph's celebrities
    "Bookings are keyed by city, so a big city like Paris might get its own Kafka partitions.",
    "When we go from one city to fifty, each city is a shard with its own booking database.",
    "Growth mostly means adding regions and booking servers behind the balancer.",
    "Supernodes (hosts with 30k listings): cap the fan-out and sample their listings.",
    # growth as a rule in arrows, and the business going into more places
    "Plan for later: more hosts → more booking engines; the engine for one host stays single.",
    "The interviewer: say the company launches in 30 more cities next year. Then bookings go by city.",
    "The booking log is partitioned by host, so more partitions = more throughput when the season peaks.",
    # a clause that only sounds like a note of work left ("nothing to do with") before the path
    "Everything is keyed by city, which has nothing to do with hosts. When one city gets too hot for a "
    "single partition, split it by district.",
    # a trigger crossed, in any words, and capacity added
    "When disk use on the booking cluster crosses 70%, we add machines one at a time.",
    "Once bookings from Asia pass a fifth of traffic, we stand up a booking stack in each region there.",
    # the hot spot itself and the way its load is spread
    "On launch day a listing's calendar row gets hot; it is split into 20 buckets, each its own row.",
    "hot events (festival weekends) -> give each its own booking engine",
]

NOT_SCALING_PATHS = [
    # a split by kind that nothing grows into
    "Bookings are split by district for the monthly report.",
    # a pain that is no load: the guest's, not the design's
    "Booking on a phone starts to hurt when the form has ten fields, so it has three.",
    # the hot path of a request is no hot spot
    "The hot path → gateway → booking service → Postgres, all in one region.",
    # a hot spot named and waved off
    "A mega listing with thousands of reviews is a hot spot but that's rare and still small.",
    # one user's audience, no growth and no hot key
    "Each user with followers sees a follower count on their profile.",
    # more of something costing more, nothing added to carry it
    "More hosts → more load on the booking service, which is fine at this size.",
    # a span of values, not growth
    "Prices go from 3 to 9 dollars a night depending on the season.",
    # more of something added as a feature, nothing growing
    "Hosts can add more photos to a listing from the app.",
    # a split that is part of how a write is stored, not growth
    "Each photo is split into tiles when it is uploaded.",
    # a busy thing named, nothing split: contention, not growth
    "Optimistic locking means lots of retries when a hot hotel sells out on a sale day.",
    # the same words as the base design, with no question about growth before them
    "Q: How does ingest work?\n\nA: Ingest is stateless. Kafka: add brokers and increase partitions.",
    "Never got to how it grows: sharding by host id would be the next step.",
    "Reservations are partitioned by host id, so each worker owns its hosts.",
    "- Celebrities\n- Sharding",
    "How would the reservations table be partitioned?",
    "The schema is simple and scalable.",
    "Each partition returns its matches and the aggregator ranks them.",
    "Searches run 10x more often than bookings, so search reads from a replica.",
    # a marker of work left is still one
    "TODO: shard the bookings by host id when it gets too big.",
    # one message or payload getting big is no load
    "If the payload gets big, the booking service compresses it before the write.",
    "Larger listing photos are served from a CDN in every region.",
    # a ranking, not a threshold passed
    "The first seconds of the top 1M tracks are pushed to the CDN edges ahead of time.",
    # partitions moved to a live member after a crash: recovery, and a cost named, not growth
    "If a worker dies, its partitions are rebalanced to the others; bookings wait during the rebalance.",
    "Main cost: a stateful service with rebalance logic to own.",
    "Feedback: clear clocks. Didn't touch scaling beyond one region at all.",
    # a size today, and a thing growing in the world, not the load
    "At 5M bookings a year we'd be fine on the one primary we have.",
    "When the list of amenities grows over time, hosts tick more boxes.",
    "**Q. What if a guest has 3 bookings at once?**\n\nA. Each booking is partitioned by host id as usual.",
    "### What I skipped\n\nThe host dashboard beyond 'it reads from a replica', and pricing.",
    # a region chosen once, buckets of a kind, a hot thing with nothing added: no path
    "We stand up the booking stack in each region the hosts are in from day one.",
    "Listings are grouped into price buckets for the search filters.",
    "A viral listing gets a lot of views, which the CDN serves anyway.",
]


@pytest.mark.parametrize("body", SCALING_PATHS)
def test_growth_beyond_the_first_version_is_a_scaling_path(body: str) -> None:
    assert not _flags("D006", body)


@pytest.mark.parametrize("body", NOT_SCALING_PATHS)
def test_base_partitioning_topic_names_and_questions_are_not_a_scaling_path(body: str) -> None:
    assert _flags("D006", body)


FAILURE_MODES = [
    "If the booking worker crashes mid-reservation, another worker picks the job up from the queue.",
    "The primary has a hot standby in another zone; a replica takes over when the primary goes down.",
    "Calls to the payment provider retry with backoff and land in a dead letter queue after five tries.",
    "The lock service is a single point of failure, so it runs as a three-node cluster.",
    "Uploads are chunked so the client can resume interrupted uploads chunk by chunk.",
    # saved state where failure or another place is spoken of
    "The ledger is snapshotted to another region every hour.",
    "Each worker checkpoints its offset, so nothing is lost on a redeploy.",
    # a part that stops moving
    "If a partner feed is stuck for over 2 h, its listings are marked stale and someone is paged.",
    # a part failing as a line's label, the reaction after the arrow
    "ranking service down -> serve the booking list in plain date order from the cache",
    # trying again on a clock, a part taken out of rotation, one of many lost
    "If the host's phone is unreachable we try the push again every 30 s, then send an SMS.",
    "The balancer drops a booking node from the pool after two failed health checks.",
    "Losing one replica only slows reads; the other two carry on."
]

NOT_FAILURE_MODES = [
    # a thing of the product that goes nowhere
    "Only show profiles active in the last week; inactive profiles are dead swipes and a bad experience.",
    # a reminder to oneself says it is not covered yet
    "Notes for next time: remember to say what happens if the courier's phone dies mid-round.",
    # copies of one hot thing spread its reads; the losers of a race for a slot
    "A celebrity's profile is one hot key, so we replicate it across cache nodes and read any copy.",
    "Same ticket listed on two sites: whoever sells first wins, the others fail at transfer.",
    "- insert fails -> try the next bay at that time -> if none, suggest the next free slots",
    # a claim that loses a race, and a heartbeat that says who is online
    "The matcher tries to claim the two nearest drivers; if that fails, someone else got them, so it moves on.",
    "Presence (who is in the doc) is a set in the session server, refreshed by a heartbeat every 15 s.",
    # optimistic locking at work: a retry on a version conflict, a write failing a constraint
    "Each booking updates the row where the version matches and retries on a version conflict.",
    "If the insert fails with a uniqueness violation, the service picks the next free room.",
    # a transaction undone as a whole, a test failing, and a note to self about what was left out
    "All seat updates run in one transaction and we roll back if any of them fails.",
    "The judge stops at the first failing case and reports it.",
    "Hash the url and keep 8 chars; collisions possible -> check the db + retry with a salt.",
    "Polling every five seconds: dead simple, works with any load balancer.",
    # a user stuck in a queue is the product working as meant
    "Fans stuck in the waiting room see their place move once a minute.",
    "Random keys collide once you are in the billions, so every insert needs a check-and-retry.",
    "If the code is already taken (the insert fails on the duplicate), pick another one and retry.",
    "Past the newest 300 items in the cached timeline, reads fall back to the posts table.",
    "Boards live in the ops log and in snapshots of it; opening one loads a snapshot and replays the tail.",
    "A snapshot is taken every 1,000 edits, so a reader replays only what came after it.",
    "A board moved to another server is reloaded from its latest snapshot.",
    "Once an hour a polish run reorders the tail of routes with lots of failed stops.",
    "Old edits are compacted into snapshots kept in object storage.",
    "Ran out of time before failure stuff (what if a worker dies mid-booking).",
    "Things I didn't cover: what happens when the booking service crashes.",
    "> Feedback. Missing: no discussion of what happens when the service restarts.",
    "The service is fault tolerant and highly available.",
    "Guests scroll down the list to see more rooms.",
    "- [Read replicas](https://example.org/replication)\n- [Crash course](https://example.org/course)",
    "What about master-slave replicas?",
    "One model with shared layers avoids redundancy in the features.",
    # a quality asked for in the design's words, with no way to reach it
    "A confirmed booking must never be lost, and the calendar should not be down during a sale.",
    # an outcome reported, a default for missing data, a label run into a bare ask
    "The booking calls the payment provider and gets success/fail back.",
    "Listing cards read the host's photo, and fall back to <title> and the first image when it has none.",
    "Failure handling The booking service should be fault tolerant and highly available.",
    # a figure that goes down is no part going down
    "As more hosts join, the fan-out threshold can go down to 200k followers so the cost stays flat.",
    # state built from a snapshot is how the index starts, not how it survives a failure
    "The availability index is rebuilt from a nightly snapshot plus the stream of booking changes.",
    # the cost of a wrong answer, a flow's own timeout, a bad outcome, a note of what was not said
    "Auto-closing on a hash match is risky: the two signals have different failure costs.",
    "If payment is done the booking is confirmed, else the hold is released after a timeout.",
    "A recipe that looks great and never gets cooked is a failed rec.",
    "He didn't go further: nothing on what happens if the matching worker crashes halfway.",
    # a client reconciling with the server's version, cursors degrading under load, tests' failures counted
    "The client applies its own ops at once, then reconciles when the server's sequenced version comes back.",
    "Above 50 viewers cursors degrade: only recent editors are shown.",
    "A run summary holds run_id, repo, passed, failed, skipped.",
    "The heavy queries count failures and p50 duration per test per day.",
    # saved state that serves reads or history, and "lost" in other senses
    "The ingest service keeps the latest snapshot per station in memory and the history in a time-series store.",
    "A member waiting three months for a game may have lost interest.",
    "- copy: id, title, status (SHELF | OUT | LOST)",
    # a response header is no retry
    "Over the limit the gateway answers 429 with Retry-After and X-RateLimit-Remaining.",
    # a write refused by its own condition, a race lost under contention
    "A custom room code is one conditional put (fail if it already exists), answered with 409 when taken.",
    "On a busy sale night the contention on the last rooms means lots of failures and a poor experience.",
    # a snapshot made to be served, an outage in the world the product watches
    "A nightly job rebuilds the price index and the servers swap the new snapshot in.",
    "We could precompute availability snapshots every second and serve those from a cache.",
    "Graphs must be fresh: nobody wants to debug an outage on a dashboard that lags.",
    # a field of the domain, a client's timeout, a transaction rolled back on a rule, another way in, replicas
    # there for the load
    "- teacher: id, name, subjects, periods when unavailable",
    "The point-of-sale timeout is 2 s, so we want lots of margin under it.",
    "If fewer credits are left than the booking needs, the transaction rolls back.",
    "Server-sent events it is; polling stays the fallback for old app versions.",
    "One shard is enough at 10 GB; we add replicas for reads once search traffic grows.",
    # a booking refused because another guest got there first or the room is gone, and failure put off to a
    # later sitting
    "If the unique constraint fails, somebody was faster: answer 409 and show three other rooms.",
    "The last room can be gone by the time the guest pays, so the booking fails and the guest picks another.",
    "The hold is a conditional update; if it fails the room is already booked and the app says so.",
    "We agreed to park failures (what if a booking worker dies) for Thursday.",
    "Next session: fifteen minutes on the diagram and on the failure story.",
    # a note that the failure story was never told, and replicas behind a balancer for the query load
    "I never talked about what happens when a booking worker dies.",
    "Every query server holds the whole index; we add replicas behind the LB for QPS.",
    # replicas there for the read load, counted from it or said to serve it
    "One shard holds 10 GB; replicas for qps: 5k/s / ~500 qps per replica -> 10 replicas.",
    "Search replicas serve reads; when searches grow we add replicas, not shards.",
    "One box won't serve 70k QPS, so replicate the whole trie across N nodes behind a load balancer for QPS.",
    # a version kept as a snapshot, where a restore is a feature
    "Named versions point to a snapshot rev; restoring one applies an op that turns today's text into it.",
    # work done away from the request, a copy kept to skip a join, state sent to the app
    "- Thumbnails run offline: a batch job renders them overnight.",
    "Each booking row keeps redundant host and city fields to avoid joins.",
    "The calendar is replicated to clients every few seconds for the month view."
]


def test_a_weak_mechanism_counts_where_a_failure_is_named_with_it() -> None:
    assert not _flags("D005", "If the routing engine times out, we answer with the cached estimate instead.")
    assert not _flags("D005", "When the feature stream is stuck, the service falls back to the daily median.")
    assert not _flags("D005", "If the prediction service cannot be reached, the page shows the static estimate.")
    assert not _flags("D005", "Reads fail over to a replica in another zone when the primary dies.")


def test_an_ask_beside_its_mechanism_is_a_failure_mode() -> None:
    asked = "A confirmed booking must never be lost."
    assert _flags("D005", asked)
    assert not _flags("D005", asked[:-1] + ", so each write waits for two replicas to acknowledge it.")
    assert not _flags("D005", "If an index node crashes, it is rebuilt from the nightly snapshot.")


@pytest.mark.parametrize("body", FAILURE_MODES)
def test_what_happens_on_failure_is_a_failure_mode(body: str) -> None:
    assert not _flags("D005", body)


@pytest.mark.parametrize("body", NOT_FAILURE_MODES)
def test_quality_words_links_questions_and_other_senses_are_not_failure_modes(body: str) -> None:
    assert _flags("D005", body)


TRADE_OFFS = [
    # the way taken beside the one passed over, and what it saves in the next sentence
    "We keep the room map in a client library rather than in a proxy tier. The library saves a network hop.",
    # two ways run into a chat turn, and a pick with a hedge before it
    "**jen:** hmm. sqs: zero ops, per-message ack. kafka: replay, ordering per partition. for this I'd honestly "
    "take sqs, one queue per channel.",
    # another way offered in place of the one taken, with what it saves
    "Could use a bloom filter per hour instead, way less memory, a few % false positives. Went with a set, exact "
    "and simple.",
    # two ways named as a paragraph's label, what one costs told after it
    "Locks vs holds: a row lock is simpler and needs no sweeper, but it waits on the card charge. A hold "
    "costs a sweeper job and frees the row at once. Going with holds.",
    "A webhook bot scales like any web app, but needs a public endpoint; a gateway bot has the lowest latency.",
    # a cost each option brings in, said after "but"
    "Hold the booking until it is checked: nothing slips through, but it adds latency to every request.",
    # ways led by arrows, one set out with "=", then the pick led by an arrow
    "UNIQUE GUESTS\n\n→ exact = keep every guest id per room per day → GBs for big hotels\n"
    "→ sketch: ~12 KB a counter, about 1% off, and sketches merge\n→ pick sketch, hosts see \"≈\" and are fine",
    # each way with its drawback, then a verdict that names the pick by its place
    "Comparing the two:\n- one database for all: any server serves any guest, but every booking pays a round trip\n"
    "- a cache per hotel: fast and local, but a crash loses the hotel's cache\nFor a small chain the second is clearly right.",
    # "went w/" is a decision as "go w/" is
    "- per-room lock: safe, but slow at check-in peaks\n- optimistic version column: fast, but retries on a clash\n"
    "- went w/ the version column, clashes are rare",
    # the naive way named and put aside
    "Naive split by room type is unbalanced (suites are rare, doubles huge), so split ranges by booking volume.",
    # two ways set side by side under a heading for the decisions made
    "#### Decisions\n\n- Resize on upload vs resize on the fly: on upload costs storage; on the fly burns CPU on a miss.",
    # settings weighed by their values, each with its drawback, then one picked
    "- 300s TTL: resolvers cache longer, less load on us, but a dead region gets traffic for minutes\n"
    "- 30s TTL: failover in a minute, but many more queries reach the name servers\n- picked 30s for the API",
    # a heading over a choice, its options laid out under it
    "#### algorithm choice\n\nfixed window: one INCR per request, trivial. boundary burst up to 2x the limit.\n"
    "sliding log: exact. memory grows with the limit for every key.\n=> sliding window counter.",
    # "vs" between two named things, or beside a choice
    "RDB vs Non Relational DB: lots of joins, or lookups by key?",
    "Using Statsd + Influx DB vs. Prometheus?",
    "Push vs pull for the feed: we push because reads outnumber writes.",
    # points for and against after labels run into the text
    "One transaction for the run? Pro: atomic and easy to reason about. Con: it holds locks for minutes.",
    # a column for each option and one against it
    "| store | fits because | worries |\n|---|---|---|\n| Postgres | transactions | sharding by hand |\n"
    "| Cassandra | scales out | no transactions |",
    "Caching per URL gives up per-user cards.",
    "Caching per URL gives up per-user cards.",
    "A row lock is simpler and needs no new service; a lock service survives a database restart but adds a component.",
    "We keep one primary. The cost is a short write outage while a standby is promoted.",
    "With eventual consistency we lose read-your-writes for a second or two.",
    "Row locks over an external lock service because the database already serialises the writes.",
    "A key-value store is easier to operate than a relational cluster at this size.",
    "Long polling is preferred here because nothing needs to flow from the client.",
    "|  | Row lock | Lock service |\n|---|---|---|\n| Extra parts | \u2705 none | \u274c one more service |\n"
    "| Survives a DB restart | \u274c | \u2705 |",
    "Two options:\n\n- option 1: scan every booking per night, which is slow for long stays.\n"
    "- option 2: keep one row per booked night.",
    "Exactly-once delivery is expensive; at-least-once plus a dedup key is the practical choice.",
    "PostgreSQL would not keep up with a write per ping; Redis holds the latest point in memory.",
    "Option A: hash the listing URL, and check for collisions on every write.\n"
    "Option B: a key service hands out unused keys, but it is one more service to run.",
    # ways to do it under labels of their own, and one picked by name
    "Inline: the guest waits for the provider and sees the answer at once.\n\n"
    "Queued: a worker calls the provider and the page polls for the result.\n\n"
    "I'd go inline with a two-second timeout.",
    "- sharding by host id: every lookup hits one shard, but a busy host is painful for its shard",
    # a heading that names the weighing, over a section that does it
    "#### Row locks vs a lock service\n\nRow locks need nothing new and hold while the transaction runs; a lock "
    "service survives restarts and needs three more machines to run.",
    # labelled ways that open sentences inside one paragraph, and one picked by name
    "I went back and forth. Inline: the guest waits and sees the answer. Queued: a worker calls the provider "
    "and the page polls.\n\nI'd go inline with a two-second timeout.",
    # shorthand options, and ways each with a drawback followed by a decision naming its pick another way
    "- opt a: hash the url, collisions possible\n- opt b: a counter, but sequential so guessable\n- going w/ b for now",
    "- row locks: simple, but one lock per booking\n- lock service + fencing: survives restarts, but one more system\n"
    "decision: the locks for now.",
    # points for and against marked + and -
    "Charging inline:\n+ the guest sees the answer at once\n- a slow provider holds a worker thread",
    "There are two models: charge inline, or queue the charge. Queueing is slower for the guest.",
    # plain adjectives either side of "but", and numbered options after "two ways"
    "Reading the cart from the cache is easy, but writing it back on every change is heavy for the primary.",
    "Two way possible.\n(1) Pull: the client asks every few seconds.\n(2) Push: the server sends changes, but needs a "
    "socket per client.",
    # options lettered with one bracket, and when the other one would win
    "A) push each score into every friend's board.\nB) read the friends' scores when the board opens.\n"
    "-> B. A only wins if boards were opened far more often than scores change.",
    # a matrix of options against criteria under an empty corner cell
    "| | inline | queued |\n|---|---|---|\n| guest waits | yes | no |\n| extra parts | none | a queue |",
]

NOT_TRADE_OFFS = [
    # a duty, not the price of an option
    "Requests are small, but the API must validate every field.",
    # a feature added, not a cost taken on
    "The first version is small, but later it adds filters and saved searches.",
    # a place named, and a figure set out with "=", is no way weighed
    "The first is a hash of the guest id.\n→ total = 3 rooms per guest\n→ peak = 2x the mean",
    "Acting on a forecast three days old is worse than not having one, so the gateway ignores it.",
    "For a beacon a false negative is worse than slow.",
    "If the primary fails, the replica is promoted and we lose at most a second of bookings.",
    # what a failure keeps is no cost of a choice
    "If the queue consumer is down, bookings pile up in the topic and are delayed but not lost.",
    "#### algorithm choice\n\nA sliding window counter.",  # a heading over a choice with nothing laid out
    "The score gets a recency boost decaying over 2h since the report came in.",
    # a state set against the usual, not one way against another
    "A reminder sent after the stay began is worse than none, so it is dropped.",
    "A board that shows a free bed that isn't free is worse than no board at all.",
    # what a failover costs is no cost of a choice
    "Standby takes over its hash range; we lose at most a minute of discovered links.",
    "If bookings run 20% slower than historical, the estimate stretches by that factor.",
    "Overall this should be cheaper than the current setup.",
    # "vs" naming two formats or two faults, with no choice beside it
    "Parser workers detect JSON vs plain text and extract the fields.",
    "Open issues: privacy, time zones, stale vs wrong.",
    # two kinds named as a label over the figures for each: no way weighed against another
    "Reads vs writes: reads are 90% of traffic.",
    # "instead" of a time, nothing weighed
    "The worker could run the sweep hourly instead of at midnight.",
    # two values compared, not two ways to build it
    'Placeholders count as one token, so "Pay 30 days" vs "Pay 45 days" still match.',
    "The dashboard shows p50 40 ms vs p99 300 ms per route.",
    "| store | used for | owner |\n|---|---|---|\n| Postgres | bookings | core |\n| Redis | sessions | web |",
    "We use PostgreSQL because bookings need transactions.",
    "- CONS.01 budget is fixed\n- CONS.02 must run on phones",
    "The wallet keeps each host's balance and the ledger records every change.",
    "| Field | Type |\n|---|---|\n| id | uuid |\n| host_id | uuid |",
    "We could also cache the listing page to cut latency.",
    # labels of a tour of parts, and a choice naming none of them
    "Storage: bookings in PostgreSQL.\n\nCache: listing pages in Redis.\n\nWe use a CDN for photos.",
    "Goal: every booking confirmed once.\n\nContext: one region.\n\nDecision: we keep the context simple, one primary.",
    "#### Row locks vs a lock service\n\nTo do.",  # a stub under a weighing heading weighs nothing
    "- storage: postgres, but sharded later\n- cache: redis\n- decision: we use both",  # one drawback only
    "On a miss the fetcher waits 3 s, then gives up; the card is skipped.",  # stops trying
    # pasted feedback: the examples after "Missing:" are what the doc left out
    "> Strong: clear numbers.\n>\n> Missing: every choice came alone. Why a queue over cron? Why Redis vs Memcached?",
    # a key-value table with an empty header row: the review's details, not options
    "| | |\n|---|---|\n| Author | the bookings team |\n| Status | draft |\n| Reviewers | payments, infra |",
]


@pytest.mark.parametrize("body", TRADE_OFFS)
def test_weighing_a_choice_against_its_cost_is_a_trade_off(body: str) -> None:
    assert not _flags("D004", body)


@pytest.mark.parametrize("body", NOT_TRADE_OFFS)
def test_a_reasoned_choice_ids_balances_and_data_tables_are_not_trade_offs(body: str) -> None:
    assert _flags("D004", body)


DIVE_HEAD = HEAD.replace("### Reservations\n\n", "")


def _dive_rule(rule: str, body: str) -> list[str]:
    return [f.rule_id for f in lint_string(DIVE_HEAD + f"### Payment calls\n\n{body}\n", select=(rule,))]


def test_a_dive_naming_its_alternative_as_a_over_b_weighs_options() -> None:
    named = (
        "Synchronous calls over a payment queue because the guest waits for the answer anyway.\n"
        "A slow provider holds one worker thread, and the booking page shows a spinner meanwhile."
    )
    assert _dive_rule("D002", named) == []
    alone = "Synchronous calls to the payment provider.\nA slow provider holds one worker thread meanwhile."
    assert _dive_rule("D002", alone) == ["D002"]


def test_a_decision_stated_as_a_plain_action_is_a_decision() -> None:
    options = "There are two options: call the provider inline, or hand the charge to a queue.\n"
    acted = options + "We call it inline with a two-second timeout and show the guest the result."
    assert _dive_rule("D003", acted) == []
    undecided = options + "Inline calls are simple; a queue absorbs provider outages."
    assert _dive_rule("D003", undecided) == ["D003"]
    # the writer's pick put forward
    proposed = options + "What I'd actually propose: the queue, with a receipt page the guest can refresh."
    assert _dive_rule("D003", proposed) == []


@pytest.mark.parametrize(
    "named",
    [
        # an alternative weighed in passing, its sentence wrapped across lines as Markdown prose often is
        "Calls go straight to the provider. Handing each charge to a queue would\nsurvive provider outages, but the "
        "guest would wait for an email instead of an answer.",
        "Calls go straight to the provider, which is simpler than running a queue and its workers.\n"
        "A slow provider holds one worker thread meanwhile.",
        # the road not taken as a counterfactual
        "Queueing each charge would mean the guest waits for an email, which is why calls go straight to the "
        "provider.\nA slow provider holds one worker thread meanwhile.",
        "If we used a queue for each charge, the guest would wait for an email.\n"
        "Calls go straight to the provider, and a slow provider holds one worker thread meanwhile.",
    ],
)
def test_an_alternative_weighed_in_passing_is_a_second_option(named: str) -> None:
    assert _dive_rule("D002", named) == []
    assert _dive_rule("D002", "Calls go straight to the provider.\nA slow provider holds one worker thread.") == ["D002"]


@pytest.mark.parametrize(
    "body",
    [
        "Sends are deduplicated in Redis; the alternative, a unique index, would serialize every send.",
        "We reject a unique index in the database because it couples delivery to its health.",
        "At-least-once over exactly-once: simpler, and the dedup window covers the usual case.",
    ],
)
def test_an_alternative_and_why_it_lost_is_a_trade_off(body: str) -> None:
    assert not _flags("D004", body)
    assert _flags("D004", "Sends are deduplicated in Redis with a one-day key.")


def test_a_failure_word_that_names_the_docs_subject_is_no_failure_handling() -> None:
    """In notes titled after backups, "backup" names what is built, not a way to survive a failure."""
    text = (
        "# DB backup orchestration\n\n## Requirements\n\n- back up every cluster nightly\n\n## Design\n\n"
        "The scheduler starts each backup job at night and stores the backups in object storage.\n"
    )
    assert [f.rule_id for f in lint_string(text, select=("D005",))] == ["D005"]
    handled = text + "\nIf a backup job dies, the scheduler retries it twice, then pages the owner.\n"
    assert lint_string(handled, select=("D005",)) == []


def test_failure_handling_named_in_the_requirements_counts_and_quality_words_there_do_not() -> None:
    head = "# Rate limiter\n\n## Requirements\n\n- limit each API key per minute\n- {nfr}\n\n## Design\n\nOne counter per key.\n"
    fail_open = "limiter store down => fail open, and gateways fall back to a local limit"
    assert not [f for f in lint_string(head.format(nfr=fail_open), select=("D005",))]
    for asked in ("the limiter must be highly available and replicated", "no request may be lost"):
        assert [f.rule_id for f in lint_string(head.format(nfr=asked), select=("D005",))] == ["D005"], asked


def test_an_alternative_looked_at_and_put_aside_with_its_cost_is_a_weighing() -> None:
    considered = "Considered: a queue per locker in Redis. Faster, but then there are two sources of truth."
    assert not _flags("D004", considered)
    looked = "We looked at making the courier app the only writer. Cleaner, but it lags by minutes."
    assert not _flags("D004", looked)
    assert _flags("D004", "Codes live in Postgres. Lockers cache the day's codes.")


@pytest.mark.parametrize(
    "body",
    [
        "Either workers batch codes in memory and flush every second, or each locker gets its own key. "
        "I'd pick batching: it cuts Redis writes a hundredfold.",
        "Why not just open the door on the first code match? Because a wrong match costs a customer their parcel.",
        "The doc compares writing events straight into the database against logging them first; the log wins "
        "because it absorbs the burst.",
    ],
)
def test_options_set_side_by_side_with_what_one_costs_or_saves_are_a_weighing(body: str) -> None:
    assert not _flags("D004", body)


def test_a_markets_options_are_no_options_weighed() -> None:
    assert _flags("D004", "More symbols mean more edges: options   chains are 100x the equities, so fan-out gets slower.")


def test_a_comparison_of_two_values_or_a_protocols_either_or_is_no_weighing() -> None:
    assert _flags("D004", "The worker compares the lease epoch in the message against its own and saves it.")
    assert _flags("D004", "On expiry the server may either answer 404 or wait; it saves the state.")


def test_sections_under_a_title_whose_opening_lines_are_the_requirements_are_the_design() -> None:
    essay = (
        "# Desk booking: a worked design\n\nMembers can book a desk for a morning or an afternoon.\n"
        "Members should see free desks on a floor map within 2 s.\n\n## Never booking a desk twice\n\n"
        "A row lock is simpler, but it adds latency to every attempt on a popular desk. A unique index lets "
        "both inserts race and turns the loser into a 409.\n"
    )
    steps = build_outline(parse(essay), load_catalogue()).steps
    assert [s.line for s in steps["requirements"]] == [1]  # the lines under the title, by their content
    assert lint_string(essay, select=("D004",)) == []
    flat = essay.replace("A row lock is simpler, but it adds latency to every attempt on a popular desk. ", "")
    assert [f.rule_id for f in lint_string(flat, select=("D004",))] == ["D004"]


def test_a_sizing_revisited_after_the_design_in_notes_naming_no_design_step_is_design() -> None:
    # a decision log: the estimate early, then entries naming no step, then the capacity revisited with growth
    log = (
        "Build cache decisions\n\n2026-03-01: out of scope: remote execution.\n\n"
        "2026-03-02: rough sizing. 9k jobs x 40 outputs x 8 MB = 2.9 TB a day.\n\n"
        "2026-03-04: storage backend. S3 behind a read-through proxy with local disks per region.\n\n"
        "2026-03-09: revisited capacity. As we grow, we shard the keys across bucket prefixes and add proxies.\n"
    )
    assert lint_string(log, select=("D006",)) == []
    # the same growth in the estimate itself, before any design, is no scaling path
    early = log.replace(" S3 behind a read-through proxy with local disks per region.", "")
    early = early.replace("2026-03-04: storage backend.\n\n", "")
    assert [f.rule_id for f in lint_string(early, select=("D006",))] == ["D006"]


def test_waste_after_but_and_a_pick_with_no_subject_weigh_a_choice() -> None:
    # the cost of one way stated as what it wastes
    wasted = "Plain round-robin is simple and fair, but it wastes most slots on jobs nobody waits for."
    assert not _flags("D004", wasted)
    assert _flags("D004", wasted.replace(", but it wastes most slots on", ", and it serves"))
    # two ways set side by side, and one picked the way notes write it
    picked = "Round-robin vs priority queues: going with priority queues per tenant."
    assert not _flags("D004", picked)
    assert _flags("D004", picked.replace("going with", "we have"))


@pytest.mark.parametrize(
    "refused",
    [
        "Most buyers get 'gone' at once from the conditional update failing, which is cheap.",
        "A reservation for more than the bin holds just fails and the picker sees an error.",
        "If 0 rows updated, the order service gets a failed reservation.",
        "An order with not enough stock fails at the check and is sent back to the cart.",
        # a request answered with a refusal: a stale edit, a version conflict
        "The second save fails with 409 (its base version is stale) and the client keeps both copies.",
        "A write on an old version fails with a conflict, and the editor shows the newer one.",
    ],
)
def test_an_operation_refused_by_its_condition_is_no_failure_mode(refused: str) -> None:
    assert _flags("D005", refused)
    assert not _flags("D005", refused + " If the stock database goes down, the replica takes over.")


@pytest.mark.parametrize(
    ("weighed", "flat"),
    [
        # the cost set out under a label after the pick
        ("We picked the cell index. Cost: cell edges over-notify a bit.", "We picked the cell index. Cell edges line up with towns."),
        # a preference that implies the other way
        ("Open sockets are doable, and I'd rather poll a tiny endpoint.", "Open sockets are doable, and clients poll a tiny endpoint."),
        # an option opened as considered, then put aside
        ("Considered a Redis counter in front of the table. The row lock stays.", "A Redis counter sits in front of the table. The row lock stays."),
        # a drawback as a load
        ("Postgres was the first idea, but 96M rows a day is a lot for one box.", "Postgres was the first idea, and 96M rows a day go to one box."),
    ],
)
def test_costs_labelled_preferences_and_considered_options_weigh_a_choice(weighed: str, flat: str) -> None:
    assert not _flags("D004", weighed)
    assert _flags("D004", flat)


def test_ways_laid_out_as_bold_labels_and_one_picked_weigh_a_choice() -> None:
    ways = (
        "\n## Map search\n\nThree ways to find the pins in a box.\n\n**geohash prefix**\n- one string per listing\n"
        "- edges over-fetch\n\n**quadtree (in memory)**\n- dense areas get small cells\n- a service to build\n\n"
        "**ES geo_bounding_box**\n- the index the store already has\n- filters in the same query\n\n"
        "Going with ES geo_bounding_box, since text search rides in the same query.\n"
    )
    assert not _flags("D004", ways)
    # the same labels with no pick among them weigh nothing
    assert _flags("D004", ways.replace("Going with ES geo_bounding_box, since", "Later on,"))


def test_a_way_picked_under_its_label_joined_into_one_word_weighs_a_choice() -> None:
    ways = (
        "\n## Deep dive: which waiting diner gets the freed table?\n\nA four-top frees up at 19:40 and the list holds 30"
        " parties.\n\n**Strict order**: seat the party that has waited longest, whatever its size. Fair, but a couple"
        " may take a four-top while a family of four waits on.\n\n**Best fit within a window**: among the first five"
        " parties, prefer one whose size fits the table; else strict order. Tables turn faster.\n\n"
        "I'd go with best-fit-within-a-window, because empty seats cost the most and nobody waits more than a few"
        " places.\n"
    )
    assert not _flags("D004", ways) and not _flags("D002", ways)
    # the same labels with no pick among them weigh nothing
    unpicked = ways.replace("I'd go with best-fit-within-a-window, because", "In practice")
    assert _flags("D004", unpicked) and _flags("D002", unpicked)


def test_a_retros_lessons_are_no_design_and_its_redo_covers_what_the_round_missed() -> None:
    retro = (
        "# Retro: the parking round\n\n## What I did\n\nDrew the gate service and a bookings table; it went badly.\n\n"
        "## What I should have said\n\n### Gates\n\nEach gate reads plates and asks the gate service.\n\n"
        "### Failures (didn't get to this at all)\n\n"
        "- a gate goes down: the barrier opens on a ticket and the gate syncs its log when back\n\n"
        "## Lessons for next time\n\n1. Practise the failure follow-ups: replica failover, retries, cache outages.\n"
    )
    d005 = [f.rule_id for f in lint_string(retro, select=("D005",))]
    assert d005 == []
    # with the redo's failure part gone, the lessons alone name failures without designing for any
    lessons_only = retro.replace(
        "- a gate goes down: the barrier opens on a ticket and the gate syncs its log when back", "- later")
    assert [f.rule_id for f in lint_string(lessons_only, select=("D005",))] == ["D005"]
    # the changes planned before the next round are lessons too, however titled
    for title in ("**Changes for next loop**", "## For next time", "## Plan for the next round"):
        planned = lessons_only.replace("## Lessons for next time", title)
        assert [f.rule_id for f in lint_string(planned, select=("D005",))] == ["D005"], title


@pytest.mark.parametrize(
    "picked",
    [
        "He picked (b), with (c) as a fallback after a rebase.",
        "Going with option 2 because the list is tiny.",
        "-> b. re-mapped on every push, the diff is small",  # an arrow to the way's letter
    ],
)
def test_ways_lettered_as_options_and_one_picked_by_its_letter_weigh_a_choice(picked: str) -> None:
    ways = (
        "\n## Comment anchors\n\n- (a) pin to the revision: trivial, always right\n"
        "- (b) re-map on every push by walking the diff hunks\n- (c) anchor on content and fuzzy-search it\n"
        "- option 1: ask the backend\n- option 2: push the list down\n\n{}\n"
    )
    assert not _flags("D004", ways.format(picked))
    assert _flags("D004", ways.format("The comments then move with the code."))


def test_the_writers_question_weighing_two_ways_weighs_a_choice() -> None:
    asked = "Why auto-pause and not auto-rollback? Rollback ships another image to half-broken devices."
    assert not _flags("D004", asked)
    # an interviewer's challenge names one way only
    assert _flags("D004", "Why not Kafka? Rollback ships another image to half-broken devices.")
    # the same question as a label over its answer
    labelled = "Why auto-pause instead of auto-rollback: rollback ships another image to half-broken devices."
    assert not _flags("D004", labelled)
    assert _flags("D004", "Why auto-pause: rollback ships another image to half-broken devices.")


def test_ways_on_typed_bullets_and_a_pick_landed_on_weigh_a_choice() -> None:
    ways = (
        "\n## Where to detect people\n\non-device vs cloud:\n"
        "\u2022 on-device: nothing to upload when nothing happens, but the chips are weak\n"
        "\u2022 cloud: better models, but we store every motion clip\n"
        "\u2022 landed on: on-device motion to decide whether to record, cloud for the labels\n"
    )
    assert not _flags("D004", ways)
    # the same ways with nothing landed on weigh nothing yet
    unpicked = ways.replace("\u2022 landed on: on-device motion to decide whether to record, cloud for the labels\n", "")
    assert _flags("D004", unpicked)


@pytest.mark.parametrize("marker", ["1. ", "- ", ""])
def test_a_label_naming_the_weighing_over_its_own_reasoning_weighs_a_choice(marker: str) -> None:
    reasoning = (
        "Row locks hold the room rows for the whole checkout while the guest types in a card; the conditional "
        "update writes the row once with the version the guest saw and asks again when it moved."
    )
    assert not _flags("D004", f"{marker}*Locks vs conditional updates.* {reasoning}\n")
    # the same reasoning under a label naming one way, and the label over a line too short to weigh anything
    assert _flags("D004", f"{marker}*Conditional updates.* {reasoning}\n")
    assert _flags("D004", f"{marker}*Locks vs conditional updates.* Both work.\n")


def test_alternatives_abbreviated_in_a_title_weigh_a_choice() -> None:
    section = (
        "\n## alt considered\n\n- a delayed message per reminder in a queue (delay caps at 15 min) \u2717\n"
        "- one sorted set by fire time in memory, fine for the next hour only\n"
        "- minute buckets in a durable store, read ahead by scanners: boring, and durable\n"
    )
    assert not _flags("D004", section)
    assert _flags("D004", section.replace("## alt considered", "## timers"))


def test_a_section_noted_as_brief_says_what_it_holds() -> None:
    brief = (
        "\n## Failure stuff (briefly, ran out of time)\n\n"
        "- broker dies: devices reconnect to another broker through the load balancer\n"
    )
    assert not _flags("D005", brief)
    # a section noted as not reached holds a list of what was not said
    assert _flags("D005", brief.replace("(briefly, ran out of time)", "(ran out of time)"))


def test_a_dive_titled_for_when_things_break_holds_its_fallbacks() -> None:
    body = "- **Provider unavailable**: take the last cached quote; if older than 5 min, show the base price.\n"
    broke = [f.rule_id for f in lint_string(DIVE_HEAD + f"### When things break\n\n{body}", select=("D005",))]
    assert broke == []
    # the same words under a title that speaks of no failure name none
    assert _dive_rule("D005", body) == ["D005"]
    # a part in trouble labelled "slow/down"
    assert _dive_rule("D005", "- **Routing slow/down**: quote from straight-line distance instead.") == []


def test_a_mechanism_under_a_heading_for_work_left_for_later_is_a_scaling_path() -> None:
    later = "### Things I'd add with more time\n\n- Multi-region: bookings are per city, so they shard by city easily.\n"
    assert not _flags("D006", later)
    # the same line under a heading for the present design is its base, no growth
    assert _flags("D006", later.replace("Things I'd add with more time", "Storage layout"))


@pytest.mark.parametrize(
    "labelled",
    [
        "Scaling: reservations get partitioned by host id.",
        "**Growth.** Reservations get partitioned by host id.",
        "3. **Scale**: reservations get partitioned by host id.",
        "- scaling: reservations get partitioned by host id",
        "*Later.* Reservations get partitioned by host id.",
        "Scaling:\n\n- reservations get partitioned by host id\n- the search index too",
        "**Scaling**\n- reservations get partitioned by host id",
    ],
)
def test_a_label_opening_a_paragraph_or_over_a_list_heads_it_as_a_title_would(labelled: str) -> None:
    assert not _flags("D006", labelled)
    # the same words labelled as a part of today's design are its base
    assert _flags("D006", labelled.replace("Scaling", "Storage").replace("Growth", "Storage").replace("Scale", "Store")
                  .replace("scaling", "storage").replace("Later", "Storage"))


def test_a_things_availability_in_a_dives_title_is_no_failure_title() -> None:
    body = "Drop the unavailable rooms after the search, in one batch call to the calendar service.\n"
    filtering = DIVE_HEAD + f"### Availability filtering\n\n{body}"
    assert [f.rule_id for f in lint_string(filtering, select=("D005",))] == ["D005"]
    # under a title about staying up, the same word is a part failing
    staying_up = DIVE_HEAD + "### Availability\n\nIf the calendar service is unavailable, serve the cached page.\n"
    assert lint_string(staying_up, select=("D005",)) == []


def test_a_much_bigger_case_asked_about_heads_the_whole_answer() -> None:
    """The interviewer asks about one case far bigger than the usual; the answer says what changes, its
    mechanism several sentences in."""
    talk = (
        "\n### Big rooms\n\nInterviewer: What about a concert hall with 20,000 people?\n\n"
        "Candidate: That breaks the small-room assumption. Two things change. The fan-out goes wide. "
        "The gateways batch per gateway, not per seat. And each booking goes into one partition per hall, "
        "which is still fine.\n"
    )
    assert not _flags("D006", talk)
    small = talk.replace("What about a concert hall with 20,000 people?", "What about a quiet room?")
    assert _flags("D006", small)


def test_ways_numbered_and_one_picked_by_name_weigh_a_choice() -> None:
    ways = (
        "\n## Matching engine\n\nways to hold the queue:\n"
        "1. ring buffer: fixed memory, drops the oldest when full\n"
        "2. linked queue: grows with load, pauses for the collector\n"
        "pick: linked queue, capped at a minute of peak\n"
    )
    assert not _flags("D004", ways)
    assert _flags("D004", ways.replace("pick: linked queue, capped at a minute of peak", "both are in the JDK"))
    # items numbered as the parts of one answer, collected in turn, choose nothing
    parts = (
        "\n## Localisation\n\n1. Dates: all stored in UTC and shown in the viewer's zone\n"
        "2. Text: strings are picked up from the dates bundle at build time\n"
    )
    assert _flags("D004", parts)


def test_a_conclusion_arrow_under_the_ways_picks_one() -> None:
    ways = (
        "\n**where to take the seat**\n"
        "- row lock in the DB -> ~1k/s on one row -> too slow\n"
        "- lua script on the cache -> check and take in one step, ~80k/s\n"
        "- {}lua script is the gate; the DB keeps the bookings\n"
    )
    assert not _flags("D004", ways.format("⇒ "))
    assert _flags("D004", ways.format(""))


@pytest.mark.parametrize(
    ("weighed", "flat"),
    [
        # the other way on a short label of its own, with what it would cost
        (
            "- store the rule and expand it on read\n- alt: a row per occurrence -> simple reads, but an edit to "
            "the series rewrites thousands of rows -> no",
            "- store the rule and expand it on read\n- a row per occurrence is written on expand",
        ),
        # a pull resisted, then what it would cost
        (
            "Tempting to keep the free seats inside the search index. Problem: a reindex on every booking.",
            "The free seats are kept inside the search index and refreshed on every booking.",
        ),
        # a cost taken on knowingly
        (
            "Big tenants can turn on strict ordering, accepting that their queue drains slower.",
            "Big tenants can turn on strict ordering for their queue.",
        ),
        # the ways under a heading that calls them options, one with its drawback
        (
            "\n### storage -- options\n\n- rows in Postgres: one place for everything, but writes queue up at peak\n"
            "- an append log: cheap writes, replayed into Postgres\n",
            "\n### storage\n\n- rows in Postgres: one place for everything, but writes queue up at peak\n"
            "- an append log: cheap writes, replayed into Postgres\n",
        ),
        # another way to frame the problem, put aside with its cost
        (
            "Could model it as bin packing over walking distances, but nobody would trust a plan they cannot read.",
            "It is bin packing over walking distances, and nobody would trust a plan they cannot read.",
        ),
        # an alternative named bare after "considered", put aside with its cost
        (
            "- considered 2PC between the locker and the ledger -> no, slow + coordinator pain",
            "- 2PC between the locker and the ledger keeps both in step",
        ),
        # two ways under a "vs" label, a cost, and a pick staged in time
        (
            "- hosted mail vs own relays: hosted is easy but pricey at volume. said start on hosted, move "
            "the big senders to our relays later",
            "- hosted mail vs own relays: hosted is easy but pricey at volume.",
        ),
    ],
)
def test_an_alternative_labelled_resisted_or_accepted_weighs_a_choice(weighed: str, flat: str) -> None:
    assert not _flags("D004", weighed)
    assert _flags("D004", flat)
