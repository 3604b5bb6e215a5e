"""Which local customer or deal a CRM record became (for links that start in the CRM)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.persistence.records import (
    ContactPersonRecord,
    CrmLinkRecord,
    CustomerRecord,
    PotentialRecord,
)


@dataclass(frozen=True, slots=True)
class LinkedCustomer:
    """The customer a CRM Account or Contact belongs to (after merges)."""

    id: int
    name: str
    payment_terms_days: int | None


def customer_of(session: Session, module: str, crm_id: str) -> LinkedCustomer | None:
    """Return the customer of a CRM Account or Contact (a contact's account's), or None."""
    link = session.scalars(
        select(CrmLinkRecord).where(CrmLinkRecord.module == module, CrmLinkRecord.crm_id == crm_id)
    ).one_or_none()
    if link is None:
        return None
    customer_id = link.customer_id
    if customer_id is None and link.contact_person_id is not None:
        person = session.get(ContactPersonRecord, link.contact_person_id)
        customer_id = person.customer_id if person is not None else None
    customer = session.get(CustomerRecord, customer_id) if customer_id is not None else None
    seen: set[int] = set()
    while customer is not None and customer.merged_into_id is not None and customer.id not in seen:
        seen.add(customer.id)
        customer = session.get(CustomerRecord, customer.merged_into_id)
    if customer is None:
        return None
    return LinkedCustomer(customer.id, customer.name, customer.payment_terms_days)


def deal_known(session: Session, crm_id: str) -> bool:
    """Return whether the CRM deal has been imported."""
    return (
        session.scalar(select(PotentialRecord.id).where(PotentialRecord.crm_id == crm_id))
        is not None
    )
