"""Fewer garbage collections while an import allocates hundreds of thousands of objects."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations between two young-generation collections while an import runs (Python's
# default: 700). An import creates a few tuples per record, which die young, while the records
# waiting to be applied live on: with the default, the collector ran some 600 times per 64,000
# records and took a quarter to a third of the import's time (gc.callbacks around
# bench/sync_apply_bench.py). A young collection visits only what was allocated since the last
# one, so it stays short at this size; the interpreter still collects every cycle.
IMPORT_THRESHOLD = 100_000


class _SharedThreshold:
    """The interpreter's threshold is one for all threads: the first user raises it, the last
    restores it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.users = 0
        self.saved = gc.get_threshold()


_SHARED = _SharedThreshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often for the duration (safe to nest and to use from threads)."""
    with _SHARED.lock:
        if _SHARED.users == 0:
            _SHARED.saved = gc.get_threshold()
            first, *older = _SHARED.saved
            gc.set_threshold(max(first, IMPORT_THRESHOLD), *older)
        _SHARED.users += 1
    try:
        yield
    finally:
        with _SHARED.lock:
            _SHARED.users -= 1
            if _SHARED.users == 0:
                gc.set_threshold(*_SHARED.saved)
