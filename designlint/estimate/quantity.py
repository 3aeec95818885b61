"""A number with a dimension: how many bytes and how much time it carries.

Values are kept in base units (bytes, seconds), so 1 KB/s is Quantity(1000, (1, -1)).
Counts (users, requests, URLs) carry no dimension: a write-up's nouns are not units.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Dim = tuple[int, int]  # (bytes exponent, time exponent)
NONE: Dim = (0, 0)
BYTES: Dim = (1, 0)
RATE: Dim = (0, -1)
TIME: Dim = (0, 1)
PER_BYTE: Dim = (-1, 0)  # a price per amount of data ("$23/TB")

DAY = 86_400.0
DEFAULT_PERIODS = {"microsecond": 1e-6, "millisecond": 0.001, "second": 1.0, "minute": 60.0, "hour": 3600.0}
DEFAULT_PERIODS |= {"day": DAY, "week": 7 * DAY}
DEFAULT_PERIODS |= {"month": 30 * DAY, "year": 365 * DAY}


# No estimate means a figure beyond a googol or below its inverse: past these bounds a value
# is astronomical (or an overflow in the making), so it is reported as having no finite value.
LIMIT = 1e100


class EvalError(ValueError):
    """The expression cannot be evaluated with confidence (dimension clash, huge power)."""


class NoValue(EvalError):
    """The expression has no finite value: it divides by zero, overflows or is undefined."""


def bounded(value: float) -> float:
    """value itself when it is a figure an estimate can hold; NoValue otherwise."""
    size = abs(value)
    if not math.isfinite(value) or size > LIMIT or 0 < size < 1 / LIMIT:
        raise NoValue("this expression has no finite value")
    return value


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    dim: Dim = NONE

    def __mul__(self, other: Quantity) -> Quantity:
        return Quantity(bounded(self.value * other.value), _add(self.dim, other.dim))

    def __truediv__(self, other: Quantity) -> Quantity:
        if other.value == 0:
            raise NoValue("division by zero")
        return Quantity(bounded(self.value / other.value), _sub(self.dim, other.dim))

    def __add__(self, other: Quantity) -> Quantity:
        return Quantity(bounded(self.value + other.value), _join(self.dim, other.dim))

    def __sub__(self, other: Quantity) -> Quantity:
        return Quantity(bounded(self.value - other.value), _join(self.dim, other.dim))

    def __pow__(self, other: Quantity) -> Quantity:
        exponent = other.value
        if other.dim != NONE or abs(exponent) > 64 or abs(self.value) > 1e6:
            raise EvalError("power out of range")
        whole = int(exponent) if exponent == int(exponent) else None
        if self.dim != NONE and whole is None:
            raise EvalError("fractional power of a unit")
        scale = whole if whole is not None else 0
        return Quantity(power(self.value, exponent), (self.dim[0] * scale, self.dim[1] * scale))


def power(base: float, exponent: float) -> float:
    """base ** exponent as a real figure, or NoValue: (-8)^0.5 is complex and 0^-1 infinite."""
    if (base < 0 and exponent != int(exponent)) or (base == 0 and exponent < 0):
        raise NoValue("this power has no real value")
    try:
        return bounded(math.pow(base, exponent))
    except (OverflowError, ValueError):
        raise NoValue("this power has no finite value") from None


def _add(a: Dim, b: Dim) -> Dim:
    return (a[0] + b[0], a[1] + b[1])


def _sub(a: Dim, b: Dim) -> Dim:
    return (a[0] - b[0], a[1] - b[1])


def _join(a: Dim, b: Dim) -> Dim:
    """Adding a bare number to bytes: the author left the unit off one term; keep the unit."""
    if a == b or b == NONE:
        return a
    if a == NONE:
        return b
    raise EvalError("adding quantities of different units")


# --- formatting ----------------------------------------------------------------

_BYTE_STEPS = [(1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "KB"), (1.0, "bytes")]
_RATE_NAMES = {1.0: "/s", 60.0: "/min", 3600.0: "/hour", DAY: "/day"}


def format_number(value: float) -> str:
    """10,000,000 / 57,882 / 46 / 2.4 / 3.52 trillion: what a reviewer would write."""
    size = abs(value)
    if size >= 1e13:
        for scale, word in ((1e18, "quintillion"), (1e15, "quadrillion"), (1e12, "trillion")):
            if size >= scale:
                return f"{_sig(value / scale)} {word}"
    if size >= 10:
        return f"{round(value):,}"
    return _sig(value)


def _sig(value: float) -> str:
    text = f"{value:.3g}"
    if "e" in text:
        return f"{value:.2e}"
    return text


def format_quantity(q: Quantity, period: float = 1.0, period_name: str = "/s") -> str:
    """A computed value in words: 1.74 MB/s, 10,000,000, 2.4/s, 1.1 TB."""
    value = q.value * (period if q.dim[1] == -1 else 1.0)
    unit = ""
    if q.dim[0] == 1:
        scale, unit = next(((s, u) for s, u in _BYTE_STEPS if abs(value) >= s), (1.0, "bytes"))
        value /= scale
        unit = " " + unit
    if q.dim[1] == -1:
        unit += period_name
    elif q.dim[1] == 1:
        unit += " seconds"
    text = _sig(value) if q.dim[0] == 1 else format_number(value)
    return f"{text}{unit}"


def period_name(seconds: float) -> str:
    return _RATE_NAMES.get(seconds, f" per {format_number(seconds)} s")
