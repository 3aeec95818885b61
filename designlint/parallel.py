"""A process pool for big runs: results come back in the order of the work, whatever the pool size.

A pool costs about 30 ms to start, the parse time of ~130 KB of Markdown, so it is used only
past a threshold; pre-commit runs on a few files stay in one process. Workers are forked, so
they inherit the parent's loaded rules, configs and cache handle instead of rebuilding them;
where fork does not exist (Windows) the work runs in the one process.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from designlint.errors import UsageError

POOL_MIN_FILES = 24  # "dozens of files"...
POOL_MIN_BYTES = 100_000  # ...or enough bytes that parsing them dwarfs the pool's start-up

_work: Callable[[Any], Any] | None = None
_items: Sequence[Any] = ()


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worth_a_pool(files: int, size: int, jobs: int) -> bool:
    """True when a pool pays for itself: several processes allowed and enough work for them."""
    if jobs < 2 or files < 3 or not hasattr(os, "fork"):  # the parent lints the first file itself
        return False
    return files >= POOL_MIN_FILES or size >= POOL_MIN_BYTES


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _call(index: int) -> Any:
    assert _work is not None
    return _work(_items[index])


def ordered_map(work: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> Iterator[Any]:
    """work(item) for each item, computed by up to jobs forked processes, yielded in the items' order.

    A worker that dies (killed, out of memory) ends the run with a one-line error: a plain
    multiprocessing.Pool would wait for its lost results for ever.
    """
    import multiprocessing  # only here: a run that needs no pool does not pay for the import
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _work, _items
    _work, _items = work, items  # set before the fork, so every worker sees them
    workers = min(jobs, len(items))
    chunk = max(1, min(16, len(items) // (workers * 4)))
    try:
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupt)
    except (OSError, ValueError):  # no semaphores or no fork here: do the work in this process
        yield from map(work, items)
        return
    try:
        yield from pool.map(_call, range(len(items)), chunksize=chunk)
    except BrokenProcessPool:
        raise UsageError("a worker process died while linting (killed, or out of memory); run again") from None
    finally:
        _stop(pool)
        _work, _items = None, ()


def _stop(pool: Any) -> None:
    """End the workers now, as Pool.terminate did: no waiting for work nobody will read."""
    for process in list(getattr(pool, "_processes", {}).values()):  # not public; absent means nothing to stop
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
