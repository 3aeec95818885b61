"""Reading and judging stated calculations: numbers, units, precedence, tolerance, conventions."""

from __future__ import annotations

import pytest

from designlint.estimate.conventions import periods
from designlint.estimate.finder import candidates
from designlint.estimate.judge import ARITHMETIC, OK, ROUNDING, SKIP, UNIT, judge
from designlint.estimate.lexer import tokenize
from designlint.estimate.parser import Reading, evaluate, parse
from designlint.estimate.quantity import DEFAULT_PERIODS

from conftest import lint_string


def value_of(text: str) -> tuple[float, tuple[int, int]]:
    tokens = tokenize(text)
    node, end = parse(tokens)
    assert end == len(tokens), text
    q = evaluate(node, Reading(DEFAULT_PERIODS))
    return q.value, q.dim


@pytest.mark.parametrize(
    ("text", "value", "dim"),
    [
        ("86,400", 86_400, (0, 0)),
        ("5,001,000,000", 5_001_000_000, (0, 0)),
        ("1.5", 1.5, (0, 0)),
        ("100M", 1e8, (0, 0)),
        ("2.5 million", 2.5e6, (0, 0)),
        ("3 billion", 3e9, (0, 0)),
        ("240k", 240_000, (0, 0)),
        ("1mil", 1e6, (0, 0)),
        ("1e5", 1e5, (0, 0)),
        ("10^5", 1e5, (0, 0)),
        ("10**5", 1e5, (0, 0)),
        ("20%", 0.2, (0, 0)),
        ("4M/24 x 60 x 60", 600_000_000, (0, 0)),  # left to right, as written
        ("4M / (24 x 60 x 60)", 4e6 / 86_400, (0, 0)),
        ("2 + 3 x 4", 14, (0, 0)),
        ("2^(n/2)".replace("n", "64"), 2**32, (0, 0)),
        ("300 bytes", 300, (1, 0)),
        ("1.5 KB", 1500, (1, 0)),
        ("2 KiB", 2048, (1, 0)),
        ("2 kiB", 2048, (1, 0)),  # a lower-case k on a binary prefix, as on "kB"
        ("1 EiB", 2.0**60, (1, 0)),
        ("1 Mbps", 125_000, (1, -1)),
        ("8 Kb", 1000, (1, 0)),
        ("5 per day", 5 / 86_400, (0, -1)),
        ("5,800 reads/sec", 5800, (0, -1)),
        ("1 GB/s", 1e9, (1, -1)),
        ("100 QPS", 100, (0, -1)),
        # a share added to or taken from an amount scales it; shares added to each other add up
        ("1M/day + 30%", 1.3e6 / 86_400, (0, -1)),
        ("2 TB - 25%", 1.5e12, (1, 0)),
        ("50% + 20%", 0.7, (0, 0)),
    ],
)
def test_values_and_units_are_read(text: str, value: float, dim: tuple[int, int]) -> None:
    got, got_dim = value_of(text)
    assert got == pytest.approx(value)
    assert got_dim == dim


def test_chained_power_is_not_read() -> None:
    tokens = tokenize("2^3^2")
    assert parse(tokens)[1] < len(tokens)  # a^b^c is ambiguous in prose: left unread


def test_sup_tags_are_powers() -> None:
    (found,) = candidates("Key space: 10<sup>5</sup> x 2 = 200,000", 1)
    assert evaluate(found.expression.node, Reading(DEFAULT_PERIODS)).value == 200_000


def verdict(line: str, declared: str = "") -> str:
    found = list(candidates(line, 1))
    assert len(found) == 1, (line, found)
    return judge(found[0], periods([declared]), 0.15).kind


