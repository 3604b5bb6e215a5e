"""Editors of the line grid's cells: the Item cell completes from the catalogue, the Taxes cell
offers the tax list (both still accept anything typed)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.catalogue import Catalogue
from desktop.ui.document_form import taxes_text
from desktop.ui.line_items_table_model import Columns

AnyIndex = QModelIndex | QPersistentModelIndex


class LineItemsDelegate(QStyledItemDelegate):
    """Completes item names and offers the usable taxes; no signals beyond the delegate's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        self._taxes: list[str] = []

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Offer this catalogue's item names and its usable taxes."""
        self._names.setStringList([item.name for item in catalogue.items])
        usable = [t.spec for t in catalogue.taxes if not t.archived]
        self._taxes = [taxes_text((spec,)) for spec in usable]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == Columns.ITEM:
            editor = QLineEdit(parent)
            completer = QCompleter(self._names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
            return editor
        if index.column() == Columns.TAXES and self._taxes:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(["", *self._taxes])
            combo.setToolTip(self.tr("Pick a tax, or type several: “VAT 20%, *QST 9.975%”"))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: object, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            index.model().setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)  # type: ignore[union-attr]
            return
        super().setModelData(editor, model, index)  # type: ignore[arg-type]
