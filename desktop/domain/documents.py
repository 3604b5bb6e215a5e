"""Invoice, estimate and credit note values as the front ends, the PDF and the workflows see them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from desktop.domain.credits import CreditApplication, Refund
from desktop.domain.customers import Address
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.money import ZERO
from desktop.domain.organization import OrganizationProfile
from desktop.domain.totals import Discount, LineTax, Pricing, TaxRounding, TaxSpec, TaxTotal

__all__ = [
    "Discount",
    "Document",
    "DocumentDraft",
    "DocumentEvent",
    "DocumentKind",
    "DocumentLine",
    "DocumentStatus",
    "DocumentSummary",
    "LineDraft",
    "OrganizationProfile",
    "Payment",
    "PaymentDraft",
    "PotentialLink",
    "TaxRounding",
    "TaxSpec",
]


class PotentialLink(NamedTuple):
    """The CRM deal a document belongs to: (crm_id, name)."""

    crm_id: str
    name: str


@dataclass(frozen=True, slots=True)
class LineDraft:
    """A line as the user enters it."""

    name: str
    quantity: Decimal
    rate: Decimal
    description: str | None = None
    discount: Discount | None = None
    taxes: tuple[TaxSpec, ...] = ()
    # True while the taxes are only a suggestion (none named, or an item's): the customer's tax
    # setting decides when the document is written (desktop.domain.catalogue).
    default_taxes: bool = False


@dataclass(frozen=True, slots=True)
class DocumentDraft:
    """A document as the user enters it; None means "take the customer's or organization's"."""

    kind: DocumentKind
    date: dt.date
    line_items: tuple[LineDraft, ...]
    customer_id: int | None = None
    customer_name: str | None = None
    due_date: dt.date | None = None
    reference: str | None = None
    currency_code: str | None = None
    is_inclusive_tax: bool = False
    tax_rounding: TaxRounding | None = None
    discount: Discount | None = None
    is_discount_before_tax: bool = True
    shipping_charge: Decimal = ZERO
    adjustment: Decimal = ZERO
    notes: str | None = None
    terms: str | None = None
    credited_invoice: str | None = None  # a credit note's invoice number, if it is for one


@dataclass(frozen=True, slots=True)
class DocumentLine:
    """A stored line with its computed amount and taxes."""

    name: str
    description: str | None
    quantity: Decimal
    rate: Decimal
    discount: Discount | None
    amount: Decimal
    taxes: tuple[LineTax, ...]

    def to_draft(self) -> LineDraft:
        """Return the line as the user entered it."""
        return LineDraft(
            name=self.name,
            description=self.description,
            quantity=self.quantity,
            rate=self.rate,
            discount=self.discount,
            taxes=tuple(TaxSpec(t.name, t.rate, t.compound) for t in self.taxes),
        )


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment recorded against an invoice."""

    id: int
    document_number: str
    customer_id: int
    amount: Decimal
    currency_code: str
    date: dt.date
    mode: str | None
    reference: str | None


@dataclass(frozen=True, slots=True)
class PaymentDraft:
    """A payment as the user enters it."""

    amount: Decimal
    date: dt.date
    mode: str | None = None
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentEvent:
    """One entry of a document's history; automatic ones were made by a workflow."""

    at: dt.datetime
    action: str
    message: str
    automatic: bool


@dataclass(frozen=True, slots=True)
class Document:
    """A document with every total as stored; status is the effective one."""

    id: int
    number: str
    kind: DocumentKind
    status: DocumentStatus
    customer_id: int
    customer_name: str
    billing_address: Address
    date: dt.date
    due_date: dt.date | None
    reference: str | None
    pricing: Pricing
    line_items: tuple[DocumentLine, ...]
    sub_total: Decimal
    discount_total: Decimal
    taxes: tuple[TaxTotal, ...]
    tax_total: Decimal
    total: Decimal
    paid: Decimal
    balance: Decimal
    notes: str | None
    terms: str | None
    potential: PotentialLink | None
    managed_by_workflow: bool
    converted_from: str | None
    converted_to: str | None
    sent_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    events: tuple[DocumentEvent, ...] = field(default_factory=tuple)
    payments: tuple[Payment, ...] = field(default_factory=tuple)
    # Which write this is (a save based on an older one is refused), and who made it.
    version: int = 0
    updated_by: str | None = None
    # On an invoice: credits applied to it; on a credit note: what was applied or refunded.
    credited: Decimal = ZERO
    credited_invoice: str | None = None
    tax_exemption_reason: str | None = None
    credit_applications: tuple[CreditApplication, ...] = field(default_factory=tuple)
    refunds: tuple[Refund, ...] = field(default_factory=tuple)
    # The customer's document language when the value was read (None: the organization's).
    language: str | None = None

    @property
    def currency_code(self) -> str:
        """Return the document's currency."""
        return self.pricing.currency_code

    def to_draft(self) -> DocumentDraft:
        """Return the document as an editor would start from it."""
        p = self.pricing
        return DocumentDraft(
            kind=self.kind,
            date=self.date,
            line_items=tuple(line.to_draft() for line in self.line_items),
            customer_id=self.customer_id,
            due_date=self.due_date,
            reference=self.reference,
            currency_code=p.currency_code,
            is_inclusive_tax=p.is_inclusive_tax,
            tax_rounding=p.tax_rounding,
            discount=p.discount,
            is_discount_before_tax=p.is_discount_before_tax,
            shipping_charge=p.shipping_charge,
            adjustment=p.adjustment,
            notes=self.notes,
            terms=self.terms,
            credited_invoice=self.credited_invoice,
        )


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of a documents list: enough to draw it, nothing more."""

    id: int
    number: str
    kind: DocumentKind
    status: DocumentStatus
    customer_id: int
    customer_name: str
    date: dt.date
    due_date: dt.date | None
    currency_code: str
    total: Decimal
    balance: Decimal
    potential: PotentialLink | None
    managed_by_workflow: bool


@dataclass(frozen=True, slots=True)
class NumberSeries:
    """How a kind's documents are numbered: prefix, digits, and the next number to give."""

    kind: DocumentKind
    prefix: str
    padding: int
    next_number: int
