"""The invoice the self-test prints: two lines, a tax, non-Latin-1 text, totals from the domain."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.domain.customers import Address
from desktop.domain.documents import (
    Document,
    DocumentKind,
    DocumentLine,
    DocumentStatus,
    LineDraft,
    OrganizationProfile,
    TaxSpec,
)
from desktop.domain.totals import Pricing, compute_totals

NUMBER = "SELF-TEST-0001"
CUSTOMER = "Łódź Müller Ørsted"  # outside Latin-1: the embedded font must carry it
SELLER = "Invoice Desk self-test"
_WHEN = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC)


def sample_document() -> tuple[Document, OrganizationProfile]:
    """Return an invoice with totals computed as the app computes them, and its seller."""
    vat = TaxSpec("VAT", Decimal("20"))
    drafts = (
        LineDraft("Design work", Decimal("3"), Decimal("120.00"), "hours", taxes=(vat,)),
        LineDraft("Printing — 500 flyers", Decimal("1"), Decimal("89.90"), taxes=(vat,)),
    )
    pricing = Pricing(currency_code="EUR")
    totals = compute_totals(drafts, pricing)
    lines = tuple(
        DocumentLine(d.name, d.description, d.quantity, d.rate, d.discount, t.amount, t.taxes)
        for d, t in zip(drafts, totals.lines, strict=True)
    )
    document = Document(
        id=1,
        number=NUMBER,
        kind=DocumentKind.INVOICE,
        status=DocumentStatus.DRAFT,
        customer_id=1,
        customer_name=CUSTOMER,
        billing_address=Address(street="Piotrkowska 1", city="Łódź", country="Poland"),
        date=_WHEN.date(),
        due_date=_WHEN.date() + dt.timedelta(days=30),
        reference=None,
        pricing=pricing,
        line_items=lines,
        sub_total=totals.sub_total,
        discount_total=totals.discount_total,
        taxes=totals.taxes,
        tax_total=totals.tax_total,
        total=totals.total,
        paid=Decimal("0.00"),
        balance=totals.total,
        notes=None,
        terms=None,
        potential=None,
        managed_by_workflow=False,
        converted_from=None,
        converted_to=None,
        sent_at=None,
        created_at=_WHEN,
        updated_at=_WHEN,
    )
    seller = OrganizationProfile(name=SELLER, currency_code="EUR")
    return document, seller