@pytest.mark.parametrize(
    "line",
    [
        "Write QPS = (100M x 0.1) / 86,400 = ~115 writes/sec",
        "Peak Write QPS = 115 x 3 = ~350 writes/sec",
        "Read QPS = (100M x 5) / 86,400 = ~5,800 reads/sec",
        "Peak Read QPS = 5,800 x 3 = ~17,400 reads/sec",
        "Annual storage = 10M x 365 x 300 bytes = ~1.1 TB/year",
        "Incoming = 115 x 300 bytes = ~35 KB/s",
        "Outgoing = 5,800 x 300 bytes = ~1.7 MB/s",
        "Daily reads = 5,800 x 86,400 = ~500M",
        "Cache 20% = 20M URLs x 300 bytes = ~6 GB",
        "URL Shortener: 17,400 peak read QPS / 10,000 per server = 2 servers (plus redundancy = 4-6)",
        "7-character base62 = 62^7 = ~3.5 trillion possible keys",
        "Each record: short_url (7 bytes) + long_url (avg 200 bytes) + user_id (8 bytes) + created_at (8 bytes)"
        " + metadata (50 bytes) = ~273 bytes, round to 300 bytes",
    ],
)
def test_framework_url_shortener_calculations_pass(line: str) -> None:
    assert verdict(line) == OK


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Write QPS = (100M x 0.1) / 86,400 = 1,150 writes/sec", ARITHMETIC),  # 10x off
        ("Uploads = 4M/24 x 60 x 60 = 4.6 per second", ARITHMETIC),  # neither as written nor as meant
        ("Outgoing = 5,800 x 300 bytes = ~1.7 Mbps", UNIT),  # bits for bytes
        ("Write QPS = 100M x 0.1 = ~115 writes/sec", ARITHMETIC),  # a per-day figure used per second
        ("Key space = 62^6 = ~3.5 trillion keys", ARITHMETIC),  # wrong power
        # a calculation in the middle of a chain, named by words after an arrow or a comma
        ("ping ~100 bytes -> ride pings 360M*100 = ~3.6 GB/day", ARITHMETIC),
        ("each ~2 KB, all cards 105M*2 = ~21 GB", ARITHMETIC),
        # a margin added in words after the result ends the calculation there
        ("a node holds ~50k sockets, so 1M / 50k = 40 nodes, plus headroom → 50", ARITHMETIC),
    ],
)
def test_wrong_variants_are_caught(line: str, kind: str) -> None:
    assert verdict(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Total = 2 x 10^9 x 64 bytes = 128 GB",
        "a node holds ~50k sockets, so 1M / 50k = 20 nodes, plus headroom → 25",
        "Storage per user = 1 MB * 365 days = 365 MB/year",
        "Users online = 10% x 100M = 10M",
        "p = 1/1000 = 0.1%",
        "Link = 10 Gbps / 8 = 1.25 GB/s",
        "Hourly = 100 Mbps x 3600 = 45 GB per hour",
        "Yearly = 1 TB/day x 365 = 365 TB/year",
        "Shift = 8 hours x 3600 = 28,800 seconds",
        "Keys last = 3.5T / 10M per day = 350,000 days",
        "Peak = 3x average = 3 x 5,800 = 17,400",
        "Fanout = 300 followers x 500M tweets/day = 150B deliveries/day",
        "Timeline = 800 tweets x 64 bytes = 51 KB per user",
        "2^64 = 1.8 x 10^19",
        "Day = 24 x 60 = 1,440 minutes",
        "Archive = 400 GB/day * 365 * 10 years = 1.46 PB",
        "Monthly = 10 GB/day x 30 = 300 GB/month",
        "DB reads = 20% of 231K = 46K QPS",
        "Typeahead: 5B searches/day * 6 keystrokes = 30B requests/day ≈ 350K QPS",
        "Driver updates: 1M drivers / 4 s = 250K updates/s",
        "Retries: 3 retries x (5s + 5s) = 30s",
        "Error budget: 100% - 99.9% = 0.1%",
        "Minutes a month: 30 days x 24 h x 60 min = 43,200 minutes",
        "Latency = 50 ms + 2 x 20 ms = 90 ms",
        "Throughput per partition = 10 MB/s, so 1 GB/s / 10 MB/s = 100 partitions",
        "Ingest: 10K events/s * 1 KB = 10 MB/s = 864 GB/day",
        "Batch = 5 ms x 1000 = 5 s",
        "Keys last = 3.5T / 10M per day = 350,000",
        "Reservations = 1mil * 0.7 / 3 = ~240k reservations per day",
        "100 mil URLs per day -> ~1200 URLs per second",
        "500 million tweets per day or 15 billion tweets per month",
        "The system handles 1mil transactions per day, which is 10 transactions per second.",
        "ping ~100 bytes -> ride pings 360M*100 bytes = ~36 GB/day",
    ],
)
def test_correct_calculations_in_other_styles_pass(line: str) -> None:
    kinds = [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates(line, 1)]
    assert kinds and set(kinds) == {OK}


