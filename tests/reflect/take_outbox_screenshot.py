"""Take the README's screenshot of the CRM outbox under Xvfb (done, failed and waiting items).

Run: `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.reflect.take_outbox_screenshot NAME`
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.controllers.bootstrap import open_services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.ui_settings import UiSettings
from tests.document_helpers import draft, line
from tests.ui.sandbox_fixtures import connect_to
from tests.ui.take_screenshots import shoot, wait


def main(name: str) -> None:
    """Fill an outbox with every state, open the dialog over the window and capture it."""
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    with SandboxCrm(accounts=40, contacts=60, deals=5) as sandbox:
        connect_to(services, sandbox)
        services.sync.run()
        customers = [c for c in services.customers.list() if c.crm and c.crm.module == "Accounts"]
        due = date(2099, 1, 31)
        for number, customer in enumerate(customers[:8]):
            invoice = services.documents.create(draft(
                customer.id, DocumentKind.INVOICE, line("Consulting", f"{(number + 1) * 150}.00"),
                due_date=due))  # fmt: skip
            services.documents.set_status(invoice.number, DocumentStatus.SENT)
        gone = customers[8]
        services.documents.create(draft(gone.id, DocumentKind.INVOICE, line("Repair", "80.00"),
                                        due_date=due))  # fmt: skip
        sandbox.delete("Accounts", gone.crm.crm_id if gone.crm else "")
        services.sync.run()
        sandbox.withhold_note_scopes()  # the key lost its notes scope: the rest waits
        services.documents.pay(services.documents.list(kind=DocumentKind.INVOICE)[-1].number, "50")
        services.documents.create(draft(customers[2].id, DocumentKind.ESTIMATE,
                                        line("Phase 2", "900.00"), due_date=due))  # fmt: skip
        services.sync.run()
        desktop = DesktopApp(services, settings)
        screen = app.primaryScreen().geometry()
        desktop.window.setGeometry(0, 0, screen.width(), screen.height())
        desktop.start()
        wait(app, lambda: not desktop.runner.is_busy())
        dialog = desktop.open_crm_outbox()
        dialog.setGeometry(screen.width() // 2 - 470, 80, 940, 520)
        wait(app, lambda: dialog.items.rowCount() > 0 and not desktop.runner.is_busy())
        shoot(app, name, dialog)
        desktop.shutdown()
    services.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "crm-outbox")
