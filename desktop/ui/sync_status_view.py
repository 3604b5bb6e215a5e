"""The status bar's sync line: last sync and what it changed, next due, progress, or the error and Retry."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.sync import SyncProgress, SyncReport, SyncRunSummary, SyncStatus
from desktop.ui.locale_format import Counts, counted
from desktop.ui.sync_scheduler import SyncOverview, SyncScheduler


def describe_time(moment: datetime, now: datetime) -> str:
    """Return "14:05" today, else "3 Mar 14:05", in local time."""
    local, today = moment.astimezone(), now.astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M")
    return f"{local.day} {local.strftime('%b %H:%M')}"


def describe_counts(created: int, updated: int, deleted: int, skipped: int) -> str:
    """Return "3 new, 2 updated, 1 removed, 4 skipped" without zero parts ("no changes")."""
    parts = Counts().sync_changes(created, updated, deleted, skipped)
    return ", ".join(parts) or QCoreApplication.translate("SyncStatusView", "no changes")


class SyncStatusView(QWidget):
    """A label and a Retry button, driven by the scheduler's signals; no signals of its own."""

    def __init__(self, scheduler: SyncScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self._error: str | None = None
        self.label = QLabel(self.tr("Not connected to Zoho CRM — nothing to sync yet."))
        self.label.setAccessibleName(self.tr("Sync status"))
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry the sync"))
        self.retry_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.retry_button)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        scheduler.overview_changed.connect(self._on_scheduler_overview_changed)
        scheduler.sync_started.connect(self._on_scheduler_sync_started)
        scheduler.sync_progressed.connect(self._on_scheduler_sync_progressed)
        scheduler.sync_finished.connect(self._on_scheduler_sync_finished)
        scheduler.sync_failed.connect(self._on_scheduler_sync_failed)

    def _on_retry_button_clicked(self) -> None:
        self._scheduler.start_sync()

    def _on_scheduler_sync_started(self, _trigger: str) -> None:
        self._error = None
        self.retry_button.hide()
        self.label.setText(self.tr("Syncing with Zoho CRM…"))

    def _on_scheduler_sync_progressed(self, progress: SyncProgress) -> None:
        done = progress.records_done
        self.label.setText(
            counted(
                self.tr("Syncing with Zoho CRM — {module}: %n record(s)", "", done), done
            ).format(module=progress.module)
        )

    def _on_scheduler_sync_finished(self, report: SyncReport) -> None:
        if report.status is SyncStatus.SUCCEEDED:
            self._error = None

    def _on_scheduler_sync_failed(self, sentence: str) -> None:
        self._error = sentence
        self.label.setText(self.tr("Sync failed: {reason}").format(reason=sentence))
        self.retry_button.show()

    def _on_scheduler_overview_changed(self, overview: SyncOverview) -> None:
        if self._scheduler.is_running():
            return
        if self._error is not None:
            self.label.setText(
                self.tr("Sync failed: {reason}").format(reason=self._error)
                + self._next_due_text(overview)
            )
            self.retry_button.show()
            return
        self.retry_button.hide()
        if not overview.connected:
            self.label.setText(self.tr("Not connected to Zoho CRM — nothing to sync yet."))
            return
        self.label.setText(self._last_run_text(overview.last_run) + self._next_due_text(overview))

    def _last_run_text(self, run: SyncRunSummary | None) -> str:
        if run is None:
            return self.tr("Never synced")
        now = datetime.now().astimezone()
        when = describe_time(run.finished_at or run.started_at, now)
        if run.status is SyncStatus.SUCCEEDED:
            counts = describe_counts(
                run.created, run.updated, run.deleted + run.inactivated, run.skipped
            )
            return self.tr("Last sync {when}: {changes}").format(when=when, changes=counts)
        if run.status is SyncStatus.FAILED:
            self.retry_button.show()
            return self.tr("Last sync {when} failed: {reason}").format(
                when=when, reason=run.error or self.tr("unknown error")
            )
        return self.tr("Last sync {when} was {status}").format(when=when, status=run.status.value)

    def _next_due_text(self, overview: SyncOverview) -> str:
        schedule = overview.schedule
        if not schedule.auto_update:
            return self.tr(" · auto-update is off")
        if schedule.next_due is None:
            return self.tr(" · next sync now")
        return self.tr(" · next {when}").format(
            when=describe_time(schedule.next_due, datetime.now().astimezone())
        )
