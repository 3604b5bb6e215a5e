"""Exact money: Decimals built from strings, rounded half-up to a currency's precision."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import get_currency_precision

from desktop.domain.errors import ValidationError

ZERO = Decimal("0")
HUNDRED = Decimal("100")

# The one rule for numbers typed in the window, given on the command line or imported (README,
# "Numbers you type"): a dot is the decimal mark whatever the system's language; a comma is read
# only as a thousands separator in groups of three before a decimal dot (1,234.56). Any other
# comma (1,5 or 1.234,56 or 1,234) could be a decimal mark, so it is refused, never guessed.
MAX_INTEGER_DIGITS = 15  # every number is below 10**15: totals stay exact in 28-digit Decimals
MAX_FRACTION_DIGITS = 6  # quantities, rates and percentages; money amounts: the currency's
MAX_TAX_RATE = Decimal(1000)  # percent
LARGEST = Decimal(10) ** MAX_INTEGER_DIGITS  # the first number that is too large
NUMBER_EXAMPLE = "write it with a dot as the decimal mark, like 1234.56"
_PLAIN = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+")


def currency_precision(currency_code: str) -> int:
    """Return the decimal places of the currency, from Babel's ISO 4217 data (JPY 0, KWD 3;
    2 for a code it does not know)."""
    return int(get_currency_precision(currency_code.upper()))


def quantum(currency_code: str) -> Decimal:
    """Return the smallest unit of the currency as a Decimal exponent (Decimal('0.01') for USD)."""
    return Decimal(1).scaleb(-currency_precision(currency_code))


def round_money(amount: Decimal, currency_code: str) -> Decimal:
    """Round half-up to the currency's precision (8.325 → 8.33)."""
    return amount.quantize(quantum(currency_code), rounding=ROUND_HALF_UP)


def parse_decimal(value: object, field: str) -> Decimal:
    """Return a Decimal from a string or number under the documented rule (see NUMBER_EXAMPLE).

    Raises ValidationError naming the field for junk, a comma that could be a decimal mark,
    exponents, NaN/Infinity, more than MAX_INTEGER_DIGITS digits before the decimal point or
    more than MAX_FRACTION_DIGITS after it."""
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
        result = _parse_text(value, field)
    else:
        raise ValidationError(field, f"expected a number, got {value!r}")
    if not result.is_finite():
        raise ValidationError(field, f"{value!r} is not a finite number")
    check_size(result, field, MAX_FRACTION_DIGITS)
    return result


def _parse_text(value: str, field: str) -> Decimal:
    text = value.strip()
    shown = text if len(text) <= 40 else text[:40] + "…"
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    elif "," in text and _PLAIN.fullmatch(text.replace(",", "").replace(".", "", 1)):
        raise ValidationError(
            field,
            f"{shown!r} has a comma that could be a decimal mark; {NUMBER_EXAMPLE} "
            "(a comma is read only as a thousands separator before a decimal dot, as in 1,234.56)",
        )
    if not _PLAIN.fullmatch(text):
        raise ValidationError(field, f"{shown!r} is not a number")
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only plain decimals
        raise ValidationError(field, f"{shown!r} is not a number") from None


def check_size(number: Decimal, field: str, fraction_digits: int) -> None:
    """Refuse a number with more than MAX_INTEGER_DIGITS digits before the decimal point or more
    than `fraction_digits` after it (raise ValidationError naming the field and the limit)."""
    if abs(number) >= LARGEST:
        raise ValidationError(
            field,
            f"{_short(number)} is too large: at most {MAX_INTEGER_DIGITS} digits before the "
            "decimal point",
        )
    if decimal_places(number) > fraction_digits:
        raise ValidationError(
            field,
            f"{_short(number)} has more than {fraction_digits} digits after the decimal point",
        )


def check_line_amount(quantity: Decimal, rate: Decimal, field: str) -> None:
    """Refuse a line whose quantity × rate reaches LARGEST (raise ValidationError naming it)."""
    if quantity * rate >= LARGEST:
        raise ValidationError(
            field,
            f"quantity × rate is too large: a line's amount has at most {MAX_INTEGER_DIGITS} "
            "digits before the decimal point",
        )


def check_tax_rate(rate: Decimal, field: str) -> None:
    """Refuse a tax rate above MAX_TAX_RATE percent (raise ValidationError naming the field)."""
    if rate > MAX_TAX_RATE:
        raise ValidationError(field, f"{rate}% is more than the largest tax rate, {MAX_TAX_RATE}%")


def decimal_places(number: Decimal) -> int:
    """Return the digits after the decimal point, trailing zeros not counted (1.50 → 1)."""
    _sign, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -exponent - trailing)


def _short(number: Decimal) -> str:
    text = str(number)
    return text if len(text) <= 24 else f"{text[:12]}…({len(text)} characters)"


def format_money(amount: Decimal, currency_code: str) -> str:
    """Return the amount as a plain decimal string at the currency's precision ("2.73")."""
    return str(round_money(amount, currency_code))
