"""Reading documents, payments, credits, refunds and history as frozen values."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.credits import CreditApplication, Refund
from desktop.domain.customers import Address
from desktop.domain.documents import (
    Document,
    DocumentEvent,
    DocumentLine,
    DocumentSummary,
    Payment,
    PotentialLink,
)
from desktop.domain.errors import NotFoundError
from desktop.domain.lifecycle import DocumentKind, DocumentStatus, effective_status
from desktop.domain.totals import Discount, LineTax, Pricing, TaxRounding, TaxTotal
from desktop.persistence.records import (
    CreditApplicationRecord,
    CustomerRecord,
    DocumentEventRecord,
    DocumentRecord,
    PaymentRecord,
    RefundRecord,
)


def find_record(session: Session, number_or_id: str | int, *, lock: bool = False) -> DocumentRecord:
    """Return the document record by number (any case) or id; raise NotFoundError."""
    query = select(DocumentRecord)
    if isinstance(number_or_id, int):
        query = query.where(DocumentRecord.id == number_or_id)
    else:
        query = query.where(DocumentRecord.number == number_or_id.strip().upper())
    if lock:
        query = query.with_for_update()
    record = session.scalars(query).one_or_none()
    if record is None:
        raise NotFoundError(f"There is no document {number_or_id}.")
    return record


def get_document(session: Session, number_or_id: str | int, today: date) -> Document:
    """Return one document with its lines, taxes, payments and history; raise NotFoundError."""
    return document_value(session, find_record(session, number_or_id), today)


def documents_for_potential(
    session: Session, potential_crm_id: str, today: date | None = None
) -> list[Document]:
    """Return the documents linked to a CRM deal, oldest first (status as of today, local)."""
    today = today or datetime.now().astimezone().date()
    records = session.scalars(
        select(DocumentRecord)
        .where(DocumentRecord.potential_crm_id == potential_crm_id)
        .order_by(DocumentRecord.id)
    ).all()
    return [document_value(session, record, today) for record in records]


def snapshot_json(customer: CustomerRecord) -> str:
    """Return the customer's name and billing address as kept on a sent document."""
    address = {
        "street": customer.billing_street,
        "city": customer.billing_city,
        "state": customer.billing_state,
        "zip": customer.billing_zip,
        "country": customer.billing_country,
    }
    return json.dumps({"name": customer.name, "billing_address": address}, ensure_ascii=False)


def _customer_block(record: DocumentRecord, customer: CustomerRecord) -> tuple[str, Address]:
    if record.customer_snapshot:
        kept: dict[str, Any] = json.loads(record.customer_snapshot)
        return kept["name"], Address(**kept["billing_address"])
    live = Address(
        customer.billing_street,
        customer.billing_city,
        customer.billing_state,
        customer.billing_zip,
        customer.billing_country,
    )
    return customer.name, live


def parse_stored_discount(text: str | None) -> Discount | None:
    """Return the discount stored as "10%" or "5.00"."""
    if not text:
        return None
    if text.endswith("%"):
        return Discount(Decimal(text[:-1]), is_percent=True)
    return Discount(Decimal(text), is_percent=False)


def pricing_of(record: DocumentRecord) -> Pricing:
    """Return the document-level arithmetic settings of a record."""
    return Pricing(
        currency_code=record.currency_code,
        discount=parse_stored_discount(record.discount),
        is_discount_before_tax=record.is_discount_before_tax,
        is_inclusive_tax=record.is_inclusive_tax,
        tax_rounding=TaxRounding(record.tax_rounding),
        shipping_charge=record.shipping_charge,
        adjustment=record.adjustment,
    )


