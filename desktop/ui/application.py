"""Start the Qt application: one QApplication, the services, the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from desktop.controllers.services import Services
from desktop.ui.main_window import MainWindow


def run_application(argv: list[str], open_services: Callable[[], Services]) -> int:
    """Open the main window and run the event loop; return the exit code."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Invoice Desk")
    app.setOrganizationName("InvoiceDesk")
    services = open_services()
    try:
        window = MainWindow()
        window.show()
        return app.exec()
    finally:
        services.close()
