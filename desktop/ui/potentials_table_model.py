"""Columns of the Potentials tab: CRM deals with stage, amount and their documents."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QObject

from desktop.domain.potentials import Potential
from desktop.ui.value_table_model import Column, ValueTableModel


class Columns(IntEnum):
    """The columns, in display order."""

    NAME = 0
    CUSTOMER = 1
    STAGE = 2
    AMOUNT = 3
    CLOSING = 4
    DOCUMENTS = 5


COLUMNS: tuple[Column[Potential], ...] = (
    Column("Potential", lambda p: p.name),
    Column("Customer", lambda p: p.customer_name or ""),
    Column("Stage", lambda p: p.stage or ""),
    Column("Amount", lambda p: "" if p.amount is None else f"{p.amount:,.2f}", lambda p: p.amount or Decimal(0), numeric=True),
    Column("Closing date", lambda p: p.closing_date.isoformat() if p.closing_date else ""),
    Column("Documents", lambda p: ", ".join(p.documents)),
)  # fmt: skip


def potentials_table_model(parent: QObject | None = None) -> ValueTableModel[Potential]:
    """Return an empty model of potentials."""
    return ValueTableModel(COLUMNS, parent)
