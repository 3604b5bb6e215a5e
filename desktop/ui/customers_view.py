"""The Customers list: search as you type, show inactive, Import from Zoho CRM, Sync now."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.controllers.customers import CustomersController
from desktop.domain.customer_search import CustomerQuery, CustomerSort
from desktop.domain.customers import CustomerRow
from desktop.domain.sync import SyncReport
from desktop.ui.csv_export import export_table
from desktop.ui.customers_table_model import Columns, CustomersTableModel
from desktop.ui.empty_state_view import EmptyStateView
from desktop.ui.latest_only import LatestOnly
from desktop.ui.locale_format import counted
from desktop.ui.table_setup import configure_table, list_layout, restore_header, save_header
from desktop.ui.task_runner import Lane, TaskRunner
from desktop.ui.ui_settings import SHOW_INACTIVE, UiSettings

FIRST_SCREEN = 200  # rows fetched first; the other ids follow (a million in about a second)
SEARCH_DELAY_MS = 200


class CustomersView(QWidget):
    """The customers table with its search box and buttons.

    Signals (GUI thread):
      customer_selected(int) — the selected customer's id, or 0 when none is selected
      import_requested() — the user pressed Import from Zoho CRM
      sync_requested() — the user pressed Sync now
      rows_loaded(int) — a load finished with this many rows
    """

    customer_selected = Signal(int)
    import_requested = Signal()
    sync_requested = Signal()
    rows_loaded = Signal(int)

    def __init__(
        self,
        customers: CustomersController,
        runner: TaskRunner,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._runner = runner
        self._settings = settings
        self._latest = LatestOnly()
        self._reselect_id = 0
        self._announced_id = 0
        self._sort, self._descending = CustomerSort.NAME, False
        self.model = CustomersTableModel(self)
        self.model.page_wanted.connect(self._on_model_page_wanted)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.show_inactive.toggled.connect(self._on_show_inactive_toggled)
        self.import_button.clicked.connect(self.import_requested)
        self.sync_button.clicked.connect(self.sync_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.restore_state()

    def _build(self) -> None:
        self.search_box = QLineEdit(
            placeholderText=self.tr("Search name, email or phone  (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search customers"))
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.import_button = QPushButton(self.tr("&Import from Zoho CRM…"))
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setToolTip(self.tr("Fetch what changed in Zoho CRM (F5)"))
        self.count_label = QLabel(self.tr("Loading customers…"))
        self.count_label.setAccessibleName(self.tr("Customer count"))
        self.table = configure_table(QTableView(), self.tr("Customers"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the database sorts: a header click re-queries
        self.table.horizontalHeader().setSortIndicator(Columns.NAME, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table.setColumnWidth(Columns.NAME, 260)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("Save the customers listed here as a CSV file"))
        self.export_button.clicked.connect(lambda: export_table(self.table, self, "customers.csv"))
        bar = [
            self.search_box,
            self.show_inactive,
            self.import_button,
            self.sync_button,
            self.export_button,
        ]
        self.table_area = list_layout(
            self, bar, self.table, self.count_label,
            EmptyStateView(
                self.tr("No customers yet"),
                self.tr("Choose “Import from Zoho CRM…” to bring in your Accounts and Contacts. No Zoho "
                "account at hand? Run “invoice-desk sandbox” and use what it prints."),
            ),
        )  # fmt: skip
        self.setTabOrder(self.search_box, self.show_inactive)
        self.setTabOrder(self.show_inactive, self.import_button)
        self.setTabOrder(self.import_button, self.sync_button)
        self.setTabOrder(self.sync_button, self.table)

    # --- public ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def selected_customer_id(self) -> int:
        """Return the selected customer's id, or 0."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.customer_id(rows[0].row()) if rows else 0

    def select_customer(self, customer_id: int) -> bool:
        """Select the customer when it is listed; return whether it was."""
        position = self.model.row_of(customer_id)
        if position is None:
            return False
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))
        return True

    def select_after_reload(self, customer_id: int) -> None:
        """Select this customer once the next reload brings it in."""
        self._reselect_id = customer_id

    def query(self) -> CustomerQuery:
        """Return what the table lists now: the search text, the toggle and the order."""
        return CustomerQuery(
            text=self.search_box.text().strip(),
            include_inactive=self.show_inactive.isChecked(),
            sort=self._sort,
            descending=self._descending,
        )

    def reload(self) -> None:
        """Query on the database lane: the first screenful, then every id (a newer reload makes
        the older one stop, even mid-query)."""
        self._debounce.stop()
        token = self._latest.next_token()
        self._reselect_id = self._reselect_id or self.selected_customer_id()
        self.count_label.setText(self.tr("Loading customers…"))
        query = self.query()
        self._runner.run(
            Lane.DATABASE,
            _first_rows,
            self._customers,
            self._latest,
            token,
            query,
            on_success=lambda rows: self._on_first_rows(token, query, rows),
            owner=self,
        )

    def apply_sync_report(self, report: SyncReport) -> None:
        """Refresh after a sync when it changed customers."""
        if report.changed_customer_ids or report.created or report.deleted or report.inactivated:
            self.reload()

    def save_state(self) -> None:
        """Remember column widths and the inactive toggle."""
        save_header(self._settings, "customers", self.table)
        self._settings.set(SHOW_INACTIVE, self.show_inactive.isChecked())

    def restore_state(self) -> None:
        """Restore column widths and the inactive toggle."""
        restore_header(self._settings, "customers", self.table)
        self.show_inactive.setChecked(self._settings.get(SHOW_INACTIVE))

    # --- slots -------------------------------------------------------------------------------
    def _on_first_rows(self, token: int, query: CustomerQuery, rows: Sequence[CustomerRow]) -> None:
        if not self._latest.is_current(token):
            return
        self.model.set_ids([row.id for row in rows], rows)
        restored = self._restore_selection()
        if len(rows) < FIRST_SCREEN:
            self._finish_load()
            return
        if restored or not self._reselect_id:
            self._announce_selection()  # else wait: the customer may be further down the list
        self._runner.run(
            Lane.DATABASE,
            self._customers.listed_ids,
            query,
            lambda: not self._latest.is_current(token),
            on_success=lambda ids: self._on_all_ids(token, ids),
            owner=self,
        )

    def _on_all_ids(self, token: int, ids: list[int]) -> None:
        if not self._latest.is_current(token):
            return
        self.model.extend_to(ids)
        self._restore_selection()
        self._finish_load()

    def _finish_load(self) -> None:
        self._reselect_id = 0  # not listed now: the pane empties rather than keep a stale customer
        self._announce_selection()
        count = self.model.loaded_count()
        self.count_label.setText(counted(self.tr("%n customer(s)", "", count), count))
        nothing_at_all = count == 0 and not self.search_box.text().strip()
        if self.table_area is not None:
            self.table_area.show_empty(nothing_at_all and not self.show_inactive.isChecked())
        self.rows_loaded.emit(count)

    def _restore_selection(self) -> bool:
        if self._reselect_id and self.select_customer(self._reselect_id):
            self._reselect_id = 0
            return True
        return False

    def _announce_selection(self) -> None:
        # A model reset clears the selection without selectionChanged: announce what is selected
        # now, so the detail pane always shows the selected customer or nothing.
        selected = self.selected_customer_id()
        if selected != self._announced_id:
            self._announced_id = selected
            self.customer_selected.emit(selected)

    def _on_model_page_wanted(self, page: int, ids: list[int]) -> None:
        self._runner.run(
            Lane.DATABASE,
            self._customers.rows_by_id,
            ids,
            on_success=lambda rows: self.model.fill_page(page, ids, rows),
            owner=self,
        )

    def _on_model_sort_requested(self, sort: CustomerSort, descending: bool) -> None:
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            self.reload()

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_show_inactive_toggled(self, _checked: bool) -> None:
        self.reload()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._announce_selection()


def _first_rows(
    customers: CustomersController, latest: LatestOnly, token: int, query: CustomerQuery
) -> list[CustomerRow]:
    """Worker side: skip stale requests, else return the first screenful of rows."""
    latest.check(token)
    return customers.first_rows(query, FIRST_SCREEN)
