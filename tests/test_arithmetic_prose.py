"""Calculations written in words: explicit steps read as symbols, across sentences of one line."""

from __future__ import annotations

import pytest

from designlint.estimate.judge import ARITHMETIC, OK, judge
from designlint.estimate.prose import prose_candidates, symbolic
from designlint.estimate.quantity import DEFAULT_PERIODS

from conftest import lint_string


def kinds(line: str) -> list[str]:
    return [judge(c, DEFAULT_PERIODS, 0.15).kind for c in prose_candidates(line, 1)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("900 million check-ins a year. Divided by 365 days and 86,400 seconds. Average: about 29 per second", OK),
        ("900 million check-ins a year. Divided by 365 days and 86,400 seconds. Average: about 290 per second", ARITHMETIC),
        ("40 million uploads a day times 300 KB, which is about 12 TB a day", OK),
        ("40 million uploads a day times 300 KB, which is about 1.2 TB a day", ARITHMETIC),
        ("Storage: 100 million per month times 12 months times 5 years is 6 billion objects.", OK),
        ("Storage: 100 million per month times 12 months times 5 years is 60 billion objects.", ARITHMETIC),
        ("1,000 writes per second multiplied by 86,400 gives 86 million writes a day", OK),
        ("2 million users divided by 1,000 users per server is 2,000 servers", OK),
        ("2 million users divided by 1,000 users per server is 200 servers", ARITHMETIC),
        ("The fleet is 20 servers plus 4 spares, so 24 servers", OK),
        ("New links: 10,000,000/day (115/sec)", OK),
        ("New links: 10,000,000/day (1,150/sec)", ARITHMETIC),
        # each thing's own figure multiplies the count
        ("Say 300 sites, each open 12 hours a day, each seeing 20 people an hour: that's 72,000 a day.", OK),
        ("Say 300 sites, each open 12 hours a day, each seeing 20 people an hour: that's 54,000 a day.", ARITHMETIC),
        ("10 servers, each with 64 GB of RAM, is 640 GB", OK),
        # a remark after the result states no second result
        ("So 1M drivers divided by 4 seconds, that's about 250k writes per second. That's a lot of writes.", OK),
        ("So 1M drivers divided by 4 seconds, that's about 25k writes per second. That's a lot of writes.", ARITHMETIC),
        # a rate restated after "which", the writer's own words before it
        ("so 5M reports a day, which I said was about 58 writes per second", OK),
        ("so 5M reports a day, which I said was about 580 writes per second", ARITHMETIC),
    ],
)
def test_steps_in_words_are_checked(line: str, kind: str) -> None:
    assert kinds(line) == [kind]


@pytest.mark.parametrize(
    "line",
    [
        "We serve 5 times more reads than writes.",
        "Reads happen 3 times a day on average, and the cache is 10 GB.",
        "The DAU is 100M and each user posts twice.",
        "3 replicas, each in another zone, is safe.",
    ],
)
def test_prose_without_an_explicit_step_is_not_read(line: str) -> None:
    assert kinds(line) == []


def test_symbolic_form_keeps_the_figures() -> None:
    assert symbolic("1M a day divided by 86,400 is about 12") == "1M a day / 86,400 = about 12"


def test_a_prose_slip_is_reported_at_its_line() -> None:
    text = "# X\n## Estimation\n- 40 million uploads a day times 300 KB, which is about 1.2 TB a day.\n"
    (finding,) = lint_string(text, select=("E002",))
    assert finding.line == 3 and "evaluates to 12 TB" in finding.message


CHAIN = """# X

## Estimation

- 900 million check-ins a year
- divided by 365 days and 86,400 seconds
- on average about {rate} per second
- 5 servers
"""


def test_a_calculation_across_bullets_is_read_at_its_result() -> None:
    assert lint_string(CHAIN.format(rate=29), select=("E002", "E008")) == []
    (finding,) = lint_string(CHAIN.format(rate=290), select=("E002", "E008"))
    assert finding.line == 7 and "evaluates to 28.5 per second" in finding.message


def test_bullets_without_a_step_are_not_joined() -> None:
    text = "# X\n\n## Estimation\n\n- 900 million check-ins a year\n- on average about 290 per second\n"
    assert lint_string(text, select=("E002", "E008")) == []


def test_a_calculation_over_the_lines_of_a_paragraph_is_read() -> None:
    text = (
        "# X\n\n## Estimation\n\n900 million check-ins a year.\nDivided by 365 days and 86,400 seconds.\n"
        "Average: about {rate} per second.\n"
    )
    assert lint_string(text.format(rate=29), select=("E002", "E008")) == []
    (finding,) = lint_string(text.format(rate=290), select=("E002", "E008"))
    assert finding.line == 7


