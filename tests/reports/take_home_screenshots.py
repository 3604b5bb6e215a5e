"""Take the README's screenshots of the Home tab and the overdue Invoices list under Xvfb, in a
light and a dark palette (Fusion style), at the screen's size.

Run: `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.reports.take_home_screenshots`
(and again with 1920x1080x24); the file names carry the size and the palette.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.controllers.bootstrap import open_services
from desktop.controllers.services import Services
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.appearance import dark_palette
from desktop.ui.application import DesktopApp
from desktop.ui.ui_settings import UiSettings
from tests.document_helpers import add_customer
from tests.ui.take_screenshots import shoot, wait

CUSTOMERS = [
    ("Brasserie du Parc", "EUR"), ("Lichtwerk GmbH", "EUR"), ("Northwind Traders", "USD"),
    ("Contoso Pharmaceuticals", "USD"), ("Fabrikam Studio", "USD"), ("Blue Yonder Airlines", "USD"),
]  # fmt: skip


def seed(services: Services, today: date) -> None:
    """A year of invoices, payments, a credit note and estimates for six customers."""
    rng = random.Random(7)
    services.catalogue.add_tax("VAT", "20", make_default=True)
    ids = [(add_customer(services.database, name, currency_code=code), code)
           for name, code in CUSTOMERS]  # fmt: skip
    documents = services.documents
    for month_back in range(12, -1, -1):
        for _ in range(rng.randrange(2, 5)):
            customer, code = rng.choice(ids)
            day = today - timedelta(days=month_back * 30 + rng.randrange(0, 28))
            [invoice] = documents.import_json({
                "kind": "invoice", "customer_id": customer, "currency_code": code,
                "date": day.isoformat(), "due_date": (day + timedelta(days=30)).isoformat(),
                "line_items": [{"name": "Consulting", "rate": str(rng.randrange(4, 40) * 100),
                                "taxes": ["VAT"]}],
            })  # fmt: skip
            documents.set_status(invoice.number, "sent")
            roll = rng.random()
            paid_on = min(day + timedelta(days=rng.randrange(5, 45)), today)
            if roll < 0.55 and month_back > 0:
                documents.pay(invoice.number, invoice.total, paid_on)
            elif roll < 0.75:
                documents.pay(invoice.number, invoice.total / 2, paid_on)
    customer, code = ids[2]
    documents.import_json({"kind": "credit_note", "customer_id": customer, "currency_code": code,
                           "line_items": [{"name": "Goodwill", "rate": "250"}]})  # fmt: skip
    for index in range(5):
        customer, code = ids[index]
        [estimate] = documents.import_json({
            "kind": "estimate", "customer_id": customer, "currency_code": code,
            "due_date": (today + timedelta(days=20)).isoformat(),
            "line_items": [{"name": "Lighting audit", "rate": str(900 + index * 350)}],
        })  # fmt: skip
        if index % 2:
            documents.set_status(estimate.number, "sent")


def main() -> None:
    """Seed, open the Home tab in both palettes and the overdue invoices, and capture them."""
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    screen = QGuiApplication.primaryScreen().geometry()
    size = f"{screen.width()}x{screen.height()}"
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    seed(services, services.reports.today())
    for palette_name in ("light", "dark"):
        app.setPalette(dark_palette() if palette_name == "dark" else app.style().standardPalette())
        settings = UiSettings(
            QSettings(str(folder / f"{palette_name}.ini"), QSettings.Format.IniFormat)
        )
        desktop = DesktopApp(services, settings)
        desktop.window.setGeometry(0, 0, screen.width(), screen.height())
        desktop.start()
        desktop.window.show_tab("Home")
        wait(app, lambda d=desktop: bool(d.home_view.revenue_view.chart().series()))
        shoot(app, f"home-{palette_name}-{size}", desktop.window)
        if size.startswith("1280"):
            desktop.home_view.overdue_button.click()
            wait(
                app,
                lambda d=desktop: d.invoices_view.model.rowCount() > 0 and not d.runner.is_busy(),
            )
            shoot(app, f"invoices-overdue-{palette_name}-{size}", desktop.window)
        desktop.shutdown()
        desktop.window.close()
    services.close()


if __name__ == "__main__":
    main()
