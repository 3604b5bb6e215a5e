"""Potential queries: deals with their customer and document numbers."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.potentials import Potential
from desktop.persistence.records import CustomerRecord, DocumentRecord, PotentialRecord


def list_potentials(session: Session, customer_id: int | None = None) -> list[Potential]:
    """Return every potential (or one customer's), by closing date then name."""
    query = (
        select(PotentialRecord, CustomerRecord.name)
        .outerjoin(CustomerRecord, CustomerRecord.id == PotentialRecord.customer_id)
        .order_by(PotentialRecord.closing_date, PotentialRecord.name, PotentialRecord.id)
    )
    if customer_id is not None:
        query = query.where(PotentialRecord.customer_id == customer_id)
    rows = session.execute(query).all()
    numbers: dict[str, list[str]] = defaultdict(list)
    crm_ids = [potential.crm_id for potential, _ in rows]
    for start in range(0, len(crm_ids), 500):
        for crm_id, number in session.execute(
            select(DocumentRecord.potential_crm_id, DocumentRecord.number)
            .where(DocumentRecord.potential_crm_id.in_(crm_ids[start : start + 500]))
            .order_by(DocumentRecord.id)
        ):
            numbers[crm_id or ""].append(number)
    return [
        Potential(
            id=potential.id,
            crm_id=potential.crm_id,
            name=potential.name,
            stage=potential.stage,
            amount=potential.amount,
            closing_date=potential.closing_date,
            customer_id=potential.customer_id,
            customer_name=customer_name,
            documents=tuple(numbers.get(potential.crm_id, ())),
        )
        for potential, customer_name in rows
    ]
