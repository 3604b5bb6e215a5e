"""The Send dialog: To/CC/BCC from the customer's contact persons or any address, subject,
message, the PDF's name; sends on the mail lane so the window never waits on SMTP."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.mail import MailController
from desktop.domain.errors import UserFacingError
from desktop.domain.mail import MailDraft, MailRequest, OutboxEntry, OutboxState, Purpose
from desktop.ui.task_runner import Lane, TaskRunner


def split_addresses(text: str) -> tuple[str, ...]:
    """Return the comma- or semicolon-separated entries of a field (checked by the controller)."""
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class AddressField(QWidget):
    """A line for addresses with a "Contacts" button that appends a contact person's address."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setAccessibleName(accessible_name)
        self.line.setPlaceholderText(self.tr("name@example.com, another@example.com"))
        self.pick = QToolButton()
        self.pick.setText(self.tr("Contacts ▾"))
        self.pick.setAccessibleName(
            self.tr("{field}: pick a contact person").format(field=accessible_name)
        )
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setMenu(QMenu(self.pick))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick)

    def set_candidates(self, candidates: tuple[str, ...]) -> None:
        """Offer these addresses in the Contacts menu."""
        menu = self.pick.menu()
        menu.clear()
        for address in candidates:
            action = QAction(address, menu)
            action.triggered.connect(lambda _checked=False, chosen=address: self.add(chosen))
            menu.addAction(action)
        self.pick.setEnabled(bool(candidates))

    def add(self, address: str) -> None:
        """Append an address unless it is already there."""
        current = list(split_addresses(self.line.text()))
        if address not in current:
            current.append(address)
        self.line.setText(", ".join(current))

    def addresses(self) -> tuple[str, ...]:
        """Return the entries typed or picked."""
        return split_addresses(self.line.text())


class SendDocumentDialog(QDialog):
    """Email one document (or a reminder) with its PDF attached.

    Signals (GUI thread):
      finished_sending(object) — the OutboxEntry once the message is sent or queued
    """

    finished_sending = Signal(object)

    def __init__(
        self,
        mail: MailController,
        runner: TaskRunner,
        number: str,
        purpose: Purpose = Purpose.DOCUMENT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mail = mail
        self._runner = runner
        self._number = number
        self._purpose = purpose
        if purpose is Purpose.REMINDER:
            title = self.tr("Send reminder for {number}")
        else:
            title = self.tr("Send email {number}")
        self.setWindowTitle(title.format(number=number))
        self._build()
        self.resize(720, 560)

    def _build(self) -> None:
        self.to = AddressField(self.tr("To"))
        self.cc = AddressField(self.tr("CC"))
        self.bcc = AddressField(self.tr("BCC"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.attachment = QLabel()
        self.attachment.setAccessibleName(self.tr("Attachment"))
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&CC:"), self.cc)
        form.addRow(self.tr("&BCC:"), self.bcc)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("Attachment:"), self.attachment)
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Send status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        body_label = QLabel(self.tr("&Message:"))
        body_label.setBuddy(self.body)
        layout.addWidget(body_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._set_busy(True, self.tr("Preparing…"))

    def load(self) -> None:
        """Fill the fields from the templates and the customer's contact persons (database lane)."""
        self._runner.run(
            Lane.DATABASE,
            self._mail.draft,
            self._number,
            self._purpose,
            on_success=self._on_draft_loaded,
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_draft_loaded(self, draft: MailDraft) -> None:
        self.to.line.setText(", ".join(draft.to))
        for field in (self.to, self.cc, self.bcc):
            field.set_candidates(draft.candidates)
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.message)
        self.attachment.setText(
            self.tr("{name} (the PDF as shown in the viewer)").format(name=draft.attachment_name)
        )
        self._set_busy(False, "")

    def request(self) -> MailRequest:
        """Return what the fields ask for."""
        return MailRequest(
            to=self.to.addresses(),
            cc=self.cc.addresses(),
            bcc=self.bcc.addresses(),
            subject=self.subject.text(),
            message=self.body.toPlainText(),
            purpose=self._purpose,
        )

    def _on_send_button_clicked(self) -> None:
        if not self.to.addresses():
            self.message.setText(
                self.tr("To: give at least one address, or pick a contact person.")
            )
            self.to.line.setFocus()
            return
        self._set_busy(True, self.tr("Sending…"))
        self._runner.run(
            Lane.MAIL,
            self._mail.send_document,
            self._number,
            self.request(),
            on_success=self._on_sent,
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_sent(self, entry: OutboxEntry) -> None:
        self.finished_sending.emit(entry)
        if entry.state is OutboxState.FAILED:
            self._set_busy(False, self.tr("Not sent: {reason}").format(reason=entry.error))
            return
        self.accept()

    def _on_failed(self, error: UserFacingError) -> None:
        # Nothing typed is lost: the dialog stays open with the sentence.
        self._set_busy(False, str(error))

    def _set_busy(self, busy: bool, text: str) -> None:
        self.send_button.setEnabled(not busy)
        self.message.setText(text)
