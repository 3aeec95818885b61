"""Term lists searched on lower-cased text by a case-sensitive pattern, not with IGNORECASE.

A case-insensitive alternation compares every letter through Unicode case folding and
tries every alternative at every word start; the same pattern without IGNORECASE compares
letters directly and lets the regex engine skip each alternative whose first letter differs
(measured: the deep-dive lists search a design in about half the time). The two find the
same spans when:

- the pattern (read off Python's own parse) holds no cased character but the ASCII
  lower-case letters (ASCII capitals are lowered first where the compiled program stays
  the same), no scoped flags and no back-reference; and
- the text keeps every character's place when lower-cased and holds none of the three
  letters that IGNORECASE folds onto an ASCII one and lower() does not (termsearch's
  FOLD_APART). K lowers to k, which is what IGNORECASE matches it to.

\\w, \\d, \\s and word boundaries agree on a character and its lower case (proved over every
code point in tests/test_lowered.py). On any doubt the caller keeps the IGNORECASE pattern.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from designlint.termsearch import _c, _p, folds_apart

_compiler: Any
try:  # private, like termsearch's: any change in its shape just means "not lowered"
    _compiler = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - Python before 3.11
    _compiler = None

# Ranges wider than this are not walked character by character: they are refused.
_WIDEST_RANGE = 512


def lower_alike(text: str) -> str | None:
    """text.lower() when a lowered pattern may search it in text's stead (see the module notes)."""
    low = text.lower()
    if len(low) != len(text) or folds_apart(text):
        return None
    return low


def lowered_body(body: str, flags: int) -> str | None:
    """body with its ASCII capitals lower-cased, to be compiled without IGNORECASE and searched on
    lower_alike(text), or None when that cannot be told to find what body finds with IGNORECASE.

    Under IGNORECASE "SLA" and "sla" are one program: the compiled code is compared to prove it.
    """
    low = lower_capitals(body)
    if low != body and not _same_program(body, low, flags | re.IGNORECASE):
        return None
    return low if lowers_alike(low, flags | re.IGNORECASE) else None


def lower_capitals(body: str) -> str:
    """ASCII capitals to lower case, but not the letter of an escape (\\W, \\S, \\B...)."""
    out, escaped = [], False
    for char in body:
        out.append(char if escaped or not "A" <= char <= "Z" else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def _same_program(one: str, other: str, flags: int) -> bool:
    if _compiler is None or _p is None:
        return False
    try:
        first, second = _p.parse(one, flags), _p.parse(other, flags)
        same_groups = first.state.groupdict == second.state.groupdict
        return bool(same_groups and _compiler._code(first, flags) == _compiler._code(second, flags))
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return False


def lowers_alike(body: str, flags: int) -> bool:
    """body compiled without IGNORECASE finds on lower_alike(text) what it finds on text with it."""
    if _p is None or _c is None:
        return False
    try:
        parsed = _p.parse(body, flags)
        return not parsed.state.flags & ~(re.IGNORECASE | re.UNICODE) and _seq(parsed)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return False


def _seq(seq: Any) -> bool:
    return all(_op(op, av) for op, av in seq)


def _op(op: Any, av: Any) -> bool:
    if op in (_c.LITERAL, _c.NOT_LITERAL):
        return _char(av)
    if op is _c.IN:
        return all(_item(item, value) for item, value in av)
    if op in (_c.ANY, _c.AT):
        return True  # . and \n, ^, $, \A, \Z, \b, \B: the same on the lowered text
    if op is _c.SUBPATTERN:
        return not av[1] and not av[2] and _seq(av[3])  # (?-i:...) must see the real case
    if op is _c.BRANCH:
        return all(_seq(alternative) for alternative in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _seq(av[2])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return _seq(av[1])
    if op is _c.ATOMIC_GROUP:
        return _seq(av)
    return False  # back-references and anything this module does not know


def _item(op: Any, av: Any) -> bool:
    """One member of a character class."""
    if op is _c.NEGATE:
        return True
    if op is _c.LITERAL:
        return _char(av)
    if op is _c.RANGE:
        low, high = av
        return high - low <= _WIDEST_RANGE and all(_char(code) for code in range(low, high + 1))
    return op is _c.CATEGORY and str(av) in (
        "CATEGORY_DIGIT",
        "CATEGORY_NOT_DIGIT",
        "CATEGORY_SPACE",
        "CATEGORY_NOT_SPACE",
        "CATEGORY_WORD",
        "CATEGORY_NOT_WORD",
    )


def _char(code: int) -> bool:
    """An ASCII lower-case letter, or a character without case."""
    char = chr(code)
    return "a" <= char <= "z" or char.lower() == char == char.upper()
