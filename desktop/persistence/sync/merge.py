"""Merge one customer into another: documents, payments and persons move; the source forwards."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.merge import MergePreview, merge_refusal
from desktop.persistence.records import (
    ContactPersonRecord,
    CustomerRecord,
    DocumentRecord,
    PaymentRecord,
    PotentialRecord,
)
from desktop.persistence.settings_store import default_currency


def _count(session: Session, column: InstrumentedAttribute[int], customer_id: int) -> int:
    return int(session.scalar(select(func.count()).where(column == customer_id)) or 0)


def preview_merge(session: Session, source_id: int, target_id: int) -> MergePreview:
    """Return what merging would move, or why it is refused."""
    source = session.get(CustomerRecord, source_id)
    target = session.get(CustomerRecord, target_id)
    if source is None or target is None:
        missing = source_id if source is None else target_id
        raise NotFoundError(f"There is no customer with id {missing}.")
    default = default_currency(session)
    refusal = merge_refusal(
        source_id,
        target_id,
        source.currency_code or default,
        target.currency_code or default,
        source.merged_into_id is not None,
        target.merged_into_id is not None,
    )
    return MergePreview(
        source_id=source_id,
        target_id=target_id,
        source_name=source.name,
        target_name=target.name,
        documents=_count(session, DocumentRecord.customer_id, source_id),
        payments=_count(session, PaymentRecord.customer_id, source_id),
        contact_persons=_count(session, ContactPersonRecord.customer_id, source_id),
        refusal=refusal,
    )


def merge_customers(
    session: Session, source_id: int, target_id: int, now: datetime
) -> MergePreview:
    """Merge source into target and return what moved; raise ConflictError when refused."""
    preview = preview_merge(session, source_id, target_id)
    if preview.refusal:
        raise ConflictError(preview.refusal)
    for record, column in (
        (DocumentRecord, DocumentRecord.customer_id),
        (PaymentRecord, PaymentRecord.customer_id),
        (PotentialRecord, PotentialRecord.customer_id),
    ):
        session.execute(update(record).where(column == source_id).values(customer_id=target_id))
    target_has_primary = bool(
        session.scalar(
            select(func.count()).where(
                ContactPersonRecord.customer_id == target_id,
                ContactPersonRecord.is_primary.is_(True),
            )
        )
    )
    moved = update(ContactPersonRecord).where(ContactPersonRecord.customer_id == source_id)
    if target_has_primary:
        moved = moved.values(customer_id=target_id, is_primary=False)
    else:
        moved = moved.values(customer_id=target_id)
    session.execute(moved)
    # Keep every forwarding chain one step long: customers merged into the source now point on.
    session.execute(
        update(CustomerRecord)
        .where(CustomerRecord.merged_into_id == source_id)
        .values(merged_into_id=target_id)
    )
    session.execute(
        update(CustomerRecord)
        .where(CustomerRecord.id == source_id)
        .values(merged_into_id=target_id, updated_at=now)
    )
    return preview
