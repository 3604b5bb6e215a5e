"""The editor's line-items grid: the text as typed per cell, add/remove/reorder, computed amounts."""

from __future__ import annotations

from dataclasses import replace
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

from desktop.ui.document_form import LineText
from desktop.ui.locale_format import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex


class Columns(IntEnum):
    """The grid's columns, in display order."""

    ITEM = 0
    DESCRIPTION = 1
    QUANTITY = 2
    RATE = 3
    DISCOUNT = 4
    TAXES = 5
    AMOUNT = 6


HEADERS = (
    QT_TRANSLATE_NOOP("LineItemsTableModel", "Item"),
    QT_TRANSLATE_NOOP("LineItemsTableModel", "Description"),
    QT_TRANSLATE_NOOP("LineItemsTableModel", "Quantity"),
    QT_TRANSLATE_NOOP("LineItemsTableModel", "Rate"),
    QT_TRANSLATE_NOOP("LineItemsTableModel", "Discount"),
    QT_TRANSLATE_NOOP("LineItemsTableModel", "Taxes"),
    QT_TRANSLATE_NOOP("LineItemsTableModel", "Amount"),
)
FIELDS = ("name", "description", "quantity", "rate", "discount", "taxes")
NUMERIC = (Columns.QUANTITY, Columns.RATE, Columns.DISCOUNT, Columns.AMOUNT)


class LineItemsTableModel(QAbstractTableModel):
    """Editable rows of LineText; Amount is read-only and set by the editor after each change.

    Signals (GUI thread):
      lines_edited() — any cell, row count or order changed
      name_edited(int, str) — the Item cell of a row was set to this text
    """

    lines_edited = Signal()
    name_edited = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[LineText] = []
        self._amounts: list[str] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        column = Columns(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is Columns.AMOUNT:
                return self._amounts[index.row()]
            return str(getattr(self._lines[index.row()], FIELDS[column]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is Columns.TAXES:
            return self.tr("Name and rate, comma-separated: “VAT 20%, *QST 9.975%” (* = compound)")
        if role == Qt.ItemDataRole.ToolTipRole and column is Columns.DISCOUNT:
            return self.tr("“10%” for a percentage, “5.00” for an amount")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Columns):
            return QCoreApplication.translate("LineItemsTableModel", HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._lines):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != Columns.AMOUNT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() == Columns.AMOUNT
        ):
            return False
        row = index.row()
        self._lines[row] = replace(self._lines[row], **{FIELDS[index.column()]: str(value)})
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.lines_edited.emit()
        if index.column() == Columns.ITEM:
            self.name_edited.emit(row, str(value))
        return True

    def fill(self, row: int, filled: LineText) -> None:
        """Take the description, rate and taxes of `filled` into a row (name and quantity stay)."""
        if not 0 <= row < len(self._lines):
            return
        current = self._lines[row]
        self._lines[row] = replace(
            current, description=filled.description, rate=filled.rate, taxes=filled.taxes
        )
        self.dataChanged.emit(self.index(row, Columns.DESCRIPTION), self.index(row, Columns.TAXES))
        self.lines_edited.emit()

    # --- editing the list ------------------------------------------------------------------------
    def lines(self) -> list[LineText]:
        """Return the lines as typed, in order."""
        return list(self._lines)

    def set_lines(self, lines: list[LineText]) -> None:
        """Replace every line."""
        self.beginResetModel()
        self._lines = list(lines)
        self._amounts = [""] * len(self._lines)
        self.endResetModel()
        self.lines_edited.emit()

    def add_line(self, line: LineText | None = None) -> int:
        """Append a line; return its row."""
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line or LineText())
        self._amounts.append("")
        self.endInsertRows()
        self.lines_edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        """Remove a line."""
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        del self._amounts[row]
        self.endRemoveRows()
        self.lines_edited.emit()

    def move_line(self, row: int, delta: int) -> int:
        """Move a line up (-1) or down (+1); return its new row."""
        target = row + delta
        if not (0 <= row < len(self._lines) and 0 <= target < len(self._lines)) or delta == 0:
            return row
        # Qt's destination is "insert before": moving down by one means before row + 2.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._lines.insert(target, self._lines.pop(row))
        self._amounts.insert(target, self._amounts.pop(row))
        self.endMoveRows()
        self.lines_edited.emit()
        return target

    def set_amounts(self, amounts: list[str]) -> None:
        """Show computed line amounts (blank when the lines do not add up yet)."""
        if len(amounts) != len(self._lines) or amounts == self._amounts:
            return
        self._amounts = list(amounts)
        if self._lines:
            top, bottom = (
                self.index(0, Columns.AMOUNT),
                self.index(len(self._lines) - 1, Columns.AMOUNT),
            )
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])
