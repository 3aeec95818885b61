"""The framework's back-of-envelope formulas as one function: inputs in, every derived figure out.

QPS from DAU, peak QPS, storage per day, per year and over the retention period,
bandwidth in and out, cache memory by the 80/20 rule, and the server count. Used by
`designlint estimate` and free for any other command (`new --estimate`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from designlint.errors import UsageError

SECONDS_PER_DAY = 86_400
# Past this no input is a real figure, and products of several such inputs would overflow.
MAX_INPUT = 1e18
DAYS_PER_YEAR = 365


@dataclass(frozen=True, slots=True)
class Inputs:
    dau: float
    reads_per_user: float  # per user per day
    writes_per_user: float  # per user per day
    record_bytes: float  # one stored record (and one write request)
    response_bytes: float  # one read response
    peak_multiplier: float = 3.0
    retention_years: float = 5.0
    cache_fraction: float = 0.2  # the hot share of a day's reads (80/20 rule)
    qps_per_server: float = 5_000.0
    redundancy: float = 2.0  # servers kept per server needed
    server_storage_bytes: float = 10e12  # what one database server holds
    cache_node_bytes: float = 32e9  # usable memory of one cache node

    def check(self) -> None:
        """Raise UsageError (one line) for an input no estimate can use."""
        for item in fields(self):
            value = getattr(self, item.name)
            if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value):
                raise UsageError(f"{item.name.replace('_', '-')}: must be a number, got {value!r}")
            if value < 0:
                raise UsageError(f"{item.name.replace('_', '-')}: must not be negative, got {value:g}")
            if value > MAX_INPUT:
                raise UsageError(f"{item.name.replace('_', '-')}: must be at most {MAX_INPUT:g}, got {value:g}")
        for name in ("dau", "writes_per_user", "record_bytes", "response_bytes", "qps_per_server"):
            if getattr(self, name) == 0:
                raise UsageError(f"{name.replace('_', '-')}: must be greater than zero")
        if self.peak_multiplier < 1 or self.redundancy < 1:
            raise UsageError("peak-multiplier and redundancy: must be at least 1")
        if self.cache_fraction > 1:
            raise UsageError(f"cache-fraction: must be between 0 and 1, got {self.cache_fraction:g}")


@dataclass(frozen=True, slots=True)
class Results:
    inputs: Inputs
    reads_per_day: float
    writes_per_day: float
    read_qps: float
    write_qps: float
    peak_read_qps: float
    peak_write_qps: float
    read_write_ratio: float
    storage_per_day: float  # bytes
    storage_per_year: float
    storage_total: float  # over the retention period
    bandwidth_in: float  # bytes per second
    bandwidth_out: float
    cache_bytes: float
    peak_qps: float
    servers_needed: int
    servers_total: int
    storage_fits_one_server: bool
    cache_nodes: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def estimate(inputs: Inputs) -> Results:
    """Every figure of the estimation step from the inputs (checked first)."""
    inputs.check()
    reads = inputs.dau * inputs.reads_per_user
    writes = inputs.dau * inputs.writes_per_user
    read_qps, write_qps = reads / SECONDS_PER_DAY, writes / SECONDS_PER_DAY
    per_day = writes * inputs.record_bytes
    per_year = per_day * DAYS_PER_YEAR
    peak = (read_qps + write_qps) * inputs.peak_multiplier
    servers = max(1, math.ceil(peak / inputs.qps_per_server))
    cache = reads * inputs.cache_fraction * inputs.response_bytes
    return Results(
        inputs=inputs,
        reads_per_day=reads,
        writes_per_day=writes,
        read_qps=read_qps,
        write_qps=write_qps,
        peak_read_qps=read_qps * inputs.peak_multiplier,
        peak_write_qps=write_qps * inputs.peak_multiplier,
        read_write_ratio=reads / writes,
        storage_per_day=per_day,
        storage_per_year=per_year,
        storage_total=per_year * inputs.retention_years,
        bandwidth_in=write_qps * inputs.record_bytes,
        bandwidth_out=read_qps * inputs.response_bytes,
        cache_bytes=cache,
        peak_qps=peak,
        servers_needed=servers,
        servers_total=math.ceil(servers * inputs.redundancy),
        storage_fits_one_server=per_year * inputs.retention_years <= inputs.server_storage_bytes,
        cache_nodes=max(1, math.ceil(cache / inputs.cache_node_bytes)) if inputs.cache_node_bytes else 1,
    )
