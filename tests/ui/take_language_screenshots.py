"""Take the README's language screenshots under Xvfb: the window in German (Customers with a
customer's document language, Invoices, Settings → Language) and a French and a German invoice
PDF (pdftoppm).

Run: `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.ui.take_language_screenshots`
(and with `-screen 0 1920x1080x24` and the argument `1920x1080` for the large shots).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget

from desktop.controllers.bootstrap import open_services
from desktop.domain.customer_local import LocalChange
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.translations import install_translations
from desktop.ui.ui_settings import UiSettings
from tests.ui.take_essentials_screenshots import seed
from tests.ui.take_screenshots import OUT, shoot, wait


def main() -> None:
    """Seed a French shop with a German customer, then capture the German window and the PDFs."""
    size = sys.argv[1] if len(sys.argv) > 1 else "1280x800"
    width, height = (int(part) for part in size.split("x"))
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translations(app, "de")
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    invoice_id, _credit_id = seed(services)
    services.settings.update_organization(locale="fr_FR")
    services.customers.set_local_fields(2, LocalChange(language="de"))
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    desktop = DesktopApp(services, settings)
    desktop.window.setGeometry(0, 0, width, height)
    desktop.start()
    tabs = desktop.window.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(1)  # Kunden (an owner with documents starts on Home)
    wait(app, lambda: desktop.customers_view.model.loaded_count() > 1)
    desktop.customers_view.select_customer(2)
    wait(app, lambda: desktop.detail_view.customer is not None)
    sections = desktop.detail_view.findChild(QTabWidget)  # Documents first, then Details
    assert sections is not None
    details = next(
        i for i in range(sections.count()) if sections.widget(i).isAncestorOf(desktop.customer_tax)
    )
    sections.setCurrentIndex(details)
    wait(app, lambda: desktop.customer_tax.isVisible())
    wait(app, lambda: not desktop.runner.is_busy())
    scroll = desktop.detail_view.findChild(QScrollArea)
    assert scroll is not None
    scroll.verticalScrollBar().setValue(desktop.customer_tax.y() - 8)  # the tax box, no sideways
    shoot(app, f"window-de-customers-{size}", desktop.window)
    tabs.setCurrentWidget(desktop.invoices_view)
    wait(app, lambda: not desktop.runner.is_busy())
    shoot(app, f"window-de-invoices-{size}", desktop.window)
    dialog = SettingsDialog(services, desktop.runner, desktop.window)
    dialog.setGeometry(200, 40, 760, 560)
    dialog.show()
    wait(app, lambda: not desktop.runner.is_busy() and dialog.save_button.isEnabled())
    pages = dialog.findChild(QTabWidget)
    assert pages is not None
    pages.setCurrentIndex(pages.count() - 1)
    shoot(app, f"window-de-settings-language-{size}", dialog)
    dialog.close()
    if size == "1280x800":
        german = services.documents.list(customer_id=2)[0].id
        for name, document_id in (("invoice-fr", invoice_id), ("invoice-de", german)):
            pdf = folder / f"{name}.pdf"
            services.documents.save_pdf(document_id, pdf)
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "100",
                    "-singlefile",
                    str(pdf),
                    str(OUT / f"{name}-pdf"),
                ],
                check=True,
            )
            print(f"wrote {name}-pdf.png")
    desktop.shutdown()
    services.close()


if __name__ == "__main__":
    main()
