"""Work done once per content: validation stamps and built values kept in the active store.

This sits on the ground floor so that config, rule and preset loading can use it without
importing the cache (which itself reads config). The store is whatever designlint.lint.cache
activates; with none active, everything is simply done every time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any, Protocol


class MemoStore(Protocol):
    """What the memo needs from a store: keys that cover designlint's own code, and JSON values."""

    def key(self, *parts: bytes | str) -> str: ...

    def get(self, kind: str, key: str) -> Any | None: ...

    def put(self, kind: str, key: str, value: Any) -> None: ...


_active: MemoStore | None = None


def digest(*parts: bytes | str) -> str:
    """SHA-256 over length-framed parts, so ("ab", "c") and ("a", "bc") differ."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def canonical(value: Any) -> str:
    """Deterministic JSON text; raises TypeError or ValueError for values JSON cannot hold."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def activate(store: MemoStore | None) -> None:
    """Make store the one that validation stamps and built values go to (None: no store)."""
    global _active
    _active = store


def check_once(namespace: str, parts: Sequence[Any], validate: Callable[[], None]) -> None:
    """Run validate() unless these exact inputs already passed it, as stamped in the active store.

    A failed validation raises and stamps nothing. Inputs JSON cannot hold are always validated.
    """
    store = _active
    key = None
    if store is not None:
        try:
            key = store.key(namespace, canonical(list(parts)))
        except (TypeError, ValueError):
            key = None
    if store is not None and key is not None and store.get("valid", key) is True:
        return
    validate()
    if store is not None and key is not None:
        store.put("valid", key, True)


def cached_value(kind: str, parts: Sequence[str | bytes], build: Callable[[], Any]) -> Any:
    """A JSON value from the active store, or build() stored for next time."""
    store = _active
    if store is None:
        return build()
    key = store.key(kind, *parts)
    value = store.get(kind, key)
    if value is None:
        value = build()
        store.put(kind, key, value)
    return value
