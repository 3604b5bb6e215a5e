"""Merge into…: pick the customer that stays, see what will move, then merge (or read why not)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.customers import CustomersController
from desktop.domain.customers import CustomerRow
from desktop.domain.errors import UserFacingError
from desktop.domain.merge import MergePreview
from desktop.ui.customers_table_model import Columns, CustomersTableModel
from desktop.ui.latest_only import LatestOnly
from desktop.ui.table_setup import configure_table
from desktop.ui.task_runner import Lane, TaskRunner

CANDIDATES = 100


class MergeDialog(QDialog):
    """Merges one customer (the source) into a target the user picks.

    Signals (GUI thread):
      merged(int, int) — source id, target id, after the merge was saved
      preview_shown(object) — the MergePreview now on screen
    """

    merged = Signal(int, int)
    preview_shown = Signal(object)

    def __init__(
        self,
        customers: CustomersController,
        runner: TaskRunner,
        source_id: int,
        source_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._runner = runner
        self._source_id = source_id
        self._latest = LatestOnly()
        self.preview: MergePreview | None = None
        name = source_name
        self.setWindowTitle(self.tr("Merge “{name}” into…").format(name=name))
        intro = QLabel(
            self.tr(
                "Pick the customer that stays. “{name}” moves into it and disappears from lists."
            ).format(name=name),
            wordWrap=True,
        )
        self.search_box = QLineEdit(placeholderText=self.tr("Search the customer that stays"))
        self.search_box.setAccessibleName(self.tr("Search merge target"))
        self.model = CustomersTableModel(self)
        self.candidates = configure_table(QTableView(), self.tr("Merge target"))
        self.candidates.setModel(self.model)
        for column in Columns:
            self.candidates.setColumnHidden(column, column not in (Columns.NAME, Columns.EMAIL))
        self.summary = QLabel(self.tr("Pick a customer to see what will move."), wordWrap=True)
        self.summary.setAccessibleName(self.tr("What will move"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setEnabled(False)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        layout = QVBoxLayout(self)
        for widget in (intro, self.search_box, self.candidates, self.summary, buttons):
            layout.addWidget(widget)
        self.resize(520, 480)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.search)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.candidates.selectionModel().selectionChanged.connect(
            self._on_candidates_selection_changed
        )
        self.search()

    def search(self) -> None:
        """Load candidate targets for the search text (the source itself is left out)."""
        self._runner.run(
            Lane.DATABASE,
            self._customers.rows,
            False,
            self.search_box.text().strip(),
            CANDIDATES + 1,
            on_success=self._on_rows_loaded,
            owner=self,
        )

    def select_target(self, target_id: int) -> bool:
        """Select a candidate by id; return whether it is listed."""
        position = self.model.row_of(target_id)
        if position is not None:
            self.candidates.selectRow(position)
        return position is not None

    def _on_rows_loaded(self, rows: Sequence[CustomerRow]) -> None:
        self.model.set_rows([row for row in rows if row.id != self._source_id][:CANDIDATES])

    def _on_candidates_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        selected = self.candidates.selectionModel().selectedRows()
        self.merge_button.setEnabled(False)
        if not selected:
            return
        token = self._latest.next_token()
        self._runner.run(
            Lane.DATABASE,
            self._customers.merge_preview,
            self._source_id,
            self.model.customer_id(selected[0].row()),
            on_success=lambda preview: self._on_preview_loaded(token, preview),
            owner=self,
        )

    def _on_preview_loaded(self, token: int, preview: MergePreview) -> None:
        if not self._latest.is_current(token):
            return
        self.preview = preview
        self.summary.setText(preview.describe())
        self.merge_button.setEnabled(preview.refusal is None)
        self.preview_shown.emit(preview)

    def _on_merge_button_clicked(self) -> None:
        if self.preview is None or self.preview.refusal is not None:
            return
        self.merge_button.setEnabled(False)
        target = self.preview.target_id
        self._runner.run(
            Lane.DATABASE,
            self._customers.merge,
            self._source_id,
            target,
            on_success=lambda _moved: self._on_merged(target),
            on_failure=self._on_merge_refused,
            owner=self,
        )

    def _on_merged(self, target_id: int) -> None:
        self.merged.emit(self._source_id, target_id)
        self.accept()

    def _on_merge_refused(self, error: UserFacingError) -> None:
        self.summary.setText(str(error))
