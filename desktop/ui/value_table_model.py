"""A table model over a short list of frozen values (sync runs, documents, potentials): one class,
the columns declared as data by each *_table_model module."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """How one column shows a value: header, text, the key it sorts by, and alignment."""

    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], object] | None = None
    numeric: bool = False  # right-aligned (amounts, counts)


class ValueTableModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen values shown through declared columns; sortable, read-only.
    No signals beyond QAbstractItemModel's."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        foreground: Callable[[T], QColor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        # A row's text colour when it has to stand out (an overdue invoice); None: the palette's.
        self._foreground = foreground

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return column.sort_key(value) if column.sort_key else column.text(value).casefold()
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return QCoreApplication.translate("Columns", self._columns[section].header)
        return None

    def value(self, row: int) -> T:
        """Return the value shown in `row`."""
        return self._rows[row]

    def values(self) -> list[T]:
        """Return every value, in display order."""
        return list(self._rows)

    def set_values(self, values: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(values)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        key = spec.sort_key or (lambda value: spec.text(value).casefold())
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        # Identity, not equality: two equal frozen values are still two rows.
        held = [self._rows[index.row()] for index in persistent]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type]
        positions = {id(value): position for position, value in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(positions[id(value)], index.column())
                for index, value in zip(persistent, held, strict=True)
            ],
        )
        self.layoutChanged.emit()
