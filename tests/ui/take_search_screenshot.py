"""Take the README's search screenshot under Xvfb: 100,000 customers in many scripts, filtered by
an accented query typed in lower case, one customer selected.

Run: `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.ui.take_search_screenshot`
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
from desktop.ui.ui_settings import UiSettings
from tests.ui.seeding import seed_file
from tests.ui.take_screenshots import shoot, wait

QUERY = "çelik a.s"


def main() -> None:
    """Generate the customers, open the app, type the query, select the first match, capture."""
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    path = folder / "search.sqlite3"
    seed_file(path, 100_000)
    services = open_services(sqlite_url(path), MemorySecretStore())
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    desktop = DesktopApp(services, settings)
    window = desktop.window
    window.setGeometry(0, 0, 1280, 800)
    desktop.start()
    view = desktop.customers_view
    wait(app, lambda: view.count_label.text().endswith("customers"), 60)
    loaded: list[int] = []
    view.rows_loaded.connect(loaded.append)
    view.search_box.setText(QUERY)
    view.reload()  # what the search box's pause would start
    wait(app, lambda: bool(loaded) and not desktop.runner.is_busy(), 60)
    view.select_customer(view.model.customer_id(2))
    wait(app, lambda: desktop.detail_view.customer is not None and not desktop.runner.is_busy())
    shoot(app, "customers-search", window)
    desktop.shutdown()
    services.close()


if __name__ == "__main__":
    main()
