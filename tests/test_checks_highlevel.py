"""High-level design checks: API, API concerns, data model, keys, diagram."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest

from designlint.catalogue import load_catalogue
from designlint.doc.document import parse
from designlint.doc.outline import build_outline

from conftest import lint_string


def _rules(**options: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType({rule: MappingProxyType(values) for rule, values in options.items()})


DOC = """# Design a paste service

## Requirements

- Save text and share a link.

## High-level design

{body}
"""


def _lint(body: str, rule: str, **settings: Any) -> list[Any]:
    return lint_string(DOC.format(body=body), select=(rule,), **settings)


def test_no_api_points_at_the_high_level_heading() -> None:
    findings = _lint("Clients talk to a web tier backed by a database.", "H001")
    assert [(f.line, f.rule_id) for f in findings] == [(7, "H001")]


def test_an_endpoint_line_anywhere_is_an_api() -> None:
    assert _lint("- `POST /v1/pastes` {text} -> {id}", "H001") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("### API\n\nNone public: the pipeline reads one topic and writes another.", True),
        ("### API\n\nN/A, batch only.", True),
        ("### API\n\nNone of the calls are public; `POST /v1/jobs` {spec} -> {id} is internal.", False),
        ("### API\n\nCallers submit jobs and poll for results.", False),  # a heading over prose is the part
        # a heading over nothing but a note to come back to it
        ("### API\n\nTODO", True),
        # or over nothing at all, the next heading right below it; a heading over its own sub-parts is the part
        ("### API\n\n### Storage\n\nRows in Postgres.", True),
        ("### API\n\n#### Jobs\n\nCallers submit jobs and poll for results.", False),
        ("### API\n\nTODO: auth.\n\nCallers submit jobs and poll for results.", False),
    ],
)
def test_an_api_heading_over_a_statement_that_there_is_none_is_no_api(body: str, flagged: bool) -> None:
    assert ([f.rule_id for f in _lint(body, "H001")] == ["H001"]) is flagged


def test_lower_case_verbs_in_prose_are_not_endpoints() -> None:
    findings = _lint("Readers get read/write access through the web tier.", "H001")
    assert [f.rule_id for f in findings] == ["H001"]


def test_api_concerns_message_lists_only_what_is_missing() -> None:
    body = "### API\n\n- `GET /v1/pastes/{id}` -> {text}\n\nCallers send an API key."
    findings = _lint(body, "H002")
    assert len(findings) == 1
    message = findings[0].message
    assert "rate limiting" in message and "authentication" not in message and "versioning" not in message


def test_idempotency_and_pagination_only_asked_of_writes_and_lists() -> None:
    read_one = _lint("### API\n\n- `GET /v1/pastes/{id}` -> {text}", "H002")[0].message
    assert "idempotency" not in read_one and "pagination" not in read_one
    writes_and_lists = _lint("### API\n\n- `POST /v1/pastes` -> {id}\n- `GET /v1/pastes` lists pastes", "H002")
    assert "idempotency of writes" in writes_and_lists[0].message and "pagination" in writes_and_lists[0].message


def test_a_page_size_in_a_query_string_is_pagination() -> None:
    listed = _lint("### API\n\n- `GET /v1/pastes?limit=50` lists pastes", "H002")
    assert "pagination" not in listed[0].message


def test_api_concerns_silent_without_an_api() -> None:
    assert _lint("Clients talk to a web tier.", "H002") == []


def test_min_missing_option_quiets_small_gaps() -> None:
    body = "### API\n\n- `GET /v1/pastes/{id}` -> {text}\n\nCallers send an API key."
    assert _lint(body, "H002", rules=_rules(H002={"min-missing": 2})) == []


def test_no_data_model_unless_records_are_laid_out_with_fields() -> None:
    assert [f.rule_id for f in _lint("A web tier.", "H003")] == ["H003"]
    # Saying where records live is not a layout of them.
    assert [f.rule_id for f in _lint("Each paste is stored keyed by its id in a key-value store.", "H003")] == ["H003"]
    assert _lint("Each paste is stored as `pastes(paste_id, owner_id, body, created_at)`.", "H003") == []


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        # fields in plain words, a note in brackets aside
        ("Each note is a record with a note id (a UUID made on the client), the owner id, a revision and a body.", True),
        ("Every row holds the ticket id, the seat, the price and a hold expiry.", True),
        # a colon after "is" sets them out too
        ("A vote row is just: conference id, talk id, voter id, score, created at.", True),
        ("An episode row is roughly: id, show_id, guid (never changes once out), title, audio_key.", True),
        ("The hard row is: the one where two people tap at once, which the lock settles.", False),
        # a name of two snake_case words joined by "or"
        ("The server stores in the clear: item_id, account_id or folder_id, version, updated_at.", True),
        # what a store keeps, not one record's fields
        ("The cache has users, posts, comments and likes.", False),
        ("A record with a name, a colour, a size and a shape.", False),  # no id or key: a description
        # fields in brackets or after a colon right behind the record, the sentence wrapped at a line break
        ("It stores a locker record (locker id, site, door count,\npostcode, updated at) and returns it.", True),
        ("per-site record: site id, opening hours, courier zone, last audit", True),
        ("It writes a log row (every few seconds, mostly idle, rarely busy) for support.", False),
        ("each record with id, size, colour,\n- a shape picked by the user", False),  # a list item is no wrap
        # a field explained by a clause of its own is still one short phrase
        ("A locker is a record with a locker id, the site id, a door count that the courier app updates on "
         "every drop, and a postcode.", True),
        ("A locker is a record with a locker id, the site id, a door count and a note that the courier app "
         "writes on every drop when something went wrong at the door.", True),
        # typed fields in the short forms of Rust and Go, set out after a sentence on the same line
        ("Key = hash(name + tags). Sample record: (series_id u64, ts i64, value f64).", True),
        ("Key = hash(name + tags). Sample tags: (region, zone, rack).", False),
        # one field a line, its name then what it holds, in a code block
        ("Cache value:\n\n    rrset         the records\n    expires_at    now + TTL\n    orig_ttl      for prefetch\n", True),
        ("Roles:\n\n    admin         can do anything\n    viewer        can read\n    editor        can write\n", False),
        # a column list mixing described and bare fields under an entity's name, indented or bulleted
        ("orders\n  order_id      partition key\n  placed_at     clustering key\n  buyer_id\n  total\n  ship_to", True),
        ("carts\n- cart_id     PK, char(12)\n- owner_id    nullable\n- opened_at\n- lines       json", True),
        ("Steps\n  build         compile it\n  test\n  ship\n  announce", False),
        # fields one a line under an entity, only some with a note, none after a gap
        ("locker record (in postgres):\n  locker_id (string)\n  site\n  door_count\n  postcode\n  updated_at", True),
        ("Components:\n  gateway\n  lockers\n  couriers\n  billing\n  support_desk", False),
        # fields set apart by middle dots
        ("    lockers\n        id  ·  site_id  ·  door_count  ·  status  ·  opened_at", True),
        # a store's key mapped to its value's fields with no braces
        ("The layout:\n  door_state: door_id -> locker_id, status, opened_at", True),
        ("The flow:\n  courier app: scan -> open door, drop parcel, close door", False),
        # a table named, a few words about it, then its fields in brackets
        ("door table: 40k x ~200 bytes (door_id, locker_id, size, status) ≈ 8 MB", True),
        # fields listed in a sentence with nothing to introduce them; a payload's or a call's are an operation's
        ("One row per seat. Something like flight_id, seat_no, cabin, status (free, held), hold_expires_at.", True),
        ("POST /v1/seats/hold {flight_id, seat_no, passenger_id, hold_token} -> {expires_at}", False),
        # key markers in capitals after a name
        ("Storage: a scores table, player_id PK, week SK, best_score, best_at, updated_at.", True),
        ("We run API, DB, LB and CDN nodes in two regions.", False),
        # a key mapped to the fields of its value; an endpoint's reply is an API's
        ("- alert_state: rule_id -> {status, since, last_eval}", True),
        ("- GET /v1/rank/{player_id} -> {rank, score, neighbours}", False),
        # a key-value layout naming its fields under a "fields:" key, one a line
        ("```\nkey:    hold:{locker_id}\ntype:   hash\nfields: door_no     (int)\n        expires_at  (ms epoch)\n```", True),
        ("```\nsteps:  scan\n        open_door\n```", False),
        # the store and the word "key" before it, each side in backticks
        ("Redis, key `locker:{locker_id}` → `{site_id, door_count, opened_at}`, TTL 60 s.", True),
        # a row said to go into a store, then its fields, one shown in the state it is written with
        ("- the intake api writes a row in the parcels db (parcel_id, locker_id, state=waiting, dropped_at)", True),
        ("- the courier app sends a note in the chat (hello, thanks, see you, bye)", False),
        # fields one bullet a line, a note after any name
        ("Cell state:\n\n- cell_id (H3 index), city_id\n- open_requests_5m, quotes_5m (demand)\n"
         "- available_drivers (supply)\n- computed_at, version", True),
        # a table's signature with a note in square brackets, and a table pasted as HTML
        ("  run (run_id PK, company_id, status [created|paid|failed], started_at)", True),
        (
            "<table>\n<tr><th>table</th><th>columns</th></tr>\n<tr><td>issue</td><td>id, title, status</td></tr>\n"
            "<tr><td>comment</td><td>id, issue_id, body</td></tr>\n</table>",
            True,
        ),
        ("<table>\n<tr><th>step</th><th>owner</th></tr>\n<tr><td>triage</td><td>support</td></tr>\n</table>", False),
        # under a data model heading, a key/value table naming snake_case fields
        (
            "### Data model\n\n| structure | key | value |\n|---|---|---|\n| series | series_id | labels |\n"
            "| chunk | (series_id, start_ts) | samples, end_ts |",
            True,
        ),
        ("| structure | key | value |\n|---|---|---|\n| series | series_id | labels |\n| chunk | start_ts | end_ts |", False),
    ],
)
def test_a_record_described_in_words_is_a_data_model(body: str, fields: bool) -> None:
    assert (_lint(body, "H003") == []) is fields


def test_entity_names_under_a_data_model_heading_are_not_a_data_model() -> None:
    findings = _lint("### Data model\n\n- Tables: Paste, User, Tag\n", "H003")
    assert [(f.rule_id, f.line) for f in findings] == [("H003", 9)]
    assert "'Data model' names the data but gives no fields" in findings[0].message


def test_an_operation_signature_is_not_a_record() -> None:
    body = "- `createPaste(owner_id, body, expires_at)` returns the new id.\n"
    assert [f.rule_id for f in _lint(body, "H003")] == ["H003"]
    assert _lint(body.replace("createPaste", "paste"), "H003") == []


def test_a_type_word_in_prose_is_not_a_field() -> None:
    body = "- Traffic: number of reads per day\n- Storage: number of pastes kept\n"
    assert [f.rule_id for f in _lint(body, "H003")] == ["H003"]
    assert _lint("- paste_id: uuid\n- body: text\n", "H003") == []


def test_a_record_in_a_checklist_is_a_data_model() -> None:
    """Notes kept as a checklist box each line: the box is no part of the record."""
    record = "[x] paste_id UInt64, owner_id UInt64, body String, created_at DateTime\n[x] ORDER BY (owner_id, created_at)\n"
    assert _lint(record, "H003") == []
    assert [f.rule_id for f in _lint("[x] pastes are kept per owner\n[ ] expiry\n", "H003")] == ["H003"]


def test_keys_are_found_anywhere_in_the_doc() -> None:
    model = "### Data model\n\n- pastes: text, owner, created_at\n"
    assert [f.rule_id for f in _lint(model, "H004")] == ["H004"]
    assert _lint(model + "\nPastes are partitioned by owner id.", "H004") == []


def test_a_table_named_with_its_fields_in_brackets_is_a_data_model() -> None:
    text = "- Fetchers write each result into a price-history table\n  (route_date, ts, min_price, carrier)"
    assert _lint(text, "H003") == []
    # the table's own name may come between the word and its fields
    assert _lint("- A nightly job merges them into a rolling table\n  hit_counts(page, hour, total)", "H003") == []
    # plain words in brackets after "table" are no fields
    assert [f.rule_id for f in _lint("- Fetchers write each result into a table (cheap, fast, simple)", "H003")] == ["H003"]


def test_a_record_named_with_a_note_before_its_fields_is_a_data_model() -> None:
    assert _lint("##5. Locker record\nslot (kept in memory): slot_id, locker_id, size, held_until\n", "H003") == []
    assert _lint("- Booking (one row per stay): booking_id, room_id, nights, status", "H003") == []
    # a note between a speaker and a list of words is no record
    assert [f.rule_id for f in _lint("- we (the team) agreed: fast, cheap, simple", "H003")] == ["H003"]


def test_a_tables_columns_with_its_key_among_them_on_one_line_are_a_data_model() -> None:
    row = "Aggregated table:\n```\nscans_hourly (locker_id, hour_ts, scans, PRIMARY KEY (locker_id, hour_ts))\n```"
    assert _lint(row, "H003") == []
    # a key named in a sentence lays out no record
    assert [f.rule_id for f in _lint("The primary key (locker_id) is enough here.", "H003")] == ["H003"]


def test_a_key_mapped_to_its_fields_in_typed_bullets_is_a_data_model() -> None:
    text = "**Data model**\n• series index: `series_id → {metric, tags, first_seen, last_seen}`\n• blocks of points\n"
    assert _lint(text, "H003") == []


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        # a key mapped to two fields (one comma between them), alone or set apart as code in a sentence
        ("- presence:{user_id} -> {desktop_last_active, mobile_last_active}", True),
        # a wide-column store's key in its parts, a note closing the line
        ("- messages: pk (channel_id, day_bucket), ck (ts, msg_id) -> user_id, text, deleted_flag", True),
        ("- bans: (channel_id, user_id) -> expires_at, mod_id, reason  -- hot in redis, source in postgres", True),
        # a record nested inside the value
        ("`locker:{id} -> {site, state(free|held), holds: [{hold_id, courier_id}], updated_at}`", True),
        ("The gateway writes `presence:{user_id} → {desktop_last_active, mobile_last_active}` on each beat.", True),
        # the key and the fields in two spans of their own are no layout
        ("The gateway writes `presence:{user_id}` on each beat, with `{desktop_last_active, mobile_last_active}`.",
         False),
    ],
)
def test_a_key_mapped_to_two_fields_is_a_data_model(body: str, fields: bool) -> None:
    assert (_lint(body, "H003") == []) is fields


def test_a_label_after_an_empty_part_line_is_that_parts_text() -> None:
    notes = (
        "Autocomplete notes\n\nREQUIREMENTS\n- suggest the top 5 queries for a prefix\n- update weekly\n\n"
        "HIGH LEVEL\n  browser -> API servers -> trie cache\n\nDATA MODEL\n\nQuery frequency table:\n"
        "  query        | frequency | week\n  \"tree\"       | 12000     | 2024-W10\n"
        "  \"try\"        | 29        | 2024-W10\n"
    )
    assert lint_string(notes, select=("H003",)) == []
    assert "Query frequency table" in [s.title for s in build_outline(parse(notes), load_catalogue()).parts["data-model"]]


def test_a_path_in_a_code_span_is_an_endpoint_only_with_what_it_gives_back() -> None:
    assert _lint("Readers page through `/v1/feed?cursor=...`, which returns the next 20 posts.", "H001") == []
    # a page's URL in an example ("calendars like `/calendar?month=2024-04` go on forever") is none
    page = "Infinite calendars (`/calendar?month=2024-04`, `?month=2024-05`, ...): cap the URL depth."
    assert [f.rule_id for f in _lint(page, "H001")] == ["H001"]


def test_a_schema_table_with_a_key_column_states_the_keys() -> None:
    columns = "### Data model\n\n| table | {head} | fields |\n|---|---|---|\n| photos | photo_id | owner_id, caption |\n"
    assert _lint(columns.format(head="key"), "H004") == []
    assert _lint(columns.format(head="**Primary key**"), "H004") == []
    assert [f.rule_id for f in _lint(columns.format(head="owner"), "H004")] == ["H004"]


def test_boxes_joined_by_lines_of_connectors_in_plain_text_are_a_diagram() -> None:
    # indented two spaces, so a paragraph: boxes with one arrow each, joined by lines of connectors alone
    drawn = (
        "  [agent] --batch--> [Kafka: raw metrics]\n                         |\n"
        "               +---------+----------+\n               |                    |\n"
        "          [ingester]           [rollup job]\n"
    )
    assert _lint(drawn, "H005") == []
    assert [f.rule_id for f in _lint("  [agent] --batch--> [Kafka: raw metrics]\n  then the ingesters.", "H005")] == [
        "H005"
    ]
    # an indented code block has no fences to leave out: each of its lines is read
    assert _lint("Rough picture:\n\n     client\n       |\n       v\n     [any node]\n", "H005") == []


def test_box_drawing_in_a_code_block_is_a_diagram() -> None:
    drawing = "```\nclient -> web\nweb -> db\n```"
    assert _lint(drawing, "H005") == []
    assert [f.rule_id for f in _lint("```\nclient -> web\n```", "H005")] == ["H005"]


def test_an_image_counts_when_its_alt_text_says_architecture() -> None:
    text = "# Paste\n\n## Requirements\n\n- Save text.\n\n## Deep dives\n\n### Ids\n\n![Architecture](a.png)\n"
    assert lint_string(text, select=("H005",)) == []
    captioned = text.replace("![Architecture]", "![Screenshot of the form]")
    assert [f.rule_id for f in lint_string(captioned, select=("H005",))] == ["H005"]


def test_no_design_at_all_is_left_to_the_missing_step_rule() -> None:
    text = "# Paste\n\n## Requirements\n\n- Save text.\n"
    assert lint_string(text, select=("H001", "H003", "H005")) == []


def test_a_single_item_read_is_neither_a_write_nor_a_list() -> None:
    message = _lint("### API\n\n- `GET /v1/books/{id}` -> {title}", "H002")[0].message
    assert "idempotency" not in message and "pagination" not in message
    listing = _lint("### API\n\n- `GET /v1/books` -> books on the shelf", "H002")[0].message
    assert "pagination" in listing


def test_a_chain_of_components_on_one_line_is_a_diagram() -> None:
    assert _lint("```\nclient -> web -> db\n```", "H005") == []
    assert _lint("- Read path: client => edge cache => origin => object store", "H005") == []
    # Two arrows inside a sentence are not a chain of components.
    sentence = "We map a -> b for each word in the long list, then we hand it over -> c when the batch is done."
    assert [f.rule_id for f in _lint(sentence, "H005")] == ["H005"]


def test_a_protobuf_service_method_with_its_message_is_an_api() -> None:
    service = "```\nservice Pastes {\n  rpc Create(CreateRequest) returns (CreateResponse);\n}\n```"
    assert _lint(service, "H001") == []
    assert [f.rule_id for f in _lint("The pastes service is written in Go.", "H001")] == ["H001"]


def test_socket_messages_named_in_a_dotted_namespace_with_their_payload_are_an_api() -> None:
    protocol = "Add message types:\n\n  hold.request  { locker_id, size, courier_id }\n  hold.granted  { door, code }\n"
    assert _lint(protocol, "H001") == []
    # a dotted name in a sentence, a config key and its value, is no message
    assert [f.rule_id for f in _lint("Set locker.timeout {ms} in the config file.", "H001")] == ["H001"]


def test_a_list_of_protocol_messages_with_their_payloads_is_an_api() -> None:
    listed = "Client messages:\n\n- `hold.request {locker_id, size}`\n- `hold.cancel {hold_id}`\n"
    assert _lint(listed, "H001") == []
    # one such line is a config key and its value as often as a message
    assert [f.rule_id for f in _lint("Settings:\n\n- `locker.timeout {ms}`\n- retries: 3\n", "H001")] == ["H001"]


def test_two_operations_called_in_lower_case_with_their_inputs_are_an_api() -> None:
    assert _lint("Clients call get(key) and put(key, value, context), plus delete(key).", "H001") == []
    assert [f.rule_id for f in _lint("Each shard is picked by hash(key) % 16.", "H001")] == ["H001"]


def test_a_line_of_a_paragraph_opening_with_a_signature_is_an_api() -> None:
    socket = "Other messages on the socket:\n  join(doc_id, auth_token) -> snapshot + revision\n  leave(doc_id)"
    assert _lint(socket, "H001") == []
    assert _lint("Publishing:\npublish(show_id, audio_url) stores the audio and adds a row.", "H001") == []
    # a record's row or a sum at a line's start names no operation
    rows = "Stored rows:\n  pastes(paste_id, owner_id, body)\n  hash(owner_id) % 16 picks the shard"
    assert [f.rule_id for f in _lint(rows, "H001")] == ["H001"]


def test_a_signature_is_an_api_but_a_record_row_is_not() -> None:
    assert _lint("Clients call `createPaste(owner_id, body)` on the paste service.", "H001") == []
    assert _lint("```\nList<Paste> listPastes(owner_id, cursor)\n```", "H001") == []
    record = "Each paste is stored as `pastes(paste_id, owner_id, body)`."
    assert [f.rule_id for f in _lint(record, "H001")] == ["H001"]


def test_plain_field_rows_count_under_a_data_model_heading() -> None:
    assert _lint("### Data model\n\n- User: name, email, password\n- Paste: body, owner, expiry\n", "H003") == []
    # The same rows with no heading over them could be anything.
    assert [f.rule_id for f in _lint("- User: name, email, password\n", "H003")] == ["H003"]


def test_a_one_line_document_shape_is_a_data_model() -> None:
    assert _lint("Each paste is `{ _id: ObjectId, owner: ObjectId, body: String }`.", "H003") == []
    # Typed parameters of an operation are not a record.
    assert [f.rule_id for f in _lint("Call `save(body: String, owner: String)`.", "H003")] == ["H003"]


def test_a_path_in_a_code_span_is_an_endpoint() -> None:
    assert _lint("- `/v1/pastes/{id}` returns the paste text.", "H001") == []


def test_an_image_named_for_the_architecture_counts_wherever_it_sits() -> None:
    text = (
        "# Paste\n\n## Requirements\n\n- Save text.\n\n## Deep dives\n\n### Ids\n\n![fig 1](img/high_level_arch.png)\n"
    )
    assert lint_string(text, select=("H005",)) == []
    assert [f.rule_id for f in lint_string(text.replace("high_level_arch", "login_form"), select=("H005",))] == ["H005"]


def test_a_schema_image_counts_as_a_data_model() -> None:
    assert _lint("![Database schema](img/db_schema.png)", "H003") == []
    assert [f.rule_id for f in _lint("![Login screen](img/login.png)", "H003")] == ["H003"]


def test_a_section_taken_for_a_data_model_by_its_content_is_not_named_in_the_message() -> None:
    findings = _lint("### Follow-ups\n\nWe might add a partition key later.\n", "H003")
    assert [f.rule_id for f in findings] == ["H003"]
    assert findings[0].message.startswith("no data model")


NOTES_DESIGN = """Design a photo app

