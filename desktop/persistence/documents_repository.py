"""Writing documents inside a caller's transaction (the controller's, or the sync engine's).

Every function takes an open Session and never commits: the caller's unit of work decides. The
document number is taken from its series inside that transaction, whose write lock (BEGIN
IMMEDIATE on SQLite, a row lock on PostgreSQL) keeps two writers from getting the same number.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.catalogue import Catalogue, with_default_taxes
from desktop.domain.credits import Side, check_credited_invoice
from desktop.domain.document_input import (
    check_currency_amounts,
    check_payment_amount,
    check_payment_text,
    check_text_limits,
)
from desktop.domain.documents import (
    Document,
    DocumentDraft,
    LineDraft,
    NumberSeries,
    PaymentDraft,
    PotentialLink,
)
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.lifecycle import (
    INITIAL_STATUS,
    DocumentKind,
    DocumentStatus,
    check_convertible,
    check_editable,
    check_payment,
    check_status_change,
    status_after_payment,
    status_after_use,
)
from desktop.domain.money import ZERO, format_money
from desktop.domain.totals import Pricing, TaxRounding, Totals, compute_totals
from desktop.persistence.catalogue import customer_tax, read_catalogue
from desktop.persistence.queries.documents import (
    document_value,
    documents_for_potential,
    find_record,
    get_document,
    list_payments,
    snapshot_json,
)
from desktop.persistence.records import (
    CustomerRecord,
    DocumentEventRecord,
    DocumentRecord,
    LineItemRecord,
    LineItemTaxRecord,
    NumberSeriesRecord,
    PaymentRecord,
    PotentialRecord,
)
from desktop.persistence.settings_store import organization_profile

__all__ = [  # the writes, and the reads the sync engine needs inside its own transaction
    "change_status",
    "convert_to_invoice",
    "create_document",
    "documents_for_potential",
    "get_document",
    "list_payments",
    "number_series",
    "record_payment",
    "set_number_series",
    "take_number",
    "update_document",
    "update_lines",
]

DEFAULT_PREFIXES = {
    DocumentKind.INVOICE: "INV-",
    DocumentKind.ESTIMATE: "EST-",
    DocumentKind.CREDIT_NOTE: "CN-",
}
DEFAULT_PADDING = 6


def create_document(
    session: Session,
    draft: DocumentDraft,
    now: datetime,
    *,
    potential: PotentialLink | None = None,
    managed_by_workflow: bool = False,
    converted_from_id: int | None = None,
    reason: Callable[[str], str] | None = None,
) -> Document:
    """Store a new draft document with the next number of its series; return it.

    Raises ValidationError (unknown customer, bad amounts) before anything is written.
    """
    customer = resolve_customer(session, draft)
    profile = organization_profile(session)
    tax_setting = customer_tax(session, customer)
    suggested = any(line.default_taxes for line in draft.line_items)
    catalogue = read_catalogue(session) if suggested else Catalogue()  # workflows never suggest
    draft = dataclasses.replace(
        draft,
        due_date=draft.due_date or _default_due_date(draft.kind, draft.date, customer),
        line_items=tuple(
            with_default_taxes(line, catalogue, tax_setting) for line in draft.line_items
        ),
    )
    pricing = _pricing(
        draft,
        draft.currency_code or customer.currency_code or profile.currency_code,
        draft.tax_rounding or profile.tax_rounding,
    )
    totals = _totals(draft, pricing)
    record = DocumentRecord(
        kind=draft.kind.value,
        number=take_number(session, draft.kind),
        status=INITIAL_STATUS[draft.kind].value,
        customer_id=customer.id,
        credited_invoice_id=_credited_invoice(session, draft, customer.id, pricing),
        tax_exemption_reason=tax_setting.exemption_reason,
        paid=ZERO,
        credited=ZERO,
        managed_by_workflow=managed_by_workflow,
        converted_from_id=converted_from_id,
        created_at=now,
    )
    if potential is not None:
        record.potential_crm_id, record.potential_name = potential
        record.potential_id = session.scalar(
            select(PotentialRecord.id).where(PotentialRecord.crm_id == potential.crm_id)
        )
    _write_content(record, draft, pricing, totals, now)
    session.add(record)
    session.flush()
    origin = "by a workflow" if managed_by_workflow else "by hand"
    # A workflow says why, given the new document's label ("estimate EST-000012").
    as_what = "a draft" if record.status == DocumentStatus.DRAFT.value else record.status
    message = (
        reason(_label(record)) if reason else f"{_label(record)} created as {as_what} {origin}."
    )
    add_event(session, record, now, "created", message, automatic=managed_by_workflow)
    return document_value(session, record, now.date())


def update_document(
    session: Session,
    number_or_id: str | int,
    draft: DocumentDraft,
    now: datetime,
    expected_version: int | None = None,
) -> Document:
    """Replace a document's content (not its number, kind or status); return it.

    Refused for void, paid and invoiced documents, and when the new total is below what is paid.
    Editing does not end workflow management: only a status change by hand does.
    """
    record = find_record(session, number_or_id, lock=True)
    check_version(record, expected_version)
    kind = DocumentKind(record.kind)
    check_editable(kind, DocumentStatus(record.status))
    if draft.kind is not kind:
        raise ConflictError(f"{record.number} is {kind.article}; its kind cannot change.")
    customer = resolve_customer(session, draft)
    used = record.paid + record.credited
    if customer.id != record.customer_id and used > ZERO:
        raise ConflictError(f"{record.number} has payments or credits; its customer cannot change.")
    pricing = _pricing(
        draft,
        draft.currency_code or record.currency_code,
        draft.tax_rounding or TaxRounding(record.tax_rounding),
    )
    totals = _totals(draft, pricing)
    if totals.total < used:
        raise ConflictError(
            f"The new total {totals.total} is less than the {used} already paid or credited."
        )
    record.credited_invoice_id = _credited_invoice(session, draft, customer.id, pricing)
    if customer.id != record.customer_id:
        record.customer_id = customer.id
        record.tax_exemption_reason = customer.tax_exemption_reason
        if record.customer_snapshot is not None:
            record.customer_snapshot = snapshot_json(customer)
    record.line_items.clear()
    session.flush()
    _write_content(record, draft, pricing, totals, now)
    settle_status(record)
    add_event(session, record, now, "edited", f"{_label(record)} edited.")
    return document_value(session, record, now.date())


def update_lines(
    session: Session, number_or_id: str | int, lines: Sequence[LineDraft], now: datetime
) -> Document:
    """Replace a document's lines only (the potential workflow's amount update); return it."""
    record = find_record(session, number_or_id)
    current = document_value(session, record, now.date()).to_draft()
    return update_document(
        session, record.id, dataclasses.replace(current, line_items=tuple(lines)), now
    )


def change_status(
    session: Session,
    number_or_id: str | int,
    new_status: DocumentStatus,
    now: datetime,
    *,
    by_workflow: bool = False,
    reason: str | None = None,
) -> Document:
    """Move a document to a new status if the life cycle allows it; return it.

    A change by hand ends workflow management for good; a workflow may only change a document it
    still manages. Every change is recorded with a message (the workflow's reason when given).
    Raises ConflictError with the reason when the move is refused.
    """
    record = find_record(session, number_or_id, lock=True)
    kind, old = DocumentKind(record.kind), DocumentStatus(record.status)
    if by_workflow and not record.managed_by_workflow:
        raise ConflictError(
            f"{record.number} was changed by hand; workflows no longer change its status."
        )
    check_status_change(kind, old, new_status, record.paid + record.credited)
    if new_status is not DocumentStatus.VOID:
        _mark_sent(session, record, now)
    record.status = new_status.value
    record.updated_at = now
    if not by_workflow:
        record.managed_by_workflow = False
    message = reason or f"{_label(record)} changed from {old.value} to {new_status.value} by hand."
    add_event(session, record, now, f"status:{new_status.value}", message, automatic=by_workflow)
    return document_value(session, record, now.date())


def convert_to_invoice(
    session: Session,
    number_or_id: str | int,
    now: datetime,
    *,
    by_workflow: bool = False,
    reason: str | None = None,
) -> Document:
    """Turn a sent or accepted estimate into a new draft invoice linked back to it; return the invoice.

    The estimate becomes invoiced and keeps its number; the invoice copies its lines and settings,
    is dated today, and stays linked to the same potential.
    """
    estimate = find_record(session, number_or_id, lock=True)
    check_convertible(DocumentKind(estimate.kind), DocumentStatus(estimate.status))
    source = document_value(session, estimate, now.date())
    draft = dataclasses.replace(
        source.to_draft(), kind=DocumentKind.INVOICE, date=now.date(), due_date=None
    )
    invoice = create_document(
        session, draft, now, potential=source.potential, converted_from_id=estimate.id
    )
    estimate.status = DocumentStatus.INVOICED.value
    estimate.updated_at = now
    if not by_workflow:
        estimate.managed_by_workflow = False
    message = reason or f"Estimate {estimate.number} converted into invoice {invoice.number}."
    add_event(session, estimate, now, "converted", message, automatic=by_workflow)
    invoice_record = find_record(session, invoice.id)
    add_event(
        session, invoice_record, now, "converted", f"Created from estimate {estimate.number}."
    )
    return document_value(session, invoice_record, now.date())


def record_payment(
    session: Session, number_or_id: str | int, payment: PaymentDraft, now: datetime
) -> Document:
    """Record a payment against an invoice and update paid, balance and status; return it.

    A draft invoice that is paid is marked sent first. Overpayment, payments on estimates and on
    void or paid invoices are refused with ConflictError.
    """
    record = find_record(session, number_or_id, lock=True)
    check_payment_amount(payment.amount, record.currency_code)
    check_payment_text(payment)
    check_payment(
        DocumentKind(record.kind), DocumentStatus(record.status), payment.amount, record.balance
    )
    mark_sent_by(session, record, now, "a payment was recorded")
    session.add(
        PaymentRecord(
            document_id=record.id,
            customer_id=record.customer_id,
            amount=payment.amount,
            date=payment.date,
            mode=payment.mode,
            reference=payment.reference,
            created_at=now,
        )
    )
    record.paid += payment.amount
    settle_status(record)
    record.updated_at = now
    message = money_message("Payment", payment, record.currency_code)
    add_event(session, record, now, "payment", message)
    return document_value(session, record, now.date())


def money_message(what: str, money: PaymentDraft, currency_code: str) -> str:
    """Return a history line: "Payment of 200.00 EUR recorded for 2026-12-01 (cash, R-1)."."""
    details = ", ".join(p for p in (money.mode, money.reference) if p)
    amount = f"{format_money(money.amount, currency_code)} {currency_code}"
    return f"{what} of {amount} recorded for {money.date}" + (f" ({details})." if details else ".")


def set_number_series(
    session: Session, kind: DocumentKind, prefix: str, padding: int, next_number: int | None = None
) -> None:
    """Change a series' prefix and padding (and optionally move its next number forward)."""
    if len(prefix) > 20 or any(c.isspace() for c in prefix):
        raise ValidationError("prefix", f"{prefix!r} must be at most 20 characters without spaces")
    if not 1 <= padding <= 12:
        raise ValidationError("padding", f"must be between 1 and 12, got {padding}")
    series = _series(session, kind)
    if next_number is not None:
        if next_number < series.next_number:
            raise ValidationError(
                "next_number", f"numbers are never reused; it must be {series.next_number} or more"
            )
        series.next_number = next_number
    series.prefix, series.padding = prefix.upper(), padding


def number_series(session: Session, kind: DocumentKind) -> NumberSeries:
    """Return how a kind's documents are numbered (the defaults before the first document)."""
    record = session.get(NumberSeriesRecord, kind.value)
    if record is None:
        return NumberSeries(kind, DEFAULT_PREFIXES[kind], DEFAULT_PADDING, 1)
    return NumberSeries(kind, record.prefix, record.padding, record.next_number)


def take_number(session: Session, kind: DocumentKind) -> str:
    """Return the next unused number of the kind's series and advance it (never reused)."""
    series = _series(session, kind)
    while True:
        number = f"{series.prefix}{series.next_number:0{series.padding}d}"
        series.next_number += 1
        taken = session.scalar(select(func.count()).where(DocumentRecord.number == number))
        if not taken:
            return number


def _series(session: Session, kind: DocumentKind) -> NumberSeriesRecord:
    series = session.scalars(
        select(NumberSeriesRecord).where(NumberSeriesRecord.kind == kind.value).with_for_update()
    ).one_or_none()
    if series is None:
        series = NumberSeriesRecord(
            kind=kind.value, prefix=DEFAULT_PREFIXES[kind], padding=DEFAULT_PADDING, next_number=1
        )
        session.add(series)
        session.flush()
    return series


def resolve_customer(session: Session, draft: DocumentDraft) -> CustomerRecord:
    """Return the draft's customer by id (following merges) or by exact name; ValidationError if none."""
    if draft.customer_id is not None:
        customer = session.get(CustomerRecord, draft.customer_id)
        while customer is not None and customer.merged_into_id is not None:
            customer = session.get(CustomerRecord, customer.merged_into_id)
        if customer is None:
            raise ValidationError(
                "customer_id", f"there is no customer with id {draft.customer_id}"
            )
        return customer
    name = (draft.customer_name or "").strip()
    listed = select(CustomerRecord).where(CustomerRecord.merged_into_id.is_(None))
    found = session.scalars(listed.where(CustomerRecord.name == name)).all()
    if not found:
        # SQLite's lower() knows only ASCII; compare the rest ("Łódź") in Python.
        rows = session.execute(
            select(CustomerRecord.id, CustomerRecord.name).where(
                CustomerRecord.merged_into_id.is_(None)
            )
        ).all()
        ids = [row.id for row in rows if row.name.casefold() == name.casefold()]
        found = session.scalars(listed.where(CustomerRecord.id.in_(ids))).all() if ids else []
    if not found:
        raise ValidationError("customer_name", f"there is no customer named {name!r}")
    if len(found) > 1:
        raise ValidationError(
            "customer_name", f"{len(found)} customers are named {name!r}; give customer_id instead"
        )
    return found[0]


def check_version(record: DocumentRecord, expected_version: int | None) -> None:
    """Refuse a save based on an older version of the document, naming who changed it and when."""
    if expected_version is None or record.version == expected_version:
        return
    raise ConflictError(
        f"{record.number} was changed by {record.updated_by or 'someone else'} at "
        f"{record.updated_at.astimezone():%Y-%m-%d %H:%M} after you opened it; your changes were "
        "not saved. Close and reopen it to see theirs."
    )


def _default_due_date(kind: DocumentKind, day: date, customer: CustomerRecord) -> date | None:
    if kind is not DocumentKind.INVOICE:
        return None  # an estimate without an expiry date never expires; a credit note has none
    return day + timedelta(days=customer.payment_terms_days or 0)


def _pricing(draft: DocumentDraft, currency_code: str, rounding: TaxRounding) -> Pricing:
    return Pricing(
        currency_code=currency_code,
        discount=draft.discount,
        is_discount_before_tax=draft.is_discount_before_tax,
        is_inclusive_tax=draft.is_inclusive_tax,
        tax_rounding=rounding,
        shipping_charge=draft.shipping_charge,
        adjustment=draft.adjustment,
    )


def _totals(draft: DocumentDraft, pricing: Pricing) -> Totals:
    if draft.due_date is not None and draft.due_date < draft.date:
        raise ValidationError("due_date", f"{draft.due_date} is before the date {draft.date}")
    if not draft.line_items:
        raise ValidationError("line_items", "a document needs at least one line")
    check_currency_amounts(draft, pricing.currency_code)
    check_text_limits(draft)
    return compute_totals(draft.line_items, pricing)


def _write_content(
    record: DocumentRecord, draft: DocumentDraft, pricing: Pricing, totals: Totals, now: datetime
) -> None:
    record.date, record.due_date, record.reference = draft.date, draft.due_date, draft.reference
    record.currency_code = pricing.currency_code
    record.is_inclusive_tax, record.tax_rounding = (
        draft.is_inclusive_tax,
        pricing.tax_rounding.value,
    )
    record.discount = str(draft.discount) if draft.discount else None
    record.is_discount_before_tax = draft.is_discount_before_tax
    record.shipping_charge, record.adjustment = draft.shipping_charge, draft.adjustment
    record.notes, record.terms = draft.notes, draft.terms
    record.sub_total, record.discount_total = totals.sub_total, totals.discount_total
    record.tax_total, record.total = totals.tax_total, totals.total
    record.balance = totals.total - (record.paid or ZERO) - (record.credited or ZERO)
    record.updated_at = now
    for position, (line, computed) in enumerate(zip(draft.line_items, totals.lines, strict=True)):
        item = LineItemRecord(
            position=position,
            name=line.name,
            description=line.description,
            quantity=line.quantity,
            rate=line.rate,
            discount=str(line.discount) if line.discount else None,
            amount=computed.amount,
        )
        item.taxes = [
            LineItemTaxRecord(
                position=i, name=t.name, rate=t.rate, compound=t.compound, amount=t.amount
            )
            for i, t in enumerate(computed.taxes)
        ]
        record.line_items.append(item)


def settle_status(record: DocumentRecord) -> None:
    """Recompute the balance and the status that payments and credits decide."""
    used = record.paid + record.credited
    record.balance = record.total - used
    if record.kind == DocumentKind.CREDIT_NOTE.value:
        if record.status != DocumentStatus.VOID.value:
            record.status = status_after_use(record.total, used).value
    elif record.kind == DocumentKind.INVOICE.value and record.status in _MONEY_STATUSES:
        sent = DocumentStatus.SENT
        record.status = (status_after_payment(record.total, used) if used > ZERO else sent).value


# The invoice statuses that payments and credits move between.
_MONEY_STATUSES = {
    DocumentStatus.SENT.value,
    DocumentStatus.PARTIALLY_PAID.value,
    DocumentStatus.PAID.value,
}


def mark_sent_by(session: Session, record: DocumentRecord, now: datetime, why: str) -> None:
    """Mark a draft invoice sent because money was put against it, and say so in its history."""
    if record.status == DocumentStatus.DRAFT.value:
        _mark_sent(session, record, now)
        record.status = DocumentStatus.SENT.value
        add_event(session, record, now, "status:sent", f"{_label(record)} sent ({why}).")


def _credited_invoice(
    session: Session, draft: DocumentDraft, customer_id: int, pricing: Pricing
) -> int | None:
    if draft.credited_invoice is None:
        return None
    try:
        invoice = find_record(session, draft.credited_invoice)
    except NotFoundError:
        raise ValidationError("invoice", f"there is no invoice {draft.credited_invoice}") from None
    check_credited_invoice(customer_id, pricing.currency_code, side_of(invoice))
    return invoice.id


def side_of(record: DocumentRecord) -> Side:
    """Return what the credit rules need of a document record."""
    return Side(
        record.number,
        DocumentKind(record.kind),
        DocumentStatus(record.status),
        record.customer_id,
        record.currency_code,
        record.balance,
    )


def _mark_sent(session: Session, record: DocumentRecord, now: datetime) -> None:
    """Keep the customer as they are now, the first time the document leaves draft."""
    if record.sent_at is None:
        record.sent_at = now
        record.customer_snapshot = snapshot_json(
            session.get_one(CustomerRecord, record.customer_id)
        )


def _label(record: DocumentRecord) -> str:
    return f"{DocumentKind(record.kind).label.capitalize()} {record.number}"


def add_event(
    session: Session,
    record: DocumentRecord,
    now: datetime,
    action: str,
    message: str,
    *,
    automatic: bool = False,
) -> None:
    session.add(
        DocumentEventRecord(
            document_id=record.id, at=now, action=action, message=message, automatic=automatic
        )
    )
    session.flush()