def test_a_calculation_broken_over_a_paragraphs_lines_is_read_whole() -> None:
    """A hard-wrapped paragraph breaks a calculation after its operator or before its result."""
    text = (
        "# Push\n\n## Estimation\n\nOne sender pushes about 6k a second, so the fleet is 1.3m/s /\n"
        "6k ≈ 160 workers, plus headroom.\n\nAnd the token table is 80m rows x 300 B\n≈ 2.4 GB on disk.\n"
    )
    found = [(f.line, f.rule_id) for f in lint_string(text, select=("E002",))]
    assert found == [(6, "E002"), (9, "E002")]
    fixed = text.replace("160 workers", "217 workers").replace("2.4 GB", "24 GB")
    assert lint_string(fixed, select=("E002",)) == []
    # a list's items are separate statements: one ending in an operator does not run into the next
    items = "# Push\n\n## Estimation\n\n- peak is 1.3m/s /\n- 6k ≈ 160 workers we keep warm\n"
    assert lint_string(items, select=("E002",)) == []


def test_a_product_then_its_value_after_a_comma_and_roughly_is_a_calculation() -> None:
    text = "# Scan\n\n## Estimation\n\nThe scanners read 231k/s x 64 KB, roughly 1.5 GB/s.\n"
    assert [f.rule_id for f in lint_string(text, select=("E002",))] == ["E002"]
    assert lint_string(text.replace("1.5 GB/s", "15 GB/s"), select=("E002",)) == []
    # a figure with no unit after "about" starts a new statement
    regions = "# Scan\n\n## Estimation\n\nWe run 10 regions x 3 zones, about 5 of them in Europe.\n"
    assert lint_string(regions, select=("E002",)) == []
    # a count at a scale word is a value too, the product wrapped at a line break before its operator
    points = "# Scan\n\n## Estimation\n\nEach board reads 20\n× 500 × 60,480, about {} points a refresh.\n"
    assert [f.rule_id for f in lint_string(points.format("60 million"), select=("E002",))] == ["E002"]
    assert lint_string(points.format("600 million"), select=("E002",)) == []


def test_plus_between_two_worked_results_joins_two_calculations() -> None:
    line = "parked: 180k / 60 = 3k msg/s plus riding: 20k / 5 = 4k msg/s, so ~7k msg/s"
    assert kinds(line) == [OK, OK]
    assert kinds(line.replace("= 4k", "= 9k")) == [OK, ARITHMETIC]
    # a plus inside one calculation still adds
    assert kinds("3k msg/s plus 4k msg/s = 7k msg/s") == [OK]
    assert kinds("3k msg/s plus 4k msg/s = 12k msg/s") == [ARITHMETIC]


def test_an_approximate_figure_after_a_comma_opens_the_next_assumption() -> None:
    text = "# Cold chain\n\n## Sizing\n\nAssumptions: 80,000 sensors, one reading every 60 s, ~64 bytes per reading.\n"
    assert lint_string(text, select=("E002", "E007")) == []
    # a rate stated after the span is still its result
    stated = "# Cold chain\n\n## Sizing\n\n80,000 sensors, one reading every 60 s ~ 13k readings/s\n"
    assert [f.rule_id for f in lint_string(stated, select=("E002", "E007"))] == ["E002"]


def test_a_result_wrapped_before_its_scale_word_is_read_with_it() -> None:
    text = (
        "# Index\n\n## Size\n\nEach track makes 6,300 hashes, and 50M × 6,300 = {}\nbillion postings, "
        "12 bytes each.\n"
    )
    assert lint_string(text.format("315"), select=("E002",)) == []
    assert [(f.rule_id, f.line) for f in lint_string(text.format("31.5"), select=("E002",))] == [("E002", 5)]


def test_a_calculation_in_words_wrapped_mid_sentence_is_read_whole() -> None:
    text = (
        "# Reports\n\n## Numbers\n\nI guessed each driver files half a report a day, so 5M reports a\n"
        "day, which I said was about {} writes per second. Votes maybe 3x that.\n"
    )
    assert [(f.rule_id, f.line) for f in lint_string(text.format("580"), select=("E002",))] == [("E002", 6)]
    assert lint_string(text.format("58"), select=("E002",)) == []
    # two sentences, one on each line, make no calculation together
    apart = "# Reports\n\n## Numbers\n\nWe keep 5M reports a day.\nAbout 580 writes per second come from votes.\n"
    assert lint_string(apart, select=("E002",)) == []


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("- egress: 833 x 40 KB = 33 MB/s, about 2.7 Gbps of egress", True),
        ("- egress: 833 x 40 KB = 33 MB/s, about 264 Mbps of egress", False),
        ("- peak pull: 50 MB/s (~4 Gbps)", True),
        ("- peak pull: 50 MB/s (~400 Mbps)", False),
        # a count per second beside a bit rate is no restatement of it
        ("- 10k writes/s, about 2 Gbps on the wire", False),
    ],
)
def test_a_byte_rate_restated_in_bits_is_checked(line: str, flagged: bool) -> None:
    found = lint_string(f"# Map\n\n## Estimation\n\n{line}\n", select=("E002", "E007"))
    assert [f.rule_id for f in found] == (["E002"] if flagged else [])


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("- a 10 Gbps NIC is 10 GB/s, so one box could serve it all", ["E007"]),
        ("- a 10 Gbps NIC is ~1.25 GB/s, so one box could serve it all", []),
        ("- 40 Gbps is 500 MB/s of egress", ["E002"]),
        # a share of the link is no restatement of its speed
        ("- the 10 Gbps link is 80% used at 1 GB/s", []),
    ],
)
def test_a_bit_rate_said_in_bytes_is_checked(line: str, found: list[str]) -> None:
    findings = lint_string(f"# Cache\n\n## Estimation\n\n{line}\n", select=("E002", "E007"))
    assert [f.rule_id for f in findings] == found


