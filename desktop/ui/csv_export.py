"""Save what a list shows as a CSV file: the visible columns' text, in the order on screen."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QWidget


def table_rows(table: QTableView) -> list[list[str]]:
    """Return the header and every row of a table's visible columns, as displayed (a model that
    shows its rows in batches is asked for all of them first)."""
    model: QAbstractItemModel = table.model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    header = table.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not table.isColumnHidden(header.logicalIndex(visual))
    ]
    rows = [[str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]]
    for row in range(model.rowCount()):
        rows.append([str(model.index(row, c).data() or "") for c in columns])
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    """Write rows as UTF-8 CSV (with a BOM, so spreadsheet programs read accents right)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def export_table(table: QTableView, parent: QWidget, suggested_name: str) -> Path | None:
    """Ask for a file and save the table there; return the path, or None when cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CsvExport", "Export to CSV"),
        suggested_name,
        QCoreApplication.translate("CsvExport", "CSV files (*.csv)"),
    )
    if not name:
        return None
    path = Path(name)
    try:
        write_csv(path, table_rows(table))
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CsvExport", "Export to CSV"),
            QCoreApplication.translate("CsvExport", "Could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror
            ),
        )
        return None
    return path