def document_value(session: Session, record: DocumentRecord, today: date) -> Document:
    """Return the frozen value of a record, totals as stored, status as of today."""
    customer = session.get_one(CustomerRecord, record.customer_id)
    name, address = _customer_block(record, customer)
    lines = tuple(
        DocumentLine(
            name=line.name,
            description=line.description,
            quantity=line.quantity,
            rate=line.rate,
            discount=parse_stored_discount(line.discount),
            amount=line.amount,
            taxes=tuple(LineTax(t.name, t.rate, t.compound, t.amount) for t in line.taxes),
        )
        for line in record.line_items
    )
    linked = {
        r.id: r.number
        for r in session.scalars(
            select(DocumentRecord).where(
                or_(
                    DocumentRecord.id == record.converted_from_id,
                    DocumentRecord.converted_from_id == record.id,
                    DocumentRecord.id == record.credited_invoice_id,
                )
            )
        )
    }
    converted_to = next(
        (
            n
            for i, n in linked.items()
            if i not in (record.converted_from_id, record.credited_invoice_id)
        ),
        None,
    )
    return Document(
        id=record.id,
        number=record.number,
        kind=DocumentKind(record.kind),
        status=_status(record, today),
        customer_id=record.customer_id,
        customer_name=name,
        billing_address=address,
        date=record.date,
        due_date=record.due_date,
        reference=record.reference,
        pricing=pricing_of(record),
        line_items=lines,
        sub_total=record.sub_total,
        discount_total=record.discount_total,
        taxes=_tax_totals(lines),
        tax_total=record.tax_total,
        total=record.total,
        paid=record.paid,
        balance=record.balance,
        notes=record.notes,
        terms=record.terms,
        potential=_potential(record),
        managed_by_workflow=record.managed_by_workflow,
        converted_from=linked.get(record.converted_from_id) if record.converted_from_id else None,
        converted_to=converted_to,
        sent_at=record.sent_at,
        created_at=record.created_at,
        updated_at=record.updated_at,
        events=tuple(history(session, record.id)),
        payments=tuple(list_payments(session, document_id=record.id)),
        version=record.version,
        updated_by=record.updated_by,
        credited=record.credited,
        credited_invoice=linked.get(record.credited_invoice_id)
        if record.credited_invoice_id
        else None,
        tax_exemption_reason=record.tax_exemption_reason,
        credit_applications=tuple(credit_applications(session, record)),
        refunds=tuple(refunds(session, record.id)),
        language=customer.document_language,
    )


def credit_applications(session: Session, record: DocumentRecord) -> list[CreditApplication]:
    """Return the credits applied to an invoice, or applied from a credit note, oldest first."""
    column = (
        CreditApplicationRecord.credit_note_id
        if record.kind == DocumentKind.CREDIT_NOTE.value
        else CreditApplicationRecord.invoice_id
    )
    rows = session.scalars(
        select(CreditApplicationRecord)
        .where(column == record.id)
        .order_by(CreditApplicationRecord.id)
    ).all()
    ids = {r.credit_note_id for r in rows} | {r.invoice_id for r in rows}
    query = select(DocumentRecord.id, DocumentRecord.number).where(DocumentRecord.id.in_(ids))
    numbers = {row.id: row.number for row in session.execute(query)} if ids else {}
    return [
        CreditApplication(
            r.id,
            numbers[r.credit_note_id],
            numbers[r.invoice_id],
            r.amount,
            record.currency_code,
            r.date,
        )
        for r in rows
    ]


def refunds(session: Session, credit_note_id: int) -> list[Refund]:
    """Return the refunds of a credit note, by date then entry order."""
    rows = session.execute(
        select(RefundRecord, DocumentRecord.number, DocumentRecord.currency_code)
        .join(DocumentRecord, DocumentRecord.id == RefundRecord.credit_note_id)
        .where(RefundRecord.credit_note_id == credit_note_id)
        .order_by(RefundRecord.date, RefundRecord.id)
    ).all()
    return [
        Refund(r.id, number, r.amount, currency, r.date, r.mode, r.reference)
        for r, number, currency in rows
    ]


