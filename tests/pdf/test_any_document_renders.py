"""Any document that can be saved renders: long texts flow over pages, every script prints or is
visibly replaced, control characters never break the layout; what cannot be stored is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.controllers.services import Services
from desktop.domain import limits
from desktop.domain.document_input import parse_document
from desktop.domain.documents import Document, DocumentKind, LineDraft
from desktop.domain.errors import ValidationError
from desktop.pdf.document_pdf import render_document
from desktop.pdf.text import REPLACEMENT, printable
from tests.document_helpers import add_customer, draft, line, vat
from tests.pdf.pdf_reading import body_text, expected, page_texts, printed_in_order, squeeze


def _render(services: Services, document: Document) -> str:
    content = render_document(document, services.documents.organization())
    assert render_document(document, services.documents.organization()) == content
    return body_text(document, content)


def _invoice(services: Services, *lines: LineDraft, **fields: object) -> Document:
    customer_fields = {k: v for k, v in fields.items() if k.startswith("billing_")}
    customer = add_customer(
        services.database, str(fields.pop("customer", "Acme Ltd")), **customer_fields
    )
    document_fields = {k: v for k, v in fields.items() if not k.startswith("billing_")}
    return services.documents.create(
        draft(customer, DocumentKind.INVOICE, *lines, **document_fields)
    )


@pytest.mark.parametrize(
    "description",
    [
        " ".join(f"word{n}" for n in range(1700)),  # 10,000 characters of pasted text
        "x" * 10_000,  # one "word" wider than any line
    ],
    ids=["with-spaces", "without-spaces"],
)
def test_a_10000_character_description_flows_over_pages(
    services: Services, description: str
) -> None:
    assert len(description) >= 10_000
    item = replace(line("Pasted", "1.00"), description=description)
    document = _invoice(services, item, line("After", "2.00"))
    text = _render(services, document)
    assert printed_in_order(f"Pasted{squeeze(description)}After", text)


def test_a_100000_character_billing_street_from_the_crm_renders(services: Services) -> None:
    street = "Rue " + "de la Paix " * 9_090
    document = _invoice(
        services, line("Pasted", "1.00"), billing_street=street, customer="Long Street SA"
    )
    content = render_document(document, services.documents.organization())
    pages = page_texts(content)
    assert len(pages) > 10
    text = body_text(document, content)
    assert printed_in_order(f"LongStreetSA{squeeze(street)}Pasted", text)
    assert "Total" in pages[-1]


def test_very_long_names_notes_terms_references_and_taxes_render(services: Services) -> None:
    # Names, references and tax names as long as they may be stored (desktop/domain/limits.py),
    # without a space to break at; notes and terms have no limit.
    long_word = "Ω" * 6_000
    name, tax, customer, reference = (
        "N" * limits.LINE_NAME,
        "T" * limits.TAX_NAME,
        "C" * limits.CUSTOMER_NAME,
        "R" * limits.REFERENCE,
    )
    document = _invoice(
        services,
        line(name, "1.00", "1", vat("5", tax)),
        customer=customer,
        reference=reference,
        notes=long_word,
        terms="term " * 4_000,
    )
    text = _render(services, document)
    printed = [reference, customer, name, tax, long_word, "term" * 4_000]
    assert printed_in_order("".join(printed), text)


def test_a_thousand_lines_render_with_every_name(services: Services) -> None:
    lines = [line(f"Line {n:04d}", "1.00") for n in range(1_000)]
    document = _invoice(services, *lines)
    content = render_document(document, services.documents.organization())
    text = body_text(document, content)
    assert printed_in_order("".join(f"Line{n:04d}" for n in range(1_000)), text)
    assert "$1,000.00" in page_texts(content)[-1]


def test_every_script_prints_or_is_visibly_replaced(services: Services) -> None:
    names = {
        "cjk": "漢字かなカナ 東京",
        "arabic": "مرحبا",
        "hebrew": "שלום",
        "combining": "e\u0301 a\u0308 Z\u0351",
        "emoji": "pay 💶 now",
        "korean": "한국어",
        "astral": "smile 😀",  # DejaVu has this one; its text must stay searchable
    }
    document = _invoice(services, *(line(name, "1.00") for name in names.values()))
    text = _render(services, document)
    assert "漢字かなカナ東京" in text  # drawn by the shipped fallback font, readable as text
    assert "éä" in text  # composed
    assert printable(names["emoji"]) == f"pay {REPLACEMENT} now"
    assert f"pay{REPLACEMENT}now" in text
    assert "smile😀" in text
    assert printable(names["korean"]) == REPLACEMENT * 3  # no shipped font has Hangul
    for script in ("arabic", "hebrew"):  # printed (pypdf reads right-to-left runs reversed)
        assert sorted(expected(names[script])) == sorted(names[script])
        assert set(names[script]) <= set(text)


def test_control_characters_never_break_the_layout(services: Services) -> None:
    name = "Tab\therenul\x07bell\x1b[31mansi\x7fdel\u200etext\r\nnext\x85line"
    document = _invoice(services, line(name, "1.00"), notes="\x0c\x0b\x08\u2028end")
    text = _render(services, document)
    assert printable(name) == "Tab herenulbell[31mansideltext\nnext\nline"
    assert expected(name) in text
    assert "end" in text


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("line_items[0].name", "A\x00B", "NUL character"),
        ("line_items[0].description", "ok \ud83d half", "surrogate"),
        ("notes", "\udfff", "surrogate"),
        ("customer_name", "Zed \ud800", "surrogate"),
    ],
)
def test_text_that_cannot_be_stored_is_refused_when_saved_naming_the_field(
    field: str, value: str, problem: str
) -> None:
    item: dict[str, object] = {"name": "A", "rate": "1"}
    document: dict[str, object] = {"kind": "invoice", "customer_id": 1, "line_items": [item]}
    if field.startswith("line_items[0]."):
        item[field.removeprefix("line_items[0].")] = value
    else:
        document[field] = value
    with pytest.raises(ValidationError) as caught:
        parse_document(document, date(2026, 11, 1))
    assert caught.value.field == field
    assert problem in caught.value.problem
