"""Counts over a window of time given as a rate, steps that go on in words, and shares of named figures."""

from __future__ import annotations

import pytest

from designlint.estimate.finder import candidates
from designlint.estimate.judge import ARITHMETIC, OK, UNIT, judge
from designlint.estimate.prose import prose_candidates
from designlint.estimate.quantity import DEFAULT_PERIODS

from conftest import lint_string


def verdicts(line: str) -> list[tuple[str, str]]:
    found = list(candidates(line, 1)) or list(prose_candidates(line, 1))
    return [(c.source, judge(c, DEFAULT_PERIODS, 0.15).kind) for c in found]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- 1.8M badge scans in 2h ≈ 250 scans/sec at the gates", OK),
        ("- 1.8M badge scans in 2h ≈ 2.5k scans/sec at the gates", ARITHMETIC),
        ("Sensors send 36M readings over 10 hours -> 1k readings/s", OK),
        ("Sensors send 36M readings over 10 hours -> 10k readings/s", ARITHMETIC),
        ("That's 9M votes within 30 minutes, so roughly 5k votes per second.", OK),
        ("That's 9M votes within 30 minutes, so roughly 50k votes per second.", ARITHMETIC),
        # a figure before a colon belongs to what came before, not to the count over the window
        ("Say 5% of the bids land in the last minute: 2M bids in 60 s → ~33k bids/s", OK),
        ("Say 5% of the bids land in the last minute: 2M bids in 60 s → ~3.3k bids/s", ARITHMETIC),
        # the count named by nothing after it, and a window written in words
        ("6k over 10 minutes is ~600 a minute", OK),
        ("6k over 10 minutes is ~900 a minute", ARITHMETIC),
        ("so 54 GB in three hours ≈ 5 MB/s", OK),
        ("so 54 GB in three hours ≈ 15 MB/s", ARITHMETIC),
        ("Peak hour: 90k orders in an hour ≈ 25/s", OK),
        ("Peak hour: 90k orders in an hour ≈ 90/s", ARITHMETIC),
    ],
)
def test_a_count_over_a_window_divides_by_it(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


def test_the_count_before_a_window_is_the_result_of_the_step_before() -> None:
    line = "- 20k cars × 90 = 1.8M pings, spread over ~5 h (18,000 s) → ~100 pings/s"
    assert verdicts(line) == [("20k cars × 90 = 1.8M pings", OK), ("1.8M pings / 5 h = ~100 pings/s", OK)]


@pytest.mark.parametrize(
    "line",
    [
        "99.95% uptime over 30 days = 21.6 min of downtime",  # a share of time, not a count
        "10k writes per second over 1 day = 864M writes",  # a rate over a window multiplies
        "Storage grows 2 TB/day x 365 = 730 TB in 1 year",  # the window names the result
        "Each of 50M riders takes 2 trips in 1 day = 100M trips a day",  # not the expression's first figure
        "Each of 50M riders takes 2 trips in a day = 100M trips a day",  # nor when the window is in words
    ],
)
def test_other_windows_are_not_divided(line: str) -> None:
    assert all(kind == OK for _, kind in verdicts(line))


def test_a_sentence_that_opens_with_times_goes_on_from_the_result_before() -> None:
    line = "One stream is 3 × 48 kbps = 144 kbps. Times 40k rooms ≈ 5.8 Gbps of egress."
    assert verdicts(line) == [("3 × 48 kbps = 144 kbps", OK), ("144 kbps x 40k rooms = 5.8 Gbps of egress", OK)]
    slip = line.replace("5.8 Gbps", "580 Mbps")
    assert [k for _, k in verdicts(slip)] == [OK, ARITHMETIC]


def test_a_share_of_a_named_figure_is_not_worked_out() -> None:
    line = "- 80k x 2 KB = 160 MB/s at peak, ~14 TB/day if sustained; the mean is ~1/4 of peak so ~3.5 TB/day"
    assert [source for source, _ in verdicts(line)] == ["80k x 2 KB = 160 MB/s at peak"]


def test_a_window_slip_is_an_e002_finding() -> None:
    text = "# Door scanner\n## Estimation\n- 1.8M badge scans in 2h ≈ 2.5k scans/sec at the gates\n"
    (finding,) = lint_string(text, select=("E002",))
    assert finding.line == 3 and "250" in finding.message


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- 40 GB a day, and keeping 30 days of history is ~1.2 TB", OK),
        ("- 40 GB a day, and keeping 30 days of history is ~400 GB", ARITHMETIC),
        ("Logs come to about 3 TB a day. Keep raw for 60 days -> call it ~180 TB.", OK),
        ("Logs come to about 3 TB a day. Keep raw for 60 days -> call it ~90 TB.", ARITHMETIC),
        # one whole span of it: "so a full year of events is ~14 GB"
        ("- 96k rows x 400 B = ~38 MB/day, so a full year of rows is ~14 GB", OK),
        ("- 96k rows x 400 B = ~38 MB/day, so a full year of rows is ~1.4 GB", ARITHMETIC),
        ("- ~2 GB a day; a month of history is ~60 GB", OK),
    ],
)
def test_a_daily_amount_kept_for_a_span_is_multiplied_by_it(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)][-1:] == [kind]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- 40k couriers, each sending a GPS ping every 4 s = 10k pings/s", OK),
        ("- 40k couriers, each sending a GPS ping every second ≈ 40k writes/s", OK),
        ("About 250k carts open at peak, each saving its state every 5 seconds, which comes to about 5k writes a second.",
         ARITHMETIC),
    ],
)
def test_things_that_each_act_once_per_span_are_a_rate(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        ("| 1 year | ~18 TB | 50 GB × 365 |", OK),
        ("| 1 year | ~8 TB | 50 GB × 365 |", ARITHMETIC),
        ("| yearly | 50 GB × 365 | ~18 TB |", OK),
        # a label holding a figure comes before the working; the result after it is the one given
        ("| 5 years of history | 2.4 GB × 5 | 12 GB |", OK),
        ("| 5 years of history | 2.4 GB × 5 | 18 GB |", ARITHMETIC),
    ],
)
def test_a_table_row_may_give_the_figure_before_its_working(row: str, kind: str) -> None:
    assert [k for _, k in verdicts(row)] == [kind]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- 30k x 0.2 s = 6,000 s of work; spread over 10 workers that's ~10 min", OK),
        ("- 30k x 0.2 s = 6,000 s of work; spread over 10 workers that's ~40 min", ARITHMETIC),
        ("- 4M pages x 0.9 s = 3.6M s of crawling; split across 100 machines that's ~10 h", OK),
    ],
)
def test_work_shared_out_among_a_count_divides_by_it(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)][-1:] == [kind]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("We expect ~10% of parcels to need a retry; at 300k/day that's ~30k retries/day.", OK),
        ("We expect ~10% of parcels to need a retry; at 300k/day that's ~8k retries/day.", ARITHMETIC),
        ("- 20% of uploads are videos, at 1M/day that is 200k videos/day", OK),
    ],
)
def test_a_share_of_a_count_given_after_it_is_the_count_times_the_share(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


def test_the_daily_amount_a_retention_starts_from_is_still_the_result_of_its_own_step() -> None:
    line = "Pings kept for training: 800 pings/s × 86,400 s × 200 B ≈ 1.4 GB/day. Keep 2 years → ~1 TB."
    assert [k for _, k in verdicts(line)] == [ARITHMETIC, OK]  # 13.8 GB/day, stated 1.4; then 1.4 GB x 730


def test_a_count_over_a_window_giving_no_rate_is_a_rule_not_a_calculation() -> None:
    assert verdicts("| F6 | no-show tracking: 3 no-shows in 30 days → 7 day booking ban |") == []
    assert [k for _, k in verdicts("- 1.8M badge scans in 2h ≈ 250 scans/sec at the gates")] == [OK]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the act counted once per span: "one scan every 6 s each"
        ("20k scanners, one scan every 6 s each, so ~3.3k scans/s", OK),
        ("20k scanners, one scan every 6 s each, so ~12k scans/s", ARITHMETIC),
        ("500 drivers, a ping every 4 s, which comes to 125 pings/s", OK),
        ("500 drivers, a ping every 4 s, which comes to 2k pings/s", ARITHMETIC),
    ],
)
def test_things_acting_once_per_span_give_a_rate(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


def test_a_table_cell_that_works_out_a_count_then_a_rate_has_its_result_in_the_next_cell() -> None:
    row = "| scans | 40 sites x 500 scanners = 20k scanners, one scan every 6 s each | {} |"
    table = "# Scanners\n\n## Estimation\n\n| what | working | result |\n|---|---|---|\n{}\n"
    assert lint_string(table.format(row.format("~3.3k scans/s")), select=("E002",)) == []
    found = lint_string(table.format(row.format("~12k scans/s")), select=("E002",))
    assert [f.rule_id for f in found] == ["E002"] and "20k / 6 s" in found[0].message


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # microseconds, and a result given in words after a product written in symbols
        ("50k candidates × 1 µs comes to about 50 ms per request", OK),
        ("50k candidates × 1 µs comes to about 5 ms per request", ARITHMETIC),
        ("50k x 1 us = 50 ms", OK),
        ("2M x 5 KB is about 10 GB", OK),
        ("2M x 5 KB is about 100 GB", ARITHMETIC),
    ],
)
def test_microseconds_and_results_in_words_after_symbols(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


def test_us_before_a_hyphen_is_no_microsecond() -> None:
    assert lint_string("# R\n\n## Estimation\n\n3 us-east regions x 2 = 6 regions\n", select=("E002",)) == []


def test_a_daily_amount_kept_for_a_span_on_the_next_line() -> None:
    doc = "# Scooters\n\n## Estimation\n\n- ping ~200 bytes => ~1 MB/s => ~86 GB/day\n- keep 30 days of pings => {}\n"
    assert lint_string(doc.format("~2.6 TB"), select=("E002",)) == []
    found = lint_string(doc.format("~8 TB"), select=("E002",))
    assert [f.rule_id for f in found] == ["E002"] and "86 GB/day x 30 days" in found[0].message
    # a next line that works the total out on its own is read there, not as the result of the line above
    worked = doc.format("86 GB * 30 = ~2.6 TB")
    assert lint_string(worked, select=("E002",)) == []
    # aligned notes naming the retention as a noun, what is kept before it
    aligned = "# Plant\n\n## Estimate\n\n  per day           1 MB/s x 86,400 = 86 GB/day\n  raw retention     30 days  -> {}\n"
    assert lint_string(aligned.format("~2.6 TB"), select=("E002",)) == []
    assert [f.rule_id for f in lint_string(aligned.format("~260 GB"), select=("E002",))] == ["E002"]
    # the span first, then the keeping: "30 days retention -> ~36 GB"
    spanned = "# Taxis\n\n## Numbers\n\n- raw storage/day: ~1.2 GB/day\n- 30 days retention -> {}. fine in one Postgres\n"
    assert lint_string(spanned.format("~36 GB"), select=("E002",)) == []
    assert [f.rule_id for f in lint_string(spanned.format("~3.6 GB"), select=("E002",))] == ["E002"]


def test_a_daily_amount_restated_per_year_on_the_next_line() -> None:
    doc = "# Parcels\n\n## Estimates\n\n  event size ~200 B                 -> 48 GB/day\n  per year                          -> {}\n"
    assert lint_string(doc.format("~17.5 TB/yr"), select=("E002",)) == []
    found = lint_string(doc.format("~1.7 TB/yr"), select=("E002",))
    assert [(f.rule_id, f.line) for f in found] == [("E002", 6)] and "48 GB/day x 365 days" in found[0].message
    # a month is thirty days; a line above ending in no daily amount restates nothing
    assert lint_string(doc.replace("per year", "per month").format("~1.4 TB"), select=("E002",)) == []
    assert lint_string(doc.replace("48 GB/day", "48 GB").format("~1.7 TB/yr"), select=("E002",)) == []
    # a next line that works the year out from the daily amount on its own is read there alone
    assert lint_string(doc.format("48 GB x 365 = ~17.5 TB/yr"), select=("E002",)) == []
    assert lint_string(doc.replace("->", "=").format("48 GB x 365 = ~17.5 TB/yr"), select=("E002",)) == []


def test_a_rate_raised_by_a_peak_factor_on_the_next_line() -> None:
    doc = "# Scores\n\n## Estimation\n\n- 200M / 86400 = ~2.3k writes/s\n- peak 5x (evenings) => {}\n"
    assert lint_string(doc.format("~12k writes/s"), select=("E002",)) == []
    found = lint_string(doc.format("~25k writes/s"), select=("E002",))
    assert [(f.rule_id, f.line) for f in found] == [("E002", 6)] and "2.3k writes/s x 5" in found[0].message
    # a peak of something else, or a line above that ends with no rate per second, is not read
    assert lint_string(doc.replace("writes/s\n", "writes/day\n", 1).format("~25k writes/s"), select=("E002",)) == []
    # in words: "... roughly 23k messages per second on average." over "Peak is maybe 3x average, so around ..."
    said = "# Chat\n\n## Scale\n\nDivided by 86,400 seconds, roughly 23k messages per second on average.\n" \
        "Peak is maybe 3× average, so around {} messages per second at peak.\n"
    assert lint_string(said.format("70k"), select=("E002",)) == []
    assert [f.rule_id for f in lint_string(said.format("120k"), select=("E002",))] == ["E002"]


def test_numbers_written_with_decimal_commas_and_thousands_dots() -> None:
    doc = (
        "# Varianten\n\n## Estimation\n\n- 200.000 genomes × 4,5 M variants each = 9 × 10^11 calls\n"
        "- ca. 1,2 bytes per call → ca. 1,08 TB\n- 25 KB per variant × 700 M = {}\n"
    )
    assert lint_string(doc.format("17,5 TB"), select=("E002",)) == []
    found = lint_string(doc.format("175 TB"), select=("E002",))
    assert [f.rule_id for f in found] == ["E002"]
    # one decimal comma alone does not make a doc continental: "1,500" stays fifteen hundred
    us = "# Q\n\n## Estimation\n\n- 1,500 writes/s × 86,400 s = 129.6M writes/day\n"
    assert lint_string(us, select=("E002",)) == []


def test_numbers_with_thousands_set_apart_by_spaces() -> None:
    doc = (
        "# Rappels\n\n## Estimation\n\n- bookings 250 000/day × 2 reminders = 500 000 messages/day\n"
        "- rate = 500 000 / 86 400 ≈ 6 msg/s\n- storage: 250 000/day × 2 KB = {}\n"
    )
    assert lint_string(doc.format("500 MB/day"), select=("E002",)) == []
    found = lint_string(doc.format("50 MB/day"), select=("E002",))
    assert [(f.rule_id, f.line) for f in found] == [("E002", 7)]


def test_a_spaced_number_that_ends_a_sentence_is_whole() -> None:
    # "= 50 400." ends its sentence: the full stop is no decimal point, so the number is fifty thousand
    doc = (
        "# Sauna slots\n\nEstimation:\nSlots per day = 300 * 2 * 84 = {}.\nBench slots = 300 * 14 * 60 / 45 = 5 600.\n"
    )
    assert lint_string(doc.format("50 400"), select=("E002", "E007")) == []
    found = lint_string(doc.format("40 400"), select=("E002",))
    assert [(f.rule_id, f.line) for f in found] == [("E002", 4)]


def test_a_count_over_a_window_is_shown_as_one_division_in_the_message() -> None:
    text = "# Sale\n\n## Estimation\n\n- 6M requests in 30 s ~ 120k rps\n"
    [found] = lint_string(text, select=("E002",))
    assert "6M requests / 30 s evaluates to 200,000" in found.message


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # trips counted per weekday: a week of them is five days
        ("- 4k users x 2 trips per weekday = 8k trips/day -> 40k per week", []),
        ("- Mon-Fri only: 500 tickets/day, so ~11k a month", []),
        # the same sum over calendar days is a slip, and a working week does not excuse a wrong one
        ("- 4k users x 2 trips per day = 8k trips/day -> 40k per week", ["E002"]),
        ("- 4k users x 2 trips per weekday = 8k trips/day -> 90k per week", ["E002"]),
    ],
)
def test_a_rate_counted_over_working_days_makes_a_week_five_days(line: str, found: list[str]) -> None:
    text = f"# Carpool\n## Estimation\n{line}\n"
    assert [f.rule_id for f in lint_string(text, select=("E002",))] == found


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- 80k x 12 = 960k per day, over the 4 days ~3.8M transactions", OK),
        ("- 80k x 12 = 960k per day, over the 4 days ~2.8M transactions", ARITHMETIC),
        ("- ~29 GB per day, for 1 year ~ 10.5 TB", OK),
        ("- ~29 GB per day, for 1 year ~ 6 TB", ARITHMETIC),
    ],
)
def test_a_daily_amount_or_count_over_a_span_is_the_amount_times_the_span(line: str, kind: str) -> None:
    found = [k for _, k in verdicts(line)]
    assert found and found[-1] == kind and all(k == OK for k in found[:-1]), found


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # an operand marked approximate after its operator
        ("- 100k subs x 1000 x ~50 B ~= 5 GB", OK),
        ("- 100k subs x 1000 x ~50 B ~= 50 GB", ARITHMETIC),
        # days of one kind are days
        ("- ~11 MB/day, x 180 school days = ~2 GB/year", OK),
        ("- ~11 MB/day, x 180 school days = ~20 GB/year", ARITHMETIC),
        ("- 20 GB/day x 22 working days = 440 GB", OK),
    ],
)
def test_approximate_operands_and_days_of_one_kind_are_read(line: str, kind: str) -> None:
    assert [k for _, k in verdicts(line)] == [kind]


