"""The one module that knows Zoho CRM's field names: wire records (dicts) ↔ domain values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.domain import limits
from desktop.domain.crm_records import (
    CrmAccount,
    CrmContact,
    CrmDeal,
    CrmDeletedRecord,
    MalformedRecord,
)
from desktop.domain.customers import Address

ACCOUNTS, CONTACTS, DEALS = "Accounts", "Contacts", "Deals"
MODULES = (ACCOUNTS, CONTACTS, DEALS)
MODIFIED_TIME = "Modified_Time"

_BILLING = ("Billing_Street", "Billing_City", "Billing_State", "Billing_Code", "Billing_Country")
_SHIPPING = (
    "Shipping_Street",
    "Shipping_City",
    "Shipping_State",
    "Shipping_Code",
    "Shipping_Country",
)
_ADDRESS_LIMITS = (limits.STREET, limits.CITY, limits.STATE, limits.ZIP, limits.COUNTRY)
_ACCOUNT_TEXTS: tuple[tuple[str, int | None], ...] = (
    ("Account_Name", None),  # too long a name is skipped (import_rules), not cut
    ("Phone", limits.PHONE),
    ("Fax", limits.PHONE),
    *zip(_BILLING, _ADDRESS_LIMITS, strict=True),
    *zip(_SHIPPING, _ADDRESS_LIMITS, strict=True),
)
_CONTACT_TEXTS: tuple[tuple[str, int | None], ...] = (
    ("Salutation", limits.SALUTATION),
    ("First_Name", limits.PERSON_NAME),
    ("Last_Name", limits.PERSON_NAME),
    ("Email", limits.EMAIL),
    ("Phone", limits.PHONE),
    ("Mobile", limits.PHONE),
)
# The fields asked for in a listing: only what is mapped, plus id and Modified_Time (≤ 50 in v8).
LIST_FIELDS: dict[str, tuple[str, ...]] = {
    ACCOUNTS: ("id", "Account_Name", "Phone", "Fax", *_BILLING, *_SHIPPING, MODIFIED_TIME),
    CONTACTS: (
        "id",
        "Salutation",
        "First_Name",
        "Last_Name",
        "Email",
        "Phone",
        "Mobile",
        "Account_Name",
        MODIFIED_TIME,
    ),
    DEALS: (
        "id",
        "Deal_Name",
        "Stage",
        "Amount",
        "Closing_Date",
        "Account_Name",
        "Contact_Name",
        MODIFIED_TIME,
    ),
}
ID_FIELDS = ("id", MODIFIED_TIME)

CrmRecord = CrmAccount | CrmContact | CrmDeal


class _MalformedError(Exception):
    """A field with a value of the wrong type or format (the message names the field)."""


def record_from_wire(module: str, raw: object) -> CrmRecord | MalformedRecord:
    """Return the value of one listed record, or a MalformedRecord saying what is wrong with it."""
    if type(raw) is not dict and not isinstance(raw, Mapping):  # a dict: skip the ABC check
        return MalformedRecord(None, f"a record of {module} is not an object")
    crm_id = raw.get("id")
    if not isinstance(crm_id, str) or not crm_id:
        return MalformedRecord(None, f"a record of {module} has no text id (id = {crm_id!r:.40})")
    if len(crm_id) > limits.CRM_ID or limits.NUL in crm_id:
        return MalformedRecord(None, f"a record of {module} has an id that is not a CRM id")
    try:
        modified_time = _timestamp(raw, MODIFIED_TIME)
    except _MalformedError as exc:
        return MalformedRecord(crm_id, str(exc))
    try:
        return _MAPPERS[module](raw, crm_id, modified_time)
    except _MalformedError as exc:
        return MalformedRecord(crm_id, str(exc), modified_time)


def stamp_from_wire(raw: object) -> tuple[str, datetime] | MalformedRecord:
    """Return (id, Modified_Time) of a record listed for its id only, or a MalformedRecord."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str) or not raw["id"]:
        return MalformedRecord(None, "a record without a text id")
    try:
        return raw["id"], _timestamp(raw, MODIFIED_TIME)
    except _MalformedError as exc:
        return MalformedRecord(raw["id"], str(exc))


