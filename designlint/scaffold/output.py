"""Where `designlint new` writes: where the user says, or a title slug kept inside its folder; never clobbering."""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from designlint.atomic import new_file_mode, write_atomic, write_temp
from designlint.errors import UsageError
from designlint.files import inside

_NUMBERED = re.compile(r"^(\d{1,9})-")
MAX_SLUG = 60
NUMBER_TRIES = 100


def slugify(title: str) -> str:
    """Lower-case ASCII words joined by dashes: 'Design a URL Shortener!' -> 'design-a-url-shortener'."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-")


def _file_name(title: str) -> str:
    slug = slugify(title)
    if not slug:
        raise UsageError(f"title {title!r} has no letters or digits to name the file; pass --output")
    return f"{slug}.md"


def resolve_output(output: str | None, title: str, root: Path, numbered: bool = False, parents: bool = False) -> Path:
    """The file to write (or, with numbered, the folder to number in); with parents its folder may be missing.

    The user's own --output is taken as typed (relative to root); a name made from the title must stay
    inside the folder it is made in, links resolved.
    """
    if output is not None and "\x00" in output:
        raise UsageError("--output: the path contains a NUL character")
    named = root / Path(output).expanduser() if output is not None else root
    folder_named = output is None or named.is_dir() or output.endswith(("/", os.sep))
    if numbered or not folder_named:
        _check_folder(named if numbered else named.parent, root, parents)
        if numbered and named.exists() and not named.is_dir():
            raise UsageError(f"{output}: --numbered needs a folder to number the doc in, not a file")
        return named
    _check_folder(named, root, parents)
    target = named / _file_name(title)
    if not inside(target, named):
        raise UsageError(f"{target}: outside the output folder {named}; refusing to write there")
    return target


def _check_folder(folder: Path, root: Path, parents: bool) -> None:
    if not parents and not folder.is_dir():
        shown = folder.relative_to(root) if folder.is_relative_to(root) else folder
        raise UsageError(f"{shown}: no such folder; create it first or pass --parents")


def make_folder(folder: Path) -> None:
    """--parents: create the folder to write in, and its parents."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{folder}: cannot create the folder: {exc.strerror}") from None


def _temp(folder: Path, text: str) -> Path:
    """A fully written temporary file in folder, with the mode a new file would get."""
    name = write_temp(folder, text, ".designlint-new.")
    os.chmod(name, new_file_mode())
    return name


def _link_new(temp: Path, path: Path) -> bool:
    """Give temp the name path only if no file has it yet (atomic; False if taken)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.ENOSYS):
            raise UsageError(f"{path}: cannot write: {exc.strerror}") from None
        return _create_new(path, temp.read_bytes())
    return True


def _create_new(path: Path, data: bytes) -> bool:
    """Where hard links are not allowed: create with O_EXCL and write (exclusive, not atomic)."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return False
    except OSError as exc:
        raise UsageError(f"{path}: cannot write: {exc.strerror}") from None
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    return True


def write_new(path: Path, text: str, force: bool = False) -> Path:
    """Write a new file; an existing one is replaced only with force, and atomically."""
    if path.is_symlink():
        raise UsageError(f"{path}: is a symlink; refusing to write through it")
    if force:
        write_atomic(path, text)
        return path
    temp = _temp(path.parent, text)
    try:
        if not _link_new(temp, path):
            raise UsageError(f"{path}: already exists; use --force to overwrite it (nothing written)")
    finally:
        temp.unlink(missing_ok=True)
    return path


def next_number(folder: Path) -> int:
    """One more than the highest NNNN- prefix in folder (1 for an empty folder)."""
    numbers = [int(m.group(1)) for p in folder.iterdir() if (m := _NUMBERED.match(p.name))]
    return max(numbers, default=0) + 1


def write_numbered(folder: Path, title: str, render: Callable[[int], str]) -> Path:
    """Write NNNN-slug.md with the next free number; a number taken meanwhile is skipped, never reused.

    render(number) gives the text, so a template can show its own number.
    """
    name = _file_name(title)
    number = next_number(folder)
    for _ in range(NUMBER_TRIES):
        temp = _temp(folder, render(number))
        try:
            if _link_new(temp, folder / f"{number:04d}-{name}"):
                return folder / f"{number:04d}-{name}"
        finally:
            temp.unlink(missing_ok=True)
        number = max(number + 1, next_number(folder))
    raise UsageError(f"{folder}: could not find a free number after {NUMBER_TRIES} tries")