@pytest.mark.parametrize(
    "line",
    [
        # video renditions are names, not figures
        "| renditions | 360p + 720p + 1080p ≈ 6 MB per clip total |",
        # one thing's rate, given for each of them: the count is no part of it
        "- 60k reefers with trackers, one ping every 10 min = 144/day each",
    ],
)
def test_labels_and_rates_for_each_thing_are_no_calculation_of_the_whole(line: str) -> None:
    assert [k for _, k in verdicts(line) if k != OK] == []


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        # a daily amount times the days it runs, stated for the year: the bare factor counts those days
        ("| Pool | 40 GPU-h/day × $2 = $80/day → × 200 = $16,000/yr |", [OK]),
        ("| Pool | 40 GPU-h/day × $2 = $80/day → × 200 = $160,000/yr |", [ARITHMETIC]),
        # a per-second rate times a bare count is no count of days
        ("- 10k writes/s x 100 = 1M writes/day", [UNIT]),
    ],
)
def test_a_daily_amount_times_the_days_it_runs_gives_its_year(line: str, kinds: list[str]) -> None:
    assert [k for _, k in verdicts(line)] == kinds


@pytest.mark.parametrize(("stated", "kind"), [("~7.3 PB/yr 😱", OK), ("~5 PB/yr 😱", ARITHMETIC), ("~5 PB/yr 🙂", ARITHMETIC)])
def test_a_result_cell_may_end_with_a_face(stated: str, kind: str) -> None:
    assert [k for _, k in verdicts(f"| Storage per year | 20 TB × 365 | {stated} |")] == [kind]


