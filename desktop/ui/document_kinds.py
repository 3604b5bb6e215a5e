"""The window's words for each kind of document (invoice, estimate, credit note), translatable.

Each sentence is written out per kind, so a translation never glues a noun into a template.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.documents import DocumentKind, DocumentStatus


def kind_name(kind: DocumentKind) -> str:
    """Return "Invoice", "Estimate" or "Credit note" (capitalised, as in a title)."""
    return {
        DocumentKind.INVOICE: QCoreApplication.translate("DocumentKinds", "Invoice"),
        DocumentKind.ESTIMATE: QCoreApplication.translate("DocumentKinds", "Estimate"),
        DocumentKind.CREDIT_NOTE: QCoreApplication.translate("DocumentKinds", "Credit note"),
    }[kind]


def kind_plural(kind: DocumentKind | None) -> str:
    """Return "invoices", "estimates", "credit notes" or "documents" (for no kind)."""
    if kind is None:
        return QCoreApplication.translate("DocumentKinds", "documents")
    return {
        DocumentKind.INVOICE: QCoreApplication.translate("DocumentKinds", "invoices"),
        DocumentKind.ESTIMATE: QCoreApplication.translate("DocumentKinds", "estimates"),
        DocumentKind.CREDIT_NOTE: QCoreApplication.translate("DocumentKinds", "credit notes"),
    }[kind]


def new_title(kind: DocumentKind) -> str:
    """Return the editor's title for a new document: "New invoice"."""
    return {
        DocumentKind.INVOICE: QCoreApplication.translate("DocumentKinds", "New invoice"),
        DocumentKind.ESTIMATE: QCoreApplication.translate("DocumentKinds", "New estimate"),
        DocumentKind.CREDIT_NOTE: QCoreApplication.translate("DocumentKinds", "New credit note"),
    }[kind]


def new_button_text(kind: DocumentKind) -> str:
    """Return the list's New button text with its mnemonic: "&New invoice"."""
    return {
        DocumentKind.INVOICE: QCoreApplication.translate("DocumentKinds", "&New invoice"),
        DocumentKind.ESTIMATE: QCoreApplication.translate("DocumentKinds", "&New estimate"),
        DocumentKind.CREDIT_NOTE: QCoreApplication.translate("DocumentKinds", "&New credit note"),
    }[kind]


def edit_title(kind: DocumentKind, number: str) -> str:
    """Return the editor's title for an existing document: "Edit invoice INV-000001"."""
    return {
        DocumentKind.INVOICE: QCoreApplication.translate("DocumentKinds", "Edit invoice {number}"),
        DocumentKind.ESTIMATE: QCoreApplication.translate(
            "DocumentKinds", "Edit estimate {number}"
        ),
        DocumentKind.CREDIT_NOTE: QCoreApplication.translate(
            "DocumentKinds", "Edit credit note {number}"
        ),
    }[kind].format(number=number)


def document_title(kind: DocumentKind, number: str) -> str:
    """Return a document's name in a title: "Invoice INV-000001"."""
    return {
        DocumentKind.INVOICE: QCoreApplication.translate("DocumentKinds", "Invoice {number}"),
        DocumentKind.ESTIMATE: QCoreApplication.translate("DocumentKinds", "Estimate {number}"),
        DocumentKind.CREDIT_NOTE: QCoreApplication.translate(
            "DocumentKinds", "Credit note {number}"
        ),
    }[kind].format(number=number)


def status_name(status: DocumentStatus | str) -> str:
    """Return a status as people say it: "partially paid" (unknown values as they are)."""
    names = {
        DocumentStatus.DRAFT: QCoreApplication.translate("DocumentKinds", "draft"),
        DocumentStatus.SENT: QCoreApplication.translate("DocumentKinds", "sent"),
        DocumentStatus.ACCEPTED: QCoreApplication.translate("DocumentKinds", "accepted"),
        DocumentStatus.DECLINED: QCoreApplication.translate("DocumentKinds", "declined"),
        DocumentStatus.INVOICED: QCoreApplication.translate("DocumentKinds", "invoiced"),
        DocumentStatus.EXPIRED: QCoreApplication.translate("DocumentKinds", "expired"),
        DocumentStatus.PARTIALLY_PAID: QCoreApplication.translate(
            "DocumentKinds", "partially paid"
        ),
        DocumentStatus.PAID: QCoreApplication.translate("DocumentKinds", "paid"),
        DocumentStatus.OVERDUE: QCoreApplication.translate("DocumentKinds", "overdue"),
        DocumentStatus.VOID: QCoreApplication.translate("DocumentKinds", "void"),
        DocumentStatus.OPEN: QCoreApplication.translate("DocumentKinds", "open"),
        DocumentStatus.CLOSED: QCoreApplication.translate("DocumentKinds", "closed"),
    }
    try:
        return names[DocumentStatus(status)]
    except ValueError:
        return str(status).replace("_", " ")


def by_kind(
    kind: DocumentKind | None, invoice: str, estimate: str, credit_note: str, other: str = ""
) -> str:
    """Return the text written for this kind (`other` when there is no kind).

    Call it with every sentence written out and wrapped in tr(), so each is translated whole.
    """
    if kind is None:
        return other
    return {
        DocumentKind.INVOICE: invoice,
        DocumentKind.ESTIMATE: estimate,
        DocumentKind.CREDIT_NOTE: credit_note,
    }[kind]
