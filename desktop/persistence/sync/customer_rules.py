"""Shared storage rules: forwarding through merges, transactions, and retiring a customer."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.domain.customers import CustomerStatus
from desktop.persistence.records import (
    ContactPersonRecord,
    CustomerRecord,
    DocumentRecord,
    PaymentRecord,
)
from desktop.persistence.sync.changes import PageChanges
from desktop.persistence.sync.ids import one_of


def forwarding(session: Session, customer_ids: Collection[int]) -> dict[int, int]:
    """Return id → the id that receives its updates (itself, or the customer it was merged into)."""
    if not customer_ids:
        return {}
    rows = session.execute(
        select(CustomerRecord.id, CustomerRecord.merged_into_id).where(
            one_of(session, CustomerRecord.id, customer_ids)
        )
    )
    return {customer_id: merged_into or customer_id for customer_id, merged_into in rows}


def with_transactions(session: Session, customer_ids: Collection[int]) -> set[int]:
    """Return which of the customers have documents or payments (or merged customers behind them)."""
    ids = list(customer_ids)
    if not ids:
        return set()
    found = set(
        session.scalars(
            select(DocumentRecord.customer_id).where(DocumentRecord.customer_id.in_(ids))
        )
    )
    found |= set(
        session.scalars(select(PaymentRecord.customer_id).where(PaymentRecord.customer_id.in_(ids)))
    )
    # A merge target keeps the forwarding of the customers merged into it alive.
    found |= set(
        session.scalars(
            select(CustomerRecord.merged_into_id).where(CustomerRecord.merged_into_id.in_(ids))
        )
    )
    return found


def retire_customers(
    session: Session, customer_ids: Collection[int], now: datetime, changes: PageChanges
) -> set[int]:
    """Apply the deletion rule: delete customers, or mark inactive those with transactions.

    Returns the ids that were kept (inactivated).
    """
    ids = set(customer_ids)
    if not ids:
        return set()
    kept = with_transactions(session, ids) & ids
    doomed = ids - kept
    if kept:
        session.execute(
            update(CustomerRecord)
            .where(CustomerRecord.id.in_(kept))
            .values(status=CustomerStatus.INACTIVE.value, updated_at=now)
        )
        changes.inactivated += len(kept)
    if doomed:
        session.execute(
            delete(ContactPersonRecord).where(ContactPersonRecord.customer_id.in_(doomed))
        )
        session.execute(delete(CustomerRecord).where(CustomerRecord.id.in_(doomed)))
    changes.customer_ids |= ids
    return kept


def customers_with_primary(session: Session, customer_ids: Collection[int]) -> set[int]:
    """Return which of the customers already have a primary contact person."""
    if not customer_ids:
        return set()
    return set(
        session.scalars(
            select(ContactPersonRecord.customer_id).where(
                one_of(session, ContactPersonRecord.customer_id, customer_ids),
                ContactPersonRecord.is_primary.is_(True),
            )
        )
    )


def ensure_primary(session: Session, customer_ids: Collection[int]) -> None:
    """Give each customer a primary contact person when it has persons but none is primary."""
    session.flush()
    lacking = list(set(customer_ids) - customers_with_primary(session, customer_ids))
    if not lacking:
        return
    firsts = list(
        session.scalars(
            select(func.min(ContactPersonRecord.id))
            .where(one_of(session, ContactPersonRecord.customer_id, lacking))
            .group_by(ContactPersonRecord.customer_id)
        )
    )
    if firsts:
        session.execute(
            update(ContactPersonRecord)
            .where(one_of(session, ContactPersonRecord.id, firsts))
            .values(is_primary=True)
        )
