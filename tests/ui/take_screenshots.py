"""Take the README's screenshots under Xvfb: a fresh app, an import from the in-process sandbox,
then each screen in turn, captured with ImageMagick's `import -window root`.

Run: `xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tests.ui.take_screenshots`
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.controllers.bootstrap import open_services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.documents import DocumentKind
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.line_items_table_model import Columns as LineColumns
from desktop.ui.ui_settings import UiSettings
from tests.ui.sandbox_fixtures import fill_import_dialog

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def wait(app: QApplication, until: Callable[[], bool], seconds: float = 30) -> None:
    """Run the event loop until `until()` holds."""
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(int(seconds * 1000))
    while not until():
        if not deadline.isActive():
            raise TimeoutError("the screen did not get ready")
        app.processEvents()


def shoot(app: QApplication, name: str, window: QWidget) -> None:
    """Let the window paint, then capture the whole X screen."""
    window.raise_()
    window.activateWindow()
    for _ in range(30):
        app.processEvents()
        QTimer.singleShot(10, lambda: None)
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print(f"wrote {name}.png")


def main() -> None:
    """Drive the app through the user's day and capture each screen."""
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    services.potentials.set_workflows(estimates=True, invoices=True)
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    with SandboxCrm(accounts=400, contacts=900, deals=60) as sandbox:
        desktop = DesktopApp(services, settings)
        window = desktop.window
        window.setGeometry(0, 0, 1280, 800)
        desktop.start()
        dialog = desktop.open_import_dialog()
        fill_import_dialog(dialog, sandbox)
        dialog.key.setText("1000.5f2b7c0e9a1d4e6f8a0b2c4d6e8f0a1b.0c2e4a6b8d0f2a4c6e8b0d2f4a6c8e0b")
        shoot(app, "import-dialog", dialog)
        fill_import_dialog(dialog, sandbox)
        dialog.import_button.click()
        wait(app, lambda: desktop.customers_view.model.loaded_count() > 100, 120)
        wait(app, lambda: desktop.status_view.label.text().startswith("Last sync"))
        wait(app, lambda: not desktop.runner.is_busy())
        shoot(app, "customers-tab", window)
        desktop.customers_view.select_customer(desktop.customers_view.model.customer_id(3))
        wait(app, lambda: desktop.detail_view.customer is not None)
        desktop.customer_documents.reload()
        wait(app, lambda: not desktop.runner.is_busy())
        shoot(app, "customer-detail", window)
        editor = desktop.open_editor(DocumentKind.INVOICE)
        editor.setGeometry(120, 40, 1000, 720)
        editor.currency.setText("USD")
        rows = [
            ("Website redesign", "1", "2400.00", "", "VAT 20%"),
            ("Hosting, 12 months", "12", "35.00", "10%", "VAT 20%"),
        ]
        for number, (item, quantity, rate, discount, taxes) in enumerate(rows):
            if number:
                editor.lines.add_line()
            for column, text in (
                (LineColumns.ITEM, item),
                (LineColumns.QUANTITY, quantity),
                (LineColumns.RATE, rate),
                (LineColumns.DISCOUNT, discount),
                (LineColumns.TAXES, taxes),
            ):
                editor.lines.setData(editor.lines.index(number, column), text)
        editor.shipping.setText("25.00")
        editor.notes.setPlainText("Thank you for your business.")
        shoot(app, "document-editor", editor)
        editor.save_button.click()
        wait(app, lambda: desktop.viewer is not None and desktop.viewer.page_count() > 0, 30)
        assert desktop.viewer is not None
        desktop.viewer.setGeometry(80, 20, 1100, 760)
        shoot(app, "document-viewer", desktop.viewer)
        desktop.viewer.hide()
        window.show_tab("Potentials")
        wait(app, lambda: desktop.potentials_view.model.rowCount() > 0)
        model = desktop.potentials_view.model
        rows = [r for r in range(model.rowCount()) if len(model.value(r).documents) > 1]
        desktop.potentials_view.table.selectRow(rows[0] if rows else 0)
        wait(app, lambda: not desktop.runner.is_busy())
        shoot(app, "potentials-tab", window)
        desktop.shutdown()
    services.close()


if __name__ == "__main__":
    main()
