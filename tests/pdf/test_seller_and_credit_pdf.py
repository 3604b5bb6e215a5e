"""The seller's profile, credit notes and exemptions on the PDF, read back with pypdf."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from desktop.controllers.services import Services
from desktop.domain.customer_local import LocalChange
from tests.document_helpers import add_customer


def pdf_text(content: bytes) -> str:
    # One space for any run of whitespace: pypdf breaks lines where the PDF wraps them.
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return re.sub(r"\s+", " ", text)


def seller(services: Services) -> None:
    services.settings.update_organization(
        name="Atelier Lumière", street="12 rue des Lilas", city="Lyon", zip="69003",
        country="France", tax_id="FR40123456789", email="factures@atelier.example",
        phone="+33 4 72 00 00 00", website="atelier.example", currency_code="EUR",
        payment_details="IBAN FR76 3000 6000 0112 3456 7890 189\nBIC AGRIFRPP",
    )  # fmt: skip
    services.catalogue.add_tax("TVA", "20", make_default=True)
    services.catalogue.add_item("Consulting", "80", "Senior consultant", "hour", ["TVA"])


def test_an_invoice_prints_every_seller_field_and_rates_at_the_currency_precision(
    services: Services,
) -> None:
    seller(services)
    customer = add_customer(services.database, "Brasserie du Parc")
    [invoice] = services.documents.import_json(
        {
            "kind": "invoice",
            "customer_id": customer,
            "line_items": [{"item": "Consulting", "quantity": "2"}],
        }
    )
    text = pdf_text(services.documents.render_pdf(invoice.number))
    for expected in (
        "Atelier Lumière", "12 rue des Lilas", "Lyon 69003", "France", "Tax ID FR40123456789",
        "factures@atelier.example", "+33 4 72 00 00 00", "atelier.example",
        "IBAN FR76 3000 6000 0112 3456 7890 189", "BIC AGRIFRPP", "Invoice",
    ):  # fmt: skip
        assert expected in text, expected
    assert " 80.00 " in text  # the rate at the currency's precision, not "80"
    assert "€192.00" in text


def test_a_credit_note_says_so_names_its_invoice_and_what_is_left(services: Services) -> None:
    seller(services)
    customer = add_customer(services.database, "Brasserie du Parc")
    [invoice] = services.documents.import_json(
        {"kind": "invoice", "customer_id": customer, "line_items": [{"item": "Consulting"}]}
    )
    [credit] = services.documents.import_json(
        {
            "kind": "credit_note",
            "customer_id": customer,
            "invoice": invoice.number,
            "line_items": [{"name": "Goodwill", "rate": "50", "taxes": []}],
        }
    )
    services.documents.apply_credit(credit.number, invoice.number, "30")
    text = pdf_text(services.documents.render_pdf(credit.number))
    assert "Credit note" in text
    assert f"For invoice {invoice.number}" in text
    assert "Credits used €30.00" in text
    assert "Credits remaining €20.00" in text
    assert "Due date" not in text
    assert "Credits applied €30.00" in pdf_text(services.documents.render_pdf(invoice.number))


def test_an_exempt_customers_reason_is_printed(services: Services) -> None:
    seller(services)
    customer = add_customer(services.database, "Lichtwerk GmbH")
    reason = "Reverse charge, Art. 196 Directive 2006/112/EC"
    services.customers.set_local_fields(customer, LocalChange(tax_exemption_reason=reason))
    [invoice] = services.documents.import_json(
        {"kind": "invoice", "customer_id": customer, "line_items": [{"item": "Consulting"}]}
    )
    text = pdf_text(services.documents.render_pdf(invoice.number))
    assert f"Tax exempt: {reason}" in text
    assert "TVA" not in text