def test_scientific_result_keeps_its_rounding() -> None:
    assert verdict("2^64 = 1.8 x 10^18") == ARITHMETIC


def test_exact_result_allows_only_its_rounding() -> None:
    assert verdict("Reads = 100M / 86,400 = 1,157") == OK
    assert verdict("Reads = 100M / 86,400 = 1,200") == OK  # written to the hundreds
    assert verdict("Reads = 100M / 86,400 = 1,177") == OK  # 1.7% off: rounding, exact or not
    assert verdict("Reads = 100M / 86,400 = ~1,300") == OK  # 12% off, approximate
    assert verdict("Reads = 100M / 86,400 = 1,350") == ROUNDING  # 17% off: a note
    assert verdict("Reads = 100M / 86,400 = ~1,400") == ARITHMETIC  # 21% off


def test_a_round_result_rounds_only_so_far() -> None:
    # "10k" may stand for anything from 5k to 15k when the writer rounds to the ten thousand, but a result a
    # third or more away from its expression is a slip whatever its trailing zeros say
    assert verdict("600M / 86400 = ~10k writes/sec") == ARITHMETIC  # 6.9k: 44% off
    assert verdict("600M / 86400 = ~7k writes/sec") == OK
    assert verdict("50 x 1.2M / 86400 = ~1,000 per second") == ARITHMETIC  # 694: 44% off
    assert verdict("64M / 86400 = ~800 per second") == OK  # 741: 8% off


def test_declared_seconds_per_month_hold_for_the_doc() -> None:
    line = "- 1 request per second = 2.5 million requests per month"
    assert verdict(line, "Assume 2.5 million seconds per month.") == OK
    assert verdict("- 1 request per second = 2.1 million requests per month") == ARITHMETIC
    assert periods(["a day is ~10^5 seconds"])["day"] == 1e5


@pytest.mark.parametrize(
    "line",
    [
        "Each record: id (8 bytes) + url (avg 200 bytes) = ~208 bytes",
        "Peak QPS = Average QPS x Peak Multiplier (typically 2x-5x)",
        "Read:Write ratio = 50:1",
        "Latency = 5 - 10 ms",
        "Storage = 10 x 5 = over 40 TB",
        "see https://example.com/?a=5*3",
        "That is: 128K for `windowBits` = 15 + 128K for `memLevel` = 8",
        "Disks: RAID 1+0 = 4 disks per node",
        "Read:write = 1M / 100M = 1:100",
    ],
)
def test_unreadable_lines_are_skipped(line: str) -> None:
    assert all(judge(c, DEFAULT_PERIODS, 0.15).kind == OK for c in candidates(line, 1))


def test_a_count_of_copies_given_as_a_size_is_not_judged() -> None:
    """The copies are counted and the size comes from the line before; a sum of counts is no byte total."""
    assert verdict("- 1 primary + 2 replicas -> 960 GB on disk") == SKIP
    assert verdict("Disk = 500 + 300 = 1,200 GB") == ARITHMETIC  # a bare sum in the stated unit is still read
    assert verdict("Disk = 500 + 300 = 800 GB") == OK


def test_named_counts_multiplied_into_a_size_are_not_judged() -> None:
    """"At 8 bytes each, 3 million users times 500 candidates is 12 GB": the size of one is elsewhere."""
    assert verdict("- 3M users x 500 candidates = 12 GB") == SKIP
    assert verdict("- 3M users x 500 x 8 B = 1.2 GB") == ARITHMETIC  # the size in the expression: judged


