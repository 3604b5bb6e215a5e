"""The Send dialog, Settings → Email and the Outbox against a real SMTP server, offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.domain.lifecycle import DocumentStatus
from desktop.domain.mail import MailRequest, OutboxState, Purpose, Security
from desktop.ui.application import DesktopApp
from desktop.ui.email_settings_dialog import EmailSettingsDialog
from desktop.ui.outbox_dialog import OutboxDialog
from desktop.ui.send_document_dialog import SendDocumentDialog
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.mail.conftest import seed_invoice, use_server
from tests.mail.smtp_server import SmtpServer, free_port, running_smtp
from tests.ui.helpers import wait_until_idle

LONG = "x" * 10_000
WORLD = "Grüße 🧾 مرحبا 請求書"


def _paste(widget: object, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.paste()  # type: ignore[attr-defined]


def _send_dialog(
    qtbot: QtBot, services: Services, runner: TaskRunner, smtp: SmtpServer, purpose: Purpose
) -> tuple[str, SendDocumentDialog]:
    use_server(services, smtp)
    number = seed_invoice(services)
    dialog = SendDocumentDialog(services.mail, runner, number, purpose)
    qtbot.addWidget(dialog)
    dialog.load()
    dialog.show()
    wait_until_idle(qtbot, runner)
    return number, dialog


def test_the_send_dialog_sends_to_picked_contacts(
    qtbot: QtBot, services: Services, runner: TaskRunner, smtp: SmtpServer
) -> None:
    number, dialog = _send_dialog(qtbot, services, runner, smtp, Purpose.DOCUMENT)
    assert dialog.to.line.text() == "Ana Ruiz <ana@customer.test>"
    assert dialog.subject.text() == f"{number} from Shop & Co"
    assert dialog.attachment.text().startswith(f"{number}.pdf")
    bob = [a for a in dialog.cc.pick.menu().actions() if "bob@" in a.text()]
    bob[0].trigger()
    assert dialog.cc.line.text() == "Bob Øster <bob@customer.test>"

    to = dialog.to.line.text()
    dialog.to.line.clear()
    dialog.send_button.click()
    assert dialog.message.text().startswith("To: give at least one address")
    dialog.to.line.setText(to)
    dialog.subject.clear()
    _paste(dialog.subject, LONG)
    dialog.body.clear()
    _paste(dialog.body, LONG + WORLD)
    dialog.send_button.click()
    wait_until_idle(qtbot, runner)
    assert dialog.isVisible(), "bad input keeps the dialog and everything typed"
    assert dialog.message.text().startswith("subject: is 10000 characters")
    assert dialog.body.toPlainText() == LONG + WORLD
    assert services.mail.outbox() == []

    dialog.subject.setText(WORLD)
    with qtbot.waitSignal(dialog.finished_sending, timeout=20_000):
        dialog.send_button.click()
    wait_until_idle(qtbot, runner)
    assert dialog.result() == QDialog.DialogCode.Accepted
    message = smtp.recorder.received[0].parsed()
    assert message["Subject"] == WORLD
    assert message["Cc"] == "Bob Øster <bob@customer.test>"
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().rstrip("\r\n") == LONG + WORLD
    assert services.documents.get(number).status is DocumentStatus.SENT


def test_a_reminder_dialog_starts_from_the_reminder_template(
    qtbot: QtBot, services: Services, runner: TaskRunner, smtp: SmtpServer
) -> None:
    number, dialog = _send_dialog(qtbot, services, runner, smtp, Purpose.REMINDER)
    assert dialog.subject.text() == f"Reminder: {number} is overdue"
    dialog.send_button.click()
    wait_until_idle(qtbot, runner)
    assert dialog.message.text() == f"Invoice {number} is a draft; send it before reminding."


def test_email_settings_save_test_and_refuse_clear_text(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    smtp: SmtpServer,
) -> None:
    dialog = EmailSettingsDialog(services.mail, runner)
    qtbot.addWidget(dialog)
    dialog.load()
    dialog.show()
    wait_until_idle(qtbot, runner)
    for field in (dialog.host, dialog.user, dialog.from_address, dialog.reply_to):
        _paste(field, LONG + WORLD)
    dialog.security.setCurrentIndex(dialog.security.findData(Security.NONE.value))
    dialog.buttons.accepted.emit()
    wait_until_idle(qtbot, runner)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("host:")
    assert not services.mail.config().configured

    dialog.host.setText("smtp.example.com")
    dialog.from_address.setText("Shop <billing@shop.test>")
    dialog.user.clear()
    dialog.reply_to.clear()
    dialog.buttons.accepted.emit()
    wait_until_idle(qtbot, runner)
    assert dialog.message.text().startswith("security: none is allowed only for a server")

    dialog.host.setText(smtp.host)
    dialog.port.setValue(smtp.port)
    dialog.password.setText("pässword 🔑")
    dialog.reminder_days.setText("21, 7")
    dialog.send_subject.setText("{number} — " + WORLD)
    dialog.test_button.click()
    wait_until_idle(qtbot, runner, 20_000)
    assert dialog.message.text() == (
        "Test message sent to Shop <billing@shop.test>. The settings are saved."
    )
    assert len(smtp.recorder.received) == 1
    config = services.mail.config()
    assert (config.server.host, config.server.port, config.reminder_days) == (
        smtp.host,
        smtp.port,
        (7, 21),
    )
    assert config.templates.send_subject == "{number} — " + WORLD
    assert services.secrets.get("mail.password") == "pässword 🔑"
    assert dialog.password.text() == ""  # never shown again


def test_the_outbox_lists_why_and_sends_now(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    port = free_port()
    with running_smtp(str(tmp_path), port=port) as server:
        use_server(services, server)
    queued = services.mail.send_document(seed_invoice(services), MailRequest())
    dialog = OutboxDialog(services.mail, runner)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    wait_until_idle(qtbot, runner)
    assert dialog.model.rowCount() == 1
    assert dialog.model.value(0).state is OutboxState.QUEUED
    assert "cannot be reached" in (dialog.model.value(0).error or "")
    with running_smtp(str(tmp_path), port=port) as server:
        with qtbot.waitSignal(dialog.outbox_sent, timeout=20_000):
            dialog.send_button.click()
        wait_until_idle(qtbot, runner)
    assert dialog.message.text() == "1 sent, 0 failed, 0 waiting."
    assert dialog.model.value(0).state is OutboxState.SENT
    assert server.recorder.message_ids() == [queued.message_id]


def test_the_app_reminds_from_the_overdue_list_and_emails_from_the_viewer(
    qtbot: QtBot, services: Services, ui_settings: UiSettings, smtp: SmtpServer
) -> None:
    use_server(services, smtp)
    number = seed_invoice(services, due_date=date(2026, 11, 2))
    services.documents.set_status(number, "sent")
    app = DesktopApp(services, ui_settings)
    qtbot.addWidget(app.window)
    app.start()
    try:
        app.window.show_tab("Invoices")
        view = app.invoices_view
        view.status_filter.setCurrentIndex(view.status_filter.findData("overdue"))
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
        view.table.selectRow(0)
        [remind] = [a for a in view.table.actions() if a.text() == "Send &reminder…"]
        remind.trigger()
        dialog = app.window.findChild(SendDocumentDialog)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.subject.text() == f"Reminder: {number} is overdue")
        with qtbot.waitSignal(dialog.finished_sending, timeout=20_000):
            dialog.send_button.click()
        assert smtp.recorder.received[0].parsed()["Subject"] == f"Reminder: {number} is overdue"

        viewer = app.open_document(services.documents.get(number).id)
        qtbot.waitUntil(lambda: viewer.document is not None and viewer.email_button.isEnabled())
        assert viewer.remind_button.isEnabled()
        assert viewer.history_box.isVisible()
        assert any(
            "Reminder emailed to" in viewer.history.item(i).text()
            for i in range(viewer.history.count())
        )
        viewer.email_button.click()
        sender = viewer.findChild(SendDocumentDialog)
        assert sender is not None
        qtbot.waitUntil(lambda: sender.subject.text() == f"{number} from Shop & Co")
    finally:
        app.shutdown()