def test_a_calculation_going_on_in_an_items_next_line_is_read() -> None:
    notes = "# Bird counts\n\n## Numbers\n\n- each reading ~200 B -> 5M * 200 B = ~1 GB/day\n  x 365 -> {}\n- reads are small\n"
    assert lint_string(notes.format("~365 GB/yr (upper bound)"), select=("E002",)) == []
    assert [f.rule_id for f in lint_string(notes.format("~3.6 TB/yr (upper bound)"), select=("E002",))] == ["E002"]


def test_a_slip_read_alone_and_joined_to_the_next_line_is_reported_once() -> None:
    notes = (
        "# Lectures\n\n## Numbers\n\n- new audio per day: 2,000 lectures x 60 min = 120k minutes/day\n"
        "- captions at $0.01 per minute → 120k x 0.01 = $120/day,\n  about $44k per year\n"
    )
    found = lint_string(notes, select=("E002",))
    assert [f.rule_id for f in found] == ["E002"], found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # a count over the window in question, restated in words as a rate
        ("- 12,000 swims in that hour, that's about 3.3 per second", []),
        ("- 12,000 swims in that hour, that's about 33 per second", ["E002"]),
        ("- 12,000 swims in the peak hour, which is about 33 per second", ["E002"]),
        # "that's" after a factor gives a product with a figure said before: nothing to check on its own
        ("- ~900/s on one lane row, and with ~2 ms lock hold time that's ~1.8 s of lock time per second", []),
    ],
)
def test_a_count_over_the_window_in_question_restated_in_words(line: str, found: list[str]) -> None:
    text = f"# Pool lanes\n## Estimation\n{line}\n"
    assert [f.rule_id for f in lint_string(text, select=("E002", "E007"))] == found