functional requirements:
- upload photos
- follow users
- see a feed

Upload photos:
API(userid, photo): the photo goes to blob storage, a row links user and photo
API(userid, caption) updates the caption

View feed:
API(userid, page) returns the newest photos of followed users from a cache
"""


def test_a_design_in_unnamed_sections_is_judged_like_a_named_one() -> None:
    # S001 finds the design in sections no heading names; the H rules then judge it, not skip it.
    found = [f.rule_id for f in lint_string(NOTES_DESIGN, select=("S001", "H001", "H005"))]
    assert "H005" in found and "H001" not in found
    assert not [f for f in lint_string(NOTES_DESIGN, select=("S001",)) if "high-level" in f.message]


def test_a_call_written_as_api_with_its_inputs_is_an_api() -> None:
    design = "## High-level design\n\nAPI(userid, photo): the photo goes to blob storage.\n"
    assert _lint(design, "H001") == []
    assert [f.rule_id for f in _lint(design.replace("API(userid, photo)", "The app"), "H001")] == ["H001"]


def test_an_author_field_is_not_authentication() -> None:
    api = "## API\n\n- `POST /posts` (author_id, text) -> post_id; versioned under /v1; rate limited per user\n"
    says = [f.message for f in _lint(api, "H002")]
    assert says and "authentication" in says[0]
    told = _lint(api + "- writes need an OAuth token\n", "H002")
    assert all("authentication" not in f.message for f in told)


def test_a_picture_beyond_the_requirements_shows_a_design() -> None:
    # A write-up told through pictures of its architecture has a design, even with no section named for it.
    doc = (
        "# Balancing load\n\n## Requirements\n\n- spread requests\n- survive a node loss\n- scale out\n\n"
        "## Challenges\n\n### Uneven load\n\n![](img/fig-2.png)\n\nRound robin ignores how busy each node is.\n"
    )
    found = [(f.rule_id, f.variant) for f in lint_string(doc, select=("S001", "H001"))]
    assert ("S001", "high-level") not in found and ("H001", "default") in found
    only_early = doc.replace("![](img/fig-2.png)\n\n", "").replace("- scale out\n", "- scale out\n\n![](img/fig-1.png)\n")
    assert ("S001", "high-level") in [(f.rule_id, f.variant) for f in lint_string(only_early, select=("S001",))]


def test_fields_with_key_markers_are_a_data_model() -> None:
    model = "## Data model\n\ntweets(tweet_id PK, user_id, text, created_at)\nfollows(follower_id, followee_id, PK both)\n"
    assert _lint(model, "H003") == []
    assert [f.rule_id for f in _lint("## Data model\n\ntweets, follows and likes\n", "H003")] == ["H003"]


def test_records_listed_inline_after_a_label_are_a_data_model() -> None:
    model = "Tables: notifications(id PK, user_id, status, created_at), preferences(user_id PK, channel, enabled)\n"
    assert _lint(model, "H003") == []
    assert [f.rule_id for f in _lint("Tables: notifications, preferences and users.\n", "H003")] == ["H003"]


@pytest.mark.parametrize(
    "body",
    [
        "For storage, each paste row has paste_id, owner_id, body_key, expires_at and created_at.",
        "   paste record: paste_id, owner_id, tags[], body_key, created_at",
        "   sample = (series_id, timestamp_ms int64, value float64)",
        "Each paste row holds: `paste_id` (snowflake), `owner_id`, `body_key`, `created_at`.",
        "paste: key varchar(8) pk, blob_path, created_at, expires_at",
        "[10:14] me: games table: game_id, white_id, black_id, result, started_at.",
        "```sql\ntweets (tweet_id BIGINT PK, author_id BIGINT, text VARCHAR(280), created_at TIMESTAMP)\n```",
        "- player:{playerId} -> HASH {name, avatar_url, country}",
        "- lb:{season} -> ZSET, member = playerId, score = points",
    ],
)
def test_fields_in_a_sentence_a_list_field_and_typed_fields_are_a_data_model(body: str) -> None:
    assert _lint(body, "H003") == []


def test_plain_words_in_a_sentence_are_no_fields() -> None:
    assert [f.rule_id for f in _lint("The paste service has search, upload and sharing.", "H003")] == ["H003"]


@pytest.mark.parametrize(
    "chain",
    [
        "- status of an order: PENDING → RESERVED → PAID → CONFIRMED",  # a lifecycle, not components
        "- instance crashes -> stops heartbeating -> lease expires -> removed",  # what follows a failure
        # ... the failure told in the verb's -ing form
        "- bad payload crashing worker → lease expiry bumps retries → ends in DLQ",
        "- leader dying -> followers elect -> clients reconnect",
    ],
)
def test_a_lifecycle_or_what_follows_a_failure_is_no_diagram(chain: str) -> None:
    assert [f.rule_id for f in _lint(chain, "H005")] == ["H005"]


def test_a_chain_of_figures_joined_by_arrows_is_no_diagram() -> None:
    chain = "- 40M DAU x 20 views → 800M views/day → ~9.3k QPS average → peak ~28k QPS"
    assert [f.rule_id for f in _lint(chain, "H005")] == ["H005"]
    assert _lint("- browser → gateway → feed service → cache", "H005") == []


def test_a_drawing_above_every_heading_is_the_architecture_drawn() -> None:
    drawing = "```\nclient\n  |\n  v\n+--------+\n| api    | --> db\n+--------+\n```\n"
    text = "Notes on a paste service, no headings.\n\n" + drawing + "\nThe API writes pastes to the database.\n"
    # No H005, and S001 no longer says the high-level design is missing: only the steps that are.
    assert [(f.rule_id, f.variant) for f in lint_string(text, select=("H005", "S001"))] == [
        ("S001", "requirements"),
        ("S001", "deep-dive"),
    ]


@pytest.mark.parametrize(
    ("block", "drawn"),
    [
        # two lines of boxes and arrows in a plain code block
        ("```\nclient --> api\napi --> db\n```", True),
        # a program's code holds arrows too
        ("```python\nx = a -> b\ny = b -> c\nz = c -> d\n```", False),
        # outside a code block: three lines, each with two strokes or more
        ("client --> api --> db\nadmin --> api --> queue\nworker <-- queue --> store", True),
    ],
)
def test_the_outline_and_h005_read_a_drawing_alike(block: str, drawn: bool) -> None:
    # With no other sign of a design, a drawing alone shows the high-level design (S001) ...
    notes = "Notes on a paste service, no headings.\n\n" + block + "\n\nThe API writes pastes to the database.\n"
    variants = [f.variant for f in lint_string(notes, select=("S001",))]
    assert ("high-level" not in variants) is drawn
    # ... and under a design heading it is the diagram H005 asks for.
    assert (_lint(block, "H005") == []) is drawn


def test_a_table_of_messages_with_payload_and_reply_is_an_api() -> None:
    table = "| type | payload | reply |\n|---|---|---|\n| `join` | `room_id, token` | `joined{roster}` |\n"
    assert _lint(table, "H001") == []
    other = "| type | size | owner |\n|---|---|---|\n| photo | 2 MB | user |\n"
    assert [f.rule_id for f in _lint(other, "H001")] == ["H001"]


def test_a_one_line_flow_in_notes_without_headings_shows_the_design() -> None:
    text = "notes on a flag service\n\nflow:\nadmin ui -> flag api -> postgres -> sdk\n\nthe sdk evaluates locally.\n"
    assert [f.variant for f in lint_string(text, select=("S001",))] == ["requirements", "deep-dive"]


@pytest.mark.parametrize(
    "block",
    [
        "```http\nGET /api/problems\nPOST /api/submissions -> {id}\n```",
        "```\nPOST /v1/jobs {name} -> {job_id}\nGET /v1/jobs/{id} -> {status}\n```",
        "```\nLease(worker_id) -> [Assignment]\nHeartbeat(worker_id) -> {cancel}\n```",
        # replies on lines of their own under an endpoint, and messages with unquoted keys
        "```\nPOST /holds   body: {seats}\n              -> {hold_id, expires_at}\nPOST /pay\n              -> {order_id}\n```",
        "```\nclient → server   {type: op, rev}\nserver → client   {type: ack, rev}\n```",
        # people's steps one after another, each led by an arrow
        "```\nPlot free (lease ended)\n   -> board marks the plot as in preparation for a few weeks\n"
        "   -> system proposes the first three fitting applicants\n   -> board confirms, system sends the offer by e-mail\n"
        "   -> the others keep their place on the list\n```",
        # an endpoint and what its call leads to, in a paragraph of them
        "POST /queue/{id}/join   -> {token, position}\nPOST /queue/{id}/redeem   token -> {pass (signed)} -> redirect to shop",
        "- + PoP down → withdraw route → traffic moves in seconds",
        "- store dies: minority loss → nothing visible. majority loss → writes fail",
    ],
)
def test_endpoints_signatures_and_chains_of_causes_are_no_diagram(block: str) -> None:
    assert [f.rule_id for f in _lint(block, "H005")] == ["H005"]


def test_a_flow_opens_its_line_or_is_said_to_follow() -> None:
    # the end of a sentence that runs into arrows, or a note in brackets, is no chain of components
    for prose in (
        "The cache is look-aside and a scan is decided locally: signature ok → ticket in manifest → status valid",
        "- templates with a locale fallback (pt-BR -> pt -> en)",
        # a long clause between two arrows is no component, slashes or not
        "- reads -> go to the cache first and then fall back / to the primary and the replicas too -> db",
    ):
        assert [f.rule_id for f in _lint(prose, "H005")] == ["H005"], prose
    flows = (
        "- flow: till -> store hub -> kitchen screens",
        "I'd add a hub. The flow is till -> store hub -> screens",
        # notes on a component, our own ones, and names holding a digit are no figures
        "flow: client -> resolver (ISP / 8.8.8.8) -> our name servers (4 PoPs) -> the region's L4 LB",
        # components side by side at one step, and a retro recalling what was drawn on the board
        "  app -> edge proxy -> order svc / stock svc / billing svc -> Postgres + Redis",
        "- 10-25 min: design. Drew phone -> API tier -> blob store for photos, and a metadata DB.",
        # an endpoint over the path its request takes
        "- GET /feed: app -> gateway -> feed svc -> cache",
        "It went wrong here. I drew: kiosk → check-in API → seat service → Postgres. And a print queue.",
        # what was drawn named before the colon
        "- **20–35 min**: drew boxes: till → order API → kitchen service → MySQL, a cache for menus",
        "I drew (on their whiteboard tool) client → API gateway → booking service → Postgres, and a cache.",
        # a note on the first component, and a flow said to stand for the drawing
        "kiln sensors (two per kiln) -> gateway -> mqtt broker (one per studio) -> alert service",
        "- no diagram this time, it's short: booking api -> postgres -> queue -> mailer",
        # a diagram still to draw, its chain given in brackets
        "TODO diagram (till ↔ store hub ↔ kitchen screens ↔ central cloud)",
        # a flow marked as code inside a sentence that goes on
        "Path: `lock keeper app → passage api → Postgres → notifier`, and the boaters only ever read the timetable.",
    )
    for flow in flows:
        assert _lint(flow, "H005") == [], flow


def test_a_field_shown_with_the_states_it_takes_is_a_field() -> None:
    for fields in ("- parcels(parcel_id, locker_id, placed_at, state WAITING|PICKED|RETURNED)",
                   "- orders: order_id, user_id, status NEW|PAID|SHIPPED"):
        assert _lint(fields, "H003") == [], fields
    # endpoints side by side hold capitals and bars too, and lay out no record
    endpoints = "- GET /lockers | POST /parcels | DELETE /parcels"
    assert [f.rule_id for f in _lint(endpoints, "H003")] == ["H003"]


def test_a_field_typed_as_its_states_after_a_colon_is_a_field() -> None:
    # records in a code block, each field list wrapped, a state field typed "state: A|B" in capitals or not
    for states in ("state: OPEN|HELD|BOOKED", "kind: indoor|outdoor"):
        text = f"Tables:\n```\nkennel(kennel_id PK, site_id, size_cm, {states},\n       held_until, version INT)\n```"
        assert _lint(text, "H003") == [], text
    # a choice put as options is no record
    choice = "Tables:\n```\nsync: push|pull, decided later\n```"
    assert [f.rule_id for f in _lint(choice, "H003")] == ["H003"]


def test_boxes_joined_by_bare_connector_lines_are_a_drawing() -> None:
    drawing = "```\n   apps\n     |\n [ gateways ]\n     |\n [ game servers ]\n   |        \\\n [ redis ]  [ kafka ]\n```"
    assert _lint(drawing, "H005") == []


def test_two_flows_on_one_line_are_a_diagram() -> None:
    assert _lint("- app -> booking service -> bookings DB; gate -> gate service -> cache", "H005") == []


@pytest.mark.parametrize(
    ("line", "drawn"),
    [
        # components joined both ways, with the arrows writers type for it
        ("client ⇄ websocket ⇄ paste server ⇄ other clients", True),
        ("client ↔ websocket gateway ↔ paste sequencer ↔ op log", True),
        # one such arrow between two qualities is no flow
        ("Reads ↔ writes trade off against each other.", False),
    ],
)
def test_a_flow_drawn_with_arrows_both_ways_is_a_diagram(line: str, drawn: bool) -> None:
    assert (_lint(line, "H005") == []) is drawn


def test_a_note_in_brackets_between_two_arrows_is_a_step_of_the_flow_not_a_break() -> None:
    flow = "client → API gateway → Like Service → (write like record) → Kafka → Counter Aggregator → Redis"
    assert _lint(flow, "H005") == []
    # a step that only names a figure in brackets is still a chain of figures, not a drawing
    assert [f.rule_id for f in _lint("1B/day → (÷ 86,400) → 11.6k/s → (× 3) → 35k/s peak", "H005")] == ["H005"]


def test_an_operation_named_in_a_sentence_is_an_api() -> None:
    text = "The limiter is one internal RPC, checkLimit(key, ruleId, cost=1), which returns {allowed, remaining}."
    assert _lint(text, "H001") == []
    assert [f.rule_id for f in _lint("We keep the totals in transfers(from_id, to_id, amount).", "H001")] == ["H001"]


@pytest.mark.parametrize(
    "ops",
    [
        "Keypads send one message: `CallLift(from_floor, to_floor, keypad_id) -> car_id`.",
        "Commands go to the owner (`PlaceBid(lot_id, bidder_id, amount)`, `Pause`, `UndoLast`).",
        "- ops: Acquire(name, ttl) -> token | Renew(name, token) | Release(name, token)",
    ],
)
def test_operations_named_in_capitals_as_rpc_styles_write_them_are_an_api(ops: str) -> None:
    assert _lint(ops, "H001") == []


def test_a_table_named_by_a_past_participle_is_a_record_not_an_operation() -> None:
    for table in ("- published_slot(slot_start, run_id)", "- cancelled_orders(order_id, reason, cancelled_at)"):
        assert [f.rule_id for f in _lint(table, "H001")] == ["H001"], table
    assert _lint("- cancelled_orders(order_id, reason, cancelled_at)", "H003") == []
    assert _lint("- publishSlot(slot_start, run_id)", "H001") == []


def test_a_capitalised_record_or_a_noun_made_of_a_verb_is_no_operation() -> None:
    for record in ("Stored as `Lift(car_id, floor, load)` per car.", "- Publisher(popularity, reviews)"):
        assert [f.rule_id for f in _lint(record, "H001")] == ["H001"], record


def test_records_with_their_fields_under_any_heading_show_the_design() -> None:
    text = (
        "# Parking sensors\n\n## Requirements\n\n- drivers see free bays\n- operators see occupancy\n\n"
        "## What gets stored\n\nbay: bay_id, lot_id, sensor_id, occupied, changed_at\n"
        "lot: lot_id, name, city, capacity\n\nSensors post changes; a map tile per lot is rebuilt each minute.\n"
    )
    steps = [(f.rule_id, f.variant) for f in lint_string(text, select=("S001", "H003"))]
    assert ("S001", "high-level") not in steps and ("H003", "default") not in steps
    # the same records among the requirements are not taken for a design
    early = text.replace("## What gets stored\n\n", "")
    assert ("S001", "high-level") in [(f.rule_id, f.variant) for f in lint_string(early, select=("S001",))]
    # notes that go on from the numbers to the record under the same heading lay out a design there too
    sized = text.replace("## What gets stored\n\n", "## Numbers\n\n2k lots x 400 bays = 800k bays\n\n")
    assert ("S001", "high-level") not in [(f.rule_id, f.variant) for f in lint_string(sized, select=("S001",))]


def test_a_drawing_run_on_under_the_requirements_label_shows_the_design() -> None:
    notes = (
        "video pipeline - one pager\n\nRequirements\n\n1. Creators upload videos up to 4 GB.\n"
        "2. Viewers watch within a minute of upload.\n3. Originals must never be lost.\n\nFlow\n\n"
        "```\n[ upload ] --> [ raw bucket ] --> [ encoders ] --> [ CDN ]\n                  |\n"
        "                  v\n            [ notifier ]\n```\n"
    )
    found = [(f.rule_id, f.variant) for f in lint_string(notes, select=("S001", "H005"))]
    assert ("S001", "high-level") not in found and not any(rule == "H005" for rule, _ in found)
    plain = notes[: notes.index("```")] + "Uploads land in a bucket and get encoded.\n"
    assert ("S001", "high-level") in [(f.rule_id, f.variant) for f in lint_string(plain, select=("S001",))]


def test_a_record_laid_out_in_notes_without_any_heading_shows_the_design() -> None:
    notes = (
        "service registry notes\n\nInstances must register on start and must heartbeat; clients must find the "
        "healthy ones.\nLookups should answer in under 10 ms and the registry must stay highly available.\n\n"
        "what a registration holds:\n  service_name   string\n  instance_id    uuid\n  lease_expires  timestamp\n\n"
        "Clients cache the list and retry another instance on errors.\n"
    )
    doc = parse(notes)
    # the notes are taken whole for the requirements: the record among them is still the design's
    assert build_outline(doc, load_catalogue()).steps["requirements"] == [doc.root]
    assert ("S001", "high-level") not in [(f.rule_id, f.variant) for f in lint_string(notes, select=("S001",))]
    plain = notes.replace("  service_name   string\n  instance_id    uuid\n  lease_expires  timestamp\n", "  a name\n")
    assert ("S001", "high-level") in [(f.rule_id, f.variant) for f in lint_string(plain, select=("S001",))]


@pytest.mark.parametrize(
    ("line", "api"),
    [
        ("The app calls the search with lat, lng and a radius, and gets back a page of parking lots.", True),
        ("- `JOIN_ROOM {room_id, token}` -> roster", True),
        ("Each reading is stored as json {meter_id, ts, watts}.", False),  # a payload, not a message type
        ("Drivers call the support line when a gate is stuck.", False),
        # what an operation takes and returns; a time taken is no input
        ("Hold seat takes flight id, seat number and passenger id and returns a hold token.", True),
        ("The nightly export takes 5 minutes and returns control to the scheduler.", False),
        # a signature the word API introduces in prose; a name with one argument is no operation told
        ("- the API call is basically createClip(channelId, startMs, endMs, title) with the video", True),
        ("The API is versioned(v2) like the rest.", False),
        # a protocol's messages, each with its direction and its kind first; an event body alone is no call
        ("```\nclient -> server   {type: \"edit\", paste_id, base_rev}\nserver -> client   {type: \"ack\"}\n```", True),
        ("```\nclient -> {\"op\":\"watch\",\"ids\":[\"p1\"]}\n```", True),
        ("```\n{\"type\": \"paste_created\", \"id\": 7}\n```", False),
    ],
)
def test_operations_told_in_prose_or_as_socket_messages_are_an_api(line: str, api: bool) -> None:
    assert (_lint(line, "H001") == []) is api


@pytest.mark.parametrize(
    ("doc", "endpoint"),
    [
        # in notes without headings, an endpoint in prose
        (
            "parking finder, quick notes\n\nusers want a free spot near where they are going.\n\n"
            "the app calls GET /spots?lat=&lng=&radius= and gets back the nearest free spots.\n\n"
            "sensors push a change event whenever a bay frees up or fills.\n",
            "GET /spots?lat=&lng=&radius=",
        ),
        # under a section no heading names, an operation indented as code
        (
            "# Huddles\n\n## Requirements\n\n- start a call in a channel\n- join one\n- mute\n\n"
            "## Starting one\n\nThe client calls\n\n    POST /huddles   { channel_id }\n      -> { huddle_id, token }\n\n"
            "and joins with the token.\n",
            "POST /huddles   { channel_id }\n      -> { huddle_id, token }",
        ),
    ],
)
def test_an_endpoint_outside_a_design_heading_shows_the_design(doc: str, endpoint: str) -> None:
    def shown(text: str) -> bool:
        return ("S001", "high-level") not in [(f.rule_id, f.variant) for f in lint_string(text, select=("S001",))]

    assert shown(doc)
    assert not shown(doc.replace(endpoint, "the backend"))


def test_a_record_written_one_field_name_a_line_is_a_data_model() -> None:
    """Whiteboard notes: an entity's name over its fields, one snake_case name (or a few) a line."""
    record = "parcels\n  parcel_id  (ulid)\n  locker_id\n  dropped_at, picked_at\n  pickup_code_hash\n  status\n"
    assert _lint(record, "H003") == []
    plain = "parcels\n  each parcel has an id\n  the locker it sits in\n  when it was dropped\n  its status\n"
    assert [f.rule_id for f in _lint(plain, "H003")] == ["H003"]


