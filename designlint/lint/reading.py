"""Read one file's bytes as text, or say in one X001 finding why it cannot be linted.

The first step of the flow, kept apart from the engine so that a caller that only reads (the
stdin limit, the HTML report) does not load the rules to do it.
"""

from __future__ import annotations

from pathlib import Path

from designlint.findings import Finding, Severity

MAX_BYTES = 10 * 1024 * 1024  # larger files are reported, not parsed
READ_ERROR = "X001"


def read_error(path: str, message: str) -> Finding:
    return Finding(path, 1, 1, READ_ERROR, "unreadable-file", Severity.ERROR, message, step="meta")


def read_text(path: Path, shown: str) -> str | Finding:
    """The file's text, or an X001 finding that says why it cannot be linted."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return read_error(
                shown, f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit; split it or exclude it"
            )
        data = path.read_bytes()
    except OSError as exc:
        return read_error(shown, f"cannot read file: {exc.strerror or exc}")
    return decode(data, shown)


def decode(data: bytes, shown: str) -> str | Finding:
    """Bytes already read to text, or the X001 finding that says why they cannot be linted.

    A stray NUL in UTF-8 text becomes U+FFFD, as CommonMark says; NULs in more than a tenth of the first
    bytes, or in bytes that are not UTF-8, mean a binary file (or UTF-16 text).
    """
    sample = data[:8192]
    nuls = sample.count(b"\x00")
    if nuls * 10 > len(sample):  # UTF-16 text and most binaries: NULs are a large share
        return read_error(shown, "file looks binary (it has NUL bytes); exclude it or rename it")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if nuls:
            return read_error(shown, "file looks binary (it has NUL bytes); exclude it or rename it")
        return read_error(shown, f"not UTF-8 (bad byte at offset {exc.start}); re-save the file as UTF-8")
    return text.replace("\x00", "\ufffd") if "\x00" in text else text
