"""The one rule for typed numbers (README, "Numbers you type"): a dot is the decimal mark, a
comma only a thousands separator before a decimal dot; sizes within documented limits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.document_input import parse_line
from desktop.domain.errors import ValidationError
from desktop.domain.money import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    check_size,
    decimal_places,
    parse_decimal,
)
from desktop.ui.document_form import LineText, parse_amount
from desktop.ui.document_form import parse_line as parse_grid_line
from desktop.ui.document_form import parse_taxes_text as parse_taxes


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1234.56", "1234.56"), (" 7 ", "7"), ("-5", "-5"), (".5", "0.5"), ("5.", "5"),
        ("1,234.56", "1234.56"), ("12,345,678.9", "12345678.9"), ("999999999999999.999999",
        "999999999999999.999999"), (12, "12"), (0.1, "0.1"), (Decimal("2.50"), "2.50"),
    ],
)  # fmt: skip
def test_what_is_read(typed: object, value: str) -> None:
    assert parse_decimal(typed, "Rate") == Decimal(value)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("1,5", "has a comma"), ("1.234,56", "has a comma"), ("1,234", "has a comma"),
        ("12,34.5", "has a comma"), ("1e5", "is not a number"), ("1e400", "is not a number"),
        ("NaN", "is not a number"), ("Infinity", "is not a number"), ("1_000", "is not a number"),
        ("0x10", "is not a number"), ("١٢", "is not a number"), ("", "is not a number"),
        ("1" * 16, "at most 15 digits before the decimal point"),
        (10**15, "at most 15 digits"), (-(10**15), "at most 15 digits"),
        (Decimal("1E+400"), "at most 15 digits"), (1e300, "at most 15 digits"),
        (float("inf"), "not a finite number"), (float("nan"), "not a finite number"),
        ("0.0000001", "more than 6 digits after the decimal point"),
        ("1." + "0" * 40 + "1", "more than 6 digits"),
    ],
)  # fmt: skip
def test_what_is_refused_with_a_sentence(typed: object, problem: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_decimal(typed, "Rate")
    assert refused.value.field == "Rate"
    assert problem in refused.value.problem


def test_the_limits_are_the_documented_ones() -> None:
    assert (MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS) == (15, 6)
    assert decimal_places(Decimal("1.500")) == 1
    assert decimal_places(Decimal("1E+3")) == 0
    check_size(Decimal("-999999999999999.99"), "Amount", 2)


def test_the_import_and_the_editor_read_the_same_way() -> None:
    with pytest.raises(ValidationError, match="has a comma"):
        parse_line({"name": "Work", "rate": "1,5"}, "line_items[0]")
    with pytest.raises(ValidationError, match=r"^Line 1 rate: '1,5' has a comma"):
        parse_grid_line(LineText(name="Work", rate="1,5"), 1)
    with pytest.raises(ValidationError, match=r"^Shipping: '1\.234,56' has a comma"):
        parse_amount("1.234,56", "Shipping")
    with pytest.raises(ValidationError, match="Line 1 taxes: 'VAT 9,5%' has a comma"):
        parse_taxes("VAT 9,5%", "Line 1 taxes")
    assert parse_grid_line(LineText(name="Work", quantity="1,000.5", rate="2"), 1).quantity == (
        Decimal("1000.5")
    )


def test_a_line_or_tax_too_large_to_add_up_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^line_items\[0\]: quantity × rate is too large"):
        parse_line({"name": "W", "quantity": 1000, "rate": "1" + "0" * 14}, "line_items[0]")
    with pytest.raises(ValidationError, match=r"^Line 2: quantity × rate is too large"):
        parse_grid_line(LineText(name="W", quantity="1000", rate="1" + "0" * 14), 2)
    with pytest.raises(ValidationError, match="more than the largest tax rate, 1000%"):
        parse_taxes("VAT 1001%", "Line 1 taxes")
    with pytest.raises(ValidationError, match="more than the largest tax rate"):
        parse_line({"name": "W", "rate": 1, "taxes": [{"name": "T", "rate": "5000"}]}, "l")
