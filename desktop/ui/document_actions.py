"""Which status actions a document allows, from the domain's life-cycle rules (no Qt)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop.domain.documents import Document, DocumentKind, DocumentStatus
from desktop.domain.errors import ConflictError
from desktop.domain.lifecycle import (
    STATUSES,
    check_convertible,
    check_editable,
    check_status_change,
)
from desktop.domain.money import ZERO
from desktop.ui.locale_format import QT_TRANSLATE_NOOP

S = DocumentStatus


class DocumentAction(Enum):
    """A button of the viewer, with its label."""

    MARK_SENT = QT_TRANSLATE_NOOP("DocumentAction", "Mark &sent")
    ACCEPT = QT_TRANSLATE_NOOP("DocumentAction", "&Accept")
    DECLINE = QT_TRANSLATE_NOOP("DocumentAction", "&Decline")
    CONVERT = QT_TRANSLATE_NOOP("DocumentAction", "&Convert to invoice")
    RECORD_PAYMENT = QT_TRANSLATE_NOOP("DocumentAction", "Record &payment")
    VOID = QT_TRANSLATE_NOOP("DocumentAction", "&Void")

    @property
    def label(self) -> str:
        """Return the button's text in the window's language."""
        return QCoreApplication.translate("DocumentAction", self.value)


TARGETS = {
    DocumentAction.MARK_SENT: S.SENT,
    DocumentAction.ACCEPT: S.ACCEPTED,
    DocumentAction.DECLINE: S.DECLINED,
    DocumentAction.VOID: S.VOID,
}

# The status each action leads to. An action belongs to the kinds that have that status, so an
# invoice never shows Accept/Decline/Convert and an estimate never shows Record payment/Void.
LEADS_TO = {
    **TARGETS,
    DocumentAction.CONVERT: S.INVOICED,
    DocumentAction.RECORD_PAYMENT: S.PAID,
}


def actions_for(kind: DocumentKind) -> list[DocumentAction]:
    """Return the actions a document of this kind can ever take, in button order."""
    return [action for action in DocumentAction if LEADS_TO[action] in STATUSES[kind]]


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
        if document.kind is DocumentKind.ESTIMATE:
            return QCoreApplication.translate(
                "DocumentActions", "Payments are recorded against invoices, not estimates."
            )
        return QCoreApplication.translate(
            "DocumentActions", "Payments are recorded against invoices, not credit notes."
        )
    if stored in (S.VOID, S.PAID) or document.balance <= ZERO:
        return QCoreApplication.translate(
            "DocumentActions", "Nothing is left to pay on this invoice."
        )
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
