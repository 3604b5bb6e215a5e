"""What a batch of CRM ids is linked to locally, read with one joined query per chunk of ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord, CustomerRecord
from desktop.persistence.sync.ids import one_of

ACCOUNTS = "Accounts"
CONTACTS = "Contacts"


@dataclass(slots=True)
class KnownLink:
    """A CRM link row with what it points at (mutable while a batch is applied, then written)."""

    id: int
    customer_id: int | None
    contact_person_id: int | None
    account_crm_id: str | None
    modified_time: datetime | None
    deleted_at: datetime | None
    customer_exists: bool
    customer_merged: bool
    receiver: int | None  # the customer receiving updates: its merge target, or itself
    person_customer_id: int | None  # None: no (existing) contact person

    @property
    def person_exists(self) -> bool:
        """Return True when the linked contact person row exists."""
        return self.person_customer_id is not None

    def already_applied(self, modified_time: datetime) -> bool:
        """Return True when this version of the record was imported before (an inclusive re-read)."""
        return self.deleted_at is None and self.modified_time == modified_time


def known_links(session: Session, module: str, crm_ids: Sequence[str]) -> dict[str, KnownLink]:
    """Return the existing links of these CRM ids in one module, joined with their rows."""
    customer = aliased(CustomerRecord)
    person = aliased(ContactPersonRecord)
    link = CrmLinkRecord
    columns = (
        link.crm_id, link.id, link.customer_id, link.contact_person_id, link.account_crm_id,
        link.modified_time, link.deleted_at, customer.id, customer.merged_into_id,
        person.customer_id,
    )  # fmt: skip
    found: dict[str, KnownLink] = {}
    if crm_ids:
        rows = session.execute(
            select(*columns)
            .outerjoin(customer, customer.id == link.customer_id)
            .outerjoin(person, person.id == link.contact_person_id)
            .where(link.module == module, one_of(session, link.crm_id, crm_ids))
        )
        for row in rows:
            crm_id, link_id, owned, person_id, account_id, modified, deleted = row[:7]
            customer_id, merged_into, person_customer = row[7:]
            found[crm_id] = KnownLink(
                link_id, owned, person_id, account_id, modified, deleted,
                customer_exists=customer_id is not None,
                customer_merged=merged_into is not None,
                receiver=merged_into or customer_id,
                person_customer_id=person_customer,
            )  # fmt: skip
    return found


def customers_of_accounts(session: Session, account_ids: Sequence[str]) -> dict[str, int]:
    """Return account CRM id → the customer receiving its updates (merges followed)."""
    receiver = func.coalesce(CustomerRecord.merged_into_id, CustomerRecord.id)
    if not account_ids:
        return {}
    rows = session.execute(
        select(CrmLinkRecord.crm_id, receiver)
        .join(CustomerRecord, CustomerRecord.id == CrmLinkRecord.customer_id)
        .where(CrmLinkRecord.module == ACCOUNTS, one_of(session, CrmLinkRecord.crm_id, account_ids))
    )
    return {row[0]: row[1] for row in rows}


def link_columns() -> tuple[str, ...]:
    """Return the columns a batch writes back to a changed link, in KnownLink's order."""
    return ("customer_id", "contact_person_id", "account_crm_id", "modified_time", "deleted_at")


def link_values(link: KnownLink) -> tuple[object, ...]:
    """Return a changed link's values for link_columns(), then its id."""
    return (
        link.customer_id, link.contact_person_id, link.account_crm_id, link.modified_time,
        link.deleted_at, link.id,
    )  # fmt: skip
