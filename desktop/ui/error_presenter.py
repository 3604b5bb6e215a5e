"""The one place errors meet the user: cancelled is silent, user-facing is a sentence, bugs are reported."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import Cancelled, UserFacingError

log = logging.getLogger(__name__)


class BugReportDialog(QDialog):
    """Shows a bug's traceback with a Copy button, so the user can send it to us; no signals."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.report = report
        intro = QLabel(
            self.tr(
                "Invoice Desk hit a bug. Your data is safe; the action did not finish.\n"
                "Copy the report below and send it to support."
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Bug report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


class ErrorPresenter(QObject):
    """Presents any exception in the right tier.

    Signals (GUI thread):
      error_presented(str, str) — the tier ("user" or "bug") and the text shown
    """

    error_presented = Signal(str, str)

    def __init__(self, parent_window: QWidget | None = None) -> None:
        super().__init__()
        self._parent_window = parent_window
        self._open: list[QDialog] = []

    def set_parent_window(self, window: QWidget) -> None:
        """Set the window the messages are shown over (the main window once it exists)."""
        self._parent_window = window

    def present(self, error: BaseException) -> None:
        """Show `error` to the user: nothing for Cancelled, a sentence for UserFacingError,
        a report dialog (and a logged traceback) for anything else."""
        if isinstance(error, Cancelled):
            return
        if isinstance(error, UserFacingError):
            self._show_message(str(error))
            return
        log.error("unexpected error", exc_info=error)
        report = "".join(traceback.format_exception(error))
        dialog = BugReportDialog(report, self._parent_window)
        self._keep_open(dialog)
        self.error_presented.emit("bug", report)

    def _show_message(self, sentence: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Invoice Desk"), sentence, parent=self._parent_window
        )
        self._keep_open(box)
        self.error_presented.emit("user", sentence)

    def _keep_open(self, dialog: QDialog) -> None:
        # open(), not exec(): a nested event loop would let a second error re-enter this method.
        self._open.append(dialog)
        dialog.finished.connect(lambda _result: self._open.remove(dialog))
        dialog.open()

    def open_dialogs(self) -> list[QDialog]:
        """Return the messages currently shown (for tests and for closing them at exit)."""
        return list(self._open)
