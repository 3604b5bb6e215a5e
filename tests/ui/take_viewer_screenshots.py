"""Take the document viewer's screenshots under Xvfb: an invoice with a 10,000-character pasted
description rendered over several pages, and the error state (with Retry) of a failed render.

Run at each screen size, e.g.
`xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.ui.take_viewer_screenshots`
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.controllers.bootstrap import open_services
from desktop.controllers.documents import DocumentsController
from desktop.domain.documents import DocumentKind
from desktop.domain.errors import StorageError
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.ui_settings import UiSettings
from tests.document_helpers import add_customer, draft, line, vat
from tests.ui.take_screenshots import shoot, wait

PASTED = " ".join(
    f"Phase {n}: site survey, cabling and configuration of the Łódź office (東京 team on call)."
    for n in range(130)
)


class UnreadableDocuments(DocumentsController):
    """The real controller, as it behaves when the database file cannot be read while rendering."""

    def render_pdf(self, number: str | int) -> bytes:
        raise StorageError("The database file cannot be read: it is locked by another program.")


def settle(app: QApplication, seconds: float) -> None:
    """Run the event loop for a while, so background painting finishes."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    """Open both viewers in a real app and capture the whole screen with each one in front."""
    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen().geometry()
    size = f"{screen.width()}x{screen.height()}"
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    customer = add_customer(services.database, "Zakład Usług Technicznych Sp. z o.o.")
    pasted = replace(
        line("Network installation", "1850.00", "1", vat("23", "VAT")), description=PASTED
    )
    long_invoice = services.documents.create(draft(customer, DocumentKind.INVOICE, pasted))
    other = services.documents.create(draft(customer, DocumentKind.INVOICE))
    desktop = DesktopApp(services, settings)
    desktop.window.setGeometry(0, 0, screen.width(), screen.height())
    desktop.start()
    viewer = desktop.open_document(long_invoice.id)
    viewer.setGeometry(40, 20, screen.width() - 80, screen.height() - 60)
    wait(app, lambda: viewer.page_count() > 0)
    viewer.zoom_by(0.8)
    settle(app, 3.0)  # QPdfView draws its pages in the background
    shoot(app, f"viewer-long-description-{size}", viewer)
    failing = DocumentViewer(UnreadableDocuments(services.database), desktop.runner, other.id)
    failing.setGeometry(80, 40, screen.width() - 160, screen.height() - 100)
    failing.show()
    failing.reload()
    wait(app, lambda: failing.retry_button.isVisible())
    shoot(app, f"viewer-error-{size}", failing)
    desktop.shutdown()
    services.close()


if __name__ == "__main__":
    main()
