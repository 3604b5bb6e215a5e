"""Email from the window: the Send dialog, Settings → Email, the outbox and its sending lane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.controllers.mail import MailController
from desktop.controllers.outbox_sender import OutboxReport
from desktop.domain.mail import OutboxEntry, OutboxState, Purpose
from desktop.ui.documents_view import DocumentsView
from desktop.ui.email_settings_dialog import EmailSettingsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox_dialog import OutboxDialog
from desktop.ui.send_document_dialog import SendDocumentDialog
from desktop.ui.task_runner import Lane, TaskRunner

SAY_MILLISECONDS = 8000


class MailActions(QObject):
    """Opens the email dialogs and sends the outbox on the mail lane.

    Signals (GUI thread):
      documents_sent(str) — documents were sent or failed: the number of the one the Send
        dialog sent, or "" after an outbox run (lists and viewers re-read them)
    """

    documents_sent = Signal(str)

    def __init__(
        self,
        mail: MailController,
        runner: TaskRunner,
        window: MainWindow,
        dialog_parent: Callable[[], QWidget | None],
    ) -> None:
        super().__init__(window)
        self._mail, self._runner, self._window = mail, runner, window
        self._dialog_parent = dialog_parent  # the open document window, else the main window

    def open_send_dialog(self, number: str, purpose: str = "document") -> SendDocumentDialog:
        """Open the Send dialog for a document (or a reminder) over the viewer."""
        parent = self._dialog_parent() or self._window
        dialog = SendDocumentDialog(self._mail, self._runner, number, Purpose(purpose), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_sending.connect(self._on_send_dialog_finished_sending)
        dialog.load()
        dialog.open()
        return dialog

    def add_table_action(self, view: DocumentsView, text: str, purpose: str) -> None:
        """Offer Email…/Send reminder… on a list's right-click menu (e.g. the overdue invoices)."""
        action = QAction(text, view.table)
        action.triggered.connect(lambda: self._email_selected(view, purpose))
        view.table.addAction(action)
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def open_email_settings(self) -> EmailSettingsDialog:
        """Show Settings → Email."""
        dialog = EmailSettingsDialog(self._mail, self._runner, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.load()
        dialog.open()
        return dialog

    def open_outbox(self) -> OutboxDialog:
        """Show the outbox."""
        dialog = OutboxDialog(self._mail, self._runner, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reload()
        dialog.open()
        return dialog

    def send_outbox(self) -> None:
        """Send what waits in the outbox on the mail lane (start-up, after each sync)."""
        self._runner.run(
            Lane.MAIL,
            self._mail.send_pending,
            on_success=self._on_outbox_sent,
            on_failure=lambda _error: None,  # the reasons stay on each message in the Outbox
            owner=self,
        )

    def _email_selected(self, view: DocumentsView, purpose: str) -> None:
        rows = view.table.selectionModel().selectedRows()
        if rows:
            self.open_send_dialog(view.model.value(rows[0].row()).number, purpose)

    def _on_send_dialog_finished_sending(self, entry: OutboxEntry) -> None:
        if entry.state is OutboxState.SENT:
            text = self.tr("{number} sent").format(number=entry.document_number)
        else:
            text = self.tr("{number} {state}: {error}").format(
                number=entry.document_number, state=entry.state.value, error=entry.error
            )
        self._window.say(text, SAY_MILLISECONDS)
        self.documents_sent.emit(entry.document_number)

    def _on_outbox_sent(self, report: OutboxReport) -> None:
        if report.sent or report.failed:
            self._window.say(
                self.tr("Outbox: {sent} sent, {failed} failed, {waiting} waiting.").format(
                    sent=len(report.sent), failed=len(report.failed), waiting=len(report.waiting)
                ),
                SAY_MILLISECONDS,
            )
            self.documents_sent.emit("")
