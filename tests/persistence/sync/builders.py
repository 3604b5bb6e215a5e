"""Small builders of CRM values for storage-level import tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import count

from desktop.domain.crm_records import CrmAccount, CrmContact, CrmDeal
from desktop.domain.customers import Address

_tick = count()
BASE = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def moment() -> datetime:
    """Return a strictly increasing Modified_Time."""
    return BASE + timedelta(seconds=next(_tick))


def account(crm_id: str, name: str | None = "Acme", **fields: object) -> CrmAccount:
    values: dict[str, object] = {
        "phone": "555-0100", "fax": None,
        "billing_address": Address("1 Main St", "Springfield", "IL", "62701", "USA"),
        "shipping_address": Address(), "modified_time": moment(),
    }  # fmt: skip
    values.update(fields)
    return CrmAccount(crm_id=crm_id, name=name, **values)  # type: ignore[arg-type]


def contact(
    crm_id: str,
    first: str | None = "Ana",
    last: str | None = "Núñez",
    account_id: str | None = None,
    **fields: object,
) -> CrmContact:
    values: dict[str, object] = {
        "salutation": "Dr.", "email": f"{crm_id}@shop.example", "phone": "555-0101",
        "mobile": None, "modified_time": moment(),
    }  # fmt: skip
    values.update(fields)
    return CrmContact(
        crm_id=crm_id,
        first_name=first,
        last_name=last,
        account_id=account_id,
        **values,  # type: ignore[arg-type]
    )


def deal(
    crm_id: str,
    name: str = "Renewal",
    stage: str = "Qualification",
    amount: str | None = "100.00",
    account_id: str | None = None,
    contact_id: str | None = None,
) -> CrmDeal:
    return CrmDeal(
        crm_id=crm_id,
        name=name,
        stage=stage,
        amount=Decimal(amount) if amount else None,
        closing_date=None,
        account_id=account_id,
        contact_id=contact_id,
        modified_time=moment(),
    )
