"""The CRM outbox: every document change queued in its own transaction, and the pusher's records.

`watch(sessions)` hooks a session factory so that whatever writes a document (an edit, a status,
a payment, a merge, a workflow, a deleted draft) queues it before the same commit; no writer
needs to remember to. One pending item per (document, CRM record): a newer change replaces it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, event, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from desktop.domain.lifecycle import DocumentKind, DocumentStatus, effective_status
from desktop.domain.reflect import (
    CrmTarget,
    OutboxItem,
    OutboxState,
    ReflectAction,
)
from desktop.domain.settings import CRM_REFLECT
from desktop.persistence.records import (
    CrmLinkRecord,
    CrmOutboxRecord,
    CrmReflectionRecord,
    CustomerRecord,
    DocumentRecord,
    LineItemRecord,
    PaymentRecord,
    PotentialRecord,
    SyncRunRecord,
    SyncSkipRecord,
)
from desktop.persistence.settings_store import get_setting, set_setting

_CHANGED = "reflect.changed"  # session.info: ids of documents written in this transaction
_NUMBERS = "reflect.numbers"  # session.info: numbers of documents deleted in it
_CUSTOMER_MODULES = ("Accounts", "Contacts")


@dataclass(frozen=True, slots=True)
class Reflection:
    """What one document has on one CRM record (see CrmReflectionRecord)."""

    note_id: str | None = None
    note_sent: bool = False
    note_status: str | None = None
    pdf_id: str | None = None
    pdf_name: str | None = None
    pdf_sha256: str | None = None
    pdf_sent: bool = False


def watch(sessions: sessionmaker[Session]) -> None:
    """Queue the documents each transaction of these sessions writes, before it commits."""
    event.listen(sessions, "after_flush", _collect_flushed)
    event.listen(sessions, "do_orm_execute", _collect_bulk)
    event.listen(sessions, "before_commit", _enqueue_collected)
    event.listen(sessions, "after_rollback", _forget)


def _collect_flushed(session: Session, _flush: UOWTransaction) -> None:
    changed: set[int] = session.info.setdefault(_CHANGED, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, DocumentRecord):
            changed.add(obj.id)
            if obj in session.deleted:
                session.info.setdefault(_NUMBERS, {})[obj.id] = obj.number
        elif isinstance(obj, LineItemRecord | PaymentRecord) and obj.document_id is not None:
            changed.add(obj.document_id)


def _collect_bulk(state: ORMExecuteState) -> None:
    """A bulk UPDATE/DELETE of documents (a merge moves them so): queue the rows it touches."""
    if not (state.is_update or state.is_delete) or state.bind_mapper is None:
        return
    if state.bind_mapper.class_ is not DocumentRecord:
        return
    where = state.statement.whereclause  # type: ignore[attr-defined]
    query = select(DocumentRecord.id, DocumentRecord.number)
    rows = state.session.execute(query if where is None else query.where(where)).all()
    state.session.info.setdefault(_CHANGED, set()).update(row.id for row in rows)
    if state.is_delete:
        state.session.info.setdefault(_NUMBERS, {}).update({row.id: row.number for row in rows})


def _enqueue_collected(session: Session) -> None:
    session.flush()
    changed: set[int] = session.info.pop(_CHANGED, set())
    numbers: dict[int, str] = session.info.pop(_NUMBERS, {})
    if changed and get_setting(session, CRM_REFLECT) is True:
        enqueue(session, changed, datetime.now(UTC), numbers)


def _forget(session: Session) -> None:
    session.info.pop(_CHANGED, None)
    session.info.pop(_NUMBERS, None)


def enqueue(
    session: Session,
    document_ids: Collection[int],
    now: datetime,
    deleted_numbers: dict[int, str] | None = None,
) -> int:
    """Queue what each document's CRM records must show now; return the items queued.

    A document's records are its customer's Account or Contact and its potential's Deal; a
    record it no longer belongs to (after a merge, or a deleted draft) gets a delete.
    """
    queued = 0
    for document_id in sorted(document_ids):
        record = session.get(DocumentRecord, document_id)
        targets = _targets(session, record) if record is not None else set()
        number = record.number if record is not None else (deleted_numbers or {}).get(document_id)
        shown = _shown_on(session, document_id)
        if number is None:
            number = _known_number(session, document_id)
        if number is None:
            continue  # never reflected and gone: nothing to do
        for target in sorted(targets, key=_order):
            queued += _put(session, document_id, number, target, ReflectAction.UPSERT, now)
        for target in sorted(shown - targets, key=_order):
            queued += _put(session, document_id, number, target, ReflectAction.DELETE, now)
    return queued


def enqueue_dated(session: Session, today: date, now: datetime) -> int:
    """Queue documents whose shown status the calendar changed (overdue, expired); return how many."""
    rows = session.execute(
        select(DocumentRecord.id, DocumentRecord.kind, DocumentRecord.status,
               DocumentRecord.due_date, DocumentRecord.balance, CrmReflectionRecord.note_status)
        .join(CrmReflectionRecord, CrmReflectionRecord.document_id == DocumentRecord.id)
        .where(DocumentRecord.due_date < today, CrmReflectionRecord.note_id.is_not(None))
    ).all()  # fmt: skip
    changed = {
        row.id
        for row in rows
        if effective_status(
            DocumentKind(row.kind), DocumentStatus(row.status), row.due_date, row.balance, today
        ).value
        != row.note_status
    }
    return enqueue(session, changed, now) if changed else 0


def switch(session: Session, enabled: bool, now: datetime) -> None:
    """Switch reflecting on (every document is queued, once) or off (nothing more is queued)."""
    was = get_setting(session, CRM_REFLECT)
    set_setting(session, CRM_REFLECT, enabled)
    if enabled and not was:
        enqueue(session, all_document_ids(session), now)


def all_document_ids(session: Session) -> list[int]:
    """Return every document's id (to queue them all when reflecting is switched on)."""
    return list(session.scalars(select(DocumentRecord.id).order_by(DocumentRecord.id)))


