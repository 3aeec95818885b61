"""What joins the sides of a calculation in a line: "=", an arrow, "~", or words that restate a figure ("or", "which
is", "that's", "works out to"), and what a joining word says about the figures either side of it."""

from __future__ import annotations

import re

# Words that restate a figure as the one after them ("1M per day, which is 12 per second", "that's ~8/s", "which works
# out to ~1k/s", "averaging about 1k/s"), and the figure after them: the finder's cheap test and CONNECTOR read both.
RESTATING = (
    r"(?:or|which is|that is|this is|that['’]s|i\.e\.,?|averaging"
    r"|(?:which\s+)?(?:averages?|averaging|works?|working|comes?|coming)(?:\s+out)?\s+(?:to|at))"
)
# Placed before a full stop: the stop of "i.e." or "e.g." ends no sentence ("100 MB/s, i.e. ~800 Mbps").
NOT_ABBREVIATED = r"(?<!\bi\.e)(?<!\be\.g)"
FIGURE_NEXT = (
    r"\s+(?:[~≈]|(?:about|around|roughly|approximately|nearly|almost|close to|just (?:under|over))\s)?\s*[$€£]?\d"
)
CONNECTOR = re.compile(
    # "~" after a noun restates ("total ~ 5 GB"); after a preposition or a verb it is "about" ("with ~2 ms")
    r"(?<=[\w)%])(?<!\bin)(?<!\bover)(?<!\bwithin)(?<!\bfor)(?<!\bwith)(?<!\bat)(?<!\bof)(?<!\bby)(?<!\bto)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bbe)(?<!\band)(?<!\bfrom)(?<!\babout)(?<!\btakes)(?<!\bneeds)(?<!\bper)"
    r"(?<!\bthat's)(?<!\bthat’s)(?<!\bit's)(?<!\bit’s)(?<!\bduring)(?<!\bacross)(?<!\bafter)(?<!\bbefore)"
    r"(?<!\buntil)(?<!\bunder)(?<!\bthan)(?<!\bevery)(?<!\beach)(?<!\baround)"
    # an arrow or "=" and then "≈" is one sign: "150TB / 86400s -> ≈ 1.7 Gbps"
    r"\s+~(?=\s*\d)|(?<![=!<>:+\-*/])(?:(?:=>|⇒|=|->|→)\s*≈|~=|=~|≈|=>|⇒|=|->|→)(?![=>])"
    rf"|,?\s+{RESTATING}(?={FIGURE_NEXT})"
)
# Words restate a rate in another period ("1M per day, which is 12 per second"); they never end a calculation,
# but for a count over a window given as a rate ("30,000 rides in that hour, that's about 8 per second").
WORDY = re.compile(rf"[,\s]*{RESTATING}\s*$")
# "that's" restates only a count over a window: after a factor ("with ~2 ms lock hold time that's ~4.6 s of
# lock time per second") it gives the product with a figure said before.
THATS = re.compile(r"[,\s]*that['’]s\s*$")
_OR = re.compile(r"[,\s]*or\s*$")
_ROUNDED = re.compile(r"^\s*(?:about|around|roughly|approximately|~|≈)")


def or_about(connector: str, right: str) -> bool:
    """ "or about 40": the figure after "or" rounds the working before it."""
    return _OR.match(connector) is not None and _ROUNDED.match(right) is not None
