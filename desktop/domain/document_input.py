"""Reading a document from its import JSON (strings or numbers), with errors naming the field."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.catalogue import Catalogue
from desktop.domain.documents import DocumentDraft, LineDraft
from desktop.domain.errors import ValidationError
from desktop.domain.lifecycle import DocumentKind
from desktop.domain.money import (
    HUNDRED,
    ZERO,
    check_line_amount,
    check_tax_rate,
    currency_precision,
    decimal_places,
    parse_decimal,
)
from desktop.domain.totals import Discount, TaxRounding, TaxSpec

MAX_ID = 2**63 - 1  # ids are 64-bit integers in SQLite and PostgreSQL
_WHOLE_NUMBER = re.compile(r"[0-9]+")


def parse_document(
    value: object, today: date, prefix: str = "", catalogue: Catalogue | None = None
) -> DocumentDraft:
    """Return the draft described by one import object; raise ValidationError naming the field.

    Lines may name a catalogue `item` and taxes by name; both are looked up in `catalogue`.
    """
    catalogue = catalogue or Catalogue()
    data = _object(value, prefix.rstrip(".") or "document")
    kind_text = data.get("kind")
    try:
        kind = DocumentKind(str(kind_text))
    except ValueError:
        raise ValidationError(
            f"{prefix}kind", f"expected 'credit_note', 'invoice' or 'estimate', got {kind_text!r}"
        ) from None
    credited_invoice = _optional_text(data.get("invoice"), f"{prefix}invoice")
    if credited_invoice is not None and kind is not DocumentKind.CREDIT_NOTE:
        raise ValidationError(f"{prefix}invoice", "only a credit note names the invoice it credits")
    customer_id = _optional_int(data.get("customer_id"), f"{prefix}customer_id")
    customer_name = _optional_text(data.get("customer_name"), f"{prefix}customer_name")
    if customer_id is None and customer_name is None:
        raise ValidationError(f"{prefix}customer_id", "give customer_id or customer_name")
    rounding = data.get("tax_rounding")
    if rounding is not None and rounding not in ("line", "document"):
        raise ValidationError(
            f"{prefix}tax_rounding", f"expected 'line' or 'document', got {rounding!r}"
        )
    lines = data.get("line_items")
    if not isinstance(lines, list) or not lines:
        raise ValidationError(f"{prefix}line_items", "a document needs a list of at least one line")
    due_key = "expiry_date" if data.get("due_date") is None else "due_date"
    return DocumentDraft(
        kind=kind,
        date=_optional_date(data.get("date"), f"{prefix}date") or today,
        due_date=_optional_date(data.get(due_key), f"{prefix}{due_key}"),
        line_items=tuple(
            parse_line(line, f"{prefix}line_items[{index}]", catalogue)
            for index, line in enumerate(lines)
        ),
        customer_id=customer_id,
        customer_name=customer_name,
        reference=_optional_text(data.get("reference"), f"{prefix}reference"),
        currency_code=_currency(data.get("currency_code"), f"{prefix}currency_code"),
        is_inclusive_tax=_bool(data.get("is_inclusive_tax"), False, f"{prefix}is_inclusive_tax"),
        tax_rounding=TaxRounding(rounding) if rounding is not None else None,
        discount=parse_discount(data.get("discount"), f"{prefix}discount"),
        is_discount_before_tax=_bool(
            data.get("is_discount_before_tax"), True, f"{prefix}is_discount_before_tax"
        ),
        shipping_charge=_amount(data.get("shipping_charge"), f"{prefix}shipping_charge"),
        adjustment=_amount(data.get("adjustment"), f"{prefix}adjustment", signed=True),
        notes=_optional_text(data.get("notes"), f"{prefix}notes"),
        terms=_optional_text(data.get("terms"), f"{prefix}terms"),
        credited_invoice=credited_invoice.upper() if credited_invoice else None,
    )


def parse_line(value: object, field: str, catalogue: Catalogue | None = None) -> LineDraft:
    """Return one line of the import; quantity defaults to 1.

    An `item` fills the name, description, rate and taxes the line does not give. A line that
    gives no `taxes` is marked so the customer's tax setting decides (desktop.domain.catalogue).
    """
    catalogue = catalogue or Catalogue()
    data = _object(value, field)
    item_name = _optional_text(data.get("item"), f"{field}.item")
    item = catalogue.item(item_name, f"{field}.item") if item_name else None
    name = _optional_text(data.get("name"), f"{field}.name") or (item.name if item else None)
    if name is None:
        raise ValidationError(f"{field}.name", "a line needs a name (or an item)")
    taxes = data.get("taxes")
    if taxes is not None and not isinstance(taxes, list):
        raise ValidationError(f"{field}.taxes", "expected a list of taxes")
    if taxes is not None:
        specs = tuple(parse_tax(t, f"{field}.taxes[{i}]", catalogue) for i, t in enumerate(taxes))
    else:
        specs = catalogue.item_taxes(item, f"{field}.item") if item else ()
    quantity_value, rate_value = data.get("quantity"), data.get("rate")
    quantity = _non_negative(1 if quantity_value is None else quantity_value, f"{field}.quantity")
    rate = (
        item.rate
        if item is not None and rate_value is None
        else _non_negative(rate_value, f"{field}.rate")
    )
    check_line_amount(quantity, rate, field)
    description = _optional_text(data.get("description"), f"{field}.description")
    return LineDraft(
        name=name,
        description=description if description or not item else item.description,
        quantity=quantity,
        rate=rate,
        discount=parse_discount(data.get("discount"), f"{field}.discount"),
        taxes=specs,
        default_taxes=taxes is None,
    )


def parse_tax(value: object, field: str, catalogue: Catalogue | None = None) -> TaxSpec:
    """Return a tax: a name of the tax list ("VAT"), or an object with a rate in percent ("10" or
    "10%"); an object without a rate is looked up by its name."""
    if isinstance(value, str):
        return (catalogue or Catalogue()).tax(value, field)
    data = _object(value, field)
    name = _optional_text(data.get("name"), f"{field}.name")
    if name is None:
        raise ValidationError(f"{field}.name", "a tax needs a name")
    if data.get("rate") is None and catalogue is not None and catalogue.knows_tax(name):
        return catalogue.tax(name, f"{field}.name")
    rate = data.get("rate")
    if isinstance(rate, str):
        rate = rate.strip().removesuffix("%")
    percent = _non_negative(rate, f"{field}.rate")
    check_tax_rate(percent, f"{field}.rate")
    return TaxSpec(
        name=name,
        rate=percent,
        compound=_bool(data.get("compound"), False, f"{field}.compound"),
    )


def parse_discount(value: object, field: str) -> Discount | None:
    """Return a discount from "10%" (percent) or "5.00" / 5 (amount); empty means none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    is_percent = isinstance(value, str) and value.strip().endswith("%")
    number = value.strip().removesuffix("%") if isinstance(value, str) else value
    amount = _non_negative(number, field)
    if is_percent and amount > HUNDRED:
        raise ValidationError(field, f"{value!r} is more than 100%")
    if amount == ZERO:
        return None
    return Discount(amount, is_percent)


