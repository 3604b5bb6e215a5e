"""The status rules of invoices, estimates and credit notes: which moves are allowed, and why not.

Stored statuses change only through these rules. Two statuses are derived when read, from dates,
so they are never stale and need no background job: an invoice is *overdue* while it is sent or
partially paid, past its due date and has a balance; an estimate is *expired* while it is a draft
or sent and past its expiry date. A void is refused once any payment or credit exists (as Zoho
does): the payment has to be deleted first. A credit note is open until all of it is applied or
refunded (then closed), or void while none of it is used.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.money import ZERO


class DocumentKind(StrEnum):
    """An invoice asks for payment; an estimate offers a price; a credit note owes the customer."""

    INVOICE = "invoice"
    ESTIMATE = "estimate"
    CREDIT_NOTE = "credit_note"

    @property
    def label(self) -> str:
        """Return the kind as people write it ("credit note")."""
        return self.value.replace("_", " ")

    @property
    def article(self) -> str:
        """Return "an invoice", "an estimate", "a credit note"."""
        return ("an " if self.value[0] in "aeiou" else "a ") + self.label


class DocumentStatus(StrEnum):
    """Every status of either kind (README, "Statuses")."""

    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    INVOICED = "invoiced"
    EXPIRED = "expired"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    VOID = "void"
    OPEN = "open"
    CLOSED = "closed"


S = DocumentStatus

STATUSES: dict[DocumentKind, tuple[DocumentStatus, ...]] = {
    DocumentKind.ESTIMATE: (S.DRAFT, S.SENT, S.ACCEPTED, S.DECLINED, S.INVOICED, S.EXPIRED),
    DocumentKind.INVOICE: (S.DRAFT, S.SENT, S.PARTIALLY_PAID, S.PAID, S.OVERDUE, S.VOID),
    DocumentKind.CREDIT_NOTE: (S.OPEN, S.CLOSED, S.VOID),
}

# The stored status a new document starts in.
INITIAL_STATUS = {
    DocumentKind.INVOICE: S.DRAFT,
    DocumentKind.ESTIMATE: S.DRAFT,
    DocumentKind.CREDIT_NOTE: S.OPEN,
}

# Moves a person (or a workflow) may make with "set status", by stored status.
# Accepting or declining a draft estimate implies it was sent (a deal won before anyone clicked
# "sent"); a customer may change their mind between accepted and declined.
_MANUAL_MOVES: dict[DocumentKind, dict[DocumentStatus, frozenset[DocumentStatus]]] = {
    DocumentKind.ESTIMATE: {
        S.DRAFT: frozenset({S.SENT, S.ACCEPTED, S.DECLINED}),
        S.SENT: frozenset({S.ACCEPTED, S.DECLINED}),
        S.ACCEPTED: frozenset({S.DECLINED}),
        S.DECLINED: frozenset({S.ACCEPTED}),
    },
    DocumentKind.INVOICE: {
        S.DRAFT: frozenset({S.SENT, S.VOID}),
        S.SENT: frozenset({S.VOID}),
    },
    DocumentKind.CREDIT_NOTE: {S.OPEN: frozenset({S.VOID})},
}

_DERIVED = {
    S.OVERDUE: "overdue follows from the due date and the balance; it cannot be set",
    S.EXPIRED: "expired follows from the expiry date; it cannot be set",
    S.PAID: "an invoice becomes paid when its payments cover the total; record a payment",
    S.PARTIALLY_PAID: "an invoice becomes partially paid by a payment; record a payment",
    S.INVOICED: "an estimate becomes invoiced by converting it into an invoice",
    S.CLOSED: "a credit note closes when all of it is applied to invoices or refunded",
}

_FINAL = {
    S.VOID: "it is void",
    S.PAID: "it is paid",
    S.INVOICED: "it has been converted into an invoice",
    S.CLOSED: "it is closed (all of it was applied or refunded)",
}


def parse_status(kind: DocumentKind | None, text: str) -> DocumentStatus:
    """Return the status named by text (any case, "partially paid" works) of the kind, or of any
    kind when None; raise ValidationError naming the field `status` for anything else."""
    wanted = text.strip().lower().replace(" ", "_").replace("-", "_")
    allowed = STATUSES[kind] if kind is not None else tuple(DocumentStatus)
    for status in allowed:
        if status.value == wanted:
            return status
    names = ", ".join(s.value for s in allowed)
    of = kind.article if kind is not None else "a document"
    raise ValidationError("status", f"{text!r} is not a status of {of} ({names})")


def effective_status(
    kind: DocumentKind,
    stored: DocumentStatus,
    due_date: date | None,
    balance: Decimal,
    today: date,
) -> DocumentStatus:
    """Return the status to show: the stored one, or overdue/expired when the dates say so."""
    past_due = due_date is not None and due_date < today
    if kind is DocumentKind.INVOICE and stored in (S.SENT, S.PARTIALLY_PAID):
        return S.OVERDUE if past_due and balance > ZERO else stored
    if kind is DocumentKind.ESTIMATE and stored in (S.DRAFT, S.SENT) and past_due:
        return S.EXPIRED
    return stored


def check_status_change(
    kind: DocumentKind, stored: DocumentStatus, target: DocumentStatus, used: Decimal
) -> None:
    """Return if a stored status may move to target by hand; raise ConflictError saying why not.

    `used` is what is paid or credited on an invoice, or applied or refunded from a credit note.
    """
    name = kind.label
    if target not in STATUSES[kind]:
        raise ConflictError(f"{kind.article.capitalize()} cannot be {target.value}.")
    if target == stored:
        raise ConflictError(f"The {name} is already {stored.value}.")
    if target in _DERIVED:
        raise ConflictError(f"Refused: {_DERIVED[target]}.")
    if stored in _FINAL:
        raise ConflictError(f"The {name} cannot change status: {_FINAL[stored]}.")
    if target is S.VOID and used > ZERO:
        raise ConflictError(_VOID_REFUSALS[kind])
    if target not in _MANUAL_MOVES[kind].get(stored, frozenset()):
        raise ConflictError(
            f"{kind.article.capitalize()} cannot go from {stored.value} to {target.value}."
        )


_VOID_REFUSALS = {
    DocumentKind.INVOICE: "An invoice with payments cannot be voided; delete its payments "
    "(credits applied count too) first. It keeps its number.",
    DocumentKind.ESTIMATE: "An estimate cannot be voided.",
    DocumentKind.CREDIT_NOTE: "A credit note that was applied or refunded cannot be voided.",
}


def check_editable(kind: DocumentKind, stored: DocumentStatus) -> None:
    """Return if the document's content may change; raise ConflictError for void/invoiced/paid/closed."""
    if stored in _FINAL:
        raise ConflictError(f"The {kind.label} cannot be edited: {_FINAL[stored]}.")


