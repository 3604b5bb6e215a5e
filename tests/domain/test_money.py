"""Money helpers: half-up rounding at the currency's precision, parsing that names the field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.money import format_money, parse_decimal, round_money


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("8.325", "USD", "8.33"),
        ("2.725", "EUR", "2.73"),
        ("-2.725", "EUR", "-2.73"),
        ("1234.5", "JPY", "1235"),
        ("1.2345", "KWD", "1.235"),
        ("0.005", "USD", "0.01"),
    ],
)
def test_round_half_up(amount: str, currency: str, expected: str) -> None:
    assert str(round_money(Decimal(amount), currency)) == expected


def test_parse_accepts_strings_ints_and_json_floats_exactly() -> None:
    assert parse_decimal("1.24", "rate") == Decimal("1.24")
    assert parse_decimal(3, "quantity") == Decimal(3)
    assert parse_decimal(0.1, "rate") == Decimal("0.1")  # not 0.1000000000000000055…


@pytest.mark.parametrize("bad", ["abc", "", None, True, "NaN", "Infinity", [1]])
def test_parse_rejects_junk_naming_the_field(bad: object) -> None:
    with pytest.raises(ValidationError, match=r"^rate: "):
        parse_decimal(bad, "rate")


def test_format_money_pads_to_precision() -> None:
    assert format_money(Decimal("2.7"), "USD") == "2.70"
