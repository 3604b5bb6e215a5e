"""Columns of the invoices and estimates lists (light DocumentSummary rows)."""

from __future__ import annotations

from datetime import date, datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.domain.documents import DocumentSummary
from desktop.domain.lifecycle import DocumentStatus
from desktop.domain.reports import days_late
from desktop.ui.document_kinds import status_name
from desktop.ui.locale_format import QT_TRANSLATE_NOOP, Counts, amount_text, date_text, money_text
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
    """Return the status as people say it ("partially paid", "overdue · 12 days late")."""
    text = status_name(summary.status)
    if summary.status is DocumentStatus.OVERDUE:
        late = days_late(summary.due_date, local_today())
        if late > 0:
            return QCoreApplication.translate("DocumentsTableModel", "{status} · {late}").format(
                status=text, late=Counts().days_late(late)
            )
    return text


def local_today() -> date:
    """Return the user's date today (overdue is decided in the user's own day)."""
    return datetime.now().astimezone().date()


def overdue_colour(summary: DocumentSummary) -> QColor | None:
    """Return red for an overdue invoice (lighter on a dark palette), None for other rows."""
    if summary.status is not DocumentStatus.OVERDUE:
        return None
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return QColor(DARK_OVERDUE if window.lightness() < 128 else LIGHT_OVERDUE)


LIGHT_OVERDUE = "#c5221f"
DARK_OVERDUE = "#f28b82"


COLUMNS: tuple[Column[DocumentSummary], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Number"), lambda d: d.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda d: d.customer_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda d: date_text(d.date), lambda d: d.date),
    Column(QT_TRANSLATE_NOOP("Columns", "Due / expiry"), lambda d: date_text(d.due_date) if d.due_date else "", lambda d: d.due_date or d.date),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), status_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda d: money_text(d.total, d.currency_code), lambda d: d.total, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Balance"), lambda d: amount_text(d.balance, d.currency_code), lambda d: d.balance, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Potential"), lambda d: d.potential.name if d.potential else ""),
)  # fmt: skip


def documents_table_model(parent: QObject | None = None) -> ValueTableModel[DocumentSummary]:
    """Return an empty model of documents."""
    return ValueTableModel(COLUMNS, parent, foreground=overdue_colour)
