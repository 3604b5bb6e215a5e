"""The customers table: ids and light rows, shown in batches so 100,000 customers open instantly."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.customers import CustomerRow, CustomerStatus

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
BATCH_SIZE = 1_000
CRM_MARK = "Zoho CRM"

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
    Columns.NAME: "Name",
    Columns.PRIMARY_CONTACT: "Primary contact",
    Columns.EMAIL: "Email",
    Columns.PHONE: "Phone",
    Columns.STATUS: "Status",
    Columns.CRM: "Source",
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
            return "Active" if row.status is CustomerStatus.ACTIVE else "Inactive"
        case Columns.CRM:
            return CRM_MARK if row.crm_managed else "Local"


class CustomersTableModel(QAbstractTableModel):
    """Holds every loaded row but exposes them BATCH_SIZE at a time (canFetchMore/fetchMore), so
    the view lays out a screenful, not 100,000 rows. No signals beyond QAbstractItemModel's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerRow] = []
        self._shown = 0
        self._row_of_id: dict[int, int] = {}

    # --- reading -------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        column = Columns(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(row, column)
        if role == SORT_ROLE:
            return _cell(row, column).casefold()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column is Columns.CRM and row.crm_managed:
            return "Imported from Zoho CRM; its name, phone and addresses are updated by each sync."
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Columns):
            return HEADERS[Columns(section)]
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        count = min(BATCH_SIZE, len(self._rows) - self._shown)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
        self._shown += count
        self.endInsertRows()

    def customer_id(self, row: int) -> int:
        """Return the customer id shown in `row`."""
        return self._rows[row].id

    def row_of(self, customer_id: int) -> int | None:
        """Return the row showing the customer, or None when it is not loaded."""
        return self._row_of_id.get(customer_id)

    def loaded_count(self) -> int:
        """Return how many rows are loaded (shown or waiting for fetchMore)."""
        return len(self._rows)

    # --- changing ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CustomerRow]) -> None:
        """Replace everything (a new filter); the first batch is shown at once."""
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(BATCH_SIZE, len(self._rows))
        self._reindex()
        self.endResetModel()

    def extend_to(self, rows: Sequence[CustomerRow]) -> None:
        """Load the complete list whose first rows are already shown, without disturbing the view
        (scroll position, selection); falls back to set_rows when the prefix differs."""
        prefix = len(self._rows)
        if len(rows) < prefix or any(a.id != b.id for a, b in zip(self._rows, rows, strict=False)):
            self.set_rows(rows)
            return
        self._rows.extend(rows[prefix:])
        self._reindex()

    def update_rows(self, rows: Iterable[CustomerRow]) -> None:
        """Replace loaded rows with fresh values (same ids) and signal dataChanged for each."""
        for fresh in rows:
            position = self._row_of_id.get(fresh.id)
            if position is None:
                continue
            self._rows[position] = fresh
            if position < self._shown:
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(Columns) - 1)
                )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Columns):
            return
        key_column = Columns(column)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in persistent]
        self._rows.sort(
            key=lambda row: (_cell(row, key_column).casefold(), row.id),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._reindex()
        moved = []
        for index, customer_id in zip(persistent, ids, strict=True):
            position = self._row_of_id[customer_id]
            # A row sorted beyond the shown batch has no index any more.
            moved.append(
                self.index(position, index.column()) if position < self._shown else QModelIndex()
            )
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._row_of_id = {row.id: position for position, row in enumerate(self._rows)}