def check_currency_amounts(draft: DocumentDraft, currency_code: str) -> None:
    """Refuse money amounts with more decimals than the currency has (5.005 USD)."""
    places = currency_precision(currency_code)
    amounts: list[tuple[str, Decimal | None]] = [
        ("shipping_charge", draft.shipping_charge),
        ("adjustment", draft.adjustment),
        ("discount", _fixed(draft.discount)),
    ]
    amounts += [
        (f"line_items[{i}].discount", _fixed(line.discount))
        for i, line in enumerate(draft.line_items)
    ]
    for field, amount in amounts:
        if amount is not None and decimal_places(amount) > places:
            raise ValidationError(
                field, f"{amount} has more decimals than {currency_code} allows ({places})"
            )


def check_payment_amount(amount: Decimal, currency_code: str) -> None:
    """Refuse a payment with more decimals than the currency has."""
    places = currency_precision(currency_code)
    if decimal_places(amount) > places:
        raise ValidationError("amount", f"{amount} has more decimals than {currency_code} allows")


def _fixed(discount: Discount | None) -> Decimal | None:
    return discount.value if discount is not None and not discount.is_percent else None


def _object(value: object, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(field, f"expected a JSON object, got {type(value).__name__}")
    return value


def _optional_text(value: object, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, f"expected text, got {value!r}")
    return value.strip() or None


def _optional_int(value: object, field: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        raise ValidationError(field, f"{value!r} is not a whole number")
    if not 0 < number <= MAX_ID:
        shown = str(number) if len(str(number)) <= 24 else f"a {len(str(number))}-digit number"
        raise ValidationError(field, f"{shown} is not an id (ids go from 1 to {MAX_ID})")
    return number


def _optional_date(value: object, field: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(field, f"expected a date like 2026-11-25, got {value!r}")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date like 2026-11-25") from None


def _bool(value: object, default: bool, field: str) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ValidationError(field, f"expected true or false, got {value!r}")
    return value


def _currency(value: object, field: str) -> str | None:
    text = _optional_text(value, field)
    if text is None:
        return None
    if len(text) != 3 or not text.isalpha():
        raise ValidationError(field, f"{text!r} is not a three-letter currency code")
    return text.upper()


def _non_negative(value: object, field: str) -> Decimal:
    if value is None:
        raise ValidationError(field, "is missing")
    number = parse_decimal(value, field)
    if number < ZERO:
        raise ValidationError(field, f"must not be negative, got {number}")
    return number


def _amount(value: object, field: str, signed: bool = False) -> Decimal:
    if value is None or value == "":
        return ZERO
    return parse_decimal(value, field) if signed else _non_negative(value, field)