def test_a_chain_of_events_in_prose_is_no_drawing() -> None:
    """"worker dies -> its leases expire -> ..." tells what happens; a flow of components draws the design."""
    events = "A worker dies -> its leases expire within 10 s -> the others take over its partitions."
    assert [f.rule_id for f in _lint(events, "H005")] == ["H005"]
    assert _lint("app -> lease service -> workers -> job store", "H005") == []


def test_calls_inside_a_schema_are_no_api_and_signatures_are() -> None:
    """"-- hash(job_id) % 256" and "enum(active, paused)" sit inside a record's lines; an operation's
    signature opens its line."""
    schema = (
        "jobs\n  job_id         uuid pk\n  partition      smallint   -- hash(job_id) % 256\n"
        "  status         enum(active, paused)\n  next_fire_at   timestamptz\n"
    )
    assert [f.rule_id for f in _lint(schema, "H001")] == ["H001"]
    signatures = "- create_job(cron_expr, target) -> job_id\n- pause_job(job_id) -> ok\n"
    assert _lint(signatures, "H001") == []
    assert _lint("    def create_job(self, cron_expr):\n        ...\n    def pause_job(self, job_id):\n", "H001") == []


def test_entities_named_in_a_row_under_a_data_model_heading_have_no_fields() -> None:
    text = "# Library\n\n## Requirements\n- hold a book\n\n## Data model\n\n{row}\n"
    entities = lint_string(text.format(row="Patrons, titles, copies, holds, branches."), select=("H003",))
    assert [f.rule_id for f in entities] == ["H003"]
    assert lint_string(text.format(row="Hold: patron_ref, title, placed, status"), select=("H003",)) == []
    assert lint_string(text.format(row="name, email, status, created"), select=("H003",)) == []


