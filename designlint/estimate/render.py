"""Results of the calculator as a Markdown estimation section (a Jinja template) or JSON.

Numbers are written the way the linter reads them: inputs in full with digit groups,
results after `~`, sizes in decimal byte units. The rendered section lints clean.
"""

from __future__ import annotations

import json
import math
from typing import Any

from designlint.errors import TemplateError
from designlint.estimate.calculator import Results
from designlint.resources import data_dir

TEMPLATE = "estimate.md.j2"
_BYTE_UNITS = [(1e18, "EB"), (1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "KB")]


def number(value: float) -> str:
    """An input or an exact figure: 100,000,000 / 0.1 / 2.5."""
    if abs(value) >= 1000:
        return f"{round(value):,}"
    if value == int(value):
        return str(int(value))
    return f"{value:.4g}"


def approx(value: float) -> str:
    """A derived figure: 5,787 / 0.116 (three significant digits below ten)."""
    if abs(value) >= 10:
        return f"{round(value):,}"
    return f"{value:.3g}"


def size(value: float) -> str:
    """Bytes in the largest decimal unit that keeps the number at least 1: 1.1 TB, 300 bytes."""
    for scale, unit in _BYTE_UNITS:
        if abs(value) >= scale:
            return f"{value / scale:.3g} {unit}"
    return f"{value:.3g} bytes"


def ratio(value: float) -> str:
    """Reads to writes as n:1 (or 1:n when writes dominate)."""
    if value >= 1:
        return f"{value:.3g}:1"
    return f"1:{1 / value:.3g}" if value > 0 else "0:1"


def render_markdown(results: Results, level: int = 2) -> str:
    """The estimation section for these results; its heading has this level (## by default)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_dir("templates"))),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )
    env.filters.update(number=number, approx=approx, size=size, ratio=ratio, ceil=math.ceil)
    try:
        return env.get_template(TEMPLATE).render(r=results, i=results.inputs, level=max(1, min(level, 5)))
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{TEMPLATE}: {exc}") from None


def render_json(results: Results) -> str:
    data: dict[str, Any] = results.to_dict()
    return json.dumps(data, indent=2) + "\n"
