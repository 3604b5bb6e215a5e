"""Apply CRM deletions: customers go (or stay inactive with their documents), persons leave."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord, PotentialRecord
from desktop.persistence.sync.accounts import links_by_crm_id
from desktop.persistence.sync.changes import PageChanges
from desktop.persistence.sync.customer_rules import ensure_primary, forwarding, retire_customers
from desktop.persistence.sync.deals import DEALS
from desktop.persistence.sync.links import ACCOUNTS, CONTACTS


def apply_deletions(
    session: Session, module: str, crm_ids: Collection[str], now: datetime
) -> PageChanges:
    """Apply the deletion of these CRM records of one module (unknown ids are ignored)."""
    changes = PageChanges()
    ids = sorted(set(crm_ids))
    if module == DEALS:
        gone = session.scalars(
            select(PotentialRecord.id).where(PotentialRecord.crm_id.in_(ids))
        ).all()
        if gone:  # documents stay: their potential_id is set null, their deal name is kept
            session.execute(delete(PotentialRecord).where(PotentialRecord.id.in_(gone)))
            changes.deleted += len(gone)
        return changes
    links = [
        link for link in links_by_crm_id(session, module, ids).values() if link.deleted_at is None
    ]
    if module == CONTACTS:
        _remove_persons(session, links, changes)
    owned = {link.customer_id for link in links if link.customer_id is not None}
    forward = forwarding(session, owned)
    # A customer merged into another is only a forwarding address: the target is never retired.
    retire = {cid for cid in owned if forward.get(cid) == cid}
    kept = retire_customers(session, retire, now, changes)
    for link in links:
        if link.customer_id in kept:
            link.deleted_at = now  # the customer stays, inactive, still showing where it came from
        else:
            session.delete(link)
    if module == ACCOUNTS:
        changes.deleted += len(links) - len(kept & retire)
    return changes


def _remove_persons(session: Session, links: list[CrmLinkRecord], changes: PageChanges) -> None:
    person_ids = [link.contact_person_id for link in links if link.contact_person_id is not None]
    if not person_ids:
        return
    customers = set(
        session.scalars(
            select(ContactPersonRecord.customer_id).where(ContactPersonRecord.id.in_(person_ids))
        )
    )
    session.execute(delete(ContactPersonRecord).where(ContactPersonRecord.id.in_(person_ids)))
    changes.deleted += len(person_ids)
    changes.customer_ids |= customers
    ensure_primary(session, customers)


def linked_crm_ids(session: Session, module: str) -> set[str]:
    """Return every CRM id of the module that is linked to a local row (for a full reconciliation)."""
    if module == DEALS:
        return set(session.scalars(select(PotentialRecord.crm_id)))
    return set(
        session.scalars(
            select(CrmLinkRecord.crm_id).where(
                CrmLinkRecord.module == module, CrmLinkRecord.deleted_at.is_(None)
            )
        )
    )


def has_links(session: Session, module: str) -> bool:
    """Return True when some CRM record of the module is linked to a local row."""
    if module == DEALS:
        return session.scalar(select(PotentialRecord.id).limit(1)) is not None
    linked = select(CrmLinkRecord.id).where(
        CrmLinkRecord.module == module, CrmLinkRecord.deleted_at.is_(None)
    )
    return session.scalar(linked.limit(1)) is not None
