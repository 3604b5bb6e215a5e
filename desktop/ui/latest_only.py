"""A token that lets a queued query notice it is stale and skip its work (typing outran it)."""

from __future__ import annotations

import threading

from desktop.domain.errors import Cancelled


class LatestOnly:
    """Hands out increasing tokens; a worker holding an old token raises Cancelled (silent).

    Plain Python with a lock — read from worker threads, so it is not part of any widget.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current = 0

    def next_token(self) -> int:
        """Start a new request; every earlier token becomes stale."""
        with self._lock:
            self._current += 1
            return self._current

    def is_current(self, token: int) -> bool:
        """Return True when no newer request was started."""
        with self._lock:
            return token == self._current

    def check(self, token: int) -> None:
        """Raise Cancelled when `token` is stale."""
        if not self.is_current(token):
            raise Cancelled()