def check_convertible(kind: DocumentKind, stored: DocumentStatus) -> None:
    """Return if an estimate may become an invoice (sent or accepted); raise ConflictError if not."""
    if kind is not DocumentKind.ESTIMATE:
        raise ConflictError("Only an estimate can be converted into an invoice.")
    if stored not in (S.SENT, S.ACCEPTED):
        raise ConflictError(
            f"Only a sent or accepted estimate can be converted; this one is {stored.value}."
        )


def check_payment(
    kind: DocumentKind, stored: DocumentStatus, amount: Decimal, balance: Decimal
) -> None:
    """Return if a payment may be recorded; raise ConflictError for estimates, void, overpayment."""
    if kind is not DocumentKind.INVOICE:
        raise ConflictError(f"Payments are recorded against invoices, not {kind.label}s.")
    if stored in (S.VOID, S.PAID):
        raise ConflictError(f"No payment can be recorded: the invoice {_FINAL[stored]}.")
    if amount <= ZERO:
        raise ConflictError("A payment must be more than zero.")
    if amount > balance:
        raise ConflictError(f"The payment of {amount} is more than the balance of {balance}.")


def status_after_payment(total: Decimal, paid: Decimal) -> DocumentStatus:
    """Return the stored status of an invoice once `paid` of its `total` is paid or credited."""
    if paid >= total:
        return S.PAID
    return S.PARTIALLY_PAID if paid > ZERO else S.SENT


def status_after_use(total: Decimal, used: Decimal) -> DocumentStatus:
    """Return the stored status of a credit note once `used` of its `total` is applied or refunded."""
    return S.CLOSED if used >= total else S.OPEN
