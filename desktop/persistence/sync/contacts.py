"""Apply a batch of CRM Contacts set-based: persons under their account's customer, or their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.crm_records import CrmContact
from desktop.domain.customers import CustomerStatus
from desktop.domain.import_rules import contact_problem, joined_name, person_fields
from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord, CustomerRecord
from desktop.persistence.sync.changes import PageChanges, importable
from desktop.persistence.sync.customer_rules import (
    customers_with_primary,
    ensure_primary,
    retire_customers,
)
from desktop.persistence.sync.ids import allocate_ids, insert_values, update_values
from desktop.persistence.sync.links import (
    CONTACTS,
    KnownLink,
    customers_of_accounts,
    known_links,
    link_columns,
    link_values,
)

# The CRM-owned contact person columns, in person_fields() order.
PERSON_COLUMNS = ("salutation", "first_name", "last_name", "email", "phone", "mobile")
STANDALONE_COLUMNS = ("name", "phone")


def standalone_values(fields: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """Return the CRM-owned columns of the customer a stand-alone contact becomes, from its
    person_fields()."""
    return joined_name(fields[:3]), fields[PERSON_COLUMNS.index("phone")]


@dataclass
class _Placement:
    """Where one contact's person belongs after this batch."""

    contact: CrmContact
    link: KnownLink | None
    customer_id: int | None  # None: a new stand-alone customer is needed
    owns_customer: bool


