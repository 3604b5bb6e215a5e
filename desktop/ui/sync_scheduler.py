"""Background sync: a QTimer re-checks the persisted deadline; one run at a time, on the network lane."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.controllers.connection import ConnectionController
from desktop.controllers.sync_runs import SyncController
from desktop.domain.errors import ConflictError, UserFacingError
from desktop.domain.sync import (
    ScheduleState,
    SyncProgress,
    SyncReport,
    SyncRunSummary,
    SyncStatus,
    SyncTrigger,
)
from desktop.ui.task_runner import Lane, TaskRunner

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 3 * 60 * 1000  # the deadline lives in the database; the timer only re-reads it


@dataclass(frozen=True, slots=True)
class SyncOverview:
    """What the status bar needs: connected or not, the schedule and the last run."""

    connected: bool
    schedule: ScheduleState
    last_run: SyncRunSummary | None


class ProgressRelay(QObject):
    """Turns the engine's plain on_progress callback into a signal.

    Signals: progressed(SyncProgress) — emitted from the worker thread; a receiver living on the
    GUI thread gets it queued there (Qt's automatic connection).
    """

    progressed = Signal(object)

    def report(self, progress: SyncProgress) -> None:
        """The on_progress callable handed to SyncController.run (called on the worker)."""
        self.progressed.emit(progress)


def _read_overview(connection: ConnectionController, sync: SyncController) -> SyncOverview:
    """Worker side: read the connection, the persisted schedule and the newest run."""
    runs = sync.log(limit=1)
    return SyncOverview(
        connection.current() is not None, sync.schedule(), runs[0] if runs else None
    )


class SyncScheduler(QObject):
    """Starts sync runs: when the user asks, at start-up when overdue, and when the deadline passes.

    Signals (GUI thread):
      overview_changed(SyncOverview) — after every check and run
      sync_started(str) — the trigger of a run that just started
      sync_progressed(SyncProgress) — engine progress during a run
      sync_finished(SyncReport) — a run ended (succeeded, failed or cancelled as the report says)
      sync_failed(str) — a run could not run or failed, with the sentence to show
    """

    overview_changed = Signal(object)
    sync_started = Signal(str)
    sync_progressed = Signal(object)
    sync_finished = Signal(object)
    sync_failed = Signal(str)

    def __init__(
        self,
        connection: ConnectionController,
        sync: SyncController,
        runner: TaskRunner,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._connection = connection
        self._sync = sync
        self._runner = runner
        self._clock = clock
        self._cancel: threading.Event | None = None
        self.overview: SyncOverview | None = None
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self.sync_progressed)
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    # --- public ------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin checking: now (an overdue run starts as STARTUP), then every few minutes."""
        self._timer.start()
        self.check(SyncTrigger.STARTUP)

    def stop(self) -> None:
        """Stop checking and ask a running sync to stop (it ends at the next page boundary)."""
        self._timer.stop()
        if self._cancel is not None:
            self._cancel.set()

    def is_running(self) -> bool:
        """Return True while a run started here has not reported back."""
        return self._cancel is not None

    def check(self, trigger: SyncTrigger | None = SyncTrigger.AUTO) -> None:
        """Re-read the schedule off the GUI thread; start a run when it is due (never when
        `trigger` is None: then it only refreshes what the status bar shows)."""
        self._runner.run(
            Lane.DATABASE,
            _read_overview,
            self._connection,
            self._sync,
            on_success=lambda overview: self._on_overview_read(overview, trigger),
        )

    def refresh(self) -> None:
        """Re-read the schedule for the status bar without starting anything."""
        self.check(trigger=None)

    def start_sync(self, trigger: SyncTrigger = SyncTrigger.MANUAL, full: bool = False) -> bool:
        """Start a run on the network lane; return False when one is already running here."""
        if self._cancel is not None:
            return False
        self._cancel = threading.Event()
        self.sync_started.emit(trigger.value)
        self._runner.run(
            Lane.NETWORK,
            self._sync.run,
            trigger,
            full,
            self._relay.report,
            self._cancel,
            True,  # estimate: a first import shows records of a total and the time left
            on_success=self._on_run_finished,
            on_failure=self._on_run_failed,
            on_done=self._on_run_done,
        )
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop."""
        if self._cancel is not None:
            self._cancel.set()

    # --- slots -------------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        if not self.is_running():
            self.check(SyncTrigger.AUTO)

    def _on_overview_read(self, overview: SyncOverview, trigger: SyncTrigger | None) -> None:
        self.overview = overview
        self.overview_changed.emit(overview)
        if trigger is None or not overview.connected or not overview.schedule.auto_update:
            return
        due = overview.schedule.next_due
        if due is None or self._clock() >= due:
            log.info("sync due (%s), starting", trigger.value)
            self.start_sync(trigger)

    def _on_run_done(self) -> None:
        self._cancel = None
        self.refresh()

    def _on_run_finished(self, report: SyncReport) -> None:
        self.sync_finished.emit(report)
        if report.status is SyncStatus.FAILED:
            self.sync_failed.emit(report.error or self.tr("The sync failed."))

    def _on_run_failed(self, error: UserFacingError) -> None:
        if isinstance(error, ConflictError):
            # Another window or the command line is syncing: calm, not an alarm.
            self.sync_failed.emit(
                self.tr("{reason} This window will check again later.").format(reason=error)
            )
        else:
            self.sync_failed.emit(str(error))
