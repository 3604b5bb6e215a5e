"""CRM records as values: what the client yields and the sync consumes (wire names: crm/)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop.domain.customers import Address


@dataclass(frozen=True, slots=True)
class CrmAccount:
    """An Account: becomes a customer."""

    crm_id: str
    name: str | None
    phone: str | None
    fax: str | None
    billing_address: Address
    shipping_address: Address
    modified_time: datetime
    # Values the import had to change to store them (cut to the limit, NUL removed).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CrmContact:
    """A Contact: becomes a contact person, of its account's customer or of its own."""

    crm_id: str
    salutation: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    mobile: str | None
    account_id: str | None
    modified_time: datetime
    # Values the import had to change to store them (cut to the limit, NUL removed).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CrmDeal:
    """A Deal (Potential)."""

    crm_id: str
    name: str | None
    stage: str | None
    amount: Decimal | None
    closing_date: date | None
    account_id: str | None
    contact_id: str | None
    modified_time: datetime
    # Values the import had to change to store them (cut to the limit, NUL removed).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CrmDeletedRecord:
    """A record deleted in the CRM."""

    crm_id: str
    deleted_time: datetime | None


@dataclass(frozen=True, slots=True)
class MalformedRecord:
    """A record the client could not map; the sync skips it and logs why."""

    crm_id: str | None
    reason: str
    modified_time: datetime | None = None


@dataclass(frozen=True, slots=True)
class CrmUser:
    """The CRM user a key belongs to."""

    id: str
    email: str
    full_name: str | None


@dataclass(frozen=True, slots=True)
class CrmOrganization:
    """The CRM organization a key belongs to."""

    id: str
    name: str
    currency_code: str | None
