"""The reports as SQL aggregations returning frozen values: aging, revenue, taxes, statement.

Aging is as of a date: an invoice dated on or before it counts with its balance then — today's
balance plus the payments and credits dated after it — and a credit note with what was left of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, distinct, func, literal, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.errors import NotFoundError
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.money import round_money
from desktop.domain.reports import (
    BUCKET_NAMES,
    CURRENT,
    AgingLine,
    AgingReport,
    EntryKind,
    MonthAmount,
    Movement,
    Statement,
    TaxLine,
    bucket_due_dates,
    empty_buckets,
    running_balances,
)
from desktop.persistence.queries.report_sums import (
    COUNTED_CREDIT,
    ISSUED_INVOICE,
    Money,
    counted_documents,
    in_period,
    signed,
)
from desktop.persistence.queries.report_taxes import tax_sums
from desktop.persistence.records import (
    CreditApplicationRecord,
    CustomerRecord,
    DocumentRecord,
    PaymentRecord,
    RefundRecord,
)
from desktop.persistence.settings_store import default_currency

D, A = DocumentRecord, CreditApplicationRecord


def _later(as_of: date, movements: list[tuple[Any, Any, Any]]) -> Any:
    """Return a subquery (key, amount) of every movement (key column, amount, date) dated after
    `as_of`: what has to be added back to today's balances to get that day's."""
    parts = [
        select(key.label("key"), amount.label("amount")).where(day > as_of)
        for key, amount, day in movements
    ]
    return union_all(*parts).subquery()


def _bucket(as_of: date) -> ColumnElement[str]:
    """Return the SQL of the aging bucket of an invoice's due date (the domain's thresholds)."""
    whens: list[Any] = [(D.due_date.is_(None), CURRENT)]
    whens += [(D.due_date >= earliest, name) for name, earliest in bucket_due_dates(as_of)]
    return case(*whens, else_=BUCKET_NAMES[-1])


def _open_rows(
    session: Session,
    money: Money,
    as_of: date,
    kind: DocumentKind,
    movements: list[tuple[Any, Any, Any]],
) -> list[Any]:
    """Return (currency, customer, bucket, amount, late count) of what was open on `as_of` on
    invoices (bucketed by due date) or credit notes (all current): today's open balances of the
    documents dated by then, then the movements dated after it, added back."""
    invoices = kind is DocumentKind.INVOICE
    bucket = (_bucket(as_of) if invoices else literal(CURRENT)).label("bucket")
    issued = ISSUED_INVOICE if invoices else COUNTED_CREDIT
    still_open = (
        (DocumentStatus.SENT.value, DocumentStatus.PARTIALLY_PAID.value)
        if invoices
        else (DocumentStatus.OPEN.value,)
    )
    balance = money.units(D.balance)
    late = and_(bucket != CURRENT, balance > money.zero())
    dated = [D.kind == kind.value, D.date <= as_of]
    # A constant is no grouping (PostgreSQL refuses one in GROUP BY).
    groups = [D.currency_code, D.customer_id, *([bucket] if invoices else [])]
    now = (
        select(
            D.currency_code,
            D.customer_id,
            bucket,
            func.sum(balance),
            func.sum(case((late, 1), else_=0)),
        )
        .where(*dated, D.status.in_(still_open))
        .group_by(*groups)
    )
    later = _later(as_of, movements)
    settled = and_(D.status.not_in(still_open), bucket != CURRENT)
    added_back = (
        select(
            D.currency_code,
            D.customer_id,
            bucket,
            func.sum(money.units(later.c.amount)),
            func.count(distinct(case((settled, D.id)))),
        )
        .join(later, later.c.key == D.id)
        .where(*dated, D.status.in_(issued))
        .group_by(*groups)
    )
    return [*session.execute(now).all(), *session.execute(added_back).all()]


# What settles an invoice, and what uses a credit note: (document key, amount, date) columns.
_INVOICE_MONEY = [
    (PaymentRecord.document_id, PaymentRecord.amount, PaymentRecord.date),
    (A.invoice_id, A.amount, A.date),
]
_CREDIT_MONEY = [
    (A.credit_note_id, A.amount, A.date),
    (RefundRecord.credit_note_id, RefundRecord.amount, RefundRecord.date),
]


def aging(session: Session, as_of: date) -> AgingReport:
    """Return the receivables aging on `as_of`, per customer and currency, biggest first."""
    money = Money(session)
    invoices = _open_rows(session, money, as_of, DocumentKind.INVOICE, _INVOICE_MONEY)
    credits = _open_rows(session, money, as_of, DocumentKind.CREDIT_NOTE, _CREDIT_MONEY)
    lines: dict[tuple[str, int], tuple[dict[str, Decimal], list[int]]] = {}
    for rows, sign in ((invoices, 1), (credits, -1)):
        for currency, customer_id, name, total, late_count in rows:
            buckets, count = lines.setdefault((currency, customer_id), (empty_buckets(), [0]))
            buckets[name] += sign * money.value(total)
            count[0] += int(late_count or 0) if sign > 0 else 0
    names = _customer_names(session, {customer_id for _, customer_id in lines})
    values = [
        AgingLine(
            customer_id,
            names[customer_id],
            currency,
            {name: round_money(v, currency) for name, v in buckets.items()},
            count[0],
        )
        for (currency, customer_id), (buckets, count) in lines.items()
    ]
    values = [line for line in values if any(line.buckets.values())]
    values.sort(key=lambda line: (line.currency_code, -line.total, line.customer_name.lower()))
    return AgingReport(as_of, tuple(values))


def _customer_names(session: Session, ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    listed = sorted(ids)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        query = select(CustomerRecord.id, CustomerRecord.name).where(CustomerRecord.id.in_(chunk))
        names.update({row.id: row.name for row in session.execute(query)})
    return names


def invoiced_by_month(session: Session, start: date | None, end: date | None) -> list[MonthAmount]:
    """Return the totals (with tax) of issued invoices less live credit notes, by month of their
    date and currency."""
    money = Money(session)
    month = money.month(D.date).label("month")
    query = (
        select(month, D.currency_code, func.sum(signed(money, D.total)))
        .where(counted_documents(), *in_period(D.date, start, end))
        .group_by(month, D.currency_code)
    )
    return [MonthAmount(m, c, money.value(v)) for m, c, v in session.execute(query)]


def collected_by_month(session: Session, start: date | None, end: date | None) -> list[MonthAmount]:
    """Return the payments by month of their date and currency."""
    money = Money(session)
    month = money.month(PaymentRecord.date).label("month")
    query = (
        select(month, D.currency_code, func.sum(money.units(PaymentRecord.amount)))
        .join(D, D.id == PaymentRecord.document_id)
        .where(*in_period(PaymentRecord.date, start, end))
        .group_by(month, D.currency_code)
    )
    return [MonthAmount(m, c, money.value(v)) for m, c, v in session.execute(query)]


def tax_summary(session: Session, start: date | None, end: date | None) -> list[TaxLine]:
    """Return per tax name, rate and currency the taxable amount and the tax of issued invoices
    less live credit notes dated in the period, by name then rate."""
    sums = tax_sums(session, start, end)
    return [
        TaxLine(name, rate, currency, round_money(taxable, currency), round_money(tax, currency))
        for (name, rate, currency), (taxable, tax) in sorted(
            sums.items(), key=lambda item: (item[0][0].lower(), item[0][1], item[0][2])
        )
    ]


def statement(session: Session, customer_id: int) -> Statement:
    """Return a customer's statement; raise NotFoundError for an unknown customer."""
    customer = session.get(CustomerRecord, customer_id)
    if customer is None:
        raise NotFoundError(f"There is no customer with id {customer_id}.")
    movements = [
        *_document_movements(session, customer_id),
        *_money_movements(session, customer_id),
    ]
    entries, balances = running_balances(movements)
    currency = customer.currency_code or default_currency(session)
    return Statement(
        customer_id,
        customer.name,
        currency,
        tuple(entries),
        {code: round_money(v, code) for code, v in balances.items()},
        customer.document_language,
    )


