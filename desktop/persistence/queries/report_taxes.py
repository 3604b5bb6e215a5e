"""The tax summary's sums: per tax, the tax and the net amount it was charged on, exactly.

A line's taxable amount is its amount less its share of a before-tax document discount, and less
its taxes when prices include them. SQL sums the amounts and takes the taxes out of inclusive
prices; only the documents with a before-tax discount are read line by line, to take each line's
share of it exactly as the document's arithmetic (`allocate`) spread it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.lifecycle import DocumentKind
from desktop.domain.money import ZERO
from desktop.domain.totals import allocate
from desktop.persistence.queries.report_sums import Money, counted_documents, in_period, signed
from desktop.persistence.records import DocumentRecord, LineItemRecord, LineItemTaxRecord

D, L, T = DocumentRecord, LineItemRecord, LineItemTaxRecord
TaxKey = tuple[str, Decimal, str]


def tax_sums(
    session: Session, start: date | None, end: date | None
) -> dict[TaxKey, tuple[Decimal, Decimal]]:
    """Return (taxable, tax) by (tax name, rate, currency), unrounded."""
    money = Money(session)
    other = aliased(LineItemTaxRecord)
    line_taxes = (
        select(func.sum(money.units(other.amount)))
        .where(other.line_item_id == L.id)
        .scalar_subquery()
    )
    net = money.units(L.amount) - case((D.is_inclusive_tax, line_taxes), else_=money.zero())
    sign = case((D.kind == DocumentKind.CREDIT_NOTE.value, -1), else_=1)
    rows = session.execute(
        select(
            T.name, T.rate, D.currency_code, func.sum(sign * net), func.sum(signed(money, T.amount))
        )
        .join(L, L.id == T.line_item_id)
        .join(D, D.id == L.document_id)
        .where(counted_documents(), *in_period(D.date, start, end))
        .group_by(T.name, T.rate, D.currency_code)
    ).all()
    sums: dict[TaxKey, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for name, rate, currency, taxable, tax in rows:
        key = (name, Decimal(str(rate)), currency)
        sums[key][0] += money.value(taxable)
        sums[key][1] += money.value(tax)
    for key, share in _discount_shares(session, start, end).items():
        sums[key][0] -= share
    return {key: (pair[0], pair[1]) for key, pair in sums.items()}


def _discount_shares(
    session: Session, start: date | None, end: date | None
) -> dict[TaxKey, Decimal]:
    """Return per tax the signed sum of the before-tax document discount its lines bore."""
    discounted = and_(
        D.discount.is_not(None),
        D.is_discount_before_tax,
        counted_documents(),
        *in_period(D.date, start, end),
    )
    lines = session.execute(
        select(D.id, D.kind, D.currency_code, D.discount_total, L.id, L.amount)
        .join(L, L.document_id == D.id)
        .where(discounted)
        .order_by(D.id, L.position)
    ).all()
    if not lines:
        return {}
    taxes: dict[int, list[tuple[str, Decimal]]] = defaultdict(list)
    tax_rows = session.execute(
        select(T.line_item_id, T.name, T.rate)
        .join(L, L.id == T.line_item_id)
        .join(D, D.id == L.document_id)
        .where(discounted)
    )
    for line_id, name, rate in tax_rows:
        taxes[line_id].append((name, Decimal(str(rate))))
    by_document: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    heads: dict[int, tuple[str, str, Decimal]] = {}
    for document_id, kind, currency, discount_total, line_id, amount in lines:
        heads[document_id] = (kind, currency, discount_total)
        by_document[document_id].append((line_id, amount))
    shares: dict[TaxKey, Decimal] = defaultdict(lambda: ZERO)
    for document_id, document_lines in by_document.items():
        kind, currency, discount_total = heads[document_id]
        sign = -1 if kind == DocumentKind.CREDIT_NOTE.value else 1
        parts = allocate(discount_total, [amount for _, amount in document_lines], currency)
        for (line_id, _), part in zip(document_lines, parts, strict=True):
            for name, rate in taxes.get(line_id, []):
                shares[(name, rate, currency)] += sign * part
    return shares
