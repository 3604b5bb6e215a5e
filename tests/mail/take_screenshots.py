"""Take the email screenshots under Xvfb: the Send dialog over the viewer, Settings → Email, Outbox.

Run (once per screen size; the size is read from the screen):
  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.mail.take_screenshots
  xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.mail.take_screenshots
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop.controllers.bootstrap import open_services
from desktop.domain.documents import DocumentKind
from desktop.domain.mail import MailRequest, MailServer, Security
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.ui_settings import UiSettings
from tests.document_helpers import add_customer, draft, line
from tests.mail.conftest import add_contacts, name_the_seller
from tests.mail.smtp_server import free_port, running_smtp
from tests.ui.take_screenshots import shoot as shoot_now
from tests.ui.take_screenshots import wait


def shoot(app: QApplication, name: str, window: QWidget) -> None:
    """Give the window manager a second to map and paint the window, then capture the screen."""
    window.raise_()
    window.activateWindow()
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    shoot_now(app, name, window)


def main() -> None:
    """Seed an invoice, point email at a loopback server, and capture the three screens."""
    app = QApplication(sys.argv[:1])
    size = app.primaryScreen().size()
    suffix = f"-{size.width()}x{size.height()}"
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    name_the_seller(services.database, "Lisbon Design Studio")
    customer = add_customer(services.database, "Acme Robotics GmbH")
    add_contacts(services.database, customer)
    invoice = services.documents.create(
        draft(
            customer,
            DocumentKind.INVOICE,
            line("Website redesign", "2400.00"),
            line("Hosting, 12 months", "35", "12"),
        )
    ).number
    port = free_port()
    with running_smtp(str(folder), port=port) as server:
        services.mail.save(
            MailServer(server.host, port, Security.NONE, "Lisbon Design Studio <billing@lds.test>"),
            reminder_days=[7, 21],
        )
        services.mail.send_document(invoice, MailRequest(subject="Earlier invoice"))
    services.mail.send_document(invoice, MailRequest(subject="Waiting: the server is down"))
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    desktop = DesktopApp(services, settings)
    desktop.window.setGeometry(0, 0, size.width(), size.height())
    desktop.start()
    viewer = desktop.open_document(services.documents.get(invoice).id)
    wait(app, lambda: viewer.page_count() > 0 and not desktop.runner.is_busy())
    viewer.setGeometry(40, 20, min(1100, size.width() - 80), size.height() - 60)
    dialog = desktop.mail.open_send_dialog(invoice)
    wait(app, lambda: not desktop.runner.is_busy())
    dialog.cc.add("Bob Øster <bob@customer.test>")
    dialog.move(size.width() // 2 - dialog.width() // 2, 60)
    shoot(app, f"email-send-dialog{suffix}", dialog)
    dialog.reject()
    viewer.hide()
    settings_dialog = desktop.mail.open_email_settings()
    wait(app, lambda: not desktop.runner.is_busy())
    # What a real set-up looks like (shown, not saved): the provider's server with STARTTLS.
    settings_dialog.host.setText("smtp.lds.example")
    settings_dialog.security.setCurrentIndex(settings_dialog.security.findData("starttls"))
    settings_dialog.port.setValue(587)
    settings_dialog.user.setText("billing@lds.test")
    settings_dialog.move(size.width() // 2 - settings_dialog.width() // 2, 20)
    shoot(app, f"email-settings{suffix}", settings_dialog)
    settings_dialog.reject()
    outbox = desktop.mail.open_outbox()
    wait(app, lambda: not desktop.runner.is_busy() and outbox.model.rowCount() >= 2)
    outbox.move(size.width() // 2 - outbox.width() // 2, 120)
    shoot(app, f"email-outbox{suffix}", outbox)
    desktop.shutdown()
    services.close()


if __name__ == "__main__":
    main()