def test_a_line_going_on_multiplying_the_line_above_is_read_only_joined_to_it() -> None:
    text = "# Plows\n\n## Growth\n\nIngest stays tiny: even 20 cities\nx 400 trucks / 5 s = {} pings/s.\n"
    assert lint_string(text.format("1,600"), select=("E002",)) == []
    assert [(f.rule_id, f.line) for f in lint_string(text.format("16,000"), select=("E002",))] == [("E002", 6)]


def test_a_sum_of_what_each_thing_does_stated_as_a_rate_is_not_judged() -> None:
    text = "# Brackets\n\n## Estimation\n\n- each match: 2 score reports + 1 finalisation -> ~150 writes/s at peak\n"
    assert lint_string(text, select=("E002", "E007")) == []
    # a sum of rates is judged
    rates = "# Brackets\n\n## Estimation\n\n- 2 reports/s + 1 finalisation/s -> ~150 writes/s at peak\n"
    assert [f.rule_id for f in lint_string(rates, select=("E002",))] == ["E002"]


SIZE_BESIDE = "# X\n\n## Estimation\n\n- If we keep the last 500 ids per user at 8 bytes each, that's {}.\n"


@pytest.mark.parametrize(
    ("working", "message"),
    [
        # the size of one is a factor of the product, its unit written beside it: the bytes are in the working
        ("300 million times 500 times 8, about 1.2 GB",
         "300 million x 500 x 8 evaluates to 1,200 GB, stated 1.2 GB; the stated value is 1,000 times too small"),
        ("300 million times 500 times 8, about 1.2 TB", None),
        # the size of one left out of the working comes from elsewhere: a count of things, not bytes
        ("300 million users times 500 ids, about 1.2 TB", None),
    ],
)
def test_a_bare_factor_written_with_its_size_beside_the_working_counts_bytes(working: str, message: str | None) -> None:
    findings = lint_string(SIZE_BESIDE.format(working), select=("E002", "E007"))
    assert [f.message.split(" (")[0] for f in findings] == ([message] if message else [])


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("At ~50 bytes per row (flight, seat, state) that's ≈ 2 GB.", True),  # 400M x 50 B is 20 GB
        ("At ~50 bytes per row (flight, seat, state) that's ≈ 20 GB.", False),
        ("At ~50 bytes per booking that's ≈ 2 GB.", False),  # a size of another thing than the rows counted
    ],
)
def test_a_count_then_the_size_of_one_after_at_is_their_product(sentence: str, flagged: bool) -> None:
    text = f"# X\n\n## Estimation\n\n- Seats: 2M flights × 200 seats ≈ 400M rows. {sentence}\n"
    findings = lint_string(text, select=("E002",))
    assert [f.rule_id for f in findings] == (["E002"] if flagged else [])
    if flagged:
        assert findings[0].message.startswith("400M x 50 bytes evaluates to 20 GB, stated 2 GB")
    # the size is given on the line, where the working is: no unstated figure
    assert not any("50" in f.message for f in lint_string(text, select=("C002",)))


SPREAD = (
    "# X\n\n## Estimation\n\nThat is 9 million minutes, or 150,000 hours of audio a day, so one GPU does 50 hours "
    "an hour. 150,000 hours divided by 50 gives 3,000 GPU-hours of work each day, and spread over 24 hours that "
    "is about {} GPUs running flat out.\n"
)


def test_a_result_spread_over_a_span_after_a_comma_is_a_step_of_its_own() -> None:
    # the line's restated figure in symbols does not hide the steps it tells in words
    (finding,) = lint_string(SPREAD.format("250"), select=("E002",))
    assert finding.message.startswith("3,000 GPU-hours of work each day / 24 hours evaluates to 125")
    assert lint_string(SPREAD.format("125"), select=("E002",)) == []
