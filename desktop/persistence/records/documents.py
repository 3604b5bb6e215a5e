"""Records for invoices, estimates and credit notes, lines, taxes, payments, credits, tax rates,
items and number series."""

from __future__ import annotations

import datetime as dt
import getpass
import socket
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain import limits
from desktop.persistence.records.base import Base
from desktop.persistence.types import ExactDecimal, UtcDateTime

# What the reports read of a document, in the order they filter by (kind, status, date first).
REPORT_COLUMNS = (
    "kind",
    "status",
    "date",
    "currency_code",
    "customer_id",
    "due_date",
    "balance",
    "total",
    "is_inclusive_tax",
    "discount",
)


def this_editor() -> str:
    """Return who is writing: the operating-system user and the computer."""
    return f"{getpass.getuser()}@{socket.gethostname()}"


class DocumentRecord(Base):
    """An invoice, estimate or credit note; totals are stored as computed so lists never recompute
    them. balance = total − paid − credited, where credited is, on an invoice, the credits applied
    to it and, on a credit note, what was applied or refunded from it."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    # Snapshot of the customer as it was when the document was sent (JSON text).
    customer_snapshot: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(limits.REFERENCE))
    currency_code: Mapped[str] = mapped_column(String(3))
    is_inclusive_tax: Mapped[bool] = mapped_column(Boolean, default=False)
    tax_rounding: Mapped[str] = mapped_column(String(10), default="line")
    discount: Mapped[str | None] = mapped_column(String(40))
    is_discount_before_tax: Mapped[bool] = mapped_column(Boolean, default=True)
    shipping_charge: Mapped[Decimal] = mapped_column(ExactDecimal)
    adjustment: Mapped[Decimal] = mapped_column(ExactDecimal)
    notes: Mapped[str | None] = mapped_column(Text)
    terms: Mapped[str | None] = mapped_column(Text)
    sub_total: Mapped[Decimal] = mapped_column(ExactDecimal)
    discount_total: Mapped[Decimal] = mapped_column(ExactDecimal)
    tax_total: Mapped[Decimal] = mapped_column(ExactDecimal)
    total: Mapped[Decimal] = mapped_column(ExactDecimal)
    paid: Mapped[Decimal] = mapped_column(ExactDecimal)
    credited: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal(0))
    balance: Mapped[Decimal] = mapped_column(ExactDecimal)
    # The invoice a credit note is for, if any.
    credited_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    # The customer's exemption as it was when the document was written (printed on it).
    tax_exemption_reason: Mapped[str | None] = mapped_column(String(300))
    potential_id: Mapped[int | None] = mapped_column(
        ForeignKey("potential.id", ondelete="SET NULL")
    )
    potential_crm_id: Mapped[str | None] = mapped_column(String(40))
    potential_name: Mapped[str | None] = mapped_column(String(limits.DEAL_NAME))
    managed_by_workflow: Mapped[bool] = mapped_column(Boolean, default=False)
    converted_from_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # Several people on one database: every write bumps the version (SQLAlchemy's
    # version_id_col), so a save based on an older one is refused; who wrote last is kept.
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(
        String(200), default=this_editor, onupdate=this_editor
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declaration

    line_items: Mapped[list[LineItemRecord]] = relationship(
        back_populates="document", order_by="LineItemRecord.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_document_customer_id", "customer_id"),
        Index("ix_document_kind_status", "kind", "status"),
        Index("ix_document_potential_crm_id", "potential_crm_id"),
        # Reports read every column they sum or group by from this index, never the table.
        Index("ix_document_report", *REPORT_COLUMNS),
    )


class LineItemRecord(Base):
    """One line of a document."""

    __tablename__ = "line_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(limits.LINE_NAME))
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(ExactDecimal)
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)
    discount: Mapped[str | None] = mapped_column(String(40))
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)

    document: Mapped[DocumentRecord] = relationship(back_populates="line_items")
    taxes: Mapped[list[LineItemTaxRecord]] = relationship(
        order_by="LineItemTaxRecord.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_line_item_document_id", "document_id"),
        Index("ix_line_item_report", "document_id", "id", "amount"),
    )


class LineItemTaxRecord(Base):
    """A tax applied to one line."""

    __tablename__ = "line_item_tax"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_item_id: Mapped[int] = mapped_column(ForeignKey("line_item.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)
    compound: Mapped[bool] = mapped_column(Boolean, default=False)
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)

    __table_args__ = (
        Index("ix_line_item_tax_line_item_id", "line_item_id"),
        Index("ix_line_item_tax_report", "line_item_id", "name", "rate", "amount"),
    )


class PaymentRecord(Base):
    """A payment recorded against an invoice."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)
    date: Mapped[dt.date] = mapped_column(Date)
    mode: Mapped[str | None] = mapped_column(String(limits.PAYMENT_MODE))
    reference: Mapped[str | None] = mapped_column(String(limits.REFERENCE))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_payment_document_id", "document_id"),
        Index("ix_payment_customer_id", "customer_id"),
        Index("ix_payment_date", "date"),
    )


class DocumentEventRecord(Base):
    """One entry of a document's history: a status change by hand or by a workflow, and why."""

    __tablename__ = "document_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    action: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_document_event_document_id", "document_id"),)


class CreditApplicationRecord(Base):
    """Part of a credit note applied to an invoice of the same customer and currency."""

    __tablename__ = "credit_application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credit_note_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)
    date: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_credit_application_credit_note_id", "credit_note_id"),
        Index("ix_credit_application_invoice_id", "invoice_id"),
        Index("ix_credit_application_date", "date"),
    )


class RefundRecord(Base):
    """Money paid back to the customer from a credit note."""

    __tablename__ = "refund"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credit_note_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)
    date: Mapped[dt.date] = mapped_column(Date)
    mode: Mapped[str | None] = mapped_column(String(50))
    reference: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_refund_credit_note_id", "credit_note_id"),
        Index("ix_refund_date", "date"),
    )


class TaxRateRecord(Base):
    """A named tax rate the user can pick on a line; archived once used instead of deleted."""

    __tablename__ = "tax_rate"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)
    compound: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ItemRecord(Base):
    """A product or service of the catalogue: what a line starts from."""

    __tablename__ = "item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)
    unit: Mapped[str | None] = mapped_column(String(50))

    taxes: Mapped[list[ItemTaxRecord]] = relationship(
        order_by="ItemTaxRecord.position", cascade="all, delete-orphan"
    )


class ItemTaxRecord(Base):
    """A default tax of a catalogue item."""

    __tablename__ = "item_tax"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"))
    tax_rate_id: Mapped[int] = mapped_column(ForeignKey("tax_rate.id"))
    position: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_item_tax_item_id", "item_id"),)


class NumberSeriesRecord(Base):
    """The next number of a document kind, taken inside the writer's transaction."""

    __tablename__ = "number_series"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(20))
    padding: Mapped[int] = mapped_column(Integer)
    next_number: Mapped[int] = mapped_column(Integer)
