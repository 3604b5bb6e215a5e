"""Settings → Email: the mail server, the sender, the templates, reminders, and "Send test mail".

The password goes to the keyring through the controller; the field never shows a stored one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.mail import MailController
from desktop.domain.errors import UserFacingError
from desktop.domain.mail import (
    DEFAULT_PORTS,
    PLACEHOLDERS,
    MailConfig,
    MailServer,
    MailTemplates,
    Security,
    parse_schedule,
)
from desktop.ui.locale_format import QT_TRANSLATE_NOOP
from desktop.ui.task_runner import Lane, TaskRunner

SECURITY_LABELS = {
    Security.STARTTLS: QT_TRANSLATE_NOOP("EmailSettingsDialog", "STARTTLS (port 587)"),
    Security.SSL: QT_TRANSLATE_NOOP("EmailSettingsDialog", "SSL/TLS (port 465)"),
    Security.NONE: QT_TRANSLATE_NOOP(
        "EmailSettingsDialog", "None (only for a server on this computer)"
    ),
}


class EmailSettingsDialog(QDialog):
    """Edits the mail settings; Save and Send test mail run off the GUI thread. No signals."""

    def __init__(
        self, mail: MailController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Email settings"))
        self._mail = mail
        self._runner = runner
        self._build()
        self.resize(760, 720)

    def _build(self) -> None:
        self.host = QLineEdit(placeholderText="smtp.example.com")
        self.port = QSpinBox(minimum=1, maximum=65535, value=587)
        self.security = QComboBox()
        for security, label in SECURITY_LABELS.items():
            self.security.addItem(self.tr(label), security.value)
        self.security.currentIndexChanged.connect(self._on_security_current_index_changed)
        self.user = QLineEdit(
            placeholderText=self.tr("usually your email address; empty: no login")
        )
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit(placeholderText=self.tr("Your Shop <billing@example.com>"))
        self.reply_to = QLineEdit(placeholderText="optional")
        server = QFormLayout()
        for label, widget in (
            (self.tr("SMTP &server:"), self.host),
            (self.tr("&Port:"), self.port),
            (self.tr("Se&curity:"), self.security),
            (self.tr("&User:"), self.user),
            (self.tr("Pass&word:"), self.password),
            (self.tr("&From:"), self.from_address),
            (self.tr("&Reply-to:"), self.reply_to),
        ):
            server.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        server_box = QGroupBox(self.tr("Outgoing mail server"))
        server_box.setLayout(server)

        self.send_subject = QLineEdit()
        self.send_message = QPlainTextEdit()
        self.reminder_subject = QLineEdit()
        self.reminder_message = QPlainTextEdit()
        self.reminder_days = QLineEdit(
            placeholderText=self.tr("e.g. 7, 21 — empty: no automatic reminders")
        )
        texts = QFormLayout()
        text_fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Document subject:"), self.send_subject),
            (self.tr("Document message:"), self.send_message),
            (self.tr("Reminder subject:"), self.reminder_subject),
            (self.tr("Reminder message:"), self.reminder_message),
            (self.tr("Remind automatically, days after due:"), self.reminder_days),
        )
        for text_label, text_widget in text_fields:
            texts.addRow(text_label, text_widget)
            text_widget.setAccessibleName(text_label.rstrip(":"))
        placeholders = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        texts.addRow(
            QLabel(self.tr("<small>Placeholders: {names}</small>").format(names=placeholders))
        )
        texts_box = QGroupBox(self.tr("Messages"))
        texts_box.setLayout(texts)

        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Email settings status"))
        self.test_button = QPushButton(self.tr("Send &test mail"))
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(server_box)
        layout.addWidget(texts_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def load(self) -> None:
        """Read the settings on the database lane and show them."""
        self._runner.run(
            Lane.DATABASE,
            self._mail.config,
            on_success=self._on_config_loaded,
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_config_loaded(self, config: MailConfig) -> None:
        server, templates = config.server, config.templates
        self.host.setText(server.host)
        self.security.setCurrentIndex(self.security.findData(server.security.value))
        self.port.setValue(server.port)
        self.user.setText(server.user)
        self.from_address.setText(server.from_address)
        self.reply_to.setText(server.reply_to)
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("stored in the system keyring — type to replace")
            if config.password_set
            else self.tr("not stored yet — it will be kept in the system keyring")
        )
        self.send_subject.setText(templates.send_subject)
        self.send_message.setPlainText(templates.send_message)
        self.reminder_subject.setText(templates.reminder_subject)
        self.reminder_message.setPlainText(templates.reminder_message)
        self.reminder_days.setText(", ".join(str(d) for d in config.reminder_days))

    def server(self) -> MailServer:
        """Return the server as the fields say."""
        return MailServer(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            from_address=self.from_address.text().strip(),
            user=self.user.text().strip(),
            reply_to=self.reply_to.text().strip(),
        )

    def templates(self) -> MailTemplates:
        """Return the templates as the fields say."""
        return MailTemplates(
            self.send_subject.text(),
            self.send_message.toPlainText(),
            self.reminder_subject.text(),
            self.reminder_message.toPlainText(),
        )

    def _collect(self) -> tuple[MailServer, str | None, MailTemplates, list[int]] | None:
        try:
            days = parse_schedule(self.reminder_days.text())
        except UserFacingError as error:
            self.message.setText(str(error))
            return None
        # An empty password field keeps the stored one (None); the field never shows it.
        return self.server(), self.password.text() or None, self.templates(), days

    def _on_buttons_accepted(self) -> None:
        fields = self._collect()
        if fields is None:
            return
        self.message.setText(self.tr("Saving…"))
        self._runner.run(
            Lane.DATABASE,
            self._mail.save,
            *fields,
            on_success=lambda _config: self.accept(),
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_test_button_clicked(self) -> None:
        fields = self._collect()
        if fields is None:
            return
        self.test_button.setEnabled(False)
        self.message.setText(self.tr("Saving and sending a test message…"))
        self._runner.run(
            Lane.MAIL,
            _save_and_test,
            self._mail,
            *fields,
            on_success=self._on_test_sent,
            on_failure=self._on_failed,
            on_done=lambda: self.test_button.setEnabled(True),
            owner=self,
        )

    def _on_test_sent(self, to: str) -> None:
        self.password.clear()
        self.message.setText(
            self.tr("Test message sent to {address}. The settings are saved.").format(address=to)
        )

    def _on_failed(self, error: UserFacingError) -> None:
        self.message.setText(str(error))

    def _on_security_current_index_changed(self, _index: int) -> None:
        security = Security(self.security.currentData())
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[security])


def _save_and_test(
    mail: MailController,
    server: MailServer,
    password: str | None,
    templates: MailTemplates,
    days: list[int],
) -> str:
    """Worker side: store the settings, then send the test message; return to whom."""
    mail.save(server, password, templates, days)
    return mail.send_test()
