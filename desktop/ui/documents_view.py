"""A list of invoices or estimates: filter by status and text, open one in the viewer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.controllers.documents import DocumentsController
from desktop.domain.documents import DocumentKind, DocumentStatus, DocumentSummary
from desktop.domain.lifecycle import STATUSES
from desktop.domain.reports import totals_by_currency
from desktop.ui.csv_export import export_table
from desktop.ui.document_kinds import by_kind, kind_plural, new_button_text, status_name
from desktop.ui.documents_table_model import Columns, documents_table_model
from desktop.ui.empty_state_view import EmptyStateView
from desktop.ui.latest_only import LatestOnly
from desktop.ui.locale_format import counted
from desktop.ui.report_charts import money_text
from desktop.ui.table_setup import configure_table, list_layout, restore_header, save_header
from desktop.ui.task_runner import Lane, TaskRunner
from desktop.ui.ui_settings import UiSettings

STATUS_WIDTH = 170


class DocumentsView(QWidget):
    """Documents of one kind (Invoices / Estimates tabs) or of one customer (detail view).

    With `customer_id`, nothing loads until the user presses Fetch (then it says Refresh).

    Signals (GUI thread):
      document_opened(int) — the user opened this document id (double-click or Enter)
      new_requested() — the user pressed New
      documents_loaded(int) — a load finished with this many rows
    """

    document_opened = Signal(int)
    new_requested = Signal()
    documents_loaded = Signal(int)

    def __init__(
        self,
        documents: DocumentsController,
        runner: TaskRunner,
        settings: UiSettings,
        kind: DocumentKind | None,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._documents = documents
        self._runner = runner
        self._settings = settings
        self._kind = kind
        self._customer_id = customer_id
        self._potential_crm_id: str | None = None
        self._latest = LatestOnly()
        self._scope = f"documents-{kind.value if kind else 'customer'}"
        self.model = documents_table_model(self)
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.activated.connect(self._on_table_activated)
        self.fetch_button.clicked.connect(self.reload)
        self.new_button.clicked.connect(self.new_requested)

    def _build(self) -> None:
        kind = self._kind
        self.search_box = QLineEdit(
            placeholderText=by_kind(
                kind,
                self.tr("Search invoices: number, customer, reference"),
                self.tr("Search estimates: number, customer, reference"),
                self.tr("Search credit notes: number, customer, reference"),
                self.tr("Search documents: number, customer, reference"),
            )
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(
            by_kind(
                kind,
                self.tr("Search invoices"),
                self.tr("Search estimates"),
                self.tr("Search credit notes"),
                self.tr("Search documents"),
            )
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        statuses = STATUSES[self._kind] if self._kind else tuple(DocumentStatus)
        for status in statuses:
            # The value, not the enum: Qt would turn the StrEnum into a plain string anyway.
            self.status_filter.addItem(status_name(status).capitalize(), status.value)
        self.fetch_button = QPushButton(
            self.tr("&Fetch documents") if self._customer_id else self.tr("&Refresh")
        )
        self.new_button = QPushButton(new_button_text(kind) if kind else self.tr("New"))
        self.new_button.setVisible(self._kind is not None)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("Save the documents listed here as a CSV file"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.count_label = QLabel(
            self.tr("Press Fetch to list this customer's documents.") if self._customer_id else ""
        )
        self.table = configure_table(QTableView(), kind_plural(kind).capitalize())
        self.table.setModel(self.model)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table.setColumnHidden(Columns.CUSTOMER, self._customer_id is not None)
        bar = [
            self.search_box,
            self.status_filter,
            self.fetch_button,
            self.new_button,
            self.export_button,
        ]
        empty = None
        if self._kind is not None and self._customer_id is None:  # the Invoices/Estimates tabs
            empty = EmptyStateView(
                by_kind(
                    kind,
                    self.tr("No invoices yet"),
                    self.tr("No estimates yet"),
                    self.tr("No credit notes yet"),
                ),
                by_kind(
                    kind,
                    self.tr(
                        "Select a customer on the Customers tab and choose “New invoice” "
                        "(Ctrl+N makes an invoice). Deals can make them too: see Settings → "
                        "Workflows."
                    ),
                    self.tr(
                        "Select a customer on the Customers tab and choose “New estimate” "
                        "(Ctrl+N makes an invoice). Deals can make them too: see Settings → "
                        "Workflows."
                    ),
                    self.tr(
                        "Select a customer on the Customers tab and choose “New credit note” "
                        "(Ctrl+N makes an invoice). Deals can make them too: see Settings → "
                        "Workflows."
                    ),
                ),
            )
        self.table_area = list_layout(self, bar, self.table, self.count_label, empty)
        # Room for "overdue · 12 days late" until the user sizes the column (then theirs wins).
        self.table.setColumnWidth(Columns.STATUS, STATUS_WIDTH)
        restore_header(self._settings, self._scope, self.table)

    def set_customer(self, customer_id: int) -> None:
        """Show another customer's documents: cleared until Fetch is pressed."""
        self._customer_id = customer_id
        self._latest.next_token()
        self.model.set_values([])
        self.fetch_button.setText(self.tr("&Fetch documents"))
        self.count_label.setText(self.tr("Press Fetch to list this customer's documents."))

    def set_potential(self, crm_id: str | None) -> None:
        """Show the documents of one CRM deal (loaded at once); None clears the list."""
        self._potential_crm_id = crm_id
        if crm_id is None:
            self._latest.next_token()
            self.model.set_values([])
            return
        self.reload()

    def selected_document_id(self) -> int:
        """Return the selected document's id, or 0."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.value(rows[0].row()).id if rows else 0

    def reload(self) -> None:
        """Load the documents for the filters on the database lane."""
        self._debounce.stop()
        token = self._latest.next_token()
        chosen = self.status_filter.currentData()
        status = DocumentStatus(chosen) if chosen else None
        self._runner.run(
            Lane.DATABASE,
            _fetch,
            self._documents,
            self._latest,
            token,
            self._customer_id,
            self._potential_crm_id,
            self._kind,
            status,
            self.search_box.text().strip() or None,
            on_success=lambda rows: self._on_loaded(token, rows),
            owner=self,
        )

    def save_state(self) -> None:
        """Remember column widths."""
        save_header(self._settings, self._scope, self.table)

    def _on_loaded(self, token: int, rows: Sequence[DocumentSummary]) -> None:
        if not self._latest.is_current(token):
            return
        self.model.set_values(rows)
        if self._customer_id is not None:
            self.fetch_button.setText(self.tr("&Refresh"))
        self.count_label.setText(
            counted(self.tr("%n document(s)", "", len(rows)), len(rows)) + totals_text(rows)
        )
        unfiltered = not self.search_box.text().strip() and not self.status_filter.currentData()
        if self.table_area is not None:
            self.table_area.show_empty(not rows and unfiltered)
        self.documents_loaded.emit(len(rows))

    def show_status(self, status: str) -> None:
        """List the documents of one status ("" for every status), loading them now."""
        index = max(0, self.status_filter.findData(status))
        if index == self.status_filter.currentIndex():
            self.reload()
        self.status_filter.setCurrentIndex(index)  # reloads when it changes

    def _on_export_button_clicked(self) -> None:
        noun = f"{self._kind.value}s" if self._kind else "documents"
        export_table(self.table, self, f"{noun}.csv")

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.document_opened.emit(self.model.value(index.row()).id)


def _fetch(
    documents: DocumentsController,
    latest: LatestOnly,
    token: int,
    customer_id: int | None,
    potential_crm_id: str | None,
    kind: DocumentKind | None,
    status: DocumentStatus | None,
    text: str | None,
) -> list[DocumentSummary]:
    latest.check(token)
    return documents.list(
        customer_id=customer_id,
        potential_crm_id=potential_crm_id,
        kind=kind,
        status=status,
        text=text,
    )


def totals_text(rows: Sequence[DocumentSummary]) -> str:
    """Return " · total USD 1,200.00, balance USD 300.00 · …" per currency of the rows listed."""
    template = QCoreApplication.translate("DocumentsView", " · total {total}, balance {balance}")
    return "".join(
        template.format(
            total=money_text(t.total, t.currency_code),
            balance=money_text(t.balance, t.currency_code),
        )
        for t in totals_by_currency(rows)
    )