def deleted_from_wire(raw: object) -> CrmDeletedRecord | None:
    """Return a deleted-record entry, or None when it has no usable id."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str) or not raw["id"]:
        return None
    try:
        deleted_time: datetime | None = _timestamp(raw, "deleted_time")
    except _MalformedError:
        deleted_time = None
    return CrmDeletedRecord(crm_id=raw["id"], deleted_time=deleted_time)


def _account(raw: Mapping[str, Any], crm_id: str, modified_time: datetime) -> CrmAccount:
    fields = _Fields(raw)
    name, phone, fax, *addresses = fields.texts(_ACCOUNT_TEXTS)
    return CrmAccount(
        crm_id=crm_id,
        name=name,  # too long a name is skipped (import_rules), not cut
        phone=phone,
        fax=fax,
        billing_address=Address(*addresses[:5]),
        shipping_address=Address(*addresses[5:]),
        modified_time=modified_time,
        notes=tuple(fields.notes),
    )


def _contact(raw: Mapping[str, Any], crm_id: str, modified_time: datetime) -> CrmContact:
    fields = _Fields(raw)
    salutation, first_name, last_name, email, phone, mobile = fields.texts(_CONTACT_TEXTS)
    return CrmContact(
        crm_id=crm_id,
        salutation=None if salutation == "-None-" else salutation,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=phone,
        mobile=mobile,
        account_id=_lookup_id(raw, "Account_Name"),
        modified_time=modified_time,
        notes=tuple(fields.notes),
    )


def _deal(raw: Mapping[str, Any], crm_id: str, modified_time: datetime) -> CrmDeal:
    fields = _Fields(raw)
    return CrmDeal(
        crm_id=crm_id,
        name=fields.text("Deal_Name", limits.DEAL_NAME),
        stage=fields.text("Stage", limits.DEAL_STAGE),
        amount=_amount(raw, "Amount"),
        closing_date=_date(raw, "Closing_Date"),
        account_id=_lookup_id(raw, "Account_Name"),
        contact_id=_lookup_id(raw, "Contact_Name"),
        modified_time=modified_time,
        notes=tuple(fields.notes),
    )


class _Fields:
    """Reads text fields fitted to what the database stores, noting each value it had to change."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw
        self.notes: list[str] = []

    def text(self, name: str, limit: int | None = None) -> str | None:
        value, change = limits.fit(_text(self._raw, name), limit)
        if change:
            self.notes.append(f"{name} stored shortened: {change}")
        return value if value is not None and value.strip() else None

    def texts(self, specs: tuple[tuple[str, int | None], ...]) -> list[str | None]:
        """Return text() of each (name, limit), in one loop: an import reads millions of fields."""
        raw = self._raw
        found: list[str | None] = []
        for name, limit in specs:
            value = raw.get(name)
            if value is None:
                found.append(None)
            elif (
                type(value) is str
                and limits.NUL not in value
                and len(value) <= (limit or len(value))
            ):
                found.append(value if value.strip() else None)  # fits as it is: the usual case
            else:
                found.append(self.text(name, limit))
        return found


_MAPPERS: dict[str, Callable[[Mapping[str, Any], str, datetime], CrmRecord]] = {
    ACCOUNTS: _account,
    CONTACTS: _contact,
    DEALS: _deal,
}


def _text(raw: Mapping[str, Any], name: str) -> str | None:
    """Return a text field; absent, null and empty (or blank) text are all None."""
    value = raw.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _MalformedError(f"{name} is not text (got {type(value).__name__})")
    return value if value.strip() else None


def _lookup_id(raw: Mapping[str, Any], name: str) -> str | None:
    """Return the id of a lookup ({name, id} or null)."""
    value = raw.get(name)
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _MalformedError(f"{name} is not a lookup (got {type(value).__name__})")
    target = value.get("id")
    if not isinstance(target, str) or not target:
        raise _MalformedError(f"{name} has no text id")
    if len(target) > limits.CRM_ID or limits.NUL in target:
        raise _MalformedError(f"{name} has an id that is not a CRM id")
    return target


def _amount(raw: Mapping[str, Any], name: str) -> Decimal | None:
    value = raw.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _MalformedError(f"{name} is not a number (got {type(value).__name__})")
    try:
        amount = Decimal(str(value))  # str(): exact digits as sent, never a binary float
    except InvalidOperation:
        raise _MalformedError(f"{name} is not a number") from None
    if not amount.is_finite():
        raise _MalformedError(f"{name} is not a finite number")
    return amount


def _date(raw: Mapping[str, Any], name: str) -> date | None:
    value = _text(raw, name)
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise _MalformedError(f"{name} is not a date YYYY-MM-DD ({value[:30]!r})") from None


def _timestamp(raw: Mapping[str, Any], name: str) -> datetime:
    value = raw.get(name)
    if not isinstance(value, str):
        raise _MalformedError(f"{name} is missing or not text")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _MalformedError(f"{name} is not an ISO date-time ({value[:40]!r})") from None
    if moment.tzinfo is None:
        raise _MalformedError(f"{name} has no time-zone offset ({value[:40]!r})")
    # In UTC: each parsed offset is a new tzinfo object, and comparing or hashing times with
    # different ones asks both for their offset (20× slower); an import compares every time.
    return moment.astimezone(UTC)


def wire_time(moment: datetime) -> str:
    """Return a time as Zoho expects in If-Modified-Since: ISO-8601, seconds, with offset."""
    return moment.isoformat(timespec="seconds")
