"""The import engine: listings read at once, applied Accounts → Contacts → Deals, then deletions."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from desktop.crm.listing import PER_PAGE
from desktop.domain.crm_records import CrmAccount, CrmContact, CrmDeal, MalformedRecord
from desktop.domain.errors import Cancelled, UserFacingError
from desktop.domain.import_rules import DELETED_RECORDS_RETENTION_DAYS
from desktop.domain.settings import CRM_CONCURRENT_REQUESTS
from desktop.domain.sync import SyncProgress, SyncReport, SyncStatus, SyncTrigger
from desktop.persistence import settings_store
from desktop.persistence.database import Database, Session
from desktop.persistence.settings_store import get_setting
from desktop.persistence.sync import run_log
from desktop.persistence.sync.accounts import apply_accounts
from desktop.persistence.sync.changes import PageChanges
from desktop.persistence.sync.contacts import apply_contacts
from desktop.persistence.sync.deals import DEALS, DealChange, apply_deals
from desktop.persistence.sync.deletions import apply_deletions, has_links, linked_crm_ids
from desktop.persistence.sync.links import ACCOUNTS, CONTACTS
from desktop.sync.gc_pace import fewer_collections
from desktop.sync.prefetch import prefetched
from desktop.sync.source import CrmRecord, CrmSource
from desktop.sync.windows import MODIFIED_TIME, ConcurrentListing, Handover

log = logging.getLogger(__name__)


MODULES = (ACCOUNTS, CONTACTS, DEALS)
# Deletions are read from a little before the first run, so clocks that disagree lose nothing.
CLOCK_MARGIN = timedelta(hours=1)
# Pages per hand-over, at most: what has arrived is applied together with the cursors
# (set-based, and few commits: SQLite rewrites an index page per commit); a crash redoes one
# hand-over, and what piled up behind a slow window is applied in several.
PAGES_PER_COMMIT = 50


class DealWorkflows(Protocol):
    """Potential workflows, run in the same transaction as the deals they react to."""

    def apply(self, session: Session, deals: list[DealChange], now: datetime) -> PageChanges: ...


@dataclass
class _Run:
    run_id: int
    holder: str
    last_success: datetime | None
    started_at: datetime
    records: int = 0
    pages: int = 0
    customer_ids: set[int] = field(default_factory=set)


class SyncEngine:
    """Runs one import against a CRM source; safe to kill at any moment and run again."""

    def __init__(
        self,
        database: Database,
        source: CrmSource,
        workflows: DealWorkflows | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        concurrency: int | None = None,
    ) -> None:
        self._database = database
        self._source = source
        self._workflows = workflows
        self._clock = clock
        self._concurrency = concurrency  # None: the setting

    def run(
        self,
        trigger: SyncTrigger,
        full: bool = False,
        on_progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncReport:
        """Import what changed since the last run; return the report (failures are in it)."""
        run = self._start(trigger)
        status, error = SyncStatus.SUCCEEDED, None
        try:
            with fewer_collections():
                self._import_listings(run, full, on_progress, cancel)
                self._apply_deletions(run, full, on_progress, cancel)
        except Cancelled:
            status = SyncStatus.CANCELLED
        except UserFacingError as exc:
            status, error = SyncStatus.FAILED, exc.message
        except BaseException as exc:
            log.exception("sync run %s failed", run.run_id)
            self._finish(run, SyncStatus.FAILED, f"Unexpected error ({exc.__class__.__name__}).")
            raise
        report = self._finish(run, status, error)
        return replace(report, changed_customer_ids=frozenset(run.customer_ids))

    def _start(self, trigger: SyncTrigger) -> _Run:
        now = self._clock()
        with self._database.session() as session:
            holder = run_log.acquire_lease(session, now)
            run_id = run_log.start_run(session, trigger, now)
            last_success = settings_store.last_sync_success(session)
        return _Run(run_id=run_id, holder=holder, last_success=last_success, started_at=now)

    def _finish(self, run: _Run, status: SyncStatus, error: str | None) -> SyncReport:
        with self._database.session() as session:
            report = run_log.finish_run(
                session, run.run_id, status, self._clock(), self._source.api_calls, error
            )
            run_log.release_lease(session, run.holder)
        return report

    def _import_listings(
        self,
        run: _Run,
        full: bool,
        on_progress: Callable[[SyncProgress], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        """List every module at once (and windows of each); apply in the serial order."""
        # A record modified after the listing started was edited during it (by the CRM's clock,
        # assumed close to ours; one running ahead only costs an extra listing next time).
        started = self._clock().replace(microsecond=0)  # CRM times are whole seconds
        believable = started + CLOCK_MARGIN
        with self._database.session() as session:
            starts = {m: run_log.listing_start(session, m, full, believable) for m in MODULES}
            limit = self._concurrency or get_setting(session, CRM_CONCURRENT_REQUESTS)
        listing = ConcurrentListing(self._source, starts, limit, believable, PER_PAGE, cancel)
        disturbed = dict.fromkeys(MODULES, False)
        for handover in listing.handovers(PAGES_PER_COMMIT):
            _check(cancel)
            # What is handed over is applied set-based; its rows and the cursors commit together.
            with self._database.session() as session:
                now = self._clock()
                for module in MODULES:
                    records = handover.records[module]
                    kept, future = _split_future(records, believable)
                    if records:
                        changes = self._apply_batch(session, module, kept, now)
                        for record in future:
                            changes.skip(record.crm_id, _future_reason(record.modified_time))
                        run_log.add_page(
                            session, run.run_id, module, changes, self._source.api_calls
                        )
                        run.customer_ids |= changes.customer_ids
                    newest = _latest(kept)
                    disturbed[module] |= newest is not None and newest >= started
                    cursor = handover.cursors.get(module)
                    run_log.advance_cursor(session, module, cursor)
                    run.records += len(records)
                run_log.renew_lease(session, run.holder, now)
            run.pages += handover.pages
            _report(
                on_progress, _current(handover), run, f"{run.records} records read from Zoho CRM"
            )
        with self._database.session() as session:
            for module in MODULES:
                run_log.finish_listing(session, module, starts[module], disturbed[module])

    def _apply_batch(
        self, session: Session, module: str, records: Sequence[CrmRecord], now: datetime
    ) -> PageChanges:
        malformed = [r for r in records if isinstance(r, MalformedRecord)]
        if module == ACCOUNTS:
            changes = apply_accounts(
                session, [r for r in records if isinstance(r, CrmAccount)], now
            )
        elif module == CONTACTS:
            changes = apply_contacts(
                session, [r for r in records if isinstance(r, CrmContact)], now
            )
        else:
            changes, deals = apply_deals(
                session, [r for r in records if isinstance(r, CrmDeal)], now
            )
            if self._workflows is not None:
                changes.add(self._workflows.apply(session, deals, now))
        for record in malformed:
            changes.skip(record.crm_id, record.reason)
        for imported in records:  # imported, but with a value cut to fit: the log says which
            notes: tuple[str, ...] = () if isinstance(imported, MalformedRecord) else imported.notes
            for note in notes:
                changes.skip(imported.crm_id, note)
        return changes

    def _apply_deletions(
        self,
        run: _Run,
        full: bool,
        on_progress: Callable[[SyncProgress], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        retention = timedelta(days=DELETED_RECORDS_RETENTION_DAYS)
        too_old = run.last_success is not None and run.started_at - run.last_success > retention
        for module in MODULES:
            _check(cancel)
            if full or too_old:
                self._reconcile(run, module, cancel)
            else:
                self._read_deleted(run, module, cancel)
            _report(on_progress, module, run, f"deletions in {module} applied")

    def _read_deleted(self, run: _Run, module: str, cancel: threading.Event | None) -> None:
        with self._database.read_session() as session:
            since = run_log.cursor(session, module).deleted_since
            nothing_linked = since is None and not has_links(session, module)
        if nothing_linked:  # a first import has nothing to delete
            self._set_deleted_since(module, run.started_at - CLOCK_MARGIN)
            return
        for page in prefetched(self._source.deleted_pages(module, since), cancel=cancel):
            with self._database.session() as session:
                now = self._clock()
                changes = apply_deletions(session, module, [r.crm_id for r in page.records], now)
                run_log.add_page(session, run.run_id, module, changes, self._source.api_calls)
                times = [r.deleted_time for r in page.records if r.deleted_time is not None]
                if times:
                    record = run_log.cursor(session, module)
                    newest = max(times)
                    if record.deleted_since is None or newest > record.deleted_since:
                        record.deleted_since = newest
                run_log.renew_lease(session, run.holder, now)
            run.customer_ids |= changes.customer_ids

    def _reconcile(self, run: _Run, module: str, cancel: threading.Event | None) -> None:
        """Delete what the CRM no longer has, by comparing every id (deleted lists are too old)."""
        current: set[str] = set()
        for ids in prefetched(self._source.all_ids(module), cancel=cancel):
            current.update(ids)
        with self._database.session() as session:
            now = self._clock()
            missing = linked_crm_ids(session, module) - current
            changes = apply_deletions(session, module, missing, now)
            run_log.add_page(session, run.run_id, module, changes, self._source.api_calls)
        run.customer_ids |= changes.customer_ids
        self._set_deleted_since(module, run.started_at - CLOCK_MARGIN)

    def _set_deleted_since(self, module: str, moment: datetime) -> None:
        with self._database.session() as session:
            run_log.cursor(session, module).deleted_since = moment


def _split_future(
    records: Sequence[CrmRecord], believable: datetime
) -> tuple[list[CrmRecord], list[CrmRecord]]:
    """Split a page into records with a believable Modified_Time and those from the future.

    A record stamped far ahead (9999-12-31) would carry the cursor past every later change.
    """
    newest = _latest(records)
    if newest is None or newest <= believable:
        return list(records), []  # the usual page
    kept: list[CrmRecord] = []
    future: list[CrmRecord] = []
    for record in records:
        moment = record.modified_time
        (future if moment is not None and moment > believable else kept).append(record)
    return kept, future


def _future_reason(moment: datetime | None) -> str:
    return (
        f"skipped: its Modified_Time {moment.isoformat() if moment else ''} is more than an hour "
        "ahead of this computer's clock; it is imported once the CRM gives it a believable time"
    )


def _latest(records: Sequence[CrmRecord]) -> datetime | None:
    """Return the greatest Modified_Time of the records."""
    return max(filter(None, map(MODIFIED_TIME, records)), default=None)


def _current(handover: Handover) -> str:
    """Return the last module the handover has records of (the one being imported)."""
    return next((m for m in reversed(MODULES) if handover.records[m]), MODULES[0])


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled


def _report(
    on_progress: Callable[[SyncProgress], None] | None, module: str, run: _Run, message: str
) -> None:
    if on_progress is not None:
        on_progress(
            SyncProgress(
                module=module, records_done=run.records, pages_done=run.pages, message=message
            )
        )
