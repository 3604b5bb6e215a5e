"""Help → User guide (bundled Markdown, works offline) and Help → Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.resources import resources_root
from desktop.ui.shortcuts import shortcut_table


def user_guide_path() -> str:
    """Return the bundled user guide's file (Markdown, in resources/help)."""
    return str(resources_root() / "help" / "user-guide.md")


class UserGuideDialog(QDialog):
    """The user guide, read from the bundled file; links to other sites open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invoice Desk user guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        try:
            with open(user_guide_path(), encoding="utf-8") as guide:
                self.browser.setMarkdown(guide.read())
        except OSError as error:
            self.browser.setPlainText(
                self.tr("The user guide could not be read: {reason}").format(reason=error.strerror)
            )
        _lay_out_with_close(self, self.browser, 760, 640)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the daily actions, by where it works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_table()
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        _lay_out_with_close(self, self.table, 620, 560)


def _lay_out_with_close(dialog: QDialog, content: QWidget, width: int, height: int) -> None:
    """Put the content above a Close button that closes the dialog, at the given size."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content, 1)
    layout.addWidget(buttons)
    dialog.resize(width, height)