def _order(target: CrmTarget) -> tuple[int, str]:
    return ("Accounts", "Contacts", "Deals").index(target.module), target.crm_id


def _targets(session: Session, record: DocumentRecord) -> set[CrmTarget]:
    customer_id: int | None = record.customer_id
    seen: set[int] = set()
    while customer_id is not None and customer_id not in seen:  # follow merges
        seen.add(customer_id)
        forward = session.scalar(
            select(CustomerRecord.merged_into_id).where(CustomerRecord.id == customer_id)
        )
        if forward is None:
            break
        customer_id = forward
    links = session.execute(
        select(CrmLinkRecord.module, CrmLinkRecord.crm_id).where(
            CrmLinkRecord.customer_id == customer_id,
            CrmLinkRecord.module.in_(_CUSTOMER_MODULES),
            CrmLinkRecord.deleted_at.is_(None),
        )
    ).all()
    targets = {CrmTarget(module, crm_id) for module, crm_id in links}
    if record.potential_crm_id and session.scalar(
        select(PotentialRecord.id).where(PotentialRecord.crm_id == record.potential_crm_id)
    ):
        targets.add(CrmTarget("Deals", record.potential_crm_id))
    return targets


def _shown_on(session: Session, document_id: int) -> set[CrmTarget]:
    """Return the records the document is (or may be about to be) shown on."""
    reflected = session.execute(
        select(CrmReflectionRecord.crm_module, CrmReflectionRecord.crm_id).where(
            CrmReflectionRecord.document_id == document_id
        )
    ).all()
    queued = session.execute(
        select(CrmOutboxRecord.crm_module, CrmOutboxRecord.crm_id).where(
            CrmOutboxRecord.document_id == document_id,
            CrmOutboxRecord.state == OutboxState.PENDING.value,
            CrmOutboxRecord.action == ReflectAction.UPSERT.value,
        )
    ).all()
    return {CrmTarget(module, crm_id) for module, crm_id in (*reflected, *queued)}


def _known_number(session: Session, document_id: int) -> str | None:
    return session.scalar(
        select(CrmOutboxRecord.document_number)
        .where(CrmOutboxRecord.document_id == document_id)
        .order_by(CrmOutboxRecord.id.desc())
        .limit(1)
    )


