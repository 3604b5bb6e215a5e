"""Reading the import JSON: strings or numbers, discounts as "10%" or "5.00", errors naming the field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop.domain.document_input import check_currency_amounts, parse_document
from desktop.domain.documents import Discount, DocumentKind, TaxRounding, TaxSpec
from desktop.domain.errors import ValidationError

TODAY = date(2026, 11, 25)


def sample(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "kind": "invoice",
        "customer_id": 7,
        "date": "2026-11-01",
        "line_items": [{"name": "Work", "quantity": 2, "rate": "10.50"}],
    }
    document.update(changes)
    return document


def test_a_full_object_is_read_exactly() -> None:
    draft = parse_document(
        sample(
            due_date="2026-11-30",
            currency_code="eur",
            is_inclusive_tax=True,
            tax_rounding="document",
            discount="10%",
            is_discount_before_tax=False,
            shipping_charge=4.95,
            adjustment="-0.02",
            notes="Thanks",
            line_items=[
                {
                    "name": "Work",
                    "description": "Two days",
                    "quantity": "1.5",
                    "rate": 0.1,
                    "discount": "5.00",
                    "taxes": [
                        {"name": "GST", "rate": "5%"},
                        {"name": "QST", "rate": 9.975, "compound": True},
                    ],
                }
            ],
        ),
        TODAY,
    )
    assert (draft.kind, draft.customer_id, draft.currency_code) == (DocumentKind.INVOICE, 7, "EUR")
    assert (draft.date, draft.due_date) == (date(2026, 11, 1), date(2026, 11, 30))
    assert draft.discount == Discount(Decimal("10"), is_percent=True)
    assert (draft.tax_rounding, draft.is_inclusive_tax, draft.is_discount_before_tax) == (
        TaxRounding.DOCUMENT,
        True,
        False,
    )
    assert (draft.shipping_charge, draft.adjustment) == (Decimal("4.95"), Decimal("-0.02"))
    line = draft.line_items[0]
    assert (line.quantity, line.rate, line.discount) == (
        Decimal("1.5"),
        Decimal("0.1"),
        Discount(Decimal("5.00"), False),
    )
    assert line.taxes == (TaxSpec("GST", Decimal("5")), TaxSpec("QST", Decimal("9.975"), True))


def test_defaults_date_today_quantity_one_and_expiry_date_for_estimates() -> None:
    document = sample(
        kind="estimate", expiry_date="2026-12-31", line_items=[{"name": "A", "rate": 1}]
    )
    del document["date"]
    draft = parse_document(document, TODAY)
    assert (draft.date, draft.due_date, draft.line_items[0].quantity) == (
        TODAY,
        date(2026, 12, 31),
        Decimal(1),
    )


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        (
            {"line_items": [{"name": "A", "rate": "abc"}]},
            "line_items[0].rate",
            "'abc' is not a number",
        ),
        (
            {"line_items": [{"name": "A", "rate": 1, "quantity": -1}]},
            "line_items[0].quantity",
            "negative",
        ),
        ({"line_items": [{"name": "A", "rate": "-1"}]}, "line_items[0].rate", "negative"),
        ({"line_items": [{"name": "A"}]}, "line_items[0].rate", "missing"),
        ({"line_items": [{"rate": 1}]}, "line_items[0].name", "needs a name"),
        ({"line_items": []}, "line_items", "at least one line"),
        (
            {"line_items": [{"name": "A", "rate": 1, "taxes": [{"name": "T", "rate": "x"}]}]},
            "line_items[0].taxes[0].rate",
            "not a number",
        ),
        ({"kind": "receipt"}, "kind", "'invoice' or 'estimate'"),
        ({"customer_id": None}, "customer_id", "customer_id or customer_name"),
        ({"customer_id": "seven"}, "customer_id", "not a whole number"),
        ({"date": "25/11/2026"}, "date", "not a date"),
        ({"discount": "120%"}, "discount", "more than 100%"),
        ({"discount": "-5"}, "discount", "negative"),
        ({"tax_rounding": "total"}, "tax_rounding", "'line' or 'document'"),
        ({"currency_code": "EURO"}, "currency_code", "three-letter"),
        ({"is_inclusive_tax": "yes"}, "is_inclusive_tax", "true or false"),
        ({"shipping_charge": "-1"}, "shipping_charge", "negative"),
    ],
)
def test_bad_input_names_the_field(changes: dict[str, Any], field: str, problem: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_document(sample(**changes), TODAY)
    assert caught.value.field == field
    assert problem in caught.value.problem


def test_a_list_item_is_prefixed_with_its_index() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_document(sample(line_items=[{"name": "A", "rate": "x"}]), TODAY, "[3].")
    assert str(caught.value) == "[3].line_items[0].rate: 'x' is not a number"


def test_not_an_object() -> None:
    with pytest.raises(ValidationError, match="expected a JSON object"):
        parse_document([], TODAY)


def test_amounts_finer_than_the_currency_are_refused() -> None:
    draft = parse_document(sample(shipping_charge="5.005"), TODAY)
    with pytest.raises(ValidationError) as caught:
        check_currency_amounts(draft, "USD")
    assert caught.value.field == "shipping_charge"
    check_currency_amounts(draft, "KWD")
