"""Size limits inside the template sandbox, so a team template cannot build a huge value.

Jinja's sandbox guards what a template may touch, not how big a value it may build:
`{{ 'x' * 3000000000 }}` asks for 3 GB and `{{ (9 ** 9) ** (9 ** 9) }}` for a number with
370 million digits, both in one C call that no alarm interrupts (and Jinja folds constant
expressions while compiling, before any limit could run). Here every arithmetic operator is
intercepted (which also stops the folding), sizes are checked before the work is done where
they can be foreseen and after it otherwise, and calls and filters may not pass a count or
width over the cap either.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_ITEMS = 1_000_000  # characters of a string, items of a list; the output cap is 1 MB anyway
MAX_INT_BITS = 10_000  # about 3,000 digits: printable (Python refuses past 4,300) and quick
MAX_RANGE = 100_000
OPERATORS = frozenset({"+", "-", "*", "/", "//", "%", "**"})


def _refuse(what: str) -> Exception:
    from jinja2.exceptions import SecurityError

    return SecurityError(f"{what} is over the template size limit")


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) and not isinstance(value, bool) else 0


def _length(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes | list | tuple | dict) else 0


def check_value(value: Any) -> Any:
    """value itself, if it is within the caps."""
    if _bits(value) > MAX_INT_BITS:
        raise _refuse(f"a number of {_bits(value):,} bits")
    if _length(value) > MAX_ITEMS:
        raise _refuse(f"a value of {_length(value):,} items")
    return value


def _too_big(operator: str, left: Any, right: Any) -> bool:
    """Whether `left operator right` would build past a cap, where that is known beforehand."""
    if operator == "*":
        for sequence, count in ((left, right), (right, left)):
            if _length(sequence) and isinstance(count, int):
                return _length(sequence) * count > MAX_ITEMS
        return _bits(left) + _bits(right) > MAX_INT_BITS
    if operator == "**" and isinstance(right, int) and right > 0:
        return _bits(left) > 1 and (_bits(left) - 1) * right > MAX_INT_BITS
    if operator == "+":
        return _length(left) + _length(right) > MAX_ITEMS
    return False


def binop(operator: str, left: Any, right: Any, compute: Callable[[], Any]) -> Any:
    """compute() for `left operator right`, refused when it would build or has built too much."""
    if _too_big(operator, left, right):
        raise _refuse(f"the result of {operator}")
    if operator == "%":  # "%0*d" % (10 ** 9, 1): a width is a count too
        _check_arguments(right if isinstance(right, tuple) else (right,), {})
    try:
        return check_value(compute())
    except OverflowError as exc:
        raise _refuse(f"the result of {operator} ({exc})") from None


def _check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_ITEMS:
            raise _refuse(f"a count or width of {value:,}")


def _check_format(obj: Any) -> None:
    """A width written inside a format string ('{:3000000000}'.format(1)) is a count too."""
    obj = getattr(obj, "__wrapped__", obj)  # Jinja hands str.format over wrapped
    template = getattr(obj, "__self__", None)
    if not isinstance(template, str) or getattr(obj, "__name__", "") not in ("format", "format_map"):
        return
    try:
        specs = [spec or "" for _, _, spec, _ in string.Formatter().parse(template)]
    except ValueError:
        return  # str.format will say what is wrong with it
    widths = [int(w) for spec in specs for w in re.findall(r"\d+", spec)]
    _check_arguments(tuple(widths), {})


def guarded(function: Callable[..., Any]) -> Callable[..., Any]:
    """function with its arguments and result checked (functools.wraps keeps Jinja's pass_* marks)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args, kwargs)
        return check_value(function(*args, **kwargs))

    return wrapper


def safe_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise _refuse(f"a range of {len(rng):,} numbers")
    return rng


def sandbox_class() -> type[ImmutableSandboxedEnvironment]:
    """ImmutableSandboxedEnvironment with the caps above on operators, calls, filters and range."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment  # noqa: F811 - at run time, as jinja.py does

    class LimitedSandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = OPERATORS

        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            self.filters = {name: guarded(f) for name, f in self.filters.items()}
            self.globals["range"] = safe_range

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            return binop(operator, left, right, lambda: super(LimitedSandbox, self).call_binop(
                context, operator, left, right))  # fmt: skip

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            _check_arguments(args, kwargs)
            _check_format(__obj)
            return check_value(super().call(__context, __obj, *args, **kwargs))

    return LimitedSandbox
