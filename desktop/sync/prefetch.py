"""Read the next pages from the CRM while the current ones are written; a cancel stops at once."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Iterator
from typing import TypeVar

from desktop.domain.errors import Cancelled

T = TypeVar("T")
Q = TypeVar("Q")
_DONE = object()
# How often a waiting side looks at the stop and cancel flags: well under the 1 s a cancel may take.
POLL_SECONDS = 0.05
# How long an early stop waits for the producer: a request in flight is not waited for (the
# thread is a daemon; whatever it still fetches is dropped).
JOIN_SECONDS = 0.2


def prefetched(
    pages: Iterator[T], depth: int = 2, cancel: threading.Event | None = None
) -> Generator[T]:
    """Yield the items of `pages`, produced on a helper thread at most `depth` items ahead.

    Exceptions of the producer re-raise in the consumer. Raises Cancelled as soon as `cancel`
    is set, even while a request is in flight. When the consumer stops early (an error, a
    cancel), the producer stops at its next item and is never waited for more than a moment.
    """
    for ready in prefetched_batches(pages, 1, depth, cancel):
        yield from ready


def prefetched_batches(
    pages: Iterator[T], most: int, depth: int, cancel: threading.Event | None = None
) -> Generator[list[T]]:
    """Yield lists of what `pages` produced so far (at least one item, at most `most`).

    As prefetched(); a slow producer gives short lists at once, a fast one lists of `most`.
    """
    handoff: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    worker = threading.Thread(
        target=pump,
        args=(pages, lambda item: offer(handoff, item, stop.is_set), _DONE),
        name="crm-prefetch",
        daemon=True,
    )
    worker.start()
    try:
        end: object = None  # _DONE or the producer's exception, once it arrived
        while end is None:
            ready: list[T] = []
            item = next_item(handoff, cancel)
            while True:
                if item is _DONE or isinstance(item, BaseException):
                    end = item
                    break
                ready.append(item)  # type: ignore[arg-type]
                if len(ready) >= most:
                    break
                try:
                    item = handoff.get_nowait()
                except queue.Empty:
                    break
            if ready:
                yield ready
        if isinstance(end, BaseException):
            raise end
    finally:
        stop.set()
        worker.join(timeout=JOIN_SECONDS)


def offer(handoff: queue.Queue[Q], item: Q, stopped: Callable[[], bool]) -> bool:
    """Put the item in the queue unless `stopped()` turns true first; return False then."""
    while not stopped():
        try:
            handoff.put(item, timeout=POLL_SECONDS)
            return True
        except queue.Full:
            continue
    return False


def pump(
    pages: Iterator[object],
    hand: Callable[[object], bool],
    end: object,
    gate: threading.Semaphore | None = None,
) -> None:
    """Hand over every page, then `end`; an exception is handed over too, never swallowed.

    With a `gate`, each page is read while holding it: at most its value read at once.
    """
    try:
        while True:
            if gate is None:
                page = next(pages, end)
            else:
                with gate:
                    page = next(pages, end)
            if page is end:
                hand(end)
                return
            if not hand(page):
                return
    except BaseException as exc:  # the consumer re-raises it
        hand(exc)


def next_item(handoff: queue.Queue[Q], cancel: threading.Event | None) -> Q:
    """Return the next handed-over item; raise Cancelled once `cancel` is set."""
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        try:
            return handoff.get(timeout=POLL_SECONDS)
        except queue.Empty:
            continue