class _ContactBatch:
    """The state of one batch while it is applied; rows are written a statement per kind."""

    def __init__(
        self,
        session: Session,
        contacts: dict[str, CrmContact],
        fields: dict[str, tuple[str | None, ...]],
        now: datetime,
    ) -> None:
        self.session, self.now = session, now
        self.fields = fields  # CRM id → person_fields() of its contact
        self.changes = PageChanges()
        self.links = known_links(session, CONTACTS, list(contacts))
        self.contacts = [
            contact
            for crm_id, contact in contacts.items()
            if not (
                (link := self.links.get(crm_id)) is not None
                and link.already_applied(contact.modified_time)
                and link.contact_person_id is not None
            )
        ]
        account_ids = sorted({c.account_id for c in self.contacts if c.account_id})
        self.account_customers = customers_of_accounts(session, account_ids)
        # Owned customer → the customer receiving its updates (itself, or its merge target).
        self.forward = {
            link.customer_id: link.receiver
            for link in self.links.values()
            if link.customer_id is not None and link.receiver is not None
        }
        self.new_customers: set[int] = set()
        self.left_behind: set[int] = set()
        # Customers that lost or gained an existing person may need a new primary contact.
        self.moved_from: set[int] = set()
        self.moved_to: set[int] = set()
        self.touched: set[int] = set()
        self.dirty_links: dict[int, KnownLink] = {}
        self.person_rows: list[tuple[Any, ...]] = []
        self.moved_person_rows: list[tuple[Any, ...]] = []
        self.customer_rows: list[tuple[Any, ...]] = []

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
        placements = [self.place(c) for c in self.contacts]
        self._create_standalone_customers([p for p in placements if p.customer_id is None])
        new_persons = [p for p in placements if self._update_existing(p)]
        update_values(self.session, ContactPersonRecord, PERSON_COLUMNS, self.person_rows)
        update_values(
            self.session, ContactPersonRecord, (*PERSON_COLUMNS, "customer_id", "is_primary"),
            self.moved_person_rows,
        )  # fmt: skip
        update_values(
            self.session, CustomerRecord, (*STANDALONE_COLUMNS, "status", "updated_at"),
            self.customer_rows,
        )  # fmt: skip
        self._create_persons(new_persons)
        update_values(
            self.session, CrmLinkRecord, link_columns(),
            [link_values(link) for link in self.dirty_links.values()],
        )  # fmt: skip
        retire_customers(self.session, self.left_behind - self.touched, self.now, self.changes)
        ensure_primary(self.session, self.moved_to | self.moved_from)
        self.changes.customer_ids |= self.moved_from
        return self.changes

    def _create_standalone_customers(self, placements: list[_Placement]) -> None:
        if not placements:
            return
        new_ids = allocate_ids(self.session, CustomerRecord, len(placements))
        now = self.now
        insert_values(
            self.session, CustomerRecord, ("id", *STANDALONE_COLUMNS),
            [(new_id, *standalone_values(self.fields[p.contact.crm_id]))
             for p, new_id in zip(placements, new_ids, strict=True)],
            same={"status": CustomerStatus.ACTIVE.value, "created_at": now, "updated_at": now},
        )  # fmt: skip
        self.new_customers.update(new_ids)
        for placement, customer_id in zip(placements, new_ids, strict=True):
            placement.customer_id = customer_id
            if placement.link is not None:
                self._leave(placement.link)
                placement.link.customer_id = customer_id
                self.dirty_links[placement.link.id] = placement.link

    def _leave(self, link: KnownLink) -> None:
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
            contact.modified_time, contact.account_id, None,
        )  # fmt: skip
        self.dirty_links[link.id] = link
        if placement.owns_customer:
            if link.customer_id != target and link.customer_id not in self.forward:
                link.customer_id = target
            if link.customer_id == target and target not in self.new_customers:
                # Its own customer follows its name; a merge target keeps its own name.
                self.customer_rows.append(
                    (*standalone_values(self.fields[contact.crm_id]), CustomerStatus.ACTIVE.value,
                     self.now, target)
                )  # fmt: skip
        elif link.customer_id is not None:
            self._leave(link)
            link.customer_id = None
        if not link.person_exists:
            return True
        values, holder = self.fields[contact.crm_id], link.person_customer_id
        if holder is not None and holder != target:
            # Only the contact's own stand-alone customer is retired (see _leave), never an
            # account's customer or a merge target that merely held the person.
            self.moved_from.add(holder)
            self.moved_to.add(target)
            link.person_customer_id = target
            self.moved_person_rows.append((*values, target, False, link.contact_person_id))
        else:
            self.person_rows.append((*values, link.contact_person_id))
        self.changes.updated += 1
        return False

    def _create_persons(self, placements: list[_Placement]) -> None:
        if not placements:
            return
        targets = {p.customer_id for p in placements if p.customer_id is not None}
        needs_primary = targets - customers_with_primary(self.session, targets)
        person_ids = allocate_ids(self.session, ContactPersonRecord, len(placements))
        rows = []
        new_links = []
        for placement, person_id in zip(placements, person_ids, strict=True):
            contact, customer_id = placement.contact, placement.customer_id
            first = customer_id in needs_primary
            needs_primary.discard(customer_id)
            rows.append((person_id, *self.fields[contact.crm_id], customer_id, first))
            if placement.link is not None:
                placement.link.contact_person_id = person_id
                self.dirty_links[placement.link.id] = placement.link
                self.changes.updated += 1
                continue
            new_links.append(
                (contact.crm_id, person_id, customer_id if placement.owns_customer else None,
                 contact.account_id, contact.modified_time)
            )  # fmt: skip
        insert_values(
            self.session, ContactPersonRecord, ("id", *PERSON_COLUMNS, "customer_id", "is_primary"),
            rows,
        )  # fmt: skip
        new_links.sort(key=itemgetter(0))  # in index order: each index page is written once
        insert_values(
            self.session, CrmLinkRecord,
            ("crm_id", "contact_person_id", "customer_id", "account_crm_id", "modified_time"),
            new_links, same={"module": CONTACTS},
        )  # fmt: skip
        self.changes.created += len(new_links)


def apply_contacts(session: Session, contacts: Sequence[CrmContact], now: datetime) -> PageChanges:
    """Upsert a batch of contacts; a contact that joins, leaves or changes account moves."""
    skipped = PageChanges()
    fields: dict[str, tuple[str | None, ...]] = {}

    def problem(contact: CrmContact) -> str | None:
        read = person_fields(contact)
        reason = contact_problem(contact, read)
        if reason is None:
            fields[contact.crm_id] = read  # kept like importable() keeps the contact
        return reason

    latest = importable(contacts, problem, skipped)
    changes = _ContactBatch(session, latest, fields, now).apply()
    changes.add(skipped)
    return changes
