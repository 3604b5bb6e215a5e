"""Faults the sandbox injects into the next CRM API requests (errors, slowness, broken bodies)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

FAULT_KINDS = (
    "500",  # 500 INTERNAL_ERROR (opts: status=502/503 …)
    "429",  # 429 TOO_MANY_REQUESTS with Retry-After (opts: retry_after seconds, None for none)
    "timeout",  # answer only after a delay longer than the client's read time-out (opts: delay)
    "truncated",  # 200 with the JSON body cut in half (consistent Content-Length)
    "disconnect",  # 200 announcing the full length, then the connection closes half-way
    "html",  # an HTML error page (opts: status, default 200)
    "not_json",  # 200 application/json whose body is not JSON
    "invalid_token",  # 401 INVALID_TOKEN (as if the access token had expired)
    "no_permission",  # 403 NO_PERMISSION
    "scope",  # 401 OAUTH_SCOPE_MISMATCH
)


@dataclass
class Fault:
    """One kind of fault, for the next `remaining` API requests."""

    kind: str
    remaining: int
    opts: dict[str, Any] = field(default_factory=dict)


class FaultQueue:
    """Faults in the order they were injected; each API request takes one from the head."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, kind: str, count: int, opts: dict[str, Any]) -> None:
        """Queue a fault for the next `count` API requests (after those already queued)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; known: {', '.join(FAULT_KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._faults.append(Fault(kind, count, dict(opts)))

    def take(self) -> Fault | None:
        """Return the fault for this request, if any."""
        with self._lock:
            if not self._faults:
                return None
            fault = self._faults[0]
            fault.remaining -= 1
            if fault.remaining == 0:
                self._faults.pop(0)
            return fault

    def clear(self) -> None:
        """Forget every pending fault."""
        with self._lock:
            self._faults.clear()
