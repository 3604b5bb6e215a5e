"""Take the README's screenshots of the essentials under Xvfb: Settings → Organization and Tax
rates, a customer's tax box, a credit note in the viewer, and the seller's invoice and credit
note PDFs (pdftoppm).

Run: `xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.ui.take_essentials_screenshots`
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget

from desktop.controllers.bootstrap import open_services
from desktop.controllers.services import Services
from desktop.domain.customer_local import LocalChange
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.ui_settings import UiSettings
from tests.document_helpers import add_customer
from tests.ui.take_screenshots import OUT, shoot, wait


def seed(services: Services) -> tuple[int, int]:
    """Fill every seller field, taxes, items, two customers and their documents."""
    services.settings.update_organization(
        name="Atelier Lumière SARL", street="12 rue des Lilas", city="Lyon", zip="69003",
        country="France", tax_id="FR 40 123456789", email="factures@atelier-lumiere.fr",
        phone="+33 4 72 00 00 00", website="atelier-lumiere.fr", currency_code="EUR",
        payment_details="IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP\n"
        "Payment within 30 days; late fees 10 % per year.",
    )  # fmt: skip
    services.catalogue.add_tax("TVA", "20", make_default=True)
    services.catalogue.add_tax("TVA réduite", "5.5")
    services.catalogue.add_item("Consulting", "80", "Senior consultant, per hour", "hour", ["TVA"])
    services.catalogue.add_item("Lighting audit", "450", "On-site audit and report", None, ["TVA"])
    client = add_customer(services.database, "Brasserie du Parc", billing_city="Lyon",
                          billing_country="France")  # fmt: skip
    exempt = add_customer(services.database, "Lichtwerk GmbH", billing_street="Hauptstraße 5",
                          billing_city="Berlin", billing_country="Germany")  # fmt: skip
    reason = "Intra-EU supply of services, reverse charge (Art. 196 Directive 2006/112/EC)"
    services.customers.set_local_fields(
        exempt,
        LocalChange(tax_id="DE 811 907 980", tax_exemption_reason=reason, payment_terms_days=30),
    )
    documents = services.documents
    [invoice] = documents.import_json({
        "kind": "invoice", "customer_id": client, "reference": "PO-2291",
        "line_items": [{"item": "Consulting", "quantity": "12"}, {"item": "Lighting audit"}],
        "notes": "Thank you for your business.",
    })  # fmt: skip
    documents.import_json({"kind": "invoice", "customer_id": exempt,
                           "line_items": [{"item": "Consulting", "quantity": "6"}]})  # fmt: skip
    [credit] = documents.import_json({
        "kind": "credit_note", "customer_id": client, "invoice": invoice.number,
        "line_items": [{"name": "Goodwill: audit report delivered late", "rate": "150"}],
    })  # fmt: skip
    documents.apply_credit(credit.number, invoice.number, "100")
    documents.pay(invoice.number, "500", mode="bank transfer")
    return invoice.id, credit.id


def main() -> None:
    """Seed, then capture each screen and render the two PDFs."""
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "shots.sqlite3"), MemorySecretStore())
    invoice_id, credit_id = seed(services)
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    desktop = DesktopApp(services, settings)
    desktop.window.setGeometry(0, 0, 1280, 800)
    desktop.start()
    dialog = SettingsDialog(services, desktop.runner, desktop.window)
    dialog.setGeometry(200, 40, 760, 700)
    dialog.show()
    wait(app, lambda: not desktop.runner.is_busy() and dialog.save_button.isEnabled())
    shoot(app, "settings-organization", dialog)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentWidget(dialog.tax_rates)
    shoot(app, "settings-tax-rates", dialog)
    dialog.close()
    wait(app, lambda: desktop.customers_view.model.loaded_count() > 1)
    desktop.customers_view.select_customer(2)
    wait(app, lambda: desktop.detail_view.customer is not None and desktop.customer_tax.isVisible())
    wait(app, lambda: not desktop.runner.is_busy())
    scroll = desktop.detail_view.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(desktop.customer_tax)
    shoot(app, "customer-tax", desktop.window)
    viewer = desktop.open_document(credit_id)
    wait(app, lambda: viewer.page_count() > 0 and viewer.document is not None, 30)
    viewer.setGeometry(60, 10, 1150, 780)
    shoot(app, "credit-note-viewer", viewer)
    for name, document_id in (("seller-invoice", invoice_id), ("credit-note", credit_id)):
        pdf = folder / f"{name}.pdf"
        services.documents.save_pdf(document_id, pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(OUT / f"{name}-pdf")],
            check=True,
        )
        print(f"wrote {name}-pdf.png")
    desktop.shutdown()
    services.close()


if __name__ == "__main__":
    main()