@pytest.mark.parametrize(("line", "kind"), [("- 50k x 8 x 24kbps = 9.6 gbps", OK), ("- 50k x 8 x 24kbps = 96 gbps", ARITHMETIC)])
def test_lower_case_bit_rates_are_bits(line: str, kind: str) -> None:
    assert verdict(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [("| Retained (14-day TTL) | 2.4 × 14 = 33.6 TB raw |", OK), ("- 2.4 × 14 = 3.4 TB", ARITHMETIC),
     ("| Hot set | 2.4 × 2 × 0.4 ≈ 1.9 TB |", OK)],
)
def test_a_bare_product_counts_in_the_stated_size_unit(line: str, kind: str) -> None:
    """"2.4 × 14 = 33.6 TB" (2.4 TB a day, kept 14 days) was read as 33.6 bytes against 33.6 TB: a false error."""
    assert verdict(line) == kind


def test_bare_figures_off_by_a_whole_unit_step_left_the_unit_off() -> None:
    """"480 s × 18 / 8 = 1.08 GB" works out MB from a rate named elsewhere: 1,000x off is no slip."""
    assert verdict("| output size (18 Mbps total) | 480 s × 18 / 8 | 1.08 GB |") == SKIP
    assert verdict("- 2.4 × 14 = 336 TB") == ARITHMETIC  # ten times off is a slip


@pytest.mark.parametrize(
    ("line", "kind"), [("- 1,200 × 1 min = 20 instance-hours", OK), ("- 1,200 × 1 min = 2 instance-hours", ARITHMETIC)]
)
def test_time_counted_per_thing_is_a_length_of_time(line: str, kind: str) -> None:
    assert verdict(line) == kind


def test_a_rate_spread_over_a_window_named_in_words_is_not_judged() -> None:
    assert verdict("- 9.6 TB/day ≈ 2.1 Gbps averaged over working hours") == SKIP
    assert verdict("- 9.6 TB/day ≈ 2.1 Gbps") == ARITHMETIC  # a whole day: 0.89 Gbps


def test_a_growth_rate_is_no_rate_to_convert() -> None:
    """"At 40%/year growth we hit ~10 TB/day": a share per year projects growth from a base the line does
    not give; it restates no amount per day. A plain rate per year still converts."""
    assert list(candidates("At 40%/year growth we hit ~10 TB/day in about two years", 1)) == []
    converted = list(candidates("3.65 PB/year -> ~10 TB/day", 1))
    assert [c.conversion for c in converted] == [True]


def lint_messages(text: str, rule: str) -> list[str]:
    return [f.message for f in lint_string(text, select=(rule,)) if f.rule_id == rule]


def test_message_shows_expression_computed_stated_and_intended_reading() -> None:
    (message,) = lint_messages("# X\n## Estimation\n- Uploads = 4M/24 x 60 x 60 = 4 Photos/sec\n", "E002")
    assert message.startswith("4M/24 x 60 x 60 evaluates to 600,000,000 as written, stated 4 Photos/sec")
    assert "did you mean 4M / (24 x 60 x 60) ≈ 46?" in message


def test_a_precedence_slip_is_a_note_that_shows_how_to_write_it() -> None:
    text = "# X\n## Estimation\n- Uploads = 4M/24 x 60 x 60 = 46 Photos/sec\n"
    assert lint_messages(text, "E002") == []
    (message,) = lint_messages(text, "E008")
    assert message == (
        "4M/24 x 60 x 60 is 600,000,000 as written, stated 46 Photos/sec: brackets are missing; "
        "write 4M / (24 x 60 x 60) ≈ 46"
    )


@pytest.mark.parametrize(
    ("line", "computed"),
    [
        ("- Daily views = 5,001,000,000/86400 = 5788", "57,882"),
        ("- Writes = (100M x 0.1) / 86,400 = 1,150 writes/sec", "116"),
        ("- Key space = 62^7 = ~3.5 billion", "3,521,614,606,208"),
        ("- Write QPS = 100M x 0.1 = ~115 writes/sec", "10,000,000"),
        ("- Key space = 62^6 = ~3.5 trillion keys", "56,800,235,584"),
    ],
)
def test_message_carries_the_right_computed_value(line: str, computed: str) -> None:
    (message,) = lint_messages(f"# X\n## Estimation\n{line}\n", "E002")
    assert f"evaluates to {computed}," in message


