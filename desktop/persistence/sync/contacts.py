"""Apply one page of CRM Contacts: contact persons under their account's customer, or their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.crm_records import CrmContact
from desktop.domain.customers import CustomerStatus
from desktop.domain.import_rules import clean, contact_problem, person_name
from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord, CustomerRecord
from desktop.persistence.sync.accounts import (
    CONTACTS,
    already_applied,
    customers_of_accounts,
    links_by_crm_id,
)
from desktop.persistence.sync.changes import PageChanges, importable
from desktop.persistence.sync.customer_rules import (
    customers_with_primary,
    ensure_primary,
    forwarding,
    retire_customers,
)
from desktop.persistence.sync.ids import allocate_ids, insert_rows


def person_columns(contact: CrmContact) -> dict[str, Any]:
    """Return the CRM-owned contact person columns."""
    return {
        "salutation": clean(contact.salutation),
        "first_name": clean(contact.first_name),
        "last_name": clean(contact.last_name),
        "email": clean(contact.email),
        "phone": clean(contact.phone),
        "mobile": clean(contact.mobile),
    }


def standalone_columns(contact: CrmContact) -> dict[str, Any]:
    """Return the CRM-owned columns of the customer a stand-alone contact becomes."""
    return {
        "name": person_name(contact.salutation, contact.first_name, contact.last_name),
        "phone": clean(contact.phone),
    }


@dataclass
class _Placement:
    """Where one contact's person belongs after this page."""

    contact: CrmContact
    link: CrmLinkRecord | None
    customer_id: int | None  # None: a new stand-alone customer is needed
    owns_customer: bool


