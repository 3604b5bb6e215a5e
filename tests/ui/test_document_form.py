"""The editor's text ⇄ values: discounts, taxes and lines, refused naming the field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.totals import Discount, TaxSpec
from desktop.ui.document_form import (
    LineText,
    line_text,
    parse_amount,
    parse_discount_text,
    parse_line,
    parse_taxes_text,
    taxes_text,
)


def test_discounts_are_percentages_or_amounts() -> None:
    assert parse_discount_text("10%", "Discount") == Discount(Decimal("10"), True)
    assert parse_discount_text(" 5.50 ", "Discount") == Discount(Decimal("5.50"), False)
    assert parse_discount_text("", "Discount") is None
    with pytest.raises(ValidationError, match="Discount: cannot be more than 100%"):
        parse_discount_text("120%", "Discount")


def test_taxes_round_trip_with_compound_marks() -> None:
    taxes = parse_taxes_text("VAT 20%, *QST 9.975%", "Line 1 taxes")
    assert taxes == (TaxSpec("VAT", Decimal("20"), False), TaxSpec("QST", Decimal("9.975"), True))
    assert parse_taxes_text(taxes_text(taxes), "x") == taxes
    with pytest.raises(ValidationError, match="Line 1 taxes"):
        parse_taxes_text("20%", "Line 1 taxes")


def test_a_line_is_refused_naming_its_cell() -> None:
    with pytest.raises(ValidationError, match="Line 2 quantity: 'abc' is not a number"):
        parse_line(LineText(name="Desk", quantity="abc", rate="10"), 2)
    with pytest.raises(ValidationError, match="Line 3 item"):
        parse_line(LineText(name=" ", rate="10"), 3)
    with pytest.raises(ValidationError, match="Line 1 rate: cannot be negative"):
        parse_line(LineText(name="Desk", rate="-1"), 1)


def test_a_line_round_trips_through_the_grid_text() -> None:
    typed = LineText("Desk", "oak", "2", "149.99", "10%", "VAT 20%")
    draft = parse_line(typed, 1)
    assert draft.quantity == Decimal("2")
    assert draft.rate == Decimal("149.99")
    assert line_text(draft) == typed


def test_amounts_refuse_negatives_unless_signed() -> None:
    assert parse_amount("", "Shipping") == Decimal("0")
    assert parse_amount("-2.5", "Adjustment", signed=True) == Decimal("-2.5")
    with pytest.raises(ValidationError, match="Shipping: cannot be negative"):
        parse_amount("-1", "Shipping")