def test_messages_with_their_payloads_are_no_drawing() -> None:
    """A protocol listed with arrows ("client -> server {"t": "fill"}", "-> 201 {...}") draws no boxes."""
    messages = (
        "```\nclient -> server   {\"t\": \"fill\", \"cell\": [3, 7]}\nserver -> all      {\"t\": \"fill\"}\n"
        "client -> {\"op\": \"sub\", \"markets\": [\"m1\"]}\n```"
    )
    assert [f.rule_id for f in _lint(messages, "H005")] == ["H005"]
    status = "```\nPOST /v1/holds\n  {\"size\": \"M\"}\n  -> 201 {\"hold_id\": \"h1\"}\n  -> 409 {\"error\": \"full\"}\n```"
    assert [f.rule_id for f in _lint(status, "H005")] == ["H005"]
    drawn = "```\nclient -> gateway -> lockers\n   |\n   v\n store\n```"
    assert _lint(drawn, "H005") == []


@pytest.mark.parametrize(
    "said",
    [
        "Clients read a locker's state with a GET on /lockers/{id} and reserve by POSTing to /lockers/{id}/holds.",
        "The app calls the backend like this: GET the availability for a locker bank, POST a hold with the size.",
    ],
)
def test_a_method_and_its_resource_told_in_prose_are_an_api(said: str) -> None:
    assert _lint(said, "H001") == []
    assert [f.rule_id for f in _lint("Clients read a locker's state and reserve a compartment.", "H001")] == ["H001"]


