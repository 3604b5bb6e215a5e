"""Outbox rows inside a caller's transaction: add, claim, stamp, record the reply, list, recover."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.domain.documents import Document
from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.mail import OutboxEntry, OutboxState, Purpose, Recipients, check_emailable
from desktop.domain.money import ZERO
from desktop.persistence.documents_repository import change_status
from desktop.persistence.queries.documents import find_record, get_document
from desktop.persistence.records import DocumentEventRecord, DocumentRecord, OutboxMessageRecord

Q = OutboxState


@dataclass(frozen=True, slots=True)
class NewMessage:
    """A composed message and what the outbox keeps about it."""

    document_id: int | None
    document_number: str | None
    purpose: Purpose
    reminder_step: int | None
    message_id: str
    envelope_from: str
    recipients: Recipients
    subject: str
    content: bytes


@dataclass(frozen=True, slots=True)
class ClaimedMessage:
    """What a sender needs to hand one claimed message to the server."""

    id: int
    envelope_from: str
    envelope_to: tuple[str, ...]
    content: bytes


def add_message(session: Session, message: NewMessage, now: dt.datetime) -> int:
    """Queue a message (in the caller's transaction) and return its id."""
    r = message.recipients
    if message.reminder_step is not None and message.document_id is not None:
        step = latest_reminder_step(session, message.document_id)
        if step is not None and step >= message.reminder_step:
            raise ConflictError(f"The reminder {message.reminder_step} days after due was sent.")
    record = OutboxMessageRecord(
        document_id=message.document_id,
        document_number=message.document_number,
        purpose=message.purpose.value,
        reminder_step=message.reminder_step,
        message_id=message.message_id,
        envelope_from=message.envelope_from,
        to_addresses=json.dumps(list(r.to), ensure_ascii=False),
        cc_addresses=json.dumps(list(r.cc), ensure_ascii=False),
        bcc_addresses=json.dumps(list(r.bcc), ensure_ascii=False),
        subject=message.subject,
        content=message.content,
        state=Q.QUEUED.value,
        attempts=0,
        created_at=now,
        updated_at=now,
    )
    session.add(record)
    session.flush()
    return record.id


def prepare_document(
    session: Session, document_id: int, purpose: Purpose, recipients: Recipients, now: dt.datetime
) -> Document:
    """Check the document may be emailed, mark a draft sent, note the email in its history.

    Returns the document as it will be attached. Raises ConflictError (void, nothing to remind).
    """
    record = find_record(session, document_id, lock=True)
    label = f"{record.kind.capitalize()} {record.number}"
    check_emailable(record.kind, record.status, record.balance > ZERO, purpose, label)
    whom = recipients.describe()
    if record.status == DocumentStatus.DRAFT.value:
        change_status(
            session,
            record.id,
            DocumentStatus.SENT,
            now,
            reason=f"{label} sent: email to {whom} queued.",
        )
    else:
        what = "Reminder" if purpose is Purpose.REMINDER else "Email"
        add_document_event(session, record.id, now, "email", f"{what} to {whom} queued.")
    return get_document(session, record.id, now.date())


def add_document_event(
    session: Session, document_id: int, now: dt.datetime, action: str, message: str
) -> None:
    """Add one entry to a document's history."""
    session.add(
        DocumentEventRecord(
            document_id=document_id, at=now, action=action, message=message, automatic=False
        )
    )


def queued_ids(session: Session) -> list[int]:
    """Return the ids of queued, unclaimed messages, oldest first."""
    return list(
        session.scalars(
            select(OutboxMessageRecord.id)
            .where(OutboxMessageRecord.state == Q.QUEUED.value)
            .where(OutboxMessageRecord.claimed_by.is_(None))
            .order_by(OutboxMessageRecord.id)
        )
    )


def claim(session: Session, message_id: int, owner: str, now: dt.datetime) -> ClaimedMessage | None:
    """Take a queued message for sending (one sender at a time); None when it is not queued."""
    taken = session.execute(
        update(OutboxMessageRecord)
        .where(OutboxMessageRecord.id == message_id)
        .where(OutboxMessageRecord.state == Q.QUEUED.value)
        .where(OutboxMessageRecord.claimed_by.is_(None))
        .values(
            claimed_by=owner,
            claimed_at=now,
            data_started_at=None,
            attempts=OutboxMessageRecord.attempts + 1,
            updated_at=now,
        )
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        return None
    record = session.get_one(OutboxMessageRecord, message_id)
    recipients = _recipients(record)
    return ClaimedMessage(record.id, record.envelope_from, recipients.envelope(), record.content)


def mark_data_started(session: Session, message_id: int, now: dt.datetime) -> None:
    """Note that the message is about to be handed over: from now on it may reach the server."""
    record = session.get_one(OutboxMessageRecord, message_id)
    record.data_started_at = now


def record_sent(session: Session, message_id: int, now: dt.datetime) -> OutboxEntry:
    """Mark the message sent and write "emailed to … at …" in its document's history."""
    record = session.get_one(OutboxMessageRecord, message_id)
    record.state, record.sent_at, record.error = Q.SENT.value, now, None
    record.claimed_by, record.updated_at = None, now
    if record.document_id is not None:
        what = "Reminder emailed" if record.purpose == Purpose.REMINDER.value else "Emailed"
        when = now.astimezone().strftime("%Y-%m-%d %H:%M %Z")
        text = f"{what} to {_recipients(record).describe()} at {when}."
        add_document_event(session, record.document_id, now, "emailed", text)
    return entry_value(record)


def record_failure(
    session: Session, message_id: int, error: str, now: dt.datetime, *, keep_queued: bool
) -> OutboxEntry:
    """Keep the reason; the message stays queued (retried later) or is failed for good."""
    record = session.get_one(OutboxMessageRecord, message_id)
    record.error, record.updated_at = error, now
    record.claimed_by, record.claimed_at, record.data_started_at = None, None, None
    if not keep_queued:
        record.state = Q.FAILED.value
    return entry_value(record)


def note_waiting(session: Session, message_id: int, reason: str, now: dt.datetime) -> None:
    """Say why a queued message that no sender holds is still waiting."""
    session.execute(
        update(OutboxMessageRecord)
        .where(OutboxMessageRecord.id == message_id)
        .where(OutboxMessageRecord.state == Q.QUEUED.value)
        .where(OutboxMessageRecord.claimed_by.is_(None))
        .values(error=reason, updated_at=now)
    )


def release_stale_claims(
    session: Session, is_stale: Callable[[str, dt.datetime], bool], now: dt.datetime
) -> int:
    """Recover messages whose sender died; return how many were recovered.

    A message claimed but never handed over goes back to the queue (the server discards a
    transaction that never finished). One that was being handed over may have arrived: it is
    failed with a sentence and never resent on its own (at most once per Message-ID).
    """
    records = session.scalars(
        select(OutboxMessageRecord)
        .where(OutboxMessageRecord.state == Q.QUEUED.value)
        .where(OutboxMessageRecord.claimed_by.is_not(None))
        .with_for_update()
    ).all()
    recovered = 0
    for record in records:
        owner, claimed_at = record.claimed_by or "", record.claimed_at or now
        if not is_stale(owner, claimed_at):
            continue
        recovered += 1
        if record.data_started_at is None:
            record.claimed_by, record.claimed_at = None, None
            continue
        record.state, record.claimed_by, record.updated_at = Q.FAILED.value, None, now
        record.error = (
            "Sending was interrupted while the message was being handed to the mail server; it "
            "may have arrived. Ask the recipient, then use Retry to send it again if it did not."
        )
    return recovered


def requeue(session: Session, message_id: int, now: dt.datetime) -> OutboxEntry:
    """Put a failed message back in the queue (same Message-ID); ConflictError otherwise."""
    record = session.get(OutboxMessageRecord, message_id)
    if record is None:
        raise NotFoundError(f"There is no message {message_id} in the outbox.")
    if record.state != Q.FAILED.value:
        raise ConflictError(
            f"Message {message_id} is {record.state}; only a failed one is retried."
        )
    record.state, record.updated_at = Q.QUEUED.value, now
    return entry_value(record)


def list_entries(session: Session, limit: int = 1000) -> list[OutboxEntry]:
    """Return the newest messages first."""
    records = session.scalars(
        select(OutboxMessageRecord).order_by(OutboxMessageRecord.id.desc()).limit(limit)
    )
    return [entry_value(r) for r in records]


def get_entry(session: Session, message_id: int) -> OutboxEntry:
    """Return one message; NotFoundError when there is none."""
    record = session.get(OutboxMessageRecord, message_id)
    if record is None:
        raise NotFoundError(f"There is no message {message_id} in the outbox.")
    return entry_value(record)


def reminder_candidates(session: Session, due_before: dt.date) -> list[tuple[int, dt.date]]:
    """Return (id, due date) of sent invoices with a balance, due on or before the given day."""
    records = session.scalars(
        select(DocumentRecord)
        .where(DocumentRecord.kind == DocumentKind.INVOICE.value)
        .where(
            DocumentRecord.status.in_(
                [DocumentStatus.SENT.value, DocumentStatus.PARTIALLY_PAID.value]
            )
        )
        .where(DocumentRecord.due_date <= due_before)
        .order_by(DocumentRecord.id)
    )
    return [(r.id, r.due_date) for r in records if r.due_date and r.balance > ZERO]


def latest_reminder_step(session: Session, document_id: int) -> int | None:
    """Return the greatest scheduled step already written for the document, or None."""
    return session.scalar(
        select(func.max(OutboxMessageRecord.reminder_step)).where(
            OutboxMessageRecord.document_id == document_id
        )
    )


def entry_value(record: OutboxMessageRecord) -> OutboxEntry:
    """Return the row as a frozen value."""
    return OutboxEntry(
        id=record.id,
        document_number=record.document_number,
        purpose=Purpose(record.purpose),
        message_id=record.message_id,
        recipients=_recipients(record),
        subject=record.subject,
        state=OutboxState(record.state),
        error=record.error,
        attempts=record.attempts,
        created_at=record.created_at,
        sent_at=record.sent_at,
    )


def _recipients(record: OutboxMessageRecord) -> Recipients:
    return Recipients(
        tuple(json.loads(record.to_addresses)),
        tuple(json.loads(record.cc_addresses)),
        tuple(json.loads(record.bcc_addresses)),
    )