def _put(
    session: Session,
    document_id: int,
    number: str,
    target: CrmTarget,
    action: ReflectAction,
    now: datetime,
) -> int:
    """Queue one item, replacing the pending one of the same (document, record): it goes last."""
    session.execute(
        delete(CrmOutboxRecord).where(
            CrmOutboxRecord.document_id == document_id,
            CrmOutboxRecord.crm_module == target.module,
            CrmOutboxRecord.crm_id == target.crm_id,
            CrmOutboxRecord.state == OutboxState.PENDING.value,
        )
    )
    session.add(
        CrmOutboxRecord(
            document_id=document_id, document_number=number, crm_module=target.module,
            crm_id=target.crm_id, action=action.value, state=OutboxState.PENDING.value,
            attempts=0, created_at=now, updated_at=now,
        )
    )  # fmt: skip
    return 1


def items(session: Session, states: Iterable[OutboxState] | None = None) -> list[OutboxItem]:
    """Return the outbox items (only those in the given states), oldest first."""
    query = select(CrmOutboxRecord).order_by(CrmOutboxRecord.id)
    if states is not None:
        query = query.where(CrmOutboxRecord.state.in_([s.value for s in states]))
    return [
        OutboxItem(
            r.id,
            r.document_id,
            r.document_number,
            r.crm_module,
            r.crm_id,
            ReflectAction(r.action),
            OutboxState(r.state),
            r.error,
            r.attempts,
        )
        for r in session.scalars(query)
    ]


def finish(
    session: Session, item_id: int, state: OutboxState, error: str | None, now: datetime
) -> None:
    """Record an attempt's outcome (a replaced item is no longer there: nothing happens)."""
    session.execute(
        update(CrmOutboxRecord)
        .where(CrmOutboxRecord.id == item_id, CrmOutboxRecord.state == OutboxState.PENDING.value)
        .values(
            state=state.value, error=error, updated_at=now, attempts=CrmOutboxRecord.attempts + 1
        )
    )


def prune(session: Session, before: datetime) -> int:
    """Forget items that reached the CRM before the time; return how many."""
    result = session.execute(
        delete(CrmOutboxRecord).where(
            CrmOutboxRecord.state == OutboxState.DONE.value, CrmOutboxRecord.updated_at < before
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def reflection(session: Session, document_id: int, target: CrmTarget) -> Reflection:
    """Return what the document has on the record (nothing yet: an empty Reflection)."""
    record = _reflection_record(session, document_id, target)
    if record is None:
        return Reflection()
    return Reflection(
        record.note_id, record.note_sent, record.note_status, record.pdf_id, record.pdf_name,
        record.pdf_sha256, record.pdf_sent,
    )  # fmt: skip


def save_reflection(session: Session, document_id: int, target: CrmTarget, **values: Any) -> None:
    """Change what is known of the document's note and PDF on the record."""
    record = _reflection_record(session, document_id, target)
    if record is None:
        record = CrmReflectionRecord(
            document_id=document_id, crm_module=target.module, crm_id=target.crm_id,
            note_sent=False, pdf_sent=False,
        )  # fmt: skip
        session.add(record)
    for name, value in values.items():
        setattr(record, name, value)


def forget_reflection(session: Session, document_id: int, target: CrmTarget) -> None:
    """Forget the document's note and PDF on the record (they were deleted)."""
    session.execute(
        delete(CrmReflectionRecord).where(
            CrmReflectionRecord.document_id == document_id,
            CrmReflectionRecord.crm_module == target.module,
            CrmReflectionRecord.crm_id == target.crm_id,
        )
    )


def log_dropped(session: Session, run_id: int, target: CrmTarget, reason: str) -> None:
    """Add a dropped item to a sync run's log as a skipped record, with the reason."""
    session.add(SyncSkipRecord(run_id=run_id, module=target.module, crm_id=target.crm_id,
                               reason=reason))  # fmt: skip
    session.execute(
        update(SyncRunRecord)
        .where(SyncRunRecord.id == run_id)
        .values(skipped=SyncRunRecord.skipped + 1)
    )


def _reflection_record(
    session: Session, document_id: int, target: CrmTarget
) -> CrmReflectionRecord | None:
    return session.scalars(
        select(CrmReflectionRecord).where(
            CrmReflectionRecord.document_id == document_id,
            CrmReflectionRecord.crm_module == target.module,
            CrmReflectionRecord.crm_id == target.crm_id,
        )
    ).one_or_none()