def test_wrong_power_suggests_the_exponent() -> None:
    (message,) = lint_messages("# X\n## Estimation\n- Key space = 62^6 = ~3.5 trillion keys\n", "E002")
    assert message.endswith("did you mean 62^7 ≈ 3,521,614,606,208?")


def test_small_byte_results_are_shown_in_a_readable_unit() -> None:
    (message,) = lint_messages("# X\n## Estimation\n- Egress = 1M users * 50 KB / 86,400 s = 580 MB/s\n", "E002")
    assert "evaluates to 579 KB/s, stated 580 MB/s; the stated value is 1,000 times too large" in message


def test_unit_message_names_both_readings() -> None:
    (message,) = lint_messages("# X\n## Estimation\n- Out = 5,800 x 300 bytes = ~1.7 Mbps\n", "E007")
    assert "gives 13.9 Mbps" in message and "bits" in message


def test_hand_conversion_to_bits_is_accepted() -> None:
    assert lint_messages("# X\n## Estimation\n- Link = 1.7 MB/s x 8 = ~14 Mbps\n", "E007") == []


def test_program_code_blocks_are_not_read() -> None:
    text = "# X\n## Estimation\n```go\nx := 4 * 5 = 7\n```\n```\nA = 4 * 5 = 7\n```\n"
    assert [f.line for f in lint_string(text, select=("E002",))] == [7]


def test_a_total_stated_per_second_is_a_unit_mismatch() -> None:
    (message,) = lint_messages("# X\n## Estimation\n- Daily storage = 10M x 300 bytes = ~3 GB/s\n", "E007")
    assert message.startswith("10M x 300 bytes gives 3 GB, stated ~3 GB/s: 'Daily storage' names an amount")
    assert lint_messages("# X\n## Estimation\n- Incoming = 115 x 300 bytes = ~35 KB/s\n", "E007") == []


NESTED = """# Paste service

## Estimation

* 12.7 GB of new paste content per month
    * 1.27 KB per paste * 10 million pastes per month
* 4 GB of new paste content per month
    * 1.27 KB per paste * 10 million pastes per month
* Usage
    * 2 x 3
"""


def test_an_expression_under_its_result_is_checked() -> None:
    findings = lint_string(NESTED, select=("E002",))
    assert [(f.line, f.rule_id) for f in findings] == [(8, "E002")]
    assert findings[0].message.startswith(
        "1.27 KB per paste * 10 million pastes per month evaluates to 12.7 GB per month, stated 4 GB"
    )


def test_a_multiplier_given_elsewhere_is_a_note_that_restores_it() -> None:
    text = "# X\n## Estimation\n- 400M photos a month.\n- Photos = 400 * 5 * 12 months = 24 Billion\n"
    assert lint_messages(text, "E002") == []
    (message,) = lint_messages(text, "E008")
    assert message.endswith("write 400M * 5 * 12 months = 24 Billion (400M as stated elsewhere)")


def test_a_reading_of_an_ambiguous_token_is_named_and_only_warned() -> None:
    (finding,) = lint_string("# X\n## Estimation\n- Read QPS = 300m * 10 / 86400 = 3.5k\n", select=("E002",))
    assert finding.severity == "warning"
    assert finding.message.endswith("(reading 300m as 300 million)")
    assert "evaluates to 34,722," in finding.message


def test_a_unit_finding_that_relies_on_a_reading_is_a_warning_naming_it() -> None:
    (finding,) = lint_string("# X\n## Estimation\n- Out = 5,800 x 300B = ~1.7 Mbps\n", select=("E007",))
    assert finding.severity == "warning" and finding.message.endswith("(reading 300B as 300 bytes)")
    (certain,) = lint_string("# X\n## Estimation\n- Out = 5,800 x 300 bytes = ~1.7 Mbps\n", select=("E007",))
    assert certain.severity == "error"


def test_a_reading_never_shows_bytes_as_a_count() -> None:
    text = "# X\n## Estimation\n- Hot set = 20M URLs x 300B = ~6 million requests/sec\n"
    assert lint_string(text, select=("E002", "E007")) == []


