"""Stable JSON and text output shared by every command."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from desktop.domain.customers import Address, ContactPerson, Customer


def to_jsonable(value: Any) -> Any:
    """Return plain JSON types: Decimals as strings, dates ISO, enums by value."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    return value


def print_json(value: Any) -> None:
    """Print a value as indented, key-stable, UTF-8 JSON."""
    print(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False))


def print_json_array(items: Iterable[Any]) -> None:
    """Print the items as print_json prints a list of them, byte for byte, one item at a time
    (a million customers are never all in memory)."""
    opening = "[\n  "
    for item in items:
        text = json.dumps(to_jsonable(item), indent=2, ensure_ascii=False)
        sys.stdout.write(opening + text.replace("\n", "\n  "))  # strings hold no raw newline
        opening = ",\n  "
    sys.stdout.write("[]\n" if opening == "[\n  " else "\n]\n")


def address_json(address: Address) -> dict[str, str | None]:
    """Return the contract's address object."""
    return asdict(address)


def contact_person_json(person: ContactPerson) -> dict[str, Any]:
    """Return the contract's contact person object."""
    return {
        "salutation": person.salutation,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "phone": person.phone,
        "mobile": person.mobile,
        "is_primary": person.is_primary,
        "crm_id": person.crm_id,
    }


def customer_json(customer: Customer) -> dict[str, Any]:
    """Return the contract's customer object (`customers --json`)."""
    return {
        "id": customer.id,
        "name": customer.name,
        "status": customer.status.value,
        "phone": customer.phone,
        "fax": customer.fax,
        "billing_address": address_json(customer.billing_address),
        "shipping_address": address_json(customer.shipping_address),
        "currency_code": customer.currency_code,
        "payment_terms_days": customer.payment_terms_days,
        "notes": customer.notes,
        "crm": {"module": customer.crm.module, "id": customer.crm.crm_id} if customer.crm else None,
        "has_transactions": customer.has_transactions,
        "contact_persons": [contact_person_json(p) for p in customer.contact_persons],
        "tax_id": customer.tax.tax_id,
        "default_tax": customer.tax.default_tax,
        "tax_exemption_reason": customer.tax.tax_exemption_reason,
        "send_to_contact_id": customer.send_to.id if customer.send_to else None,
        "language": customer.tax.language,
    }
