"""The inputs of a back-of-envelope estimate, read as a design doc writes numbers.

`designlint estimate` takes them as options and `designlint new --estimate` as KEY=VALUE pairs; both
read them here, from the options given and an optional TOML file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from designlint.errors import UsageError

# option name -> (Inputs field, is a size in bytes, help)
FIELDS: dict[str, tuple[str, bool, str]] = {
    "dau": ("dau", False, "Daily active users (100M, 2.5 million, 1e6)."),
    "reads-per-user": ("reads_per_user", False, "Reads per user per day."),
    "writes-per-user": ("writes_per_user", False, "Writes per user per day."),
    "record-size": ("record_bytes", True, "Size of one stored record (300B, 1 KB, 2KiB)."),
    "response-size": ("response_bytes", True, "Size of one read response (default: the record size)."),
    "peak-multiplier": ("peak_multiplier", False, "Peak traffic as a multiple of the average.  [default: 3]"),
    "retention-years": ("retention_years", False, "Years the data is kept.  [default: 5]"),
    "cache-fraction": ("cache_fraction", False, "Share of a day's reads to cache (80/20 rule).  [default: 0.2]"),
    "qps-per-server": ("qps_per_server", False, "Requests a second one server handles.  [default: 5000]"),
    "redundancy": ("redundancy", False, "Servers kept per server needed.  [default: 2]"),
    "server-storage": ("server_storage_bytes", True, "Storage of one database server.  [default: 10 TB]"),
    "cache-node": ("cache_node_bytes", True, "Usable memory of one cache node.  [default: 32 GB]"),
}
REQUIRED = ("dau", "reads-per-user", "writes-per-user", "record-size")
ALIASES = {"peak": "peak-multiplier"}  # short name, as in `designlint new --estimate peak=5`


def parse_amount(name: str, raw: object, is_size: bool) -> float:
    """A number as a design doc writes it (100M, 86,400, 1e6, 20%), or a size (300B, 1 KB)."""
    from designlint.estimate.lexer import tokenize
    from designlint.estimate.parser import ParseError, Reading, evaluate, parse
    from designlint.estimate.quantity import BYTES, DEFAULT_PERIODS, NONE, EvalError

    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise UsageError(f"{name}: expected a number, got {raw!r}")
    if not isinstance(raw, str):
        return float(raw)
    if raw.strip().startswith("-"):
        raise UsageError(f"{name}: must not be negative, got {raw.strip()}")
    tokens = tokenize(raw.strip())
    try:
        node, end = parse(tokens)
        quantity = evaluate(node, Reading(DEFAULT_PERIODS, b_as_bytes=is_size))
    except (ParseError, EvalError):
        raise UsageError(f"{name}: cannot read {raw!r} as a number") from None
    allowed = {NONE, BYTES} if is_size else {NONE}
    words = any(t.kind == "word" for t in tokens)
    if end != len(tokens) or words or node.has_op() or quantity.dim not in allowed:
        kind = "a size such as 300B or 1.5 KB" if is_size else "a plain number such as 100M"
        raise UsageError(f"{name}: unknown unit or extra text in {raw!r}; expected {kind}")
    return quantity.value


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the inputs: {exc}") from None
    raw = {ALIASES.get(key, key): value for key, value in raw.items()}
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise UsageError(f"{path}: unknown input {unknown[0]!r}; known: {', '.join(FIELDS)}")
    return raw


def collect_inputs(options: dict[str, Any], path: Path | None) -> Any:
    """Inputs from the TOML file, overridden by the options given on the command line."""
    from designlint.estimate.calculator import Inputs

    given = _read_file(path) if path else {}
    given |= {ALIASES.get(name, name): value for name, value in options.items() if value is not None}
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise UsageError(f"unknown input {unknown[0]!r}; known: {', '.join(FIELDS)}")
    missing = [name for name in REQUIRED if name not in given]
    if missing:
        raise UsageError(f"missing input: --{missing[0]} (or `{missing[0]} = ...` in the inputs file)")
    given.setdefault("response-size", given["record-size"])
    values = {FIELDS[n][0]: parse_amount(n, v, FIELDS[n][1]) for n, v in given.items()}
    return Inputs(**values)
