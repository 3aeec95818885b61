"""Splitting text into lines the way the parser counts them; shared by fix and markup."""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def split_lines(text: str) -> list[str]:
    """Lines with their own line ends, split exactly as the parser counts them (LF, CRLF or CR)."""
    return _LINE.findall(text)