@pytest.mark.parametrize(
    "line",
    [
        # a calculation after a sentence on the same line, the next sentence opening with its first number
        "guessing ~50M sends/day overall. 50M / 86400 = ~580/s avg",
        # a second thought after a comma ("say", "maybe") is not part of the result
        "50M / 86400 = ~580/s avg, say peak 5x so ~2.9k/s",
    ],
)
def test_a_calculation_inside_casual_prose_is_read(line: str) -> None:
    assert [c.source for c in candidates(line, 1)] == ["50M / 86400 = ~580/s avg"]


def test_a_divisor_written_without_its_unit_is_a_slip_not_an_error() -> None:
    doc = "# X\n\n## Estimation\n\n- 3 GB/s / 0.5 = 6 brokers\n"
    findings = lint_string(doc, select=("E002", "E007", "E008"))
    assert [(f.rule_id, f.variant) for f in findings] == [("E008", "dropped-unit")]
    assert "0.5 GB/s" in findings[0].message
    wrong = lint_string(doc.replace("= 6 brokers", "= 60 brokers"), select=("E002", "E008"))
    assert [f.rule_id for f in wrong] == ["E002"]


def test_a_sentence_opening_with_an_operator_goes_on_from_the_result_before_it() -> None:
    line = "800 × 16 B ≈ 12.8 KB per user. × 250M active users ≈ **3.2 TB** of cache."
    assert [c.source for c in candidates(line, 1)] == [
        "800 × 16 B = 12.8 KB per user",
        "12.8 KB per user × 250M active users = 3.2 TB of cache",
    ]
    wrong = "# X\n\n## Estimation\n\n" + line.replace("3.2 TB", "320 GB") + "\n"
    assert [f.rule_id for f in lint_string(wrong, select=("E002",))] == ["E002"]


def test_a_table_row_working_a_figure_out_in_one_cell_and_giving_it_in_the_next_is_read() -> None:
    assert [c.source for c in candidates("| media per year | 200TB × 365 | ~73 PB/year |", 1)] == [
        "200TB × 365 = 73 PB/year"
    ]
    assert list(candidates("| users | 300M | 2x growth |", 1)) == []
    doc = "# X\n\n## Estimation\n\n| what | how | result |\n|---|---|---|\n| media per year | 200TB × 365 | ~50 PB/year |\n"
    assert [f.rule_id for f in lint_string(doc, select=("E002",))] == ["E002"]
    # a working that restates itself as a product first: the next cell is the last product's result
    restated = "| photos | 20% of posts x 400 KB avg = 6M x 400 KB | {} |"
    assert [c.source for c in candidates(restated.format("2.4 TB/day"), 1)] == ["6M x 400 KB = 2.4 TB/day"]
    assert [f.rule_id for f in lint_string(doc.replace("| media per year | 200TB × 365 | ~50 PB/year |",
                                                       restated.format("24 TB/day")), select=("E002",))] == ["E002"]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # a chat log's time stamp is no figure; ", peak ..." and ", at $..." start thoughts of their own
        ("[10:05] me: 8B moves/day -> 8B/86400 ≈ 92k moves/s avg, peak evenings x3 ~ 270k/s", "8B/86400 = 92k moves/s avg"),
        # the stamp in bold with the speaker, or as a clock time with its half of the day
        ("**[20:49] rafa:** 500M * 2 KB = 1 TB/day. keep 30 days", "500M * 2 KB = 1 TB/day"),
        ("9:16 PM tom: 500M * 2 KB = 1 TB/day", "500M * 2 KB = 1 TB/day"),
        ("- cdn egress: 500m * 40KB avg = 20TB/day, at ~$0.02/GB ≈ $400/day", "500m * 40KB avg = 20TB/day"),
    ],
)
def test_casual_lines_hold_their_calculation(line: str, source: str) -> None:
    assert source in [c.source for c in candidates(line, 1)]


