"""Helpers of the estimation checks whose edge cases the fixtures do not pin down."""

from __future__ import annotations

import pytest

from designlint.checks.estimation import multiplier, rate_value

from conftest import ids, lint_string


@pytest.mark.parametrize(
    ("line", "factor"),
    [
        ("Peak Write QPS = 115 x 3 = ~350 writes/sec", 3.0),
        ("Peak = 5,800 × 2.5", 2.5),
        ("Peak is 10x the average", 10.0),
        ("peak about 4 times the mean", 4.0),
        ("Peak QPS = 800 pages per second", None),
    ],
)
def test_multiplier_finds_the_small_factor(line: str, factor: float | None) -> None:
    assert multiplier(line) == factor


@pytest.mark.parametrize(
    ("text", "value"),
    [("4,000 requests per second", 4000.0), ("100 thousand reads", 100000.0), ("12k qps", 12000.0), ("qps", 0.0)],
)
def test_rate_value_reads_scales(text: str, value: float) -> None:
    assert rate_value(text) == value


def _doc(estimation: str) -> str:
    return (
        f"# Design X\n\n## Requirements\n- Do a thing.\n\n## Estimation\n{estimation}\n\n## High-level design\nA box.\n"
    )


def test_unit_conversion_guide_is_not_a_rate() -> None:
    text = _doc("- 4 writes per second.\n- 400 requests per second = 1 billion requests per month")
    assert "E003" not in ids(lint_string(text, select=("E003",)))


def test_unsplit_rate_is_reported_as_missing_split() -> None:
    findings = lint_string(_doc("- 4,000 requests per second.\n- 2 TB stored over 3 years."), select=("E004",))
    assert len(findings) == 1
    assert "read/write split" in findings[0].message
    assert "storage" not in findings[0].message


def test_cache_line_counts_as_cache_not_storage() -> None:
    findings = lint_string(
        _doc("- 4,000 reads per second, 40 writes per second.\n- Cache 6 GB in memory."), select=("E004",)
    )
    assert "cache memory" not in findings[0].message
    assert "storage" in findings[0].message


def test_estimation_in_a_doc_without_steps_is_not_required() -> None:
    assert lint_string("# Notes\n\nSome text.\n", select=("E001",)) == []


def test_a_write_up_in_running_text_without_step_headings_is_held_to_an_estimate() -> None:
    """Notes written as paragraphs (no heading names a step) still need a figure worked out."""
    para = (
        "The service keeps a counter per key in a shared store and every gateway asks it before letting a "
        "request through, with a short timeout so a slow store never blocks traffic for long. "
    )
    text = "# Limiter notes\n\n" + "\n\n".join([para] * 6) + "\n"
    assert ids(lint_string(text, select=("E001",))) == ["E001"]
    worked = text + "\n50M keys x 40 bytes = 2 GB, so one node holds them.\n"
    assert lint_string(worked, select=("E001",)) == []
    # with no step named, a figure given as a result in words may be the estimate the outline missed
    in_words = text + "\nThere are 50M keys, about 2 GB in all, so one node holds them.\n"
    assert lint_string(in_words, select=("E001",)) == []


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("a) poll every 30s -> 304 most of the time, no connection kept", True),  # a status code and a word
        ("100M views a day at 2 KB -> 200 GB a day", False),  # a size an arrow leads to
        ("2,000 users x 30 rows -> 60000 rows; 60000 rows x 100 bytes -> 6000000 bytes", False),
        ("20 TB at 4 TB a box -> 5 machines", False),
    ],
)
def test_a_figure_an_arrow_leads_to_needs_a_unit_that_ends_its_word(line: str, flagged: bool) -> None:
    text = f"# Flags\n\n## High-level design\n\nClients fetch the rules.\n\n{line}\n"
    assert (ids(lint_string(text, select=("E001",))) == ["E001"]) is flagged


@pytest.mark.parametrize(
    ("line", "excused"),
    [
        ("We skip the estimation: one office, a few hundred users, single-server territory.", True),
        ("50M keys and 500k requests/s were given; the interviewer said skip estimation and go to design.", False),
        ("He told me to skip the numbers.", False),
        # what someone else did, reported
        ("The instructor gave 10M a day and then just skipped the back-of-envelope part.", False),
        ("She skipped the math in the video.", False),
        # the writer's own skip spares the estimate only with the scale as its reason
        ("Skipping the estimate: an internal tool for 40 people, it fits on one box.", True),
        ("Skipped estimates on purpose, wanted to spend the time on permissions.", False),
        ("No need for an estimate here.", True),
    ],
)
def test_a_skip_excuses_the_estimate_only_as_the_writers_own_call(line: str, excused: bool) -> None:
    text = f"# Limiter\n\n## Requirements\n\n- count requests per key\n\n{line}\n\n## High-level design\n\nA store.\n"
    assert (lint_string(text, select=("E001",)) == []) is excused


