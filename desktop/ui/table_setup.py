"""One look for every list: whole-row single selection, one-line rows, clickable headers, the
page layout, and remembered column widths."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.empty_state_view import EmptyStateView
from desktop.ui.ui_settings import HEADER_STATE, UiSettings


def configure_table(table: QTableView, accessible_name: str) -> QTableView:
    """Apply the shared list settings to `table` and return it."""
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)  # the palette decides the colours (light or dark)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    horizontal = table.horizontalHeader()
    horizontal.setStretchLastSection(True)
    horizontal.setSectionsClickable(True)
    horizontal.setSortIndicatorShown(True)
    horizontal.setHighlightSections(False)
    return table


class EmptyableTable(QStackedWidget):
    """A table, or in its place a message saying what to do when there is nothing to list."""

    def __init__(self, table: QTableView, empty: EmptyStateView) -> None:
        super().__init__()
        self.table, self.empty = table, empty
        self.addWidget(table)
        self.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        """Show the message (True) or the table (False)."""
        self.setCurrentWidget(self.empty if empty else self.table)


def list_layout(
    owner: QWidget,
    bar: list[QWidget],
    table: QTableView,
    footer: QWidget,
    empty: EmptyStateView | None = None,
) -> EmptyableTable | None:
    """Lay out a list page: a bar (first widget stretches), the table, a footer line.

    With `empty`, the table sits in an EmptyableTable (returned) that can show that message.
    """
    row = QHBoxLayout()
    for position, widget in enumerate(bar):
        row.addWidget(widget, 1 if position == 0 else 0)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(row)
    stack = EmptyableTable(table, empty) if empty is not None else None
    layout.addWidget(stack or table, 1)
    layout.addWidget(footer)
    return stack


def save_header(settings: UiSettings, scope: str, table: QTableView) -> None:
    """Remember the table's column widths and order under `scope`."""
    state = bytes(table.horizontalHeader().saveState().data())
    settings.set(HEADER_STATE.scoped(scope), state)


def restore_header(settings: UiSettings, scope: str, table: QTableView) -> None:
    """Restore the column widths and order saved under `scope`, if any."""
    state = settings.get(HEADER_STATE.scoped(scope))
    if state:
        table.horizontalHeader().restoreState(QByteArray(state))
