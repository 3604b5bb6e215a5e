"""Writing credit applications, refunds and payment removals inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.domain.credits import (
    check_application,
    check_refund,
    payment_removed_message,
)
from desktop.domain.documents import Document, PaymentDraft
from desktop.domain.errors import NotFoundError
from desktop.domain.money import format_money
from desktop.persistence.documents_repository import (
    add_event,
    mark_sent_by,
    money_message,
    settle_status,
    side_of,
)
from desktop.persistence.queries.documents import document_value, find_record
from desktop.persistence.records import (
    CreditApplicationRecord,
    PaymentRecord,
    RefundRecord,
)


def apply_credit(
    session: Session, credit_number: str, invoice_number: str, amount: Decimal, now: datetime
) -> tuple[Document, Document]:
    """Apply part of a credit note to an invoice; return both as they are now.

    Raises ConflictError (other customer or currency, not open, more than is left on either side).
    """
    credit = find_record(session, credit_number, lock=True)
    invoice = find_record(session, invoice_number, lock=True)
    check_application(side_of(credit), side_of(invoice), amount)
    mark_sent_by(session, invoice, now, "a credit was applied")
    session.add(
        CreditApplicationRecord(
            credit_note_id=credit.id,
            invoice_id=invoice.id,
            amount=amount,
            date=now.date(),
            created_at=now,
        )
    )
    for record in (credit, invoice):
        record.credited += amount
        settle_status(record)
        record.updated_at = now
    money = f"{format_money(amount, credit.currency_code)} {credit.currency_code}"
    add_event(session, credit, now, "credit", f"{money} applied to invoice {invoice.number}.")
    add_event(session, invoice, now, "credit", f"{money} credited from {credit.number}.")
    today = now.date()
    return document_value(session, credit, today), document_value(session, invoice, today)


def refund_credit(
    session: Session, credit_number: str, refund: PaymentDraft, now: datetime
) -> Document:
    """Record money paid back from a credit note; return it. ConflictError past what is left."""
    credit = find_record(session, credit_number, lock=True)
    check_refund(side_of(credit), refund.amount)
    session.add(
        RefundRecord(
            credit_note_id=credit.id,
            amount=refund.amount,
            date=refund.date,
            mode=refund.mode,
            reference=refund.reference,
            created_at=now,
        )
    )
    credit.credited += refund.amount
    settle_status(credit)
    credit.updated_at = now
    message = money_message("Refund", refund, credit.currency_code)
    add_event(session, credit, now, "refund", message)
    return document_value(session, credit, now.date())


def delete_payment(session: Session, payment_id: int, now: datetime) -> Document:
    """Remove a payment (undo it), recompute the invoice's balance and status; return the invoice."""
    payment = session.get(PaymentRecord, payment_id)
    if payment is None:
        raise NotFoundError(f"There is no payment with id {payment_id}.")
    invoice = find_record(session, payment.document_id, lock=True)
    invoice.paid -= payment.amount
    session.delete(payment)
    settle_status(invoice)
    invoice.updated_at = now
    message = payment_removed_message(payment.amount, invoice.currency_code, payment.date)
    add_event(session, invoice, now, "payment_removed", message)
    return document_value(session, invoice, now.date())