@pytest.mark.parametrize(
    ("line", "worked"),
    [
        ("Sizes. 500M messages a day, 8% with a link, so 40M a day, ~460/s.", True),  # a rate as the result
        ("2^41 ms is about 2.2 trillion ms, which is roughly 70 years of ids.", True),  # a figure restated
        ("50M keys, peak traffic around 500k requests per second.", False),  # figures given, none worked out
        ("Measured on 3 replicas at ~80 QPS and ~700 configurations.", False),  # a rate given, from no day
        # the figure it is worked out from written in words
        ("Assume ten million uploads a day. That's about 116 uploads a second on average.", True),
        ("Uploads are the heavy part. That's about 116 uploads a second on average.", False),  # from nothing
    ],
)
def test_results_in_words_outside_an_estimate_section(line: str, worked: bool) -> None:
    text = f"# Ids\n\n## Requirements\n\n- hand out ids\n\n## High-level design\n\nA service.\n\n{line}\n"
    assert (lint_string(text, select=("E001",)) == []) is worked


def test_a_result_in_words_wrapped_from_its_verb_outside_an_estimate_section_is_worked_out() -> None:
    line = "Traffic is a few million views a day; if we say 5M, that averages out to about\n60 requests a second."
    text = f"# Ids\n\n## Requirements\n\n- hand out ids\n\n## High-level design\n\nA service.\n\n{line}\n"
    assert lint_string(text, select=("E001",)) == []
    # a figure given, not averaged out from one before it
    given = text.replace("that averages out to about\n60 requests a second", "say 60 requests a\nsecond at most")
    assert ids(lint_string(given, select=("E001",))) == ["E001"]


def test_a_skip_statement_elsewhere_does_not_excuse_a_figureless_section() -> None:
    text = _doc("Numbers do not matter much here.")
    assert ids(lint_string(text, select=("E001",))) == ["E001"]


def test_words_like_as_are_not_rate_units() -> None:
    text = _doc("- 200 servers as a start, 40 GB such as logs.")
    assert lint_string(text, select=("E003",)) == []


def test_peak_finding_points_at_the_busiest_rate() -> None:
    findings = lint_string(_doc("- 40 writes per second.\n- 4,000 reads per second."), select=("E003",))
    assert [(f.line, f.rule_id) for f in findings] == [(8, "E003")]
    assert "'4,000 reads per second'" in findings[0].message


def test_conclusion_so_needs_a_consequence_not_a_figure() -> None:
    text = _doc("- 100M a day, so about 1,200 per second.\n- 2 TB a year.")
    assert ids(lint_string(text, select=("E005",))) == ["E005"]
    text = _doc("- 100M a day, so about 1,200 per second.\n- 2 TB a year, so one database holds it.")
    assert lint_string(text, select=("E005",)) == []


def test_assumed_figures_alone_are_no_estimate() -> None:
    text = _doc("- 200M daily users.\n- 100M new posts a day.")
    (finding,) = lint_string(text, select=("E001",))
    assert "only assumes figures and derives none" in finding.message


def test_a_figure_marked_as_worked_out_needs_a_figure_before_it_on_its_line() -> None:
    (finding,) = lint_string(_doc("- About 200M daily users.\n- Users: roughly 100M posts a day."), select=("E001",))
    assert "only assumes figures and derives none" in finding.message
    assert lint_string(_doc("- 200M daily users, so about 2,300 reads a second."), select=("E001",)) == []


@pytest.mark.parametrize(
    ("line", "derived"),
    [
        # a run of approximate counts, each of its own thing, is what is given
        ("~300 services, ~2k flags, ~40k running SDK instances. One config is small, < 1 MB.", False),
        ("Load: ~2M riders, ~300k drivers, ~15 rides per driver per day.", False),
        # one of them the product of two before it is worked out
        ("~10M users, ~5 posts each, ~50M posts a day.", True),
        # a figure after the run that goes on from it is worked out
        ("~300 services, ~2k flags, ~4 SDKs so ~1.2k connections.", True),
        # two approximate figures are no run: the second may come from the first
        ("100M posts a day, ~1,200 writes/s.", True),
    ],
)
def test_a_run_of_approximate_counts_is_given_not_worked_out(line: str, derived: bool) -> None:
    assert (lint_string(_doc(f"- {line}"), select=("E001",)) == []) is derived


def test_a_figure_derived_anywhere_is_an_estimate() -> None:
    assert lint_string(_doc("- 100M posts a day, about 1,200 writes/s."), select=("E001",)) == []
    assert lint_string(_doc("- 100M posts a day (1,200 per second)."), select=("E001",)) == []
    assert lint_string(_doc("- 100M posts a day divided by 86,400 is 1,157 a second."), select=("E001",)) == []
    no_section = "# X\n\n## Requirements\n- Post.\n\n## Training data\n- 5M x 2 = 10M samples a day.\n"
    assert lint_string(no_section, select=("E001",)) == []