def _document_movements(session: Session, customer_id: int) -> Iterable[Movement]:
    query = select(D.id, D.kind, D.number, D.date, D.currency_code, D.total).where(
        D.customer_id == customer_id, counted_documents()
    )
    for row in session.execute(query):
        credit = row.kind == DocumentKind.CREDIT_NOTE.value
        kind = EntryKind.CREDIT_NOTE if credit else EntryKind.INVOICE
        amount = -row.total if credit else row.total
        yield Movement(row.date, kind, row.number, row.currency_code, amount, row.id)


def _money_movements(session: Session, customer_id: int) -> Iterable[Movement]:
    payments = (
        select(
            PaymentRecord.id,
            PaymentRecord.date,
            PaymentRecord.amount,
            D.number,
            D.currency_code,
            literal(EntryKind.PAYMENT.value).label("kind"),
        )
        .join(D, D.id == PaymentRecord.document_id)
        .where(D.customer_id == customer_id)
    )
    refunds = (
        select(
            RefundRecord.id,
            RefundRecord.date,
            RefundRecord.amount,
            D.number,
            D.currency_code,
            literal(EntryKind.REFUND.value).label("kind"),
        )
        .join(D, D.id == RefundRecord.credit_note_id)
        .where(D.customer_id == customer_id)
    )
    for query in (payments, refunds):
        for row in session.execute(query):
            kind = EntryKind(row.kind)
            amount = Decimal(str(row.amount))
            signed_amount = -amount if kind is EntryKind.PAYMENT else amount
            yield Movement(row.date, kind, row.number, row.currency_code, signed_amount, row.id)
