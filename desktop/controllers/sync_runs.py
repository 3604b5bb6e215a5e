"""Sync use cases: run one import now, read the log, and the 12-hour auto-update schedule."""

from __future__ import annotations

import builtins
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from desktop.controllers.connection import ConnectionController
from desktop.controllers.reflect import ReflectController
from desktop.crm.client import CrmClient
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.settings import (
    CRM_CONCURRENT_REQUESTS,
    MAX_CONCURRENT_REQUESTS,
    MIN_CONCURRENT_REQUESTS,
)
from desktop.domain.sync import (
    ScheduleState,
    SkippedRecord,
    SyncProgress,
    SyncReport,
    SyncRunSummary,
    SyncStatus,
    SyncTrigger,
)
from desktop.persistence import settings_store
from desktop.persistence.database import Database
from desktop.persistence.settings_store import set_setting
from desktop.persistence.sync import run_log
from desktop.sync.engine import MODULES, DealWorkflows, SyncEngine

ALMOST_DONE = 0.99  # an estimated share never says "done": records may be added meanwhile


class SyncController:
    """Runs the import engine against the linked CRM and reads what runs left behind."""

    def __init__(
        self,
        database: Database,
        connection: ConnectionController,
        workflows: Callable[[], DealWorkflows | None] = lambda: None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        reflect: ReflectController | None = None,
    ) -> None:
        self._database = database
        self._connection = connection
        self._workflows = workflows
        self._clock = clock
        self._reflect = reflect

    def run(
        self,
        trigger: SyncTrigger = SyncTrigger.MANUAL,
        full: bool = False,
        on_progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
        estimate: bool = False,
    ) -> SyncReport:
        """Run one import now (blocking: call it from a worker thread in the GUI).

        With `estimate`, a run that lists the whole CRM first asks how many records each module
        holds, so its progress carries the share read (the window shows records of a total and
        the time left). Returns the report, whose status says whether the run completed; raises
        ConflictError when another sync is running.
        """
        try:
            client = self._connection.open_client()
        except UserFacingError as exc:
            return self._record_failure(trigger, exc.message)
        try:
            if estimate and on_progress is not None:
                on_progress = self._with_share_read(client, full, on_progress)
            engine = SyncEngine(self._database, client, self._workflows(), self._clock)
            report = engine.run(trigger, full, on_progress, cancel)
            if report.status is SyncStatus.SUCCEEDED and self._reflect is not None:
                report = self._push_outbox(report, client)
            return report
        finally:
            client.close()

    def _with_share_read(
        self, client: CrmClient, full: bool, on_progress: Callable[[SyncProgress], None]
    ) -> Callable[[SyncProgress], None]:
        """Return on_progress with the share of the CRM's records read, when the run lists
        every module from the start (an incremental run is short and has no total)."""
        with self._database.session() as session:
            whole = full or all(run_log.cursor(session, m).modified_since is None for m in MODULES)
        if not whole:
            return on_progress
        try:
            counts = [client.record_count(module) for module in MODULES]
        except UserFacingError:  # the estimate is a nicety: the import goes on without it
            return on_progress
        total = sum(count or 0 for count in counts)
        if None in counts or total <= 0:
            return on_progress

        def report(progress: SyncProgress) -> None:
            share = min(progress.records_done / total, ALMOST_DONE)
            on_progress(replace(progress, fraction=share, records_expected=total))

        return report

    def _push_outbox(self, report: SyncReport, client: CrmClient) -> SyncReport:
        """Push the CRM outbox after the import, under the sync lease (one pusher at a time)."""
        assert self._reflect is not None
        try:
            with self._database.session() as session:
                holder = run_log.acquire_lease(session, self._clock())
        except UserFacingError as exc:  # another sync took over: it pushes the outbox
            return replace(report, reflect_problems=(exc.message,))
        try:
            pushed = self._reflect.push(client, report.run_id)
        except UserFacingError as exc:
            return replace(report, reflect_problems=(exc.message,))
        finally:
            with self._database.session() as session:
                run_log.release_lease(session, holder)
        problems = (
            *pushed.failures,
            *pushed.dropped,
            *((pushed.waiting,) if pushed.waiting else ()),
        )
        return replace(report, reflected=pushed.reflected, reflect_problems=problems)

    def _record_failure(self, trigger: SyncTrigger, message: str) -> SyncReport:
        now = self._clock()
        with self._database.session() as session:
            run_id = run_log.start_run(session, trigger, now)
            return run_log.finish_run(session, run_id, SyncStatus.FAILED, now, 0, message)

    def log(self, limit: int = 100) -> builtins.list[SyncRunSummary]:
        """Return the newest runs first."""
        with self._database.read_session() as session:
            return run_log.list_runs(session, limit)

    def skipped(self, run_id: int) -> builtins.list[SkippedRecord]:
        """Return the records a run skipped, with reasons."""
        with self._database.read_session() as session:
            return run_log.list_skips(session, run_id)

    def schedule(self) -> ScheduleState:
        """Return the persisted auto-update deadline."""
        with self._database.read_session() as session:
            return settings_store.schedule(session)

    def set_concurrent_requests(self, requests: int) -> None:
        """Store how many CRM requests an import may send at once; refuse a value out of range."""
        if not MIN_CONCURRENT_REQUESTS <= requests <= MAX_CONCURRENT_REQUESTS:
            raise ValidationError(
                "Concurrent requests",
                f"must be from {MIN_CONCURRENT_REQUESTS} to {MAX_CONCURRENT_REQUESTS} "
                "(Zoho allows 5 to 25 at once, by edition)",
            )
        with self._database.session() as session:
            set_setting(session, CRM_CONCURRENT_REQUESTS, requests)

    def set_auto_update(self, enabled: bool) -> None:
        """Switch the 12-hour auto-update on or off."""
        with self._database.session() as session:
            settings_store.set_auto_update(session, enabled)
