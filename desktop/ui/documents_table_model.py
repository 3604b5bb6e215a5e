"""Columns of the invoices and estimates lists (light DocumentSummary rows)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject

from desktop.domain.documents import DocumentSummary
from desktop.domain.money import format_money
from desktop.ui.value_table_model import Column, ValueTableModel


class Columns(IntEnum):
    """The columns, in display order."""

    NUMBER = 0
    CUSTOMER = 1
    DATE = 2
    DUE = 3
    STATUS = 4
    TOTAL = 5
    BALANCE = 6
    POTENTIAL = 7


def status_text(summary: DocumentSummary) -> str:
    """Return the status as people say it ("partially paid")."""
    return summary.status.value.replace("_", " ")


COLUMNS: tuple[Column[DocumentSummary], ...] = (
    Column("Number", lambda d: d.number),
    Column("Customer", lambda d: d.customer_name),
    Column("Date", lambda d: d.date.isoformat()),
    Column("Due / expiry", lambda d: d.due_date.isoformat() if d.due_date else ""),
    Column("Status", status_text),
    Column("Total", lambda d: f"{d.currency_code} {format_money(d.total, d.currency_code)}", lambda d: d.total, numeric=True),
    Column("Balance", lambda d: format_money(d.balance, d.currency_code), lambda d: d.balance, numeric=True),
    Column("Potential", lambda d: d.potential.name if d.potential else ""),
)  # fmt: skip


def documents_table_model(parent: QObject | None = None) -> ValueTableModel[DocumentSummary]:
    """Return an empty model of documents."""
    return ValueTableModel(COLUMNS, parent)
