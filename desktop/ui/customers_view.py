"""The Customers list: search as you type, show inactive, Import from Zoho CRM, Sync now."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
from desktop.domain.customers import CustomerRow
from desktop.domain.sync import SyncReport
from desktop.ui.csv_export import export_table
from desktop.ui.customers_table_model import Columns, CustomersTableModel
from desktop.ui.empty_state_view import EmptyStateView
from desktop.ui.latest_only import LatestOnly
from desktop.ui.table_setup import configure_table, list_layout, restore_header, save_header
from desktop.ui.task_runner import Lane, TaskRunner
from desktop.ui.ui_settings import SHOW_INACTIVE, UiSettings

FIRST_SCREEN = 200  # rows fetched first, so the table fills in ~0.1 s even at 100,000 customers
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
        self.model = CustomersTableModel(self)
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
        self.search_box = QLineEdit(placeholderText="Search name, email or phone  (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search customers")
        self.show_inactive = QCheckBox("Show &inactive")
        self.import_button = QPushButton("&Import from Zoho CRM…")
        self.sync_button = QPushButton("&Sync now")
        self.sync_button.setToolTip("Fetch what changed in Zoho CRM (F5)")
        self.count_label = QLabel("Loading customers…")
        self.count_label.setAccessibleName("Customer count")
        self.table = configure_table(QTableView(), "Customers")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # rows arrive sorted by name; headers sort on click
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table.setColumnWidth(Columns.NAME, 260)
        self.export_button = QPushButton("E&xport CSV…")
        self.export_button.setToolTip("Save the customers listed here as a CSV file")
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
                "No customers yet",
                "Choose “Import from Zoho CRM…” to bring in your Accounts and Contacts. No Zoho "
                "account at hand? Run “invoice-desk sandbox” and use what it prints.",
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
        """Select the customer when it is loaded; return whether it was."""
        position = self.model.row_of(customer_id)
        if position is None:
            return False
        while position >= self.model.rowCount() and self.model.canFetchMore(self.table.rootIndex()):
            self.model.fetchMore(self.table.rootIndex())
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))
        return True

    def select_after_reload(self, customer_id: int) -> None:
        """Select this customer once the next reload brings it in."""
        self._reselect_id = customer_id

    def reload(self) -> None:
        """Fetch rows for the current search and toggle on the database lane: a first screenful,
        then the rest. A newer reload makes the older one skip its work."""
        self._debounce.stop()
        token = self._latest.next_token()
        self._reselect_id = self._reselect_id or self.selected_customer_id()
        self.count_label.setText("Loading customers…")
        text, inactive = self.search_box.text().strip(), self.show_inactive.isChecked()
        self._fetch(token, inactive, text, FIRST_SCREEN, self._on_first_rows)

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

    def _fetch(
        self,
        token: int,
        inactive: bool,
        text: str,
        limit: int | None,
        then: Callable[[int, bool, str, Sequence[CustomerRow]], None],
    ) -> None:
        self._runner.run(
            Lane.DATABASE,
            _fetch_rows,
            self._customers,
            self._latest,
            token,
            inactive,
            text,
            limit,
            on_success=lambda rows: then(token, inactive, text, rows),
            owner=self,
        )

    # --- slots -------------------------------------------------------------------------------
    def _on_first_rows(
        self, token: int, inactive: bool, text: str, rows: Sequence[CustomerRow]
    ) -> None:
        if not self._latest.is_current(token):
            return
        self.model.set_rows(rows)
        self._restore_selection()
        if len(rows) < FIRST_SCREEN:
            self._finish_load(len(rows))
            return
        self._fetch(token, inactive, text, None, lambda t, _i, _x, rows: self._on_all_rows(t, rows))

    def _on_all_rows(self, token: int, rows: Sequence[CustomerRow]) -> None:
        if not self._latest.is_current(token):
            return
        self.model.extend_to(rows)
        self._restore_selection()
        self._finish_load(len(rows))

    def _finish_load(self, count: int) -> None:
        noun = "customer" if count == 1 else "customers"
        self.count_label.setText(f"{count:,} {noun}")
        nothing_at_all = count == 0 and not self.search_box.text().strip()
        if self.table_area is not None:
            self.table_area.show_empty(nothing_at_all and not self.show_inactive.isChecked())
        self.rows_loaded.emit(count)

    def _restore_selection(self) -> None:
        if self._reselect_id and self.select_customer(self._reselect_id):
            self._reselect_id = 0

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_show_inactive_toggled(self, _checked: bool) -> None:
        self.reload()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.customer_selected.emit(self.selected_customer_id())


def _fetch_rows(
    customers: CustomersController,
    latest: LatestOnly,
    token: int,
    inactive: bool,
    text: str,
    limit: int | None,
) -> list[CustomerRow]:
    """Worker side: skip stale requests, else return the light rows."""
    latest.check(token)
    return customers.rows(include_inactive=inactive, text=text, limit=limit)