def test_a_spec_in_yaml_lists_its_fields() -> None:
    spec = "```yaml\nentities:\n  copy:\n    fields: [copy_id, title_id, status]\n```"
    assert _lint(spec, "H003") == []
    assert [f.rule_id for f in _lint(spec.replace("fields: [copy_id, title_id, status]", "note: [one, two]"), "H003")] == [
        "H003"
    ]


def test_operations_after_a_short_label_in_a_notes_item_are_an_api_and_a_design() -> None:
    ops = "- ops: reserve(locker_id, size) -> {door_id, code} | open(door_id, code) | release(door_id)\n"
    notes = "locker svc – quick notes\n\n- couriers drop parcels, customers collect them\n" + ops
    found = [(f.rule_id, f.message.split(":")[0]) for f in lint_string(notes, select=("H001", "S001"))]
    assert ("S001", "no high-level design step") not in found and "H001" not in [rule for rule, _ in found]
    words = notes.replace(ops, "- ops: couriers reserve a door and open it with the code\n")
    missing = [f.message.split(":")[0] for f in lint_string(words, select=("S001",))]
    assert "no high-level design step" in missing


def test_a_table_named_by_the_plural_of_a_verbs_noun_is_a_record_not_a_call() -> None:
    # "checkins", "reservations": the noun of a verb, in the plural, names a table of rows
    for record in ("checkins(checkin_id PK, ticket_id, device_id, gate, scanned_at)",
                   "reservations(reservation_id, user_id, slot_id, created_at)"):
        assert _lint(f"The scanner keeps:\n{record}", "H003") == [], record
    # the verb itself, camel-cased or bare, is an operation with its parameters
    for call in ("checkIn(ticket_id, device_id, gate_id, scanned_at)", "reserve(user_id, slot_id, hold_id)"):
        assert [f.rule_id for f in _lint(f"The scanner calls:\n{call}", "H003")] == ["H003"], call


