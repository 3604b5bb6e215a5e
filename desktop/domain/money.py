"""Exact money: Decimals built from strings, rounded half-up to a currency's precision."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.errors import ValidationError

ZERO = Decimal("0")
HUNDRED = Decimal("100")

# ISO 4217 minor units for currencies that differ from the usual two.
_MINOR_UNITS: dict[str, int] = {
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
    "CLP": 0,
    "ISK": 0,
    "HUF": 2,
    "XAF": 0,
    "XOF": 0,
    "BHD": 3,
    "KWD": 3,
    "OMR": 3,
    "JOD": 3,
    "TND": 3,
    "IQD": 3,
    "LYD": 3,
}


def currency_precision(currency_code: str) -> int:
    """Return the decimal places of the currency (2 unless ISO 4217 says otherwise)."""
    return _MINOR_UNITS.get(currency_code.upper(), 2)


def quantum(currency_code: str) -> Decimal:
    """Return the smallest unit of the currency as a Decimal exponent (Decimal('0.01') for USD)."""
    return Decimal(1).scaleb(-currency_precision(currency_code))


def round_money(amount: Decimal, currency_code: str) -> Decimal:
    """Round half-up to the currency's precision (8.325 → 8.33)."""
    return amount.quantize(quantum(currency_code), rounding=ROUND_HALF_UP)


def parse_decimal(value: object, field: str) -> Decimal:
    """Return a Decimal from a string or number; junk raises ValidationError naming the field."""
    if isinstance(value, bool):
        raise ValidationError(field, f"expected a number, got {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        # Never trust a float's binary value: take its shortest decimal spelling (JSON numbers).
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            raise ValidationError(field, f"{value!r} is not a number") from None
    else:
        raise ValidationError(field, f"expected a number, got {value!r}")
    if not result.is_finite():
        raise ValidationError(field, f"{value!r} is not a finite number")
    return result


def format_money(amount: Decimal, currency_code: str) -> str:
    """Return the amount as a plain decimal string at the currency's precision ("2.73")."""
    return str(round_money(amount, currency_code))
