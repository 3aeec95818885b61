"""A figure restated in another unit after a comma or as bits for bytes, and a calculation that "so" opens."""

from __future__ import annotations

import pytest

from designlint.estimate.judge import ARITHMETIC, OK

from conftest import lint_string


def _e002(line: str) -> list[str]:
    text = f"# X\n\n## Estimation\n\n{line}\n"
    return [f.rule_id for f in lint_string(text, select=("E002", "E007"))]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a rate restated in another period after a comma, marked approximate
        ("- 800/day, ~24k/month", OK),
        ("- 800/day, ~2.4k/month", ARITHMETIC),
        ("- 10M/day, ~1,150/s", ARITHMETIC),
        # an amount of money: the sign before the figure is read past, "/mo" is a month
        ("- SMS ~$0.008/msg -> ~$800/day, ~$24k/mo", OK),
        ("- SMS ~$0.008/msg -> ~$800/day, ~$2.4k/mo", ARITHMETIC),
        ("- 100k msgs x $0.008 = $800/day", OK),
        ("- 100k msgs x $0.008 = $80/day", ARITHMETIC),
        # a price per unit of size: the figures do not carry "per GB-month", so nothing is checked
        ("- 4M GB x $0.023 = $92k/month", OK),
        ("- 4M GB x $0.023 = $9k/month", OK),
        # money on one side only: a product of bare figures is checked, unless it is off by a thousand or a
        # million (a price per 1k or per 1M requests, whose unit is elsewhere)
        ("- 5M x 0.02 = $10k", ARITHMETIC),
        ("- 5M x 0.02 = $100", OK),
        ("- 5M x 0.02 = $100k", OK),
        # a peak worked out from the one average rate before it on the line
        ("- about 2.3k writes/sec average. It is peaky, so peak 3x, roughly 7k writes/s", OK),
        ("- about 2.3k writes/sec average. It is peaky, so peak 3x, roughly 9k writes/s", ARITHMETIC),
        ("- 200M / 86,400 = ~2.3k writes/s average; peak 3x = ~9k writes/s", ARITHMETIC),
        # a bound is no base; nor is one of two rates
        ("- ~57k/day -> <1/s avg. peak 10x -> ~7/s", OK),
        ("- reads 10k/s, writes 2k/s; peak 3x = ~30k reads/s", OK),
        # a count of days after a comma restates nothing
        ("- order row ~500 bytes -> 105 MB/day, ~180 school days/year -> ~19 GB per year", OK),
        # a data rate in bits on one side and bytes on the other
        ("- so ~600 MB/s ≈ 4.8 Gbps at peak", OK),
        ("- so ~600 MB/s ≈ 1.6 Gbps at peak", ARITHMETIC),
        # a size alone on each side is a product whose count is elsewhere
        ("- 2 KB per card = 760 MB", OK),
        # "so" before a figure opens the calculation
        ("- dinner rush ~4h so 1M/14400 ≈ 70 writes/s", OK),
        ("- dinner rush ~4h so 1M/14400 ≈ 170 writes/s", ARITHMETIC),
    ],
)
def test_restatements_and_so_are_read(line: str, kind: str) -> None:
    assert _e002(line) == ([] if kind == OK else ["E002"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "i.e." restates the figure before it; its full stop ends no sentence
        ("- ingress 500k * 200 B = 100 MB/s, i.e. ~800 Mbps", []),
        ("- ingress 500k * 200 B = 100 MB/s, i.e. ~100 Mbps", ["E007"]),
        ("- ingress is 100 MB/s, i.e. ~100 Mbps", ["E007"]),
        # nor does that of "e.g.": the example is no new calculation
        ("- downloads expire on a timer (e.g. 7 days after download -> 48h once you press play)", []),
        # a span restated in brackets in another unit is one operand, not two
        ("- 100k/s * 23,400 s (6.5 h) = 2.34B ticks/day", []),
        ("- 100k/s * 23,400 s (6.5 h) = 234M ticks/day", ["E002"]),
        ("- 40/s * 3,600 s (~1 hour) = 144k", []),
        ("- 40/s * 3,600 s (~1 hour) = 14k", ["E002"]),
        # a sentence working in symbols with "=", then one whose result follows "is": both are read
        ("So 20M x 10% = 2M savers, x 5 = 10M saves a day. 10M / 86,400 is about 116 writes per second.", []),
        ("So 20M x 10% = 2M savers, x 5 = 10M saves a day. 10M / 86,400 is about 1,100 writes per second.", ["E002"]),
        # the same wrapped over two lines of a paragraph
        ("So 20M x 10% = 2M savers, x 5 = 10M saves a day. 10M / 86,400 is\nabout 1,100 writes per second.", ["E002"]),
        # "approx." ends no sentence: the result after it is still the one stated
        ("10M saves = 10M rows. 10M / 86,400 is approx. 116 writes per second.", []),
        # a client polling on a clock for each of the things counted: the count over the span
        ("- ~200k orders tracked at peak, app polls every 5s -> 40k qps", []),
        ("- ~200k orders tracked at peak, app polls every 5s -> 40 qps", ["E002"]),
        # an arrow opening the line is its bullet
        ("-> ~200k orders tracked at peak, app polls every 5s -> 40 qps", ["E002"]),
        # figures listed with slashes in brackets divide nothing
        ("- 3 sizes (28/56/112px) ≈ 5 KB each", []),
        ("-> 3 sizes (28/56/112px) ≈ 5 KB each", []),
        ("- 1e9 / (86,400/3) = 3.5k", ["E002"]),
    ],
)
def test_figures_restated_in_words_or_brackets_polling_and_arrow_bullets(line: str, expected: list[str]) -> None:
    assert _e002(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a rate of one thing, its count written before it on the line: a multiplier left out, not a slip
        ("- ~3,000 open carts at peak, all regions, 1 update / 10 s avg -> 300 updates/s", ["E008"]),
        ("- ~3,000 open carts at peak, all regions, 1 update / 10 s avg -> 3,000 updates/s", ["E002"]),
        # a size times replicas stated with the primary counted too: two readings, both fine
        ("- 200M * 5KB = 1TB primary, x2 replicas on top = 3TB total on disk", []),
        ("- 200M * 5KB = 1TB primary, x2 replicas = 2TB total on disk", []),
        ("- 200M * 5KB = 1TB primary, x2 replicas on top = 8TB total on disk", ["E002"]),
    ],
)
def test_a_count_before_a_rate_of_one_and_replicas_beside_the_primary(line: str, expected: list[str]) -> None:
    text = f"# X\n\n## Estimation\n\n{line}\n"
    assert [f.rule_id for f in lint_string(text, select=("E002", "E007", "E008"))] == expected