def test_a_rate_after_a_comma_restates_only_a_figure_of_its_own_kind() -> None:
    # the reads a second and the data they make in a year are two figures, not one restated
    growth = "# Meters\n## Growth\n- 5-minute reads: 3x the reads -> 15k reads/s, ~11 TB/yr raw\n"
    assert lint_string(growth, select=("E002", "E007")) == []
    # the same money per day and per month is one figure restated, and checked
    cost = "# Meters\n## Cost\n- storage cost $800/day, ~$2.4k/month\n"
    assert [f.rule_id for f in lint_string(cost, select=("E002",))] == ["E002"]


@pytest.mark.parametrize(
    ("yearly", "info", "found"),
    [
        ("× 365 ≈ 146 TB/year", "", []),
        ("× 365 ≈ 73 TB/year", "", [("E002", 7)]),
        ("x 365 = 73 TB/year", "text", [("E002", 7)]),
        ("* 365 = 73 TB/year", "python", []),  # a program's lines are code, not notes
    ],
)
def test_a_code_block_line_that_opens_with_an_operator_works_on_the_result_above(
    yearly: str, info: str, found: list[tuple[str, int]]
) -> None:
    text = f"# Clips\n\n## Estimation\n\n```{info}\n4M × 100 KB = 400 GB/day\n{yearly}\n```\n"
    assert [(f.rule_id, f.line) for f in lint_string(text, select=("E002",))] == found
