"""Apply one page of CRM Deals: potentials, owned by the customer of their account or contact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.crm_records import CrmDeal
from desktop.domain.import_rules import clean, deal_problem
from desktop.persistence.records import ContactPersonRecord, PotentialRecord
from desktop.persistence.sync.accounts import CONTACTS, customers_of_accounts, links_by_crm_id
from desktop.persistence.sync.changes import PageChanges, importable
from desktop.persistence.sync.customer_rules import forwarding

DEALS = "Deals"


@dataclass(frozen=True)
class DealChange:
    """A potential as stored after this page, and whether it was seen for the first time."""

    potential_id: int
    deal: CrmDeal
    customer_id: int | None
    is_new: bool
    previous_stage: str | None


def _customers_of(session: Session, deals: Sequence[CrmDeal]) -> dict[str, int]:
    """Return deal crm id → the customer it belongs to (account first, then contact)."""
    account_customers = customers_of_accounts(
        session, sorted({d.account_id for d in deals if d.account_id})
    )
    contact_links = links_by_crm_id(
        session, CONTACTS, sorted({d.contact_id for d in deals if d.contact_id})
    )
    person_ids = [
        link.contact_person_id for link in contact_links.values() if link.contact_person_id
    ]
    rows = session.execute(
        select(ContactPersonRecord.id, ContactPersonRecord.customer_id).where(
            ContactPersonRecord.id.in_(person_ids)
        )
    )
    person_customer: dict[int, int] = {row[0]: row[1] for row in rows}
    found: dict[str, int] = {}
    for deal in deals:
        account_customer = account_customers.get(deal.account_id or "")
        contact = contact_links.get(deal.contact_id or "")
        if account_customer is not None:
            found[deal.crm_id] = account_customer
        elif contact is not None and contact.customer_id is not None:
            found[deal.crm_id] = contact.customer_id
        elif contact is not None and contact.contact_person_id in person_customer:
            found[deal.crm_id] = person_customer[contact.contact_person_id]
    forward = forwarding(session, set(found.values()))
    return {
        deal_id: forward.get(customer_id, customer_id) for deal_id, customer_id in found.items()
    }


def apply_deals(
    session: Session, deals: Sequence[CrmDeal], now: datetime
) -> tuple[PageChanges, list[DealChange]]:
    """Upsert a page of deals; return the changes and each stored potential for the workflows."""
    changes = PageChanges()
    latest = importable(deals, deal_problem, changes)
    owners = _customers_of(session, list(latest.values()))
    existing = {
        p.crm_id: p
        for p in session.scalars(
            select(PotentialRecord).where(PotentialRecord.crm_id.in_(list(latest)))
        )
    }
    stored: list[tuple[PotentialRecord, CrmDeal, bool, str | None]] = []
    for crm_id, deal in latest.items():
        potential = existing.get(crm_id)
        if potential is not None and potential.modified_time == deal.modified_time:
            continue  # re-read at the inclusive If-Modified-Since boundary
        is_new = potential is None
        previous_stage = None if potential is None else potential.stage
        if potential is None:
            potential = PotentialRecord(crm_id=crm_id, first_seen_at=now)
            session.add(potential)
            changes.created += 1
        else:
            changes.updated += 1
        potential.name = clean(deal.name) or crm_id
        potential.stage = clean(deal.stage)
        potential.amount = deal.amount
        potential.closing_date = deal.closing_date
        potential.account_crm_id = deal.account_id
        potential.contact_crm_id = deal.contact_id
        potential.customer_id = owners.get(crm_id)
        potential.modified_time = deal.modified_time
        stored.append((potential, deal, is_new, previous_stage))
    session.flush()
    result = [
        DealChange(p.id, deal, p.customer_id, is_new, previous)
        for p, deal, is_new, previous in stored
    ]
    changes.customer_ids |= {c.customer_id for c in result if c.customer_id is not None}
    return changes, result
