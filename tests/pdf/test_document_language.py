"""PDFs in the customer's language, read back with pypdf: labels, money and dates as a German,
French or Spanish shop prints them; the organization's locale when the customer names none."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

import pytest

from desktop.controllers.services import Services
from desktop.domain.customer_local import LocalChange
from desktop.domain.documents import Document, DocumentKind
from desktop.pdf.document_pdf import render_document
from desktop.pdf.fonts import register_fonts
from tests.document_helpers import add_customer, draft, line
from tests.pdf.pdf_reading import page_texts

# Babel writes French groups and the space before € as U+202F / U+00A0; pypdf reads them back.
SPACES = {"\u202f": " ", "\u00a0": " "}


def plain(text: str) -> str:
    """Return the text with every kind of space as a plain space, runs of spaces as one."""
    return " ".join("".join(SPACES.get(c, c) for c in text).split())


def invoice(
    services: Services, language: str | None, currency: str = "EUR", rate: str = "1234.56"
) -> Document:
    customer = add_customer(services.database, "Müller & Söhne")
    if language:
        services.customers.set_local_fields(customer, LocalChange(language=language))
    created = services.documents.create(
        draft(
            customer,
            DocumentKind.INVOICE,
            line("Beratung", rate),
            currency_code=currency,
            due_date=date(2026, 12, 1),
            notes="Danke",
            terms="14 Tage",
        )
    )
    return services.documents.get(created.number)


def printed(services: Services, document: Document) -> str:
    return plain(
        "\n".join(page_texts(render_document(document, services.documents.organization())))
    )


@pytest.mark.parametrize(
    ("language", "words", "money", "day"),
    [
        (
            "de",
            ["Rechnung", "Rechnungsempfänger", "Nummer", "Datum", "Fällig am", "Menge", "Preis",
             "Rabatt", "Steuer", "Zwischensumme", "Gesamtbetrag", "Bezahlt", "Offener Betrag",
             "Anmerkungen", "Bedingungen", "Seite 1"],
            "1.234,56 €",
            "1. Dezember 2026",
        ),
        (
            "fr",
            ["Facture", "Facturer à", "Numéro", "Date d'échéance", "Qté", "Prix unit.", "Remise",
             "Taxe", "Sous-total", "Total", "Payé", "Solde dû", "Notes", "Conditions", "page 1"],
            "1 234,56 €",
            "1 décembre 2026",
        ),
        (
            "es",
            ["Factura", "Facturar a", "Número", "Fecha", "Vencimiento", "Cant.", "Precio", "Dto.", "Impuesto", "Subtotal", "Total", "Pagado", "Saldo pendiente", "Notas",
             "Condiciones", "página 1"],
            "1.234,56 €",
            "1 de diciembre de 2026",
        ),
    ],
)  # fmt: skip
def test_a_customers_pdf_speaks_its_language(
    services: Services, language: str, words: list[str], money: str, day: str
) -> None:
    text = printed(services, invoice(services, language))
    missing = [w for w in [*words, money, day] if w not in text]
    assert not missing, text
    assert "Invoice" not in text
    assert "Bill to" not in text


def test_the_organization_locale_speaks_for_customers_without_a_language(
    services: Services,
) -> None:
    services.settings.update_organization(locale="de_DE")
    text = printed(services, invoice(services, None))
    assert "Rechnung" in text
    assert "1.234,56 €" in text
    assert "1. Dezember 2026" in text


def test_a_customer_language_wins_over_the_organization_locale(services: Services) -> None:
    services.settings.update_organization(locale="de_DE")
    text = printed(services, invoice(services, "fr"))
    assert "Facture" in text
    assert "1 234,56 €" in text
    assert "Rechnung" not in text


def test_without_any_language_the_pdf_is_english(services: Services) -> None:
    text = printed(services, invoice(services, None))
    assert "Invoice" in text
    assert "€1,234.56" in text
    assert "December 1, 2026" in text


@pytest.mark.parametrize(
    ("currency", "rate", "shown"),
    [("JPY", "123456", "123.456 ¥"), ("KWD", "1234.567", "1.234,567 KWD")],
)
def test_the_currency_decides_the_decimals(
    services: Services, currency: str, rate: str, shown: str
) -> None:
    document = invoice(services, "de", currency, rate)
    assert document.total == Decimal(rate)
    text = printed(services, document)
    assert shown in text
    if currency == "JPY":
        assert "123.456,00" not in text


def test_the_pdf_font_draws_the_spaces_babel_writes() -> None:
    faces = register_fonts()
    for char in SPACES:
        assert ord(char) in faces.regular.coverage, unicodedata.name(char)
        assert ord(char) in faces.bold.coverage, unicodedata.name(char)
