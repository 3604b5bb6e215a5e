"""The customers table: every listed id in the database's order, light rows only for pages looked at."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.customer_search import CustomerSort
from desktop.domain.customers import CustomerRow, CustomerStatus
from desktop.ui.locale_format import QT_TRANSLATE_NOOP

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200  # rows fetched together when the view first draws one of them
MAX_CACHED_ROWS = 20_000  # beyond this the row cache starts again (a million rows never pile up)

AnyIndex = QModelIndex | QPersistentModelIndex


class Columns(IntEnum):
    """The columns, in display order."""

    NAME = 0
    PRIMARY_CONTACT = 1
    EMAIL = 2
    PHONE = 3
    STATUS = 4
    CRM = 5


HEADERS = {
    Columns.NAME: QT_TRANSLATE_NOOP("CustomersTableModel", "Name"),
    Columns.PRIMARY_CONTACT: QT_TRANSLATE_NOOP("CustomersTableModel", "Primary contact"),
    Columns.EMAIL: QT_TRANSLATE_NOOP("CustomersTableModel", "Email"),
    Columns.PHONE: QT_TRANSLATE_NOOP("CustomersTableModel", "Phone"),
    Columns.STATUS: QT_TRANSLATE_NOOP("CustomersTableModel", "Status"),
    Columns.CRM: QT_TRANSLATE_NOOP("CustomersTableModel", "Source"),
}

SORTS = {
    Columns.NAME: CustomerSort.NAME,
    Columns.PRIMARY_CONTACT: CustomerSort.PRIMARY_CONTACT,
    Columns.EMAIL: CustomerSort.EMAIL,
    Columns.PHONE: CustomerSort.PHONE,
    Columns.STATUS: CustomerSort.STATUS,
    Columns.CRM: CustomerSort.SOURCE,
}


def _cell(row: CustomerRow, column: Columns) -> str:
    match column:
        case Columns.NAME:
            return row.name
        case Columns.PRIMARY_CONTACT:
            return row.primary_contact or ""
        case Columns.EMAIL:
            return row.email or ""
        case Columns.PHONE:
            return row.phone or ""
        case Columns.STATUS:
            return (
                QCoreApplication.translate("CustomersTableModel", "Active")
                if row.status is CustomerStatus.ACTIVE
                else QCoreApplication.translate("CustomersTableModel", "Inactive")
            )
        case Columns.CRM:
            return (
                QCoreApplication.translate("CustomersTableModel", "Zoho CRM")
                if row.crm_managed
                else QCoreApplication.translate("CustomersTableModel", "Local")
            )


class CustomersTableModel(QAbstractTableModel):
    """Holds the ids of every listed customer, in the order the database sorted them, and rows
    only for the pages the view drew; a row not fetched yet draws empty and asks for its page.

    Signals (GUI thread):
      page_wanted(int, list) — a page number and its ids: fetch their rows, then call fill_page
      sort_requested(object) — a header was clicked: the CustomerSort and whether descending
    """

    page_wanted = Signal(int, list)
    sort_requested = Signal(object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, CustomerRow] = {}
        self._wanted: set[int] = set()

    # --- reading -------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        customer_id = self._ids[index.row()]
        if role == ID_ROLE:
            return customer_id
        row = self._rows.get(customer_id)
        if row is None:
            self._want(index.row() // PAGE_SIZE)
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        column = Columns(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(row, column)
        if role == SORT_ROLE:
            return _cell(row, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column is Columns.CRM and row.crm_managed:
            return self.tr(
                "Imported from Zoho CRM; its name, phone and addresses are updated by each sync."
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Columns):
            return QCoreApplication.translate("CustomersTableModel", HEADERS[Columns(section)])
        return None

    def customer_id(self, row: int) -> int:
        """Return the customer id shown in `row`."""
        return self._ids[row]

    def row_of(self, customer_id: int) -> int | None:
        """Return the row showing the customer, or None when it is not listed."""
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def loaded_count(self) -> int:
        """Return how many customers are listed (rows fetched or not)."""
        return len(self._ids)

    def ids(self) -> list[int]:
        """Return the listed ids in order (a copy)."""
        return list(self._ids)

    # --- changing ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CustomerRow]) -> None:
        """Replace everything by these rows (a short list, such as a dialog's candidates)."""
        self.set_ids([row.id for row in rows], rows)

    def set_ids(self, ids: Sequence[int], rows: Iterable[CustomerRow] = ()) -> None:
        """Replace everything (a new search or order) by these ids, with the rows already known."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {row.id: row for row in rows}
        self._wanted.clear()
        self.endResetModel()

    def extend_to(self, ids: Sequence[int]) -> None:
        """Show the complete list whose first ids are already shown, without disturbing the view
        (scroll position, selection); replaces everything when that prefix differs."""
        shown = len(self._ids)
        if len(ids) < shown or list(ids[:shown]) != self._ids:
            self.set_ids(ids, self._rows.values())
            return
        if len(ids) == shown:
            return
        self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
        self._ids.extend(ids[shown:])
        self.endInsertRows()

    def fill_page(self, page: int, ids: Sequence[int], rows: Iterable[CustomerRow]) -> None:
        """Store the rows fetched for a page and redraw it (ignored when the list changed since)."""
        start = page * PAGE_SIZE
        if self._ids[start : start + len(ids)] != list(ids):
            return
        if len(self._rows) > MAX_CACHED_ROWS:
            self._rows.clear()
            self._wanted.clear()
        for row in rows:
            self._rows[row.id] = row
        self._wanted.discard(page)
        if ids:
            self.dataChanged.emit(
                self.index(start, 0), self.index(start + len(ids) - 1, len(Columns) - 1)
            )

    def update_rows(self, rows: Iterable[CustomerRow]) -> None:
        """Replace listed rows with fresh values (same ids) and signal dataChanged for each."""
        for fresh in rows:
            position = self.row_of(fresh.id)
            if position is None:
                continue
            self._rows[fresh.id] = fresh
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(Columns) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the list in another order; the database sorts, the view reloads."""
        if 0 <= column < len(Columns):
            self.sort_requested.emit(SORTS[Columns(column)], order == Qt.SortOrder.DescendingOrder)

    def _want(self, page: int) -> None:
        if page in self._wanted:
            return
        self._wanted.add(page)
        start = page * PAGE_SIZE
        self.page_wanted.emit(page, self._ids[start : start + PAGE_SIZE])
