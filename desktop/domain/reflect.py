"""What a document looks like in Zoho CRM: the note's title and text, its marker, Zoho's limits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from urllib.parse import parse_qsl, urlsplit

from desktop.domain.documents import Document
from desktop.domain.errors import ValidationError
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.money import round_money

# Zoho CRM's limits (inferred from its UI and API help; the OpenAPI file names no numbers).
NOTE_TITLE_MAX = 120
NOTE_CONTENT_MAX = 32_000
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024  # "The total file size should not exceed 20 MB"
REFLECTED_MODULES = ("Accounts", "Contacts", "Deals")
URL_SCHEME = "invoicedesk"
_MARKER = re.compile(rf"{URL_SCHEME}://document\?id=(\d+)")


class ReflectAction(StrEnum):
    """What an outbox item asks of the CRM."""

    UPSERT = "upsert"  # create or update the note (and the PDF of an issued document)
    DELETE = "delete"  # remove the note and the PDF


class OutboxState(StrEnum):
    """Where an outbox item stands."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class CrmTarget:
    """A CRM record a document is shown on."""

    module: str
    crm_id: str


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One outbox row as the front ends show it."""

    id: int
    document_id: int
    document: str
    crm_module: str
    crm_id: str
    action: ReflectAction
    state: OutboxState
    error: str | None
    attempts: int


@dataclass(frozen=True, slots=True)
class ReflectReport:
    """What one push did: items done, items failed (with why), and why the rest waits, if so."""

    reflected: int = 0
    failures: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    waiting: str | None = None


def document_link(document_id: int) -> str:
    """Return the invoicedesk:// link that opens the document (and marks its note)."""
    return f"{URL_SCHEME}://document?id={document_id}"


def marked_document(content: str | None) -> int | None:
    """Return the id of the document a note's text was written for, if it carries a marker."""
    found = _MARKER.search(content or "")
    return int(found.group(1)) if found else None


def is_issued(document: Document) -> bool:
    """Return whether the document has left draft (then its PDF goes to the CRM too)."""
    return document.status is not DocumentStatus.DRAFT


def pdf_name(document: Document) -> str:
    """Return the attachment's file name."""
    return f"{document.number}.pdf"


def _money(amount: Decimal, currency: str) -> str:
    return f"{currency} {round_money(amount, currency):,}"


def _status(status: DocumentStatus) -> str:
    return status.value.replace("_", " ")


def _kind(document: Document) -> str:
    return document.kind.value.replace("_", " ").capitalize()  # "Invoice", "Credit note"


def note_title(document: Document) -> str:
    """Return "Invoice INV-000012 · USD 1,234.56 · partially paid" (cut to Zoho's limit)."""
    title = (
        f"{_kind(document)} {document.number} · "
        f"{_money(document.total, document.currency_code)} · {_status(document.status)}"
    )
    return title[:NOTE_TITLE_MAX]


def note_content(document: Document) -> str:
    """Return the note's text: dates, status, amounts, lines, potential and the link back."""
    money = document.currency_code
    due_label = "Due date" if document.kind is DocumentKind.INVOICE else "Expiry date"
    head = []
    if document.status is DocumentStatus.VOID:
        head.append(f"VOID: this {_kind(document).lower()} was voided and is not to be paid.")
    head += [
        f"{_kind(document)} {document.number} for {document.customer_name}",
        f"Date: {document.date.isoformat()}",
        f"{due_label}: {document.due_date.isoformat() if document.due_date else '-'}",
        f"Status: {_status(document.status)}",
        f"Total: {_money(document.total, money)}",
        f"Paid: {_money(document.paid, money)}",
        f"Balance: {_money(document.balance, money)}",
    ]
    if document.potential is not None:
        head.append(f"Potential: {document.potential.name}")
    tail = ["", f"Open in Invoice Desk: {document_link(document.id)}"]
    lines = ["Lines:"] + [
        f"- {line.name} × {line.quantity.normalize():f}" for line in document.line_items
    ]
    room = NOTE_CONTENT_MAX - len("\n".join(head + tail)) - 40
    kept: list[str] = []
    for line in lines:
        if room - len(line) - 1 < 0:
            kept.append(f"… and {len(lines) - len(kept)} more lines")
            break
        kept.append(line[:1000])
        room -= len(kept[-1]) + 1
    return "\n".join(head + kept + tail)


class LinkAction(StrEnum):
    """What an invoicedesk:// link asks for."""

    NEW_INVOICE = "new-invoice"
    NEW_ESTIMATE = "new-estimate"
    DEAL = "deal"  # the documents of a CRM deal
    DOCUMENT = "document"


@dataclass(frozen=True, slots=True)
class LinkRequest:
    """A parsed invoicedesk:// link: an action on a CRM record, or a document by id."""

    action: LinkAction
    module: str | None = None
    crm_id: str | None = None
    document_id: int | None = None


def parse_link(url: str) -> LinkRequest:
    """Return what an invoicedesk:// link asks for; ValidationError names what is wrong with it.

    invoicedesk://new-invoice?module=Accounts&id=…, invoicedesk://new-estimate?module=Contacts&id=…,
    invoicedesk://deal?id=…, invoicedesk://document?id=…
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != URL_SCHEME:
        raise ValidationError("link", f"{url[:200]!r} is not an {URL_SCHEME}:// link")
    try:
        action = LinkAction((parts.netloc or parts.path.strip("/")).lower())
    except ValueError:
        known = ", ".join(a.value for a in LinkAction)
        raise ValidationError(
            "link", f"it asks for {parts.netloc[:40]!r}; known: {known}"
        ) from None
    query = dict(parse_qsl(parts.query))
    record_id = query.get("id", "").strip()
    if not (record_id.isascii() and record_id.isdigit() and len(record_id) <= 25):
        raise ValidationError("link", "its id= is missing or not a number")
    if action is LinkAction.DOCUMENT:
        return LinkRequest(action, document_id=int(record_id))
    if action is LinkAction.DEAL:
        return LinkRequest(action, "Deals", record_id)
    module = query.get("module", "Accounts")
    if module not in ("Accounts", "Contacts"):
        raise ValidationError("link", f"module={module[:40]!r} must be Accounts or Contacts")
    return LinkRequest(action, module, record_id)
