"""Apply a batch of CRM Deals set-based: potentials, owned by the customer of their account or contact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.crm_records import CrmDeal
from desktop.domain.import_rules import clean, deal_problem
from desktop.persistence.records import PotentialRecord
from desktop.persistence.sync.changes import PageChanges, importable
from desktop.persistence.sync.customer_rules import forwarding
from desktop.persistence.sync.ids import allocate_ids, insert_values, one_of, update_values
from desktop.persistence.sync.links import CONTACTS, customers_of_accounts, known_links

DEALS = "Deals"
POTENTIAL_COLUMNS = (
    "name", "stage", "amount", "closing_date", "account_crm_id", "contact_crm_id", "customer_id",
    "modified_time",
)  # fmt: skip


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
    contact_links = known_links(
        session, CONTACTS, sorted({d.contact_id for d in deals if d.contact_id})
    )
    found: dict[str, int] = {}
    for deal in deals:
        account_customer = account_customers.get(deal.account_id or "")
        contact = contact_links.get(deal.contact_id or "")
        if account_customer is not None:
            found[deal.crm_id] = account_customer
        elif contact is not None and contact.customer_id is not None:
            found[deal.crm_id] = contact.customer_id
        elif contact is not None and contact.person_customer_id is not None:
            found[deal.crm_id] = contact.person_customer_id
    forward = forwarding(session, set(found.values()))
    return {
        deal_id: forward.get(customer_id, customer_id) for deal_id, customer_id in found.items()
    }


def _existing(
    session: Session, crm_ids: Sequence[str]
) -> dict[str, tuple[int, str | None, datetime]]:
    """Return crm id → (potential id, stage, modified time) of the potentials already stored."""
    found: dict[str, tuple[int, str | None, datetime]] = {}
    columns = (PotentialRecord.crm_id, PotentialRecord.id, PotentialRecord.stage,
               PotentialRecord.modified_time)  # fmt: skip
    if crm_ids:
        rows = session.execute(
            select(*columns).where(one_of(session, PotentialRecord.crm_id, crm_ids))
        )
        found.update(
            {
                crm_id: (potential_id, stage, modified)
                for crm_id, potential_id, stage, modified in rows
            }
        )
    return found


def _values(deal: CrmDeal, customer_id: int | None) -> tuple[Any, ...]:
    """Return a potential's columns in POTENTIAL_COLUMNS order."""
    return (
        clean(deal.name) or deal.crm_id, clean(deal.stage), deal.amount, deal.closing_date,
        deal.account_id, deal.contact_id, customer_id, deal.modified_time,
    )  # fmt: skip


def apply_deals(
    session: Session, deals: Sequence[CrmDeal], now: datetime
) -> tuple[PageChanges, list[DealChange]]:
    """Upsert a batch of deals; return the changes and each stored potential for the workflows."""
    changes = PageChanges()
    latest = importable(deals, deal_problem, changes)
    owners = _customers_of(session, list(latest.values()))
    existing = _existing(session, list(latest))
    fresh = [deal for crm_id, deal in latest.items() if crm_id not in existing]
    new_ids = dict(
        zip(
            (d.crm_id for d in fresh),
            allocate_ids(session, PotentialRecord, len(fresh)),
            strict=True,
        )
    )
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    result: list[DealChange] = []
    for crm_id, deal in latest.items():
        customer_id = owners.get(crm_id)
        known = existing.get(crm_id)
        if known is None:
            potential_id, previous_stage = new_ids[crm_id], None
            inserts.append((potential_id, crm_id, *_values(deal, customer_id)))
            changes.created += 1
        elif known[2] == deal.modified_time:
            continue  # re-read at the inclusive If-Modified-Since boundary
        else:
            potential_id, previous_stage = known[0], known[1]
            updates.append((*_values(deal, customer_id), potential_id))
            changes.updated += 1
        result.append(DealChange(potential_id, deal, customer_id, known is None, previous_stage))
    insert_values(
        session, PotentialRecord, ("id", "crm_id", *POTENTIAL_COLUMNS), inserts,
        same={"first_seen_at": now},
    )  # fmt: skip
    update_values(session, PotentialRecord, POTENTIAL_COLUMNS, updates)
    changes.customer_ids |= {c.customer_id for c in result if c.customer_id is not None}
    return changes, result
