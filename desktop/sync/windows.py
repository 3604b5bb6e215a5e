"""List several modules, and time windows of one module, at once; hand the records over in order.

Each module starts as one window from its cursor. While fewer windows run than the limit
allows, the window with the most time left is cut in two at the middle of what it has not read
yet: the new half is listed from there (If-Modified-Since, inclusive), the old half keeps what
comes before. An empty half costs one request and is cut again, so the cuts find where the
records are in a few steps, whatever their spread in time.

Pages arrive in any interleaving, but records are handed over as a serial import would apply
them: Accounts, then Contacts, then Deals (a contact never arrives before its account), and
within a module window by window in time order. Pages that arrive early wait in memory; past
`buffer_records` of them only the module being handed over reads on. A hand-over holds at most
the pages asked for: what waited behind a slow window goes in several.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from operator import attrgetter

from desktop.domain.errors import Cancelled
from desktop.sync.prefetch import POLL_SECONDS, next_item, offer, pump
from desktop.sync.source import CrmRecord, CrmSource

# A window is cut only when what it has left spans at least twice this.
SMALLEST_CUT = timedelta(seconds=2)
# ... and, at the density read so far, holds at least twice this many pages: every window costs
# a request past its end (and empty halves one each), so tiny windows at a listing's tail cost
# more requests than their concurrency saves.
SMALLEST_CUT_PAGES = 2
# Pages arriving within this time are applied together (few transactions on a slow network).
GATHER_SECONDS = 0.5
# Records waiting in memory for their turn (about 0.6 KB each) before early windows pause.
BUFFER_RECORDS = 60_000
# Pages read but not yet taken in, per request allowed at once: room for what the readers read
# while a hand-over is applied. With 10, they stopped within ~0.3 s of a 0.3–0.6 s apply and
# left the CRM idle (320,000 records: 1.40–1.64× the serving time with 40, 1.53–1.86× with 10,
# four alternating pairs; ~3 MB more at the peak).
ARRIVALS_PER_REQUEST = 40
_END = object()
# Read from every record of a page, in C.
MODIFIED_TIME: Callable[[CrmRecord], datetime | None] = attrgetter("modified_time")


@dataclass(eq=False)
class Window:
    """Records of one module modified in [start, end); end None: up to now."""

    module: str
    start: datetime | None
    end: datetime | None = None
    seen: datetime | None = None  # the greatest Modified_Time taken from this window so far
    # The greatest Modified_Time its reader has read: set by the reader, ahead of `seen` by the
    # pages still on their way to the import.
    read: datetime | None = None
    first: datetime | None = None  # the smallest Modified_Time taken from it
    taken: int = 0  # records taken from it
    full_pages: bool = False  # its last page was full: more is likely to come
    done: bool = False  # read to its end (or past it)
    waiting: list[list[CrmRecord]] = field(default_factory=list)  # taken, not handed over yet
    handed: datetime | None = None  # the greatest Modified_Time handed over from it so far
    stop: threading.Event = field(default_factory=threading.Event)

    def take(
        self, records: Sequence[CrmRecord], page_size: int, horizon: datetime
    ) -> list[CrmRecord]:
        """Return the records of a page inside the window; a record past its end closes it.

        A time beyond `horizon` (a record stamped in the far future) is not "seen": the engine
        skips that record, and the cursor never follows it.
        """
        end = self.end
        self.full_pages = len(records) >= page_size
        newest = max(filter(None, map(MODIFIED_TIME, records)), default=None)
        if newest is None or ((end is None or newest < end) and newest <= horizon):
            inside = list(records)  # the usual page: inside the window, nothing from the future
        else:
            inside = [
                r
                for r in records
                if end is None or r.modified_time is None or r.modified_time < end
            ]
            if len(inside) < len(records):
                self.close()
            newest = max(
                (t for r in inside if (t := r.modified_time) is not None and t <= horizon),
                default=None,
            )
        if newest is not None and (self.seen is None or newest > self.seen):
            self.seen = newest
        if self.first is None:
            self.first = min(filter(None, map(MODIFIED_TIME, inside)), default=None)
        self.taken += len(inside)
        return inside

    def close(self) -> None:
        """Stop listing this window (what was taken is still handed over)."""
        self.done = True
        self.stop.set()

    def left(self, horizon: datetime) -> timedelta | None:
        """Return the span not read yet, or None when the window should not be cut."""
        low = self.unread_from()
        if self.done or low is None or not self.full_pages:
            return None
        return min(self.end or horizon, horizon) - low

    def unread_from(self) -> datetime | None:
        """Return where what the reader has not read yet begins."""
        return max(filter(None, (self.read, self.seen)), default=self.start)

    def expected(self, span: timedelta) -> float | None:
        """Return how many records `span` holds at the density read so far (None: unknown)."""
        if self.first is None or self.seen is None or self.seen <= self.first:
            return None
        return self.taken * (span / (self.seen - self.first))


@dataclass
class Handover:
    """Records handed over for applying, and the cursor each module may now move to."""

    records: dict[str, list[CrmRecord]]
    pages: int
    cursors: dict[str, datetime | None]


class ConcurrentListing:
    """Runs the windows' listings on threads (at most `limit` at once); yields Handovers."""

    def __init__(
        self,
        source: CrmSource,
        starts: dict[str, datetime | None],
        limit: int,
        horizon: datetime,
        page_size: int,
        cancel: threading.Event | None = None,
        buffer_records: int = BUFFER_RECORDS,
    ) -> None:
        self._source, self._limit, self._horizon = source, max(1, limit), horizon
        self._page_size, self._cancel, self._buffer_limit = page_size, cancel, buffer_records
        self._order = list(starts)  # modules in the order their records are handed over
        self._handoff: queue.Queue[tuple[Window, object]] = queue.Queue(
            maxsize=ARRIVALS_PER_REQUEST * self._limit
        )
        self._windows: dict[str, list[Window]] = {module: [] for module in starts}
        self._buffered = 0
        self._early_end: set[str] = set()
        # Per module, a time from which a window found nothing: cuts stay below it.
        self._empty_from: dict[
            str, datetime
        ] = {}  # modules whose newest window ended before the others
        self._gone = threading.Event()
        self._gate = threading.Semaphore(self._limit)  # requests at once, however many windows
        for module, since in starts.items():
            self._start(Window(module, since))

    def handovers(self, most_pages: int) -> Iterator[Handover]:
        """Yield what can be applied, as pages arrive, until every window was read and handed over."""
        try:
            while not self._finished():
                self._cut()
                taken, ready = 0, self._ready_pages()  # pages the last hand-over left behind
                if ready:
                    full = ready >= most_pages or self._all_read()
                    deadline = time.monotonic() + (0 if full else GATHER_SECONDS)
                    item = self._next_before(deadline)
                else:
                    item = next_item(self._handoff, self._cancel)
                    deadline = time.monotonic() + GATHER_SECONDS
                while item is not None:
                    taken += self._receive(item)
                    self._cut()
                    if ready + taken >= most_pages or self._all_read():
                        break
                    item = self._next_before(deadline)
                handover = self._hand_over(taken, most_pages)
                if handover.pages or any(handover.records.values()):
                    yield handover
        finally:
            self._gone.set()
            for windows in self._windows.values():
                for window in windows:
                    window.stop.set()

    def _next_before(self, deadline: float) -> tuple[Window, object] | None:
        """Return the next arrival, or None when none came before the deadline."""
        while (left := deadline - time.monotonic()) > 0:
            if self._cancel is not None and self._cancel.is_set():
                raise Cancelled
            try:
                return self._handoff.get(timeout=min(POLL_SECONDS, left))
            except queue.Empty:
                continue
        try:
            return self._handoff.get_nowait()  # what already arrived is taken at any deadline
        except queue.Empty:
            return None

    def _ready_pages(self) -> int:
        """Return how many waiting pages could be handed over now (in order, none blocked)."""
        ready = 0
        for module in self._order:
            for window in sorted(self._windows[module], key=_start_key):
                ready += len(window.waiting)
                if not window.done:
                    return ready
        return ready

    def _check_tail(self, window: Window) -> None:
        """Read the newest changes once more when the open-ended window ended before the others.

        A record edited during the listing moves to the end of the timeline and can shift the
        pages of a window still being read, hiding one of its records; a serial listing sees the
        edited record at its end (and the next sync lists again), so the last window must too.
        """
        module = window.module
        others = [w for w in self._windows[module] if w is not window]
        if window.end is None and any(not w.done for w in others):
            self._early_end.add(module)
        if module in self._early_end and all(w.done for w in self._windows[module]):
            self._early_end.discard(module)
            last = max(self._windows[module], key=_start_key)
            # From the second after the newest record read: edits during the listing are later.
            tail = last.seen + timedelta(seconds=1) if last.seen else last.start
            self._start(Window(module, tail))

    def _all_read(self) -> bool:
        return all(w.done for ws in self._windows.values() for w in ws)

    def _finished(self) -> bool:
        return all(w.done and not w.waiting for ws in self._windows.values() for w in ws)

    def _receive(self, item: tuple[Window, object]) -> int:
        """Take one arrival; return 1 for a page."""
        window, payload = item
        if payload is _END:
            window.done = True
            if window.seen is None and window.start is not None:  # nothing from here on
                empty = self._empty_from.get(window.module, window.start)
                self._empty_from[window.module] = min(empty, window.start)
            self._check_tail(window)
            return 0
        if isinstance(payload, BaseException):
            raise payload
        if window.done:
            return 0  # read past the window's end before it was closed
        records = window.take(getattr(payload, "records", ()), self._page_size, self._horizon)
        if window.done:
            self._check_tail(window)
        window.waiting.append(records)
        self._buffered += len(records)
        return 1

    def _hand_over(self, pages: int, most_pages: int) -> Handover:
        """Return the records whose turn has come, module by module, window by window.

        At most `most_pages` pages: one hand-over is one transaction, and what arrived while a
        window blocked the ones after it (a whole module, at times) is applied in several.
        """
        records: dict[str, list[CrmRecord]] = {module: [] for module in self._order}
        cursors: dict[str, datetime | None] = {}
        blocked, room = False, most_pages
        for module in self._order:
            windows = sorted(self._windows[module], key=_start_key)
            cursor: datetime | None = None
            for window in windows:
                if blocked:
                    break
                handed, window.waiting = window.waiting[:room], window.waiting[room:]
                room -= len(handed)
                for page in handed:
                    records[module].extend(page)
                    self._buffered -= len(page)
                    window.handed = _newest(page, self._horizon) or window.handed
                if window.waiting:  # left for the next hand-over: the cursor stays behind it
                    cursor = window.handed or window.start or cursor
                    blocked = True
                else:
                    cursor = window.seen or window.start or cursor
                    blocked = not window.done  # later windows (and modules) wait for this one
            cursors[module] = cursor
        return Handover(records, pages, cursors)

    def _may_hand(self, window: Window) -> bool:
        """Return True when the window may hand over another page now.

        Past the buffer's limit only the module being handed over reads on: its pages are
        applied as soon as its earlier windows are complete.
        """
        return self._buffered < self._buffer_limit or window.module == self._current_module()

    def _current_module(self) -> str | None:
        """Return the module being handed over (the first not read to its end)."""
        return next((m for m in self._order if not all(w.done for w in self._windows[m])), None)

    def _cut(self) -> None:
        """Start new windows while fewer than the limit are reading (paused ones don't count)."""
        windows = [w for ws in self._windows.values() for w in ws]
        running = [w for w in windows if not w.done and self._may_hand(w)]
        while len(running) < self._limit:
            candidates = [
                (rank, -span.total_seconds(), window)
                for rank, module in enumerate(self._order)
                for window in self._windows[module]
                if (span := window.left(self._empty_from.get(module, self._horizon))) is not None
                and span >= 2 * SMALLEST_CUT
                and self._worth_cutting(window, span)
                and self._may_hand(window)
            ]
            if not candidates:
                return
            window = min(candidates, key=lambda c: c[:2])[2]
            low = window.unread_from()
            assert low is not None
            high = min(
                window.end or self._horizon, self._empty_from.get(window.module, self._horizon)
            )
            middle = (low + (high - low) / 2).replace(microsecond=0)
            running.append(self._start(Window(window.module, middle, window.end)))
            window.end = middle

    def _worth_cutting(self, window: Window, span: timedelta) -> bool:
        expected = window.expected(span)
        return expected is None or expected >= 2 * SMALLEST_CUT_PAGES * self._page_size

    def _start(self, window: Window) -> Window:
        self._windows[window.module].append(window)
        pages = self._source.record_pages(window.module, window.start)
        thread = threading.Thread(
            target=pump,
            args=(pages, lambda payload: self._hand(window, payload), _END, self._gate),
            name="crm-window",
            daemon=True,
        )
        thread.start()
        return window

    def _hand(self, window: Window, payload: object) -> bool:
        """Hand one arrival of a window over (waiting while it must); False once stopped."""

        def stopped() -> bool:
            return window.stop.is_set() or self._gone.is_set()

        while payload is not _END and not self._may_hand(window):
            if stopped():
                return False
            time.sleep(POLL_SECONDS)
        records = getattr(payload, "records", ())
        # Cuts split what is left after this page, not after the pages still in the hand-off.
        newest = _newest(records, self._horizon)
        if newest is not None and (window.read is None or newest > window.read):
            window.read = newest
        if not offer(self._handoff, (window, payload), stopped):
            return False
        # A page reaching past the window's end is its last: the next window reads on from there.
        end = window.end
        return end is None or all(r.modified_time is None or r.modified_time < end for r in records)


def _newest(records: Sequence[CrmRecord], horizon: datetime) -> datetime | None:
    """Return the greatest believable Modified_Time of the records (what a cursor may follow)."""
    return max(
        (t for t in map(MODIFIED_TIME, records) if t is not None and t <= horizon), default=None
    )


def _start_key(window: Window) -> tuple[bool, datetime]:
    return (window.start is not None, window.start or datetime.min.replace(tzinfo=UTC))
