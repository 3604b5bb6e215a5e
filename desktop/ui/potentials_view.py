"""The Potentials tab: CRM deals, and below the selected one its estimates and invoices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.potentials import PotentialsController
from desktop.domain.potentials import Potential
from desktop.ui.csv_export import export_table
from desktop.ui.documents_view import DocumentsView
from desktop.ui.locale_format import counted
from desktop.ui.potentials_table_model import Columns, potentials_table_model
from desktop.ui.table_setup import configure_table
from desktop.ui.task_runner import Lane, TaskRunner


class PotentialsView(QWidget):
    """Deals on top, the selected deal's documents below (the documents view is passed in).

    Signals (GUI thread):
      edit_requested(int) — the user pressed Edit on this document id (the editor pops up over the list)
      document_opened(int) — the user opened this document id in the viewer
      potentials_loaded(int) — a load finished with this many deals
    """

    edit_requested = Signal(int)
    document_opened = Signal(int)
    potentials_loaded = Signal(int)

    def __init__(
        self,
        potentials: PotentialsController,
        documents_view: DocumentsView,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._potentials = potentials
        self._runner = runner
        self.documents_view = documents_view
        self.model = potentials_table_model(self)
        self.table = configure_table(QTableView(), self.tr("Potentials"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table.setColumnWidth(Columns.NAME, 220)
        self.count_label = QLabel(
            self.tr("Deals from Zoho CRM appear here after the first import.")
        )
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.refresh_button)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("Save the potentials listed here as a CSV file"))
        self.export_button.clicked.connect(lambda: export_table(self.table, self, "potentials.csv"))
        bar.addWidget(self.export_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        document_bar = QHBoxLayout()
        document_bar.addWidget(QLabel(self.tr("<b>Documents of the selected potential</b>")), 1)
        document_bar.addWidget(self.open_button)
        document_bar.addWidget(self.edit_button)
        lower_layout.addLayout(document_bar)
        lower_layout.addWidget(documents_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("potentials")
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.refresh_button.clicked.connect(self.reload)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        documents_view.document_opened.connect(self.document_opened)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    def reload(self) -> None:
        """Load the deals on the database lane."""
        self._runner.run(
            Lane.DATABASE, self._potentials.list, on_success=self._on_loaded, owner=self
        )

    def _on_loaded(self, potentials: Sequence[Potential]) -> None:
        selected = self._selected()
        self.model.set_values(potentials)
        count = len(potentials)
        self.count_label.setText(
            counted(self.tr("%n potential(s) from Zoho CRM", "", count), count)
        )
        for row, potential in enumerate(potentials):
            if selected is not None and potential.id == selected.id:
                self.table.selectRow(row)
        self.potentials_loaded.emit(len(potentials))

    def _selected(self) -> Potential | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.value(rows[0].row()) if rows else None

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        potential = self._selected()
        self.documents_view.set_potential(potential.crm_id if potential else None)

    def _on_open_button_clicked(self) -> None:
        document_id = self.documents_view.selected_document_id()
        if document_id:
            self.document_opened.emit(document_id)

    def _on_edit_button_clicked(self) -> None:
        document_id = self.documents_view.selected_document_id()
        if document_id:
            self.edit_requested.emit(document_id)