def test_one_stored_thing_said_to_be_its_fields_is_a_record() -> None:
    assert _lint("Storage is small: a vote is (poll_id, participant_id, option, ts), about 50 bytes.", "H003") == []
    # a thing said to be a few plain words in brackets lays out no fields
    said = "Storage is small: a vote is (one click, one option, one person), about 50 bytes."
    assert [f.rule_id for f in _lint(said, "H003")] == ["H003"]


def test_a_flow_wrapped_over_two_lines_of_a_paragraph_is_a_diagram() -> None:
    for wrapped in ("Ward feeds → integration engine → bed service → Postgres\n→ board web app (websocket push)",
                    "Ward feeds -> integration engine -> bed service ->\nPostgres -> board web app"):
        assert _lint(wrapped, "H005") == [], wrapped
    # two sentences on two lines, an arrow in each, are no flow
    prose = "Ward feeds → one integration engine here.\nThe board web app is pushed to over a websocket → fine."
    assert [f.rule_id for f in _lint(prose, "H005")] == ["H005"]


def test_a_record_wrapped_at_a_line_break_with_a_field_shown_in_its_state_is_a_record() -> None:
    wrapped = "On success, write reservation(token_id, user_id, expires_at,\n   status=HELD) with a unique key on token_id."
    assert _lint(wrapped, "H003") == []
    # a call's parameter with its default is no field of a stored record
    call = "The client calls feed(cursor, page, limit=20) to scroll."
    assert [f.rule_id for f in _lint(call, "H003")] == ["H003"]


