"""Which status actions a document allows, from the domain's life-cycle rules (no Qt)."""

from __future__ import annotations

from enum import Enum

from desktop.domain.documents import Document, DocumentKind, DocumentStatus
from desktop.domain.errors import ConflictError
from desktop.domain.lifecycle import check_convertible, check_editable, check_status_change
from desktop.domain.money import ZERO

S = DocumentStatus


class DocumentAction(Enum):
    """A button of the viewer, with its label."""

    MARK_SENT = "Mark &sent"
    ACCEPT = "&Accept"
    DECLINE = "&Decline"
    CONVERT = "&Convert to invoice"
    RECORD_PAYMENT = "Record &payment"
    VOID = "&Void"


TARGETS = {
    DocumentAction.MARK_SENT: S.SENT,
    DocumentAction.ACCEPT: S.ACCEPTED,
    DocumentAction.DECLINE: S.DECLINED,
    DocumentAction.VOID: S.VOID,
}


def stored_status(document: Document) -> DocumentStatus:
    """Return the stored status behind a derived one (overdue/expired are read from dates)."""
    if document.status is S.OVERDUE:
        return S.PARTIALLY_PAID if document.paid + document.credited > ZERO else S.SENT
    if document.status is S.EXPIRED:
        return S.SENT if document.sent_at else S.DRAFT
    return document.status


def refusal(document: Document, action: DocumentAction) -> str | None:
    """Return why the action is not allowed now, or None when it is."""
    stored = stored_status(document)
    if action is DocumentAction.RECORD_PAYMENT:
        return _payment_refusal(document, stored)
    try:
        if action is DocumentAction.CONVERT:
            check_convertible(document.kind, stored)
        else:
            check_status_change(
                document.kind, stored, TARGETS[action], document.paid + document.credited
            )
    except ConflictError as error:
        return str(error)
    return None


def _payment_refusal(document: Document, stored: DocumentStatus) -> str | None:
    if document.kind is not DocumentKind.INVOICE:
        return f"Payments are recorded against invoices, not {document.kind.label}s."
    if stored in (S.VOID, S.PAID) or document.balance <= ZERO:
        return "Nothing is left to pay on this invoice."
    return None


def allowed_actions(document: Document) -> list[DocumentAction]:
    """Return the actions the life cycle allows now, in button order."""
    return [action for action in DocumentAction if refusal(document, action) is None]


def edit_refusal(document: Document) -> str | None:
    """Return why the document's content cannot be edited now, or None when it can."""
    try:
        check_editable(document.kind, stored_status(document))
    except ConflictError as error:
        return str(error)
    return None


def reminder_allowed(document: Document) -> bool:
    """Return True for a sent invoice that still has a balance (a payment reminder makes sense)."""
    return (
        document.kind is DocumentKind.INVOICE
        and stored_status(document) in (S.SENT, S.PARTIALLY_PAID)
        and document.balance > ZERO
    )