def test_a_sizing_worked_out_before_a_section_only_named_like_the_estimate_counts() -> None:
    # "Wait time estimate" is how a feature guesses; the sizing was done in words in the talk above it
    text = (
        "# Waitlist mock\n\n## Requirements\n- Join the list.\n- Get a text.\n\n"
        "## Scope talk\n\nMe: And on a busy day maybe 200 parties per restaurant... that's 10 million parties a day. "
        "Divided by\n86,400 that's about 116 adds per second on average.\n\n"
        "## Wait time estimate\n\nA rolling average of recent waits per party size, by hour of week.\n"
    )
    assert lint_string(text, select=("E001",)) == []
    unworked = text.split("## Scope talk")[0] + "## Wait time estimate" + text.split("## Wait time estimate")[1]
    assert ids(lint_string(unworked, select=("E001",))) == ["E001"]


def test_rates_written_as_n_per_s_count_as_read_and_write_qps() -> None:
    line = "- Uploads: 20M photos a day / 86,400 ≈ 230/s; views: 1B a day / 86,400 ≈ 11,000/s."
    (finding,) = lint_string(_doc(line), select=("E004",))
    assert "QPS" not in finding.message and "storage" in finding.message


@pytest.mark.parametrize("line", ["- each msg 100 bytes => 2TB/day, 5 yrs ~ 3.6PB", "- 2 TB/day of logs"])
def test_bytes_over_time_in_casual_notation_size_the_storage(line: str) -> None:
    findings = lint_string(_doc("- 4,000 reads per second, 40 writes per second.\n" + line), select=("E004",))
    assert "storage" not in findings[0].message
    per_item = lint_string(_doc("- 4,000 reads per second, 40 writes per second.\n- each msg is 100 bytes"), select=("E004",))
    assert "storage" in per_item[0].message


def test_a_sized_need_outside_an_estimate_counts_as_derived() -> None:
    head = "# X\n\n## Requirements\n- Chat.\n\n## High-level design\n"
    derived = head + "With 1M users at 10 KB a connection, one server will need to use 10 GB of memory.\n"
    assert lint_string(derived, select=("E001",)) == []
    assumed = head + "We expect 1M users, and about 3 regions.\n"
    assert ids(lint_string(assumed, select=("E001",))) == ["E001"]
    # a bare "needs" sizes with a unit of size, machines or a rate; a count the product asks for sizes nothing
    sized = head + "With 1M users at 10 KB a connection, the chat tier needs 10 GB of memory.\n"
    assert lint_string(sized, select=("E001",)) == []
    for rule in ("A deposit on chain 1 needs 6 confirmations.", "Each of the 3 plans requires 2 approvals."):
        assert ids(lint_string(head + rule + "\n", select=("E001",))) == ["E001"], rule


def test_a_count_of_things_per_second_is_a_read_or_write_rate() -> None:
    doc = "# X\n\n## Estimation\n\n- 100M urls / month / 2.6M s = ~40 writes/s\n- read:write 100:1, so ~4k reads/sec\n"
    missing = [f.message for f in lint_string(doc, select=("E004",))]
    assert missing and "read QPS" not in missing[0] and "write QPS" not in missing[0]
    assert "storage" in missing[0]  # what is really missing is still said


@pytest.mark.parametrize(
    "line", ["so read heavy, precompute timelines and cache them", "- so we cache the hot set", "Writes dominate: 9 in 10."]
)
def test_a_lesson_drawn_in_notes_is_a_conclusion(line: str) -> None:
    doc = "# X\n\n## Estimation\n\n- reads: 200M x 10 / 86,400 = ~23k QPS\n- writes: ~1.2k/s\n"
    assert [f.rule_id for f in lint_string(doc, select=("E005",))] == ["E005"]
    assert lint_string(doc + line + "\n", select=("E005",)) == []


def test_a_figure_an_arrow_leads_to_is_derived_outside_an_estimate() -> None:
    head = "# X\n\n## Requirements\n- Store photos.\n\n## High-level design\n"
    derived = head + "100M new photos a day at ~1 MB each -> ~100 TB of new data a day.\n"
    assert lint_string(derived, select=("E001",)) == []
    flow = head + "client -> gateway -> photo service, about 3 regions.\n"
    assert ids(lint_string(flow, select=("E001",))) == ["E001"]


@pytest.mark.parametrize(
    ("estimation", "worked"),
    [
        # values a label introduces, or a sentence opens with, are assumed
        ("- 8M meters, a reading every 15 min, avg payload ~300 bytes", False),
        ("Meters send every 15 min. Around 2k ingest workers. Tariff plans: ~40k.", False),
        # a part of the figure before it is assumed too
        ("- ~8,500 stops, ~1,100 of them with a display", False),
        # a clause that goes on from the figure before it, or a cell beside the figures, gives a result
        ("- 8M meters x 96 readings a day, about 770M readings/day", True),
        ("| readings kept | 400 days, then rolled up | ~90 TB |\n|---|---|---|", True),
    ],
)
def test_an_approximate_value_after_a_label_is_assumed_not_worked_out(estimation: str, worked: bool) -> None:
    findings = lint_string(_doc(estimation), select=("E001",))
    assert (findings == []) is worked