def test_arrows_in_the_titled_requirements_of_a_designed_doc_are_no_diagram() -> None:
    doc = (
        "# Cellar stock\n\n## Requirements\n\n- bins: room -> rack -> shelf\n"
        "- a bottle sold at the till -> its count goes down\n- a delivery scanned -> counts go up\n\n"
        "## High-level design\n\n{}\n"
    )
    prose = "A till webhook feeds a queue; one worker applies each sale to Postgres."
    assert [f.rule_id for f in lint_string(doc.format(prose), select=("H005",))] == ["H005"]
    # the same flow drawn in the design is one
    assert lint_string(doc.format("till -> webhook API -> queue -> worker -> Postgres"), select=("H005",)) == []


def test_records_written_like_calls_are_no_api_and_a_function_signature_in_code_is_one() -> None:
    doc = (
        "# Shifts\n\n## Requirements\n\n- sign up for a shift\n\n## High-level design\n\nA Django app on Postgres.\n\n"
        "**Signup = one transaction**\n\n{}\n"
    )
    tables = "Tables roughly:\n- `shifts(id, site_id, role, starts_at)`\n- `signups(id, shift_id, volunteer_id, status)`"
    assert [f.rule_id for f in lint_string(doc.format(tables), select=("H001",))] == ["H001"]
    code = "```python\ndef sign_up(shift_id, volunteer_id, party_size):\n    ...\n```"
    assert lint_string(doc.format(code), select=("H001",)) == []


