"""A customer's local invoicing fields (tax id, default tax or exemption, payment terms, currency,
the contact person documents go to): read and written here, never touched by an import."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum

from sqlalchemy.orm import Session, object_session

from desktop.domain.customers import CustomerTaxFields
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.organization import check_currency_code
from desktop.persistence.catalogue import tax_id_of
from desktop.persistence.records import ContactPersonRecord, CustomerRecord, TaxRateRecord


class Keep(Enum):
    """The value of a field to leave as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True, slots=True)
class LocalChange:
    """Which local fields to change; a field left at KEEP stays as it is."""

    tax_id: str | Keep | None = KEEP
    default_tax: str | Keep | None = KEEP  # a tax name, or None for none
    tax_exemption_reason: str | Keep | None = KEEP  # None: not exempt
    payment_terms_days: int | Keep | None = KEEP
    currency_code: str | Keep | None = KEEP
    send_to_contact_id: int | Keep | None = KEEP


def tax_fields(record: CustomerRecord) -> CustomerTaxFields:
    """Return the customer's tax fields (tax names come from the session's identity map)."""
    name = None
    session = object_session(record)
    if record.default_tax_id is not None and session is not None:
        tax = session.get(TaxRateRecord, record.default_tax_id)
        name = tax.name if tax is not None else None
    return CustomerTaxFields(
        record.tax_id, name, record.tax_exemption_reason, record.send_to_contact_id
    )


def change_local_fields(
    session: Session, customer_id: int, change: LocalChange, now: datetime
) -> None:
    """Write the given local fields; a default tax and an exemption exclude each other."""
    record = session.get(CustomerRecord, customer_id)
    if record is None or record.merged_into_id is not None:
        raise NotFoundError(f"There is no customer with id {customer_id}.")
    if not isinstance(change.tax_id, Keep):
        record.tax_id = change.tax_id
    if not isinstance(change.default_tax, Keep):
        name = change.default_tax
        record.default_tax_id = tax_id_of(session, name) if name is not None else None
        if record.default_tax_id is not None:
            record.tax_exemption_reason = None
    if not isinstance(change.tax_exemption_reason, Keep):
        record.tax_exemption_reason = change.tax_exemption_reason
        if record.tax_exemption_reason is not None:
            record.default_tax_id = None
    if not isinstance(change.payment_terms_days, Keep):
        record.payment_terms_days = change.payment_terms_days
    if not isinstance(change.currency_code, Keep):
        record.currency_code = change.currency_code
    if not isinstance(change.send_to_contact_id, Keep):
        _check_contact(session, record, change.send_to_contact_id)
        record.send_to_contact_id = change.send_to_contact_id
    record.updated_at = now


def _check_contact(session: Session, customer: CustomerRecord, contact_id: int | None) -> None:
    if contact_id is None:
        return
    person = session.get(ContactPersonRecord, contact_id)
    if person is None or person.customer_id != customer.id:
        raise ValidationError("send_to", f"{customer.name} has no contact person {contact_id}")


def check_local_change(change: LocalChange) -> LocalChange:
    """Return the change with text trimmed and codes in capitals; ValidationError naming the field."""
    tax_id, reason, currency = change.tax_id, change.tax_exemption_reason, change.currency_code
    if isinstance(tax_id, str):
        tax_id = _limited("tax_id", tax_id, 100)
    if isinstance(reason, str):
        reason = _limited("tax_exempt", reason, 300)
        if reason is None:
            raise ValidationError("tax_exempt", "give the reason of the exemption")
    if isinstance(currency, str):
        currency = check_currency_code(currency, "currency") if currency.strip() else None
    terms = change.payment_terms_days
    if isinstance(terms, int) and not 0 <= terms <= 3650:
        raise ValidationError("payment_terms", f"must be between 0 and 3650 days, got {terms}")
    both = not isinstance(change.default_tax, Keep) and not isinstance(reason, Keep)
    if both and change.default_tax is not None and reason is not None:
        raise ValidationError("default_tax", "a tax-exempt customer has no default tax")
    return replace(change, tax_id=tax_id, tax_exemption_reason=reason, currency_code=currency)


def _limited(field: str, text: str, limit: int) -> str | None:
    cleaned = text.strip() or None
    if cleaned is not None and len(cleaned) > limit:
        raise ValidationError(field, f"is {len(cleaned)} characters long; at most {limit} fit")
    return cleaned
