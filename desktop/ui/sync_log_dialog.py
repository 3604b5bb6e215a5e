"""The sync log: every run with its counts; select one to see the records it skipped and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.sync_runs import SyncController
from desktop.domain.sync import SkippedRecord, SyncRunSummary
from desktop.ui.locale_format import counted
from desktop.ui.sync_log_table_model import skipped_records_table_model, sync_runs_table_model
from desktop.ui.table_setup import configure_table
from desktop.ui.task_runner import Lane, TaskRunner


class SyncLogDialog(QDialog):
    """Runs on top, the selected run's skipped records below.

    Signals (GUI thread): runs_loaded(int), skipped_loaded(int) — row counts, after each load
    """

    runs_loaded = Signal(int)
    skipped_loaded = Signal(int)

    def __init__(
        self, sync: SyncController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync log"))
        self._sync = sync
        self._runner = runner
        self.runs = sync_runs_table_model(self)
        self.skipped = skipped_records_table_model(self)
        self.runs_table = configure_table(QTableView(), self.tr("Sync runs"))
        self.runs_table.setModel(self.runs)
        self.skipped_table = configure_table(QTableView(), self.tr("Skipped records"))
        self.skipped_table.setModel(self.skipped)
        self.skipped_label = QLabel(self.tr("Select a run to see the records it skipped."))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.skipped_label)
        lower_layout.addWidget(self.skipped_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.runs_table)
        splitter.addWidget(lower)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.runs_table.selectionModel().selectionChanged.connect(self._on_runs_selection_changed)
        self.reload()

    def reload(self) -> None:
        """Load the newest runs on the database lane."""
        self._runner.run(
            Lane.DATABASE, self._sync.log, 200, on_success=self._on_runs_read, owner=self
        )

    def _on_runs_read(self, runs: Sequence[SyncRunSummary]) -> None:
        self.runs.set_values(runs)
        self.runs_table.resizeColumnsToContents()
        if runs:
            self.runs_table.selectRow(0)
        self.runs_loaded.emit(len(runs))

    def _on_runs_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.runs_table.selectionModel().selectedRows()
        if not rows:
            return
        run = self.runs.value(rows[0].row())
        self._runner.run(
            Lane.DATABASE,
            self._sync.skipped,
            run.id,
            on_success=lambda records: self._on_skipped_read(run, records),
            owner=self,
        )

    def _on_skipped_read(self, run: SyncRunSummary, records: Sequence[SkippedRecord]) -> None:
        self.skipped.set_values(records)
        when = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.skipped_label.setText(
            counted(
                self.tr("Run of {when}: %n skipped record(s)", "", len(records)), len(records)
            ).format(when=when)
            if records
            else self.tr("Run of {when} skipped nothing.").format(when=when)
        )
        self.skipped_loaded.emit(len(records))