class _ContactPage:
    """The state of one page while it is applied."""

    def __init__(self, session: Session, contacts: dict[str, CrmContact], now: datetime) -> None:
        self.session, self.now = session, now
        self.changes = PageChanges()
        self.links = links_by_crm_id(session, CONTACTS, list(contacts))
        self.contacts = {
            crm_id: contact
            for crm_id, contact in contacts.items()
            if not (
                already_applied(self.links.get(crm_id), contact.modified_time)
                and self.links[crm_id].contact_person_id is not None
            )
        }
        account_ids = sorted({c.account_id for c in self.contacts.values() if c.account_id})
        self.account_customers = customers_of_accounts(session, account_ids)
        owned = [link.customer_id for link in self.links.values() if link.customer_id]
        self.forward = forwarding(session, owned)
        person_ids = [
            link.contact_person_id for link in self.links.values() if link.contact_person_id
        ]
        self.persons = {
            p.id: p
            for p in session.scalars(
                select(ContactPersonRecord).where(ContactPersonRecord.id.in_(person_ids))
            )
        } if person_ids else {}  # fmt: skip
        self.left_behind: set[int] = set()
        # Customers that lost or gained an existing person may need a new primary contact.
        self.moved_from: set[int] = set()
        self.moved_to: set[int] = set()
        self.touched: set[int] = set()

    def place(self, contact: CrmContact) -> _Placement:
        link = self.links.get(contact.crm_id)
        account_customer = self.account_customers.get(contact.account_id or "")
        if account_customer is not None:
            return _Placement(contact, link, account_customer, False)
        owned = link.customer_id if link else None
        if owned is not None and owned in self.forward:
            return _Placement(contact, link, self.forward[owned], True)
        return _Placement(contact, link, None, True)

    def apply(self) -> PageChanges:
        placements = [self.place(c) for c in self.contacts.values()]
        self._create_standalone_customers([p for p in placements if p.customer_id is None])
        new_persons = [p for p in placements if self._update_existing(p)]
        self._create_persons(new_persons)
        self.session.flush()
        retire_customers(self.session, self.left_behind - self.touched, self.now, self.changes)
        ensure_primary(self.session, self.moved_to | self.moved_from)
        self.changes.customer_ids |= self.moved_from
        return self.changes

    def _create_standalone_customers(self, placements: list[_Placement]) -> None:
        if not placements:
            return
        rows = [
            {
                **standalone_columns(p.contact),
                "status": CustomerStatus.ACTIVE.value,
                "created_at": self.now,
                "updated_at": self.now,
            }
            for p in placements
        ]
        new_ids = allocate_ids(self.session, CustomerRecord, len(rows))
        for row, new_id in zip(rows, new_ids, strict=True):
            row["id"] = new_id
        insert_rows(self.session, CustomerRecord, rows)
        for placement, customer_id in zip(placements, new_ids, strict=True):
            placement.customer_id = customer_id
            if placement.link is not None:
                self._leave(placement.link)
                placement.link.customer_id = customer_id

    def _leave(self, link: CrmLinkRecord) -> None:
        """Note that the contact's own customer (if any) may be left without its person."""
        if link.customer_id is not None:
            self.left_behind.add(link.customer_id)

    def _update_existing(self, placement: _Placement) -> bool:
        """Update a known contact in place; return True when a new person row is needed."""
        contact, link, target = placement.contact, placement.link, placement.customer_id
        assert target is not None
        self.touched.add(target)
        self.changes.customer_ids.add(target)
        if link is None:
            return True
        link.modified_time, link.account_crm_id, link.deleted_at = (
            contact.modified_time,
            contact.account_id,
            None,
        )
        if placement.owns_customer:
            if link.customer_id != target and link.customer_id not in self.forward:
                link.customer_id = target
            self._refresh_standalone(target, contact)
        elif link.customer_id is not None:
            self._leave(link)
            link.customer_id = None
        person = self.persons.get(link.contact_person_id or -1)
        if person is None:
            return True
        if person.customer_id != target:
            # Only the contact's own stand-alone customer is retired (see _leave), never an
            # account's customer or a merge target that merely held the person.
            self.moved_from.add(person.customer_id)
            self.moved_to.add(target)
            person.customer_id, person.is_primary = target, False
        for column, value in person_columns(contact).items():
            setattr(person, column, value)
        self.changes.updated += 1
        return False

    def _refresh_standalone(self, customer_id: int, contact: CrmContact) -> None:
        customer = self.session.get(CustomerRecord, customer_id)
        if customer is None or customer.merged_into_id is not None:
            return
        link = self.links.get(contact.crm_id)
        if link is not None and link.customer_id != customer_id:
            return  # the person lives in a customer it was merged into; that one keeps its name
        for column, value in standalone_columns(contact).items():
            setattr(customer, column, value)
        customer.status, customer.updated_at = CustomerStatus.ACTIVE.value, self.now

    def _create_persons(self, placements: list[_Placement]) -> None:
        if not placements:
            return
        needs_primary = {p.customer_id for p in placements} - customers_with_primary(
            self.session, {p.customer_id for p in placements if p.customer_id is not None}
        )
        person_ids = allocate_ids(self.session, ContactPersonRecord, len(placements))
        rows = []
        for placement, person_id in zip(placements, person_ids, strict=True):
            first = placement.customer_id in needs_primary
            needs_primary.discard(placement.customer_id)
            rows.append(
                {**person_columns(placement.contact), "id": person_id,
                 "customer_id": placement.customer_id, "is_primary": first}
            )  # fmt: skip
        insert_rows(self.session, ContactPersonRecord, rows)
        new_links = []
        for placement, person_id in zip(placements, person_ids, strict=True):
            contact, owns = placement.contact, placement.owns_customer
            if placement.link is not None:
                placement.link.contact_person_id = person_id
                self.changes.updated += 1
                continue
            new_links.append(
                {
                    "module": CONTACTS,
                    "crm_id": contact.crm_id,
                    "contact_person_id": person_id,
                    "customer_id": placement.customer_id if owns else None,
                    "account_crm_id": contact.account_id,
                    "modified_time": contact.modified_time,
                }
            )
        insert_rows(self.session, CrmLinkRecord, new_links)
        self.changes.created += len(new_links)


def apply_contacts(session: Session, contacts: Sequence[CrmContact], now: datetime) -> PageChanges:
    """Upsert a page of contacts; a contact that joins, leaves or changes account moves."""
    skipped = PageChanges()
    latest = importable(contacts, contact_problem, skipped)
    changes = _ContactPage(session, latest, now).apply()
    changes.add(skipped)
    return changes
