"""Screenshots of File → Database… (this computer, and a tested shared server) and the File menu.

Run: `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.ui.take_database_screenshots`
(needs PostgreSQL's binaries for the "Connected" shot, as the tests do).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.controllers.bootstrap import open_services
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.ui_settings import UiSettings
from tests import postgres_server
from tests.ui.take_screenshots import OUT, shoot, wait


def main() -> None:
    """Open the app, then the dialog in both states, and capture each."""
    suffix = sys.argv[1] if len(sys.argv) > 1 else ""
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    desktop = DesktopApp(services, settings, folder)
    desktop.start()
    desktop.window.resize(1100, 700)
    dialog = desktop.open_database_dialog()
    wait(app, lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())
    settle = time.monotonic() + 1.5  # the window manager frames and places the window
    wait(app, lambda: time.monotonic() > settle)
    shoot(app, f"database-dialog-local{suffix}", dialog)
    with postgres_server.running_postgres() as url:
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        dialog.shared.setChecked(True)
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(port)
        dialog.database.setText("postgres")
        dialog.user.setText("test")
        dialog.password.setText("secret")
        dialog.ssl_mode.setCurrentText("disable")
        dialog.copy_data.setChecked(True)
        dialog.test_button.click()
        wait(app, lambda: dialog.status.text().startswith("Connected"))
        shoot(app, f"database-dialog-shared{suffix}", dialog)
    dialog.reject()
    desktop.shutdown()
    services.close()
    print(OUT)


if __name__ == "__main__":
    main()
