"""Property: every document that `documents import` accepts renders, and its PDF reads back with
every text as printed (random lengths, random Unicode: astral, right-to-left, CJK, controls)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.controllers.services import Services
from desktop.domain.errors import ValidationError
from desktop.pdf.document_pdf import render_document
from tests.document_helpers import add_customer
from tests.pdf.pdf_reading import (
    body_text,
    expected,
    has_rtl,
    missing_characters,
    page_texts,
    printed_in_order,
)

SCRIPTS = [
    "مرحبا بالعالم",  # Arabic
    "שלום עולם",  # Hebrew
    "漢字かなカナ",  # Chinese and Japanese (fallback font)
    "한국어",  # Korean (no shipped font: replaced)
    "😀👍🏽🇵🇱",  # emoji, a modifier, a flag
    "e\u0301a\u0308\u0351",  # combining marks
    "\u200f\u200e\u202e\ufeff",  # direction marks and a BOM
    "\t\r\n\x07\x1b\x7f\x85",  # control characters and line breaks
    "<b>R&D</b> &amp;",  # markup prints literally
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈",  # astral letters
]

# Any character a database stores (no surrogates), mixed with pieces of the scripts above.
PIECES = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30),
    st.sampled_from(SCRIPTS),
)
TEXT = st.builds(
    lambda pieces, repeat: "".join(pieces) * repeat,
    st.lists(PIECES, max_size=4),
    st.integers(min_value=1, max_value=25),
)
NAME = TEXT.filter(lambda text: bool(text.strip()))
OPTIONAL = st.one_of(st.none(), TEXT)

LINE = st.fixed_dictionaries(
    {"name": NAME, "rate": st.sampled_from(["0", "1.00", "99.99", "123456.78"])},
    optional={
        "description": OPTIONAL,
        "taxes": st.lists(
            st.fixed_dictionaries({"name": NAME, "rate": st.sampled_from(["5", "9.975"])}),
            max_size=2,
        ),
    },
)
DOCUMENT = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["invoice", "estimate"]),
        "line_items": st.lists(LINE, min_size=1, max_size=8),
    },
    optional={"notes": OPTIONAL, "terms": OPTIONAL, "reference": OPTIONAL},
)
CUSTOMER = st.tuples(NAME, OPTIONAL)


def check_renders(
    services: Services, customer: tuple[str, str | None], data: dict[str, Any]
) -> None:
    """Import the document (skip what import refuses), render it and read every text back."""
    name, street = customer
    data = {**data, "customer_id": add_customer(services.database, name, billing_street=street)}
    try:
        (document,) = services.documents.import_json(data)
    except ValidationError:
        return  # refused when saved, naming the field: never discovered at render time
    content = render_document(document, services.documents.organization())
    text = body_text(document, content)
    assert document.number in text
    bold = [document.customer_name, *(line.name for line in document.line_items)]
    plain = [document.billing_address.street, document.notes, document.terms, document.reference]
    plain += [line.description for line in document.line_items]
    plain += [tax.name for line in document.line_items for tax in line.taxes]
    one_page = len(page_texts(content)) == 1
    # pypdf reverses right-to-left runs, and with them neutral characters near them (even from
    # another cell on the same line): where any is printed, compare the characters only.
    reordered = has_rtl(text)
    for value, is_bold in [(v, True) for v in bold] + [(v, False) for v in plain]:
        if not value:
            continue
        printed = expected(value, is_bold)
        if reordered:
            assert not missing_characters(printed, text), value
        elif one_page:
            assert printed in text, value
        else:
            assert printed_in_order(printed, text), value


# One database for all examples of a test (documents only add up); renders take their time.
PROPERTY = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@settings(PROPERTY, max_examples=12)
@given(customer=CUSTOMER, data=DOCUMENT)
def test_any_imported_document_renders_and_reads_back(
    services: Services, customer: tuple[str, str | None], data: dict[str, Any]
) -> None:
    check_renders(services, customer, data)


@pytest.mark.slow
@settings(PROPERTY, max_examples=60)
@given(customer=CUSTOMER, data=DOCUMENT)
def test_many_more_imported_documents_render_and_read_back(
    services: Services, customer: tuple[str, str | None], data: dict[str, Any]
) -> None:
    check_renders(services, customer, data)


def test_the_document_that_found_rows_taller_than_a_page_at_the_totals(services: Services) -> None:
    # Found by the property test: a bottom-aligned row taller than a page (a tax label of many
    # lines, in the totals, starting at the top of page 8) could not be split. Kept as it was.
    sample = json.loads((Path(__file__).parent / "samples" / "tall_total_row.json").read_text())
    check_renders(services, tuple(sample["customer"]), sample["document"])
