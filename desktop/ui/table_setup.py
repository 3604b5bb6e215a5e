"""One look for every list: whole-row single selection, one-line rows, clickable headers, the
page layout, and remembered column widths."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
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
    row.addWidget(bar[0], 1)
    row.addWidget(button_bar(bar[1:]))
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(row)
    stack = EmptyableTable(table, empty) if empty is not None else None
    layout.addWidget(stack or table, 1)
    layout.addWidget(footer)
    return stack


def button_bar(widgets: list[QWidget]) -> QToolBar:
    """Return a row of buttons that never makes the window wider than the screen: what does not
    fit (longer labels in German or French, a narrow pane) moves behind the bar's » button."""
    bar = QToolBar()
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setStyleSheet("QToolBar { border: none; padding: 0; spacing: 6px; }")
    for widget in widgets:
        bar.addWidget(widget)
    return bar


COLUMN_CAP = 320  # a long email or name never takes the whole list


def fit_columns(table: QTableView, stretch: int) -> None:
    """Size every column to what it shows now (at most COLUMN_CAP pixels), and give the room
    left to the `stretch` column (the name people look for). Columns stay resizable."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    # Only the rows on screen are measured: a lazy million-row list never fetches for it.
    header.setResizeContentsPrecision(0)
    for column in range(header.count()):
        if column == stretch or table.isColumnHidden(column):
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        width = max(header.sectionSizeHint(column), min(table.columnWidth(column), COLUMN_CAP))
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def fit_columns_to_samples(table: QTableView, stretch: int, samples: dict[int, str]) -> None:
    """Give each column the width of a typical value (nothing is measured in the rows: for a
    lazy list whose rows are fetched as they are drawn), the room left to `stretch`."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    metrics = table.fontMetrics()
    padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
    for column, sample in samples.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        width = metrics.horizontalAdvance(sample) + padding
        table.setColumnWidth(column, max(header.sectionSizeHint(column), width))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ColumnFitter:
    """Fits a table's columns to its first rows (or to sample values), once, unless the user's
    own widths came back from the settings (then theirs win). No signals."""

    def __init__(
        self, table: QTableView, stretch: int, samples: dict[int, str] | None = None
    ) -> None:
        self._table, self._stretch, self._samples = table, stretch, samples
        self.done = False

    def rows_shown(self, count: int) -> None:
        """Call after each load: the first one with rows sizes the columns."""
        if self.done or not count:
            return
        if self._samples is not None:
            fit_columns_to_samples(self._table, self._stretch, self._samples)
        else:
            fit_columns(self._table, self._stretch)
        self.done = True

    def restore(self, settings: UiSettings, scope: str) -> None:
        """Restore the saved widths; when there were some, never fit over them."""
        self.done = restore_header(settings, scope, self._table) or self.done


def save_header(settings: UiSettings, scope: str, table: QTableView) -> None:
    """Remember the table's column widths and order under `scope`."""
    state = bytes(table.horizontalHeader().saveState().data())
    settings.set(HEADER_STATE.scoped(scope), state)


def restore_header(settings: UiSettings, scope: str, table: QTableView) -> bool:
    """Restore the column widths and order saved under `scope`; return True when there were."""
    state = settings.get(HEADER_STATE.scoped(scope))
    if state:
        return bool(table.horizontalHeader().restoreState(QByteArray(state)))
    return False