def _tax_totals(lines: tuple[DocumentLine, ...]) -> tuple[TaxTotal, ...]:
    # The stored line taxes already sum to each document tax (per document rounding spreads
    # the rounded sum over the lines), so the breakdown is their sum, key by key.
    sums: dict[tuple[str, Decimal, bool], Decimal] = {}
    for line in lines:
        for tax in line.taxes:
            key = (tax.name, tax.rate, tax.compound)
            sums[key] = sums.get(key, Decimal(0)) + tax.amount
    return tuple(TaxTotal(k[0], k[1], k[2], amount) for k, amount in sums.items())


def _status(record: DocumentRecord, today: date) -> DocumentStatus:
    return effective_status(
        DocumentKind(record.kind),
        DocumentStatus(record.status),
        record.due_date,
        record.balance,
        today,
    )


def _potential(record: DocumentRecord) -> PotentialLink | None:
    if record.potential_crm_id is None:
        return None
    return PotentialLink(record.potential_crm_id, record.potential_name or "")


def list_documents(
    session: Session,
    today: date,
    *,
    customer_id: int | None = None,
    kind: DocumentKind | None = None,
    potential_crm_id: str | None = None,
    status: DocumentStatus | None = None,
    text: str | None = None,
) -> list[DocumentSummary]:
    """Return light rows, newest first; status filters by the effective (date-derived) status."""
    query = (
        select(DocumentRecord, CustomerRecord.name)
        .join(CustomerRecord, CustomerRecord.id == DocumentRecord.customer_id)
        .order_by(DocumentRecord.date.desc(), DocumentRecord.id.desc())
    )
    if customer_id is not None:
        query = query.where(DocumentRecord.customer_id == customer_id)
    if kind is not None:
        query = query.where(DocumentRecord.kind == kind.value)
    if potential_crm_id is not None:
        query = query.where(DocumentRecord.potential_crm_id == potential_crm_id)
    if text:
        pattern = f"%{text.lower()}%"
        query = query.where(
            or_(
                func.lower(DocumentRecord.number).like(pattern),
                func.lower(CustomerRecord.name).like(pattern),
                func.lower(DocumentRecord.reference).like(pattern),
            )
        )
    rows = [_summary(record, name, today) for record, name in session.execute(query).all()]
    return [row for row in rows if status is None or row.status is status]


def _summary(record: DocumentRecord, live_name: str, today: date) -> DocumentSummary:
    name = json.loads(record.customer_snapshot)["name"] if record.customer_snapshot else live_name
    return DocumentSummary(
        id=record.id,
        number=record.number,
        kind=DocumentKind(record.kind),
        status=_status(record, today),
        customer_id=record.customer_id,
        customer_name=name,
        date=record.date,
        due_date=record.due_date,
        currency_code=record.currency_code,
        total=record.total,
        balance=record.balance,
        potential=_potential(record),
        managed_by_workflow=record.managed_by_workflow,
    )


def list_payments(
    session: Session, *, document_id: int | None = None, customer_id: int | None = None
) -> list[Payment]:
    """Return payments of one invoice and/or one customer, by date then entry order."""
    query = (
        select(PaymentRecord, DocumentRecord.number, DocumentRecord.currency_code)
        .join(DocumentRecord, DocumentRecord.id == PaymentRecord.document_id)
        .order_by(PaymentRecord.date, PaymentRecord.id)
    )
    if document_id is not None:
        query = query.where(PaymentRecord.document_id == document_id)
    if customer_id is not None:
        query = query.where(PaymentRecord.customer_id == customer_id)
    return [
        Payment(
            id=p.id,
            document_number=number,
            customer_id=p.customer_id,
            amount=p.amount,
            currency_code=currency,
            date=p.date,
            mode=p.mode,
            reference=p.reference,
        )
        for p, number, currency in session.execute(query).all()
    ]


def history(session: Session, document_id: int) -> list[DocumentEvent]:
    """Return the document's events, oldest first."""
    records = session.scalars(
        select(DocumentEventRecord)
        .where(DocumentEventRecord.document_id == document_id)
        .order_by(DocumentEventRecord.id)
    )
    return [DocumentEvent(e.at, e.action, e.message, e.automatic) for e in records]
