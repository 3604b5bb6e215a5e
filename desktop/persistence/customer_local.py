"""A customer's local invoicing fields (tax id, default tax or exemption, payment terms, currency,
the contact person documents go to): read and written here, never touched by an import."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, object_session

from desktop.domain.customer_local import Keep, LocalChange
from desktop.domain.customers import CustomerTaxFields
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.persistence.catalogue import tax_id_of
from desktop.persistence.records import ContactPersonRecord, CustomerRecord, TaxRateRecord


def tax_fields(record: CustomerRecord) -> CustomerTaxFields:
    """Return the customer's tax fields (tax names come from the session's identity map)."""
    name = None
    session = object_session(record)
    if record.default_tax_id is not None and session is not None:
        tax = session.get(TaxRateRecord, record.default_tax_id)
        name = tax.name if tax is not None else None
    return CustomerTaxFields(
        record.tax_id,
        name,
        record.tax_exemption_reason,
        record.send_to_contact_id,
        record.document_language,
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
    if not isinstance(change.language, Keep):
        record.document_language = change.language
    record.updated_at = now


def _check_contact(session: Session, customer: CustomerRecord, contact_id: int | None) -> None:
    if contact_id is None:
        return
    person = session.get(ContactPersonRecord, contact_id)
    if person is None or person.customer_id != customer.id:
        raise ValidationError("send_to", f"{customer.name} has no contact person {contact_id}")