def test_records_in_a_row_after_a_store_label_are_a_data_model() -> None:
    # a terse note names its store, then each record with its fields, none of them an id
    stored = "- postgres: member, booking(slot, member, status), slot(kiln, starts at, length)"
    assert _lint(stored, "H003") == []
    # calls in a row are an API's operations, and one record alone stays for the other readers to judge
    for other in ("- api: book(slot, member), cancel(booking, reason)", "- postgres: booking(slot, member, status)"):
        assert [f.rule_id for f in _lint(other, "H003")] == ["H003"], other


def test_a_table_pairing_records_with_their_fields_is_a_data_model_whatever_its_header() -> None:
    table = (
        "| tabela | campos |\n|---|---|\n| kiln | id, name, max_temp_c |\n"
        "| firing | id, kiln_id, starts_at, status |\n| slot | id, firing_id, member_id, shelf |\n"
    )
    assert _lint(table, "H003") == []
    # one such row is a note, not a model; operations with their arguments are an API
    assert [f.rule_id for f in _lint(table.split("| firing")[0], "H003")] == ["H003"]
    calls = "| call | takes |\n|---|---|\n| book_slot | member_id, slot_id, shelf |\n| cancel_slot | slot_id, reason_code, by |\n"
    assert [f.rule_id for f in _lint(calls, "H003")] == ["H003"]


def test_a_flow_whose_first_component_is_several_side_by_side_is_a_diagram() -> None:
    shape = "**hay orders**\n\n**Shape**\n\nowner app / farm web / driver app → API (monolith) → Postgres\n"
    assert _lint(shape, "H005") == []
    # what follows a part failing is a chain of causes, however its first step is written
    causes = "**jobs**\n\n**Failures**\n\n- Worker crashes / network partition -> heartbeats stop -> lease expires.\n"
    assert [f.rule_id for f in _lint(causes, "H005")] == ["H005"]


def test_a_journey_of_actions_is_no_diagram_of_components() -> None:
    journey = "**locker queue**\n\n**Flow**\n\nFlow: courier arrives -> scans a parcel code -> opens the door -> leaves\n"
    assert [f.rule_id for f in _lint(journey, "H005")] == ["H005"]
    # the boxes named, one with a note after a comma, are a flow however they go on
    boxes = "**locker queue**\n\n**Flow**\n\ncourier app → API gateway → locker service, with a sweeper → Postgres\n"
    assert _lint(boxes, "H005") == []


def test_a_flow_on_a_line_opened_by_an_arrow_is_a_diagram_with_one_arrow_more() -> None:
    notes = "**locker queue**\n\nArch (rough)\n-> courier app -> cdn (maps) -> api gw -> locker svc / alert svc\n"
    assert _lint(notes, "H005") == []
    # in notes typed as arrows, three steps are as often a chain of "then" as of components
    steps = "**locker queue**\n\nPickup\n-> code page -> POST code -> open the door, 1 min\n"
    assert [f.rule_id for f in _lint(steps, "H005")] == ["H005"]


def test_a_calculation_with_arrows_in_a_code_block_is_no_drawing() -> None:
    sums = "```\nscans/s = 2M / 86400 ~ 23/s\nopen time ~30 s -> doors open at once = 23 * 30 ~ 700\n"
    sums += "photo ~200 KB -> 2M * 200 KB = 400 GB/day\n```"
    assert [f.rule_id for f in _lint(sums, "H005")] == ["H005"]
    # the same arrows with no result after them are read as a drawing
    drawn = sums.replace(" = 23 * 30 ~ 700", "").replace(" = 400 GB/day", " in the object store")
    assert _lint(drawn, "H005") == []


def test_states_in_a_sentence_joined_by_arrows_are_a_lifecycle_not_a_flow() -> None:
    states = "The order goes OPEN -> PAID -> PACKED (or FAILED / EXPIRED). Then a queue sends the emails."
    assert [f.rule_id for f in _lint(states, "H005")] == ["H005"]
    assert _lint("The order goes app -> checkout svc -> postgres (one row per order).", "H005") == []


def test_arrows_between_clauses_of_a_sentence_are_no_flow() -> None:
    why = "- random codes: same parcel → same code (no lookup), but clashes → must check + retry"
    assert [f.rule_id for f in _lint(why, "H005")] == ["H005"]


def test_a_sample_document_under_a_data_model_heading_shows_its_fields() -> None:
    sample = (
        '{\n  "locker_id": "LK-0042",\n  "site": "Main St",\n  "doors": [{"door_no": 3, "size": "M"}],\n'
        '  "opened_at": "2024-03-01T10:00:00Z",\n  "version": 7\n}'
    )
    text = (
        "# Parcel lockers\n\n## Requirements\n- drop\n- pick up\n- alert\n\n## High-level design\n\n"
        f"App -> locker service -> document store.\n\n## Data model\n\nEach locker is one document:\n\n```json\n{sample}\n```\n"
    )
    assert lint_string(text, select=("H003",)) == []
    # the same example under a heading that names no data model, said to be sent, shows a payload
    sent = text.replace("## Data model", "## Example").replace("Each locker is one document:", "The app sends:")
    assert [f.rule_id for f in lint_string(sent, select=("H003",))] == ["H003"]


def test_a_sample_the_text_says_is_what_is_stored_shows_its_fields() -> None:
    sample = "```yaml\nlocker_id: LK-42\nsite_id: main-st\ndoor_count: 24\nopened_at: 2024-03-01\n```"
    stored = f"**lockers**\n\n**Design**\n\nKept in Postgres, one record per locker:\n\n{sample}\n"
    assert _lint(stored, "H003") == []
    titled = f"**lockers**\n\n**Design**\n\nApp -> locker service.\n\n**Locker document**\n\n{sample}\n"
    assert _lint(titled, "H003") == []
    # the same sample as what the app sends names nothing stored
    sent = stored.replace("Kept in Postgres, one record per locker:", "The app sends, for example:")
    assert [f.rule_id for f in _lint(sent, "H003")] == ["H003"]


def test_a_container_word_over_typed_names_is_one_record() -> None:
    """"record:" over names with their types lays out one record; "records:" over names alone lists entities."""
    layout = "each partition is an append-only log\nrecord: offset int64 | ts int64 | key | value | crc\n"
    assert _lint(layout, "H003") == []
    assert [f.rule_id for f in _lint("records: offsets | timestamps | keys | values\n", "H003")] == ["H003"]
    # one name and a word that is also a type ("short text") is an answer's kind, not a typed field
    assert [f.rule_id for f in _lint("- learners submit quizzes (MCQ, numeric, short text)\n", "H003")] == ["H003"]


def test_key_markers_in_capitals_are_read_as_in_ddl() -> None:
    row = "Listing table, roughly:\n\n```\nlisting(listing_id, ticket_id UNIQUE, event_id, seller_id, price_cents)\n```\n"
    assert _lint(row, "H003") == []


def test_a_signature_said_in_a_timestamped_chat_is_an_api() -> None:
    said = "[10:17] me: search(user_id, query, cursor) -> [hits], next_cursor\n"
    assert _lint(said, "H001") == []
    assert [f.rule_id for f in _lint(said.replace("search(user_id, query, cursor)", "we search"), "H001")] == ["H001"]


def test_components_one_under_another_led_by_arrows_are_a_diagram() -> None:
    drawn = "```\nbrowser\n   -> api gateway\n   -> order service\n   -> postgres\n```"
    assert _lint(drawn, "H005") == []
