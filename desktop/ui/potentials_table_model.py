"""Columns of the Potentials tab: CRM deals with stage, amount and their documents."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QObject

from desktop.domain.potentials import Potential
from desktop.ui.locale_format import QT_TRANSLATE_NOOP
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
    Column(QT_TRANSLATE_NOOP("Columns", "Potential"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda p: p.customer_name or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Stage"), lambda p: p.stage or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda p: "" if p.amount is None else f"{p.amount:,.2f}", lambda p: p.amount or Decimal(0), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Closing date"), lambda p: p.closing_date.isoformat() if p.closing_date else ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Documents"), lambda p: ", ".join(p.documents)),
)  # fmt: skip


def potentials_table_model(parent: QObject | None = None) -> ValueTableModel[Potential]:
    """Return an empty model of potentials."""
    return ValueTableModel(COLUMNS, parent)
