"""Take the README's e-invoice screenshot under Xvfb: the viewer with Save as e-invoice… and the
format dialog open over it, at 1280×800 or whatever screen Xvfb was given.

Run: `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.ui.take_einvoice_screenshots NAME`
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.controllers.bootstrap import open_services
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.einvoice_dialog import EInvoiceFormatDialog
from desktop.ui.ui_settings import UiSettings
from tests.ui.take_essentials_screenshots import seed
from tests.ui.take_screenshots import OUT, shoot, wait


def main() -> None:
    """Seed, open the invoice in the viewer, show the format dialog and capture the screen."""
    name = sys.argv[1] if len(sys.argv) > 1 else "einvoice-save"
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    invoice_id, _credit_id = seed(services)
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    desktop = DesktopApp(services, settings)
    desktop.window.setGeometry(0, 0, 1280, 800)
    desktop.start()
    viewer = desktop.open_document(invoice_id)
    wait(app, lambda: viewer.page_count() > 0 and viewer.document is not None, 30)
    viewer.setGeometry(60, 10, 1150, 760)
    assert viewer.document is not None
    dialog = EInvoiceFormatDialog(viewer.document.number, viewer)
    dialog.show()
    dialog.move(viewer.x() + 330, viewer.y() + 260)
    shoot(app, name, dialog)
    dialog.close()
    desktop.shutdown()
    services.close()


if __name__ == "__main__":
    main()
