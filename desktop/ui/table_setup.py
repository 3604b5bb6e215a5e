"""One look for every list: whole-row single selection, one-line rows, clickable headers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
