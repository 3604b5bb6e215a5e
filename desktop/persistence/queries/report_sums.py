"""Exact money sums inside SQL, on SQLite (money stored as text) and PostgreSQL (NUMERIC).

SQLite's SUM of text is a float sum. Each amount is turned into an integer of millionths first
(exact for amounts under 9,000,000,000 with at most six decimals, which every stored amount is),
so SUM adds integers exactly; PostgreSQL's NUMERIC SUM is exact already.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Float, Integer, Numeric, and_, case, cast, func, literal, or_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.persistence.records import DocumentRecord

SCALE_DIGITS = 6
_SCALE = 10**SCALE_DIGITS

# Invoices that were issued (sent or paid or partly) — neither draft nor void; overdue is derived.
ISSUED_INVOICE = (
    DocumentStatus.SENT.value,
    DocumentStatus.PARTIALLY_PAID.value,
    DocumentStatus.PAID.value,
)
# Credit notes that count: open or closed (not void).
COUNTED_CREDIT = (DocumentStatus.OPEN.value, DocumentStatus.CLOSED.value)


class Money:
    """Builds exact per-row money expressions for one session's database, and reads sums back."""

    def __init__(self, session: Session) -> None:
        self.sqlite = session.get_bind().dialect.name == "sqlite"

    def units(self, column: Any) -> ColumnElement[Any]:
        """Return the amount as an exact number SQL can add (millionths on SQLite)."""
        if self.sqlite:
            return cast(func.round(cast(column, Float) * _SCALE), Integer)
        return cast(column, _numeric())

    def zero(self) -> ColumnElement[Any]:
        """Return a zero of the same kind as `units`."""
        return literal(0, Integer) if self.sqlite else cast(literal(0), _numeric())

    def value(self, raw: Any) -> Decimal:
        """Return the Decimal of a sum read back (None, from an empty sum, is zero)."""
        if raw is None:
            return Decimal(0)
        if self.sqlite:
            return Decimal(int(raw)).scaleb(-SCALE_DIGITS)
        return Decimal(str(raw))

    def month(self, column: Any) -> ColumnElement[str]:
        """Return the "YYYY-MM" of a date column."""
        if self.sqlite:
            return func.substr(column, 1, 7)
        return func.to_char(column, "YYYY-MM")


def _numeric() -> Numeric[Decimal]:
    return Numeric(asdecimal=True)


def signed(money: Money, column: Any) -> ColumnElement[Any]:
    """Return the amount, negative on a credit note (what it takes off invoices)."""
    units = money.units(column)
    return case((DocumentRecord.kind == DocumentKind.CREDIT_NOTE.value, -units), else_=units)


def counted_documents() -> ColumnElement[bool]:
    """Return the condition of documents that count as revenue: issued invoices and live credit
    notes."""
    return or_(
        and_(
            DocumentRecord.kind == DocumentKind.INVOICE.value,
            DocumentRecord.status.in_(ISSUED_INVOICE),
        ),
        and_(
            DocumentRecord.kind == DocumentKind.CREDIT_NOTE.value,
            DocumentRecord.status.in_(COUNTED_CREDIT),
        ),
    )


def in_period(column: Any, start: date | None, end: date | None) -> list[ColumnElement[bool]]:
    """Return the conditions of a date column between start and end, both included."""
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column <= end)
    return conditions
