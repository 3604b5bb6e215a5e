"""Take the README's screenshots under Xvfb, light and dark, at the screen's size: a fresh app's
welcome page, an import from the in-process sandbox, then each screen and dialog in turn,
captured with ImageMagick's `import -window root`.

Run (openbox gives the windows their frames and titles):
  xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'openbox & .venv/bin/python -m tests.ui.take_screenshots'
and again with 1920x1080x24.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.controllers.bootstrap import open_services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.documents import DocumentKind
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.appearance import DARK, LIGHT
from desktop.ui.application import DesktopApp
from desktop.ui.document_actions import DocumentAction
from desktop.ui.einvoice_dialog import EInvoiceFormatDialog
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


def settle(app: QApplication, milliseconds: int = 400) -> None:
    """Let pending paints, layouts and renderings run for a while."""
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < milliseconds:
        app.processEvents()


def capture(path: Path) -> None:
    """Capture the whole X screen into a compact PNG (256 colours are plenty for a window)."""
    subprocess.run(
        ["import", "-window", "root", "-colors", "256",
         "-define", "png:compression-level=9", f"PNG8:{path}"],
        check=True,
    )  # fmt: skip


def shoot(app: QApplication, name: str, window: QWidget) -> None:
    """Let the window paint, then capture the whole X screen as docs/screenshots/NAME.png (the
    other features' screenshot scripts use it)."""
    window.raise_()
    window.activateWindow()
    settle(app)
    capture(OUT / f"{name}.png")
    print(f"wrote {name}.png")


class Camera:
    """Names each capture by screen, palette and size, and writes a compact PNG."""

    def __init__(self, app: QApplication, palette: str) -> None:
        self.app, self.palette = app, palette
        screen = QGuiApplication.primaryScreen().geometry()
        self.size = f"{screen.width()}x{screen.height()}"

    def shoot(self, name: str, window: QWidget, milliseconds: int = 400) -> None:
        """Let the window paint, then capture the whole X screen."""
        window.raise_()
        window.activateWindow()
        settle(self.app, milliseconds)
        path = OUT / f"{name}-{self.palette}-{self.size}.png"
        capture(path)
        print(f"wrote {path.name}")


def fill_editor(desktop: DesktopApp) -> None:
    """Type two lines, a third one with a quantity that is not a number, and notes."""
    editor = desktop.editor
    assert editor is not None
    editor.currency.setText("USD")
    rows = [
        ("Website redesign", "Home page, catalogue and checkout", "1", "2400.00", "", "VAT 20%"),
        ("Hosting, 12 months", "Managed, with daily backups", "12", "35.00", "10%", "VAT 20%"),
        ("Support hours", "", "3 h", "80.00", "", "VAT 20%"),
    ]
    for number, (item, description, quantity, rate, discount, taxes) in enumerate(rows):
        if number:
            editor.lines.add_line()
        for column, text in (
            (LineColumns.ITEM, item),
            (LineColumns.DESCRIPTION, description),
            (LineColumns.QUANTITY, quantity),
            (LineColumns.RATE, rate),
            (LineColumns.DISCOUNT, discount),
            (LineColumns.TAXES, taxes),
        ):
            editor.lines.setData(editor.lines.index(number, column), text)
    editor.shipping.setText("25.00")
    editor.notes.setPlainText("Thank you for your business.")


def tour(app: QApplication, palette: str) -> None:
    """One palette: every screen of a new user's first hour."""
    camera = Camera(app, palette)
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    services.potentials.set_workflows(estimates=True, invoices=True)
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    screen = QGuiApplication.primaryScreen().availableGeometry()
    with SandboxCrm(accounts=400, contacts=900, deals=60) as sandbox:
        desktop = DesktopApp(services, settings)
        desktop.appearance.choose(palette)
        window = desktop.window
        window.setGeometry(screen)
        desktop.start()
        camera.shoot("welcome", window)
        dialog = desktop.open_import_dialog()
        fill_import_dialog(dialog, sandbox)
        dialog.key.setText("1000.5f2b7c0e9a1d4e6f8a0b2c4d6e8f0a1b.0c2e4a6b8d0f2a4c6e8b0d2f4a6c8e0b")
        camera.shoot("import-dialog", dialog)
        fill_import_dialog(dialog, sandbox)
        dialog.import_button.click()
        wait(app, lambda: desktop.customers_view.model.loaded_count() > 100, 120)
        wait(app, lambda: desktop.status_view.label.text().startswith("Last sync"))
        wait(app, lambda: not desktop.runner.is_busy())
        customers = desktop.customers_view
        customers.select_customer(customers.model.customer_id(3))
        wait(app, lambda: desktop.detail_view.customer is not None)
        wait(app, lambda: not desktop.runner.is_busy())
        desktop.open_editor(DocumentKind.INVOICE)
        fill_editor(desktop)
        editor = desktop.editor
        assert editor is not None
        editor.save_button.click()  # refused: the quantity cell is marked and focused
        camera.shoot("document-editor", editor)
        editor.reject()  # Escape with typed lines: the editor asks first
        assert editor.discard_box is not None
        camera.shoot("discard-question", editor.discard_box)
        editor.discard_box.button(QMessageBox.StandardButton.Cancel).click()  # keep editing
        editor.lines.setData(editor.lines.index(2, LineColumns.QUANTITY), "3")
        editor.save_button.click()
        wait(app, lambda: desktop.viewer is not None and desktop.viewer.page_count() > 0, 30)
        viewer = desktop.viewer
        assert viewer is not None
        viewer.setGeometry(screen.adjusted(60, 20, -60, -20))
        camera.shoot("document-viewer", viewer, 2000)  # the PDF view paints late
        viewer.perform(DocumentAction.RECORD_PAYMENT)
        settle(app)
        payment = app.activeModalWidget() or viewer
        camera.shoot("payment-dialog", payment)
        payment.close()
        viewer.perform(DocumentAction.VOID)
        assert viewer.confirm_box is not None
        camera.shoot("void-question", viewer.confirm_box)
        viewer.confirm_box.reject()
        viewer.close()
        wait(app, lambda: not desktop.runner.is_busy())
        desktop.customer_documents.reload()
        wait(app, lambda: not desktop.runner.is_busy())
        camera.shoot("customer-detail", window)
        for tab in ("Invoices", "Estimates", "Potentials"):
            window.show_tab(tab)
            wait(app, lambda: not desktop.runner.is_busy())
            if tab == "Potentials":
                model = desktop.potentials_view.model
                rows = [r for r in range(model.rowCount()) if len(model.value(r).documents) > 1]
                desktop.potentials_view.table.selectRow(rows[0] if rows else 0)
                wait(app, lambda: not desktop.runner.is_busy())
            camera.shoot(f"{tab.lower()}-tab", window)
        settings_dialog = desktop.open_settings()
        settle(app)
        camera.shoot("settings", settings_dialog)
        settings_dialog.done(0)
        shortcuts = window.show_shortcuts()
        camera.shoot("keyboard-shortcuts", shortcuts)
        shortcuts.close()
        guide = window.show_user_guide()
        camera.shoot("user-guide", guide)
        guide.close()
        dialogs(app, camera, desktop)
        desktop.shutdown()
    services.close()


def dialogs(app: QApplication, camera: Camera, desktop: DesktopApp) -> None:
    """The other tabs and the dialogs a shop owner meets after the first hour."""
    window = desktop.window
    for tab in ("Home", "Credit notes"):
        window.show_tab(tab)
        wait(app, lambda: not desktop.runner.is_busy())
        camera.shoot(f"{tab.lower().replace(' ', '-')}-tab", window)
    window.show_tab("Customers")
    customers = desktop.customers_view
    merge = desktop.open_merge_dialog(customers.model.customer_id(3))
    assert merge is not None
    wait(app, lambda: not desktop.runner.is_busy())
    merge.select_target(customers.model.customer_id(4))
    wait(app, lambda: not desktop.runner.is_busy())
    camera.shoot("merge-dialog", merge)
    merge.merge_button.click()
    assert merge.confirm_box is not None
    camera.shoot("merge-question", merge.confirm_box)
    merge.confirm_box.reject()
    merge.reject()
    number = desktop.invoices_view.model.value(0).number
    formats = EInvoiceFormatDialog(number, window)
    formats.show()
    camera.shoot("einvoice-dialog", formats)
    formats.close()
    for name, opened in (
        ("sync-log", desktop.open_sync_log),
        ("crm-outbox", desktop.open_crm_outbox),
        ("email-settings", desktop.mail.open_email_settings),
        ("email-outbox", desktop.mail.open_outbox),
        ("database-dialog", desktop.open_database_dialog),
        ("send-dialog", lambda: desktop.mail.open_send_dialog(number)),
    ):
        dialog = opened()
        wait(app, lambda: not desktop.runner.is_busy())
        camera.shoot(name, dialog)
        dialog.close()
        settle(app, 200)


def main() -> None:
    """Take every screen in the light palette, then in the dark one."""
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    palettes = sys.argv[1:] or [LIGHT, DARK]
    for palette in palettes:
        tour(app, palette)


if __name__ == "__main__":
    main()
