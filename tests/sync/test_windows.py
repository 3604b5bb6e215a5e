"""The concurrent listing: whatever the interleaving, every record once, in the serial order."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from desktop.crm.client import DeletedPage, RecordPage
from desktop.domain.crm_records import CrmAccount
from desktop.domain.customers import Address
from desktop.domain.errors import Cancelled
from desktop.sync.engine import MODULES
from desktop.sync.windows import ConcurrentListing

EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
PAGE = 20


def _record(crm_id: str, moment: datetime) -> CrmAccount:
    empty = Address(None, None, None, None, None)
    return CrmAccount(crm_id, crm_id, None, None, empty, empty, moment)


@dataclass
class ShuffledCrm:
    """A CRM whose pages come back after random delays, counting requests in flight."""

    records: dict[str, list[CrmAccount]]
    chance: random.Random
    slowest: float = 0.004  # seconds a page may take

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0
        self.requests = 0
        self.listings = 0  # windows listed
        self.served = 0  # records served, over all windows

    @property
    def api_calls(self) -> int:
        return self.requests

    def record_pages(self, module: str, modified_since: datetime | None) -> Iterator[RecordPage]:
        listed = [
            r
            for r in self.records[module]
            if modified_since is None or r.modified_time >= modified_since
        ]
        with self.lock:
            self.listings += 1
        for start in range(0, max(len(listed), 1), PAGE):
            with self.lock:
                self.in_flight += 1
                self.requests += 1
                self.most_in_flight = max(self.most_in_flight, self.in_flight)
                delay = self.chance.uniform(0, self.slowest)
            time.sleep(delay)
            page = tuple(listed[start : start + PAGE])
            with self.lock:
                self.in_flight -= 1
                self.served += len(page)
            if not page:
                return
            yield RecordPage(module, page, max(r.modified_time for r in page))

    def deleted_pages(self, module: str, since: datetime | None) -> Iterator[DeletedPage]:
        return iter([])

    def all_ids(self, module: str) -> Iterator[list[str]]:
        return iter([])


def _crm(seed: int) -> ShuffledCrm:
    chance = random.Random(seed)
    records: dict[str, list[CrmAccount]] = {}
    for module in MODULES:
        moment, listed = EPOCH, []
        for number in range(chance.randint(0, 400)):
            moment += timedelta(seconds=chance.choice((0, 0, 1, 7, 40, 3600)))
            listed.append(_record(f"{module}-{number}", moment))
        records[module] = listed
    return ShuffledCrm(records, chance)


@pytest.mark.parametrize("seed", range(12))
def test_every_record_once_in_time_order_in_bounded_handovers_and_cursors_behind_them(
    seed: int,
) -> None:
    crm = _crm(seed)
    limit = 1 + seed % 6
    horizon = EPOCH + timedelta(days=400)
    buffer = 30 if seed % 2 else 60_000  # a small buffer makes early windows wait
    listing = ConcurrentListing(crm, dict.fromkeys(MODULES), limit, horizon, PAGE, None, buffer)
    handed: dict[str, list[str]] = {module: [] for module in MODULES}
    most_pages = 1 + seed % 4
    for handover in listing.handovers(most_pages):
        # one hand-over is one transaction: never more than most_pages pages, however many wait
        assert sum(len(records) for records in handover.records.values()) <= most_pages * PAGE
        for module in MODULES:
            handed[module].extend(r.crm_id for r in handover.records[module] if r.crm_id)
            cursor = handover.cursors.get(module)
            if cursor is not None:  # everything before the cursor was handed over
                before = {r.crm_id for r in crm.records[module] if r.modified_time < cursor}
                assert before <= set(handed[module])
        # a module is handed over only once the modules before it are complete
        started = [m for m in MODULES if handed[m]]
        for earlier in MODULES[: MODULES.index(started[-1])] if started else ():
            assert len(handed[earlier]) == len(crm.records[earlier])
    for module in MODULES:
        assert handed[module] == [r.crm_id for r in crm.records[module]]
    assert crm.most_in_flight <= limit


def test_a_cancel_stops_the_listing_and_its_threads() -> None:
    crm = _crm(3)
    cancel = threading.Event()
    before = set(threading.enumerate())
    listing = ConcurrentListing(
        crm, dict.fromkeys(MODULES), 5, EPOCH + timedelta(days=400), PAGE, cancel
    )
    handovers = listing.handovers(most_pages=1)
    next(handovers)
    cancel.set()
    with pytest.raises(Cancelled):
        for _ in handovers:
            pass
    time.sleep(0.3)
    assert not [t for t in set(threading.enumerate()) - before if t.name == "crm-window"]


def test_a_window_is_cut_after_what_its_reader_read_not_after_what_the_import_took() -> None:
    # 100 pages, one record a second; the import is slow to start, so the first window's reader
    # fills the hand-off (40 pages per request allowed) before the first cut is made.
    records = [_record(f"a-{n}", EPOCH + timedelta(seconds=n)) for n in range(100 * PAGE)]
    crm = ShuffledCrm({"Accounts": records, "Contacts": [], "Deals": []}, random.Random(1), 0)
    horizon = EPOCH + timedelta(seconds=len(records))
    listing = ConcurrentListing(crm, dict.fromkeys(MODULES), 2, horizon, PAGE)
    time.sleep(0.3)
    handed = [r.crm_id for handover in listing.handovers(5) for r in handover.records["Accounts"]]
    assert handed == [r.crm_id for r in records]
    # Each window reads at most one page past its end; a cut behind its reader read more twice.
    assert crm.served - len(records) <= PAGE * crm.listings