def test_a_rate_restated_after_so_is_checked() -> None:
    from designlint.estimate.prose import prose_candidates

    line = "150M x 200 = 30B feed inserts a day, so ~35k writes/s."
    assert "30B feed inserts a day = ~35k writes/s" in [c.source for c in prose_candidates(line, 1)]
    doc = "# X\n\n## Estimation\n\n- " + line + "\n"
    assert [f.rule_id for f in lint_string(doc, select=("E002",))] == ["E002"]


@pytest.mark.parametrize(
    "line",
    [
        "Buffer: 360 samples per sensor for 1 h × 2M sensors × 4 B ≈ 2.9 GB",
        "Hot set: 50 KB per user over 7 days × 1M users ≈ 50 GB",
    ],
)
def test_a_chain_opening_on_a_span_that_qualifies_an_earlier_figure_is_not_read(line: str) -> None:
    # the product starts at the figure before "for"/"over", which the chain as written leaves out
    assert list(candidates(line, 1)) == []
    assert [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates(line.split(" for ")[-1].split(" over ")[-1], 1)]


@pytest.mark.parametrize(
    "line",
    [
        "At 10x it is ~2,300/s on one row, and with ~2 ms lock hold time that's ~4.6 s of lock time per second.",
        "Each shard is at ~40% and the batch takes ~3 min, so ~1 deploy an hour fits.",
        "- guests poll their place: every 30 s during ~25 min wait = 50 polls per party",
        "A reply comes every 10 s across ~40 shards, fine.",
    ],
)
def test_a_tilde_after_a_preposition_or_verb_means_about_and_restates_nothing(line: str) -> None:
    # "with ~2 ms" is about 2 ms, not "with" restated as 2 ms; nothing here is a calculation to check
    assert [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates(line, 1) if judge(c, DEFAULT_PERIODS, 0.15).kind
            not in (OK, SKIP)] == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("storage: 5B msgs * 500 bytes (body + metadata + status) = 2.5 TB/month", OK),
        ("storage: 5B msgs * 500 bytes (body + metadata + status) = 2.5 GB/month", ARITHMETIC),
        ("storage: 5B msgs * 500 bytes (body & headers) = 2.5 GB/month", ARITHMETIC),
    ],
)
def test_words_in_brackets_joined_by_plus_are_a_note_not_a_sum(line: str, kind: str) -> None:
    assert [judge(c, DEFAULT_PERIODS, 0.15).kind for c in candidates(line, 1)] == [kind]


def test_multipliers_named_side_by_side_multiply_nothing() -> None:
    # image densities: each figure carries its own "x", so "1x 2x 3x" lists multiples; a product still reads
    assert list(candidates("we need 3 sizes, 1x 2x 3x = 28, 56, 112px", 1)) == []
    assert [c.expression.text for c in candidates("2x3x4 = 24", 1)] == ["2x3x4"]
    assert [c.expression.text for c in candidates("100/s x 3x = 300/s", 1)] == ["100/s x 3x"]


BILLIONS_TYPED_APART = """# X
## Estimation
| what | how | result |
|---|---|---|
| Rows kept | 100 M x 365 x 10 | 365 B |
| Storage | 365 B x 500 B | ~182 TB |
| Cache | 0.2 x 1 B reads x 500 B | 100 GB |
| Index | 365 B x 16 B | ~60 TB |
"""


def test_a_b_typed_apart_counts_billions_where_bytes_cannot_match() -> None:
    # "365 B" is bytes in "500 B" and billions in "365 B x 500 B": only that reading gives bytes, not bytes^2
    findings = lint_string(BILLIONS_TYPED_APART, select=("E002", "E007"))
    assert [(f.line, f.rule_id, f.severity) for f in findings] == [(8, "E002", "warning")]
    assert "evaluates to 5.84 TB, stated 60 TB" in findings[0].message
    assert findings[0].message.endswith("(reading 16 B as 16 billion)")


def test_a_b_typed_apart_stays_bytes_where_bytes_match() -> None:
    (message,) = lint_messages("# X\n## Estimation\n- Storage = 2 M x 500 B = 100 GB\n", "E002")
    assert "evaluates to 1 GB, stated 100 GB" in message and "billion" not in message
