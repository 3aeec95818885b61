"""Where the shipped data lives: inside the wheel, or at the top of a source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def package_dir() -> Path:
    """designlint's own folder, wherever in it the asking module sits."""
    return _PACKAGE


def data_dir(name: str) -> Path:
    """The folder `rules` or `templates`, wherever this installation keeps it."""
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / name


@lru_cache(maxsize=256)
def shipped(path: Path) -> bool:
    """True for a data file that comes with designlint (its rules, vocabulary, presets): the test
    suite checks those against their schemas, so a run need not check them again. Kept per path:
    every rule of a file asks (resolving each time cost ~8 ms a run)."""
    real = path.resolve()
    return any(real.is_relative_to(data_dir(name).resolve()) for name in ("rules", "templates"))


def schema_path(name: str) -> Path:
    return _PACKAGE / "schemas" / f"{name}.schema.json"
