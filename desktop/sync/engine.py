"""The import engine: Accounts → Contacts → Deals → deletions, one transaction per page."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from desktop.domain.crm_records import CrmAccount, CrmContact, CrmDeal, MalformedRecord
from desktop.domain.errors import Cancelled, UserFacingError
from desktop.domain.import_rules import DELETED_RECORDS_RETENTION_DAYS
from desktop.domain.sync import SyncProgress, SyncReport, SyncStatus, SyncTrigger
from desktop.persistence import settings_store
from desktop.persistence.database import Database, Session
from desktop.persistence.sync import run_log
from desktop.persistence.sync.accounts import ACCOUNTS, CONTACTS, apply_accounts
from desktop.persistence.sync.changes import PageChanges
from desktop.persistence.sync.contacts import apply_contacts
from desktop.persistence.sync.deals import DEALS, DealChange, apply_deals
from desktop.persistence.sync.deletions import apply_deletions, linked_crm_ids
from desktop.sync.prefetch import batched, prefetched
from desktop.sync.source import CrmRecord, CrmSource

log = logging.getLogger(__name__)

MODULES = (ACCOUNTS, CONTACTS, DEALS)
# Deletions are read from a little before the first run, so clocks that disagree lose nothing.
CLOCK_MARGIN = timedelta(hours=1)
# Pages written per transaction: fewer commits, and a crash redoes at most this many pages.
PAGES_PER_COMMIT = 8


class DealWorkflows(Protocol):
    """Potential workflows, run in the same transaction as the page of deals they react to."""

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
    ) -> None:
        self._database = database
        self._source = source
        self._workflows = workflows
        self._clock = clock

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
            for module in MODULES:
                self._import_module(run, module, full, on_progress, cancel)
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

    def _import_module(
        self,
        run: _Run,
        module: str,
        full: bool,
        on_progress: Callable[[SyncProgress], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        with self._database.session() as session:
            since = run_log.listing_start(session, module, full)
        # A record modified after the listing started was edited during it (by the CRM's clock,
        # assumed close to ours; one running ahead only costs an extra listing next time).
        started = self._clock().replace(microsecond=0)  # CRM times are whole seconds
        disturbed = False
        pages = prefetched(self._source.record_pages(module, since), depth=PAGES_PER_COMMIT)
        for batch in batched(pages, PAGES_PER_COMMIT):
            _check(cancel)
            # Each page's upserts and the cursor past it commit together (a few pages at once).
            with self._database.session() as session:
                now = self._clock()
                for page in batch:
                    changes = self._apply_page(session, module, page.records, now)
                    run_log.add_page(session, run.run_id, module, changes, self._source.api_calls)
                    run.customer_ids |= changes.customer_ids
                times = [p.max_modified_time for p in batch if p.max_modified_time is not None]
                run_log.advance_cursor(session, module, max(times, default=None))
                run_log.renew_lease(session, run.holder, now)
            for page in batch:
                newest = page.max_modified_time
                disturbed |= newest is not None and newest >= started
                run.records += len(page.records)
                run.pages += 1
            _report(on_progress, module, run, f"{run.records} records read from Zoho CRM")
        with self._database.session() as session:
            run_log.finish_listing(session, module, since, disturbed)

    def _apply_page(
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
                self._reconcile(run, module)
            else:
                self._read_deleted(run, module)
            _report(on_progress, module, run, f"deletions in {module} applied")

    def _read_deleted(self, run: _Run, module: str) -> None:
        with self._database.read_session() as session:
            since = run_log.cursor(session, module).deleted_since
            nothing_linked = not linked_crm_ids(session, module)
        if since is None and nothing_linked:  # a first import has nothing to delete
            self._set_deleted_since(module, run.started_at - CLOCK_MARGIN)
            return
        for page in self._source.deleted_pages(module, since):
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

    def _reconcile(self, run: _Run, module: str) -> None:
        """Delete what the CRM no longer has, by comparing every id (deleted lists are too old)."""
        current: set[str] = set()
        for ids in self._source.all_ids(module):
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
