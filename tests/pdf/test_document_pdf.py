"""PDFs read back with pypdf: every total as `documents show` prints it, Unicode, escaping, pages."""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image as PillowImage
from pypdf import PdfReader

from desktop.cli.document_json import document_json
from desktop.controllers.services import Services
from desktop.domain.customers import Address
from desktop.domain.documents import Discount, Document, DocumentKind, OrganizationProfile
from desktop.domain.locale_format import LocaleText
from desktop.pdf.document_pdf import render_document
from tests.document_helpers import add_customer, draft, line, vat

ORGANIZATION = OrganizationProfile(
    name="Θάλασσα & Co <i>", address=Address("Stary Rynek 1", "Poznań", None, "61-772", "Polska")
)


def pdf_text(content: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


@pytest.fixture
def document(services: Services) -> Document:
    customer = add_customer(
        services.database,
        "<b>R&D</b> Łódź Ελλάδα Москва",
        billing_city="Москва",
        billing_street="ул. Арбат 1",
    )
    lines = (
        line("Design", "1200.00", "1", vat("5", "GST"), vat("9.975", "QST")),
        line("Build & test", "85.00", "12.5", vat("5", "GST")),
        replace(line("Support", "19.99", "3"), discount=Discount(Decimal("15"), True)),
    )
    created = services.documents.create(
        draft(
            customer,
            DocumentKind.INVOICE,
            *lines,
            discount=Discount(Decimal("10"), True),
            shipping_charge=Decimal("12.50"),
            adjustment=Decimal("-0.07"),
            notes="Thank you.\nPay by <transfer> & smile",
            terms="Net 30",
        )
    )
    services.documents.pay(created.number, "100.00")
    return services.documents.get(created.number)


def test_the_pdf_shows_every_total_as_documents_show_prints_it(document: Document) -> None:
    shown = document_json(document)
    text = "\n".join(pdf_text(render_document(document, ORGANIZATION)))
    expected = [
        shown["number"],
        shown["customer_name"],
        "Θάλασσα & Co <i>",
        "Poznań",
        "ул. Арбат 1",
    ]
    expected += [item["name"] for item in shown["line_items"]]
    amounts = [item["amount"] for item in shown["line_items"]]
    amounts += [tax["amount"] for item in shown["line_items"] for tax in item["taxes"]]
    amounts += [tax["amount"] for tax in shown["taxes"]]
    amounts += [
        shown[key] for key in ("sub_total", "discount_total", "tax_total", "shipping_charge")
    ]
    amounts += [shown[key] for key in ("adjustment", "total", "paid", "balance")]
    # JSON stays plain ("-0.07"); the PDF writes money as an English reader does ("-$0.07").
    english = LocaleText("en")
    expected += [english.money(Decimal(value), document.currency_code) for value in amounts]
    status = shown["status"].replace("_", " ").capitalize()  # "Overdue", "Partially paid"
    expected += ["Pay by <transfer> & smile", "Net 30", status]
    missing = [value for value in expected if value not in text]
    assert not missing, text
    assert shown["adjustment"] == "-0.07"
    assert "-$0.07" in text


def test_user_text_is_printed_literally_and_in_its_own_script(document: Document) -> None:
    text = pdf_text(render_document(document, ORGANIZATION))[0]
    assert "<b>R&D</b> Łódź Ελλάδα Москва" in text


def test_the_font_is_embedded(document: Document) -> None:
    page = PdfReader(io.BytesIO(render_document(document, ORGANIZATION))).pages[0]
    fonts = page["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert any("DejaVuSans" in name for name in names)
    descriptors = [
        f.get_object()["/FontDescriptor"]
        for f in fonts.values()
        if "/FontDescriptor" in f.get_object()
    ]
    assert descriptors
    assert all("/FontFile2" in d for d in descriptors)


def test_the_same_document_gives_the_same_bytes(document: Document) -> None:
    assert render_document(document, ORGANIZATION) == render_document(document, ORGANIZATION)


def test_long_documents_flow_onto_more_pages_with_the_header_repeated(services: Services) -> None:
    customer = add_customer(services.database)
    lines = [line(f"Item number {n}", "1.00") for n in range(1, 121)]
    document = services.documents.create(draft(customer, DocumentKind.ESTIMATE, *lines))
    pages = pdf_text(render_document(document, ORGANIZATION))
    assert len(pages) >= 3
    assert all("Item" in page and "Amount" in page for page in pages)
    assert "Item number 120" in pages[-1]
    assert f"{document.number} · page {len(pages)}" in pages[-1]
    assert "120.00" in pages[-1]


def test_a_logo_is_drawn_when_set_and_skipped_when_missing(
    document: Document, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    PillowImage.new("RGB", (200, 80), (20, 90, 160)).save(logo)
    with_logo = render_document(document, replace(ORGANIZATION, logo_path=str(logo)))
    without = render_document(document, replace(ORGANIZATION, logo_path=str(tmp_path / "gone.png")))
    images = PdfReader(io.BytesIO(with_logo)).pages[0].images
    assert len(images) == 1
    assert not PdfReader(io.BytesIO(without)).pages[0].images


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + b"cut short" * 40, b"a text file", b""],
    ids=["broken PNG", "text", "empty"],
)
def test_a_logo_that_is_no_longer_an_image_is_left_out_with_a_log_line(
    document: Document, tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        made = render_document(document, replace(ORGANIZATION, logo_path=str(logo)))
    assert not PdfReader(io.BytesIO(made)).pages[0].images
    assert document.number in "".join(pdf_text(made))
    assert f"{logo} is not an image that can be printed" in caplog.text
