"""Helpers for document tests: customers written straight as records, and sample drafts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from desktop.domain.documents import DocumentDraft, DocumentKind, LineDraft, TaxSpec
from desktop.persistence.database import Database
from desktop.persistence.records import CustomerRecord

NOW = datetime(2026, 11, 25, 10, 4, tzinfo=UTC)


def add_customer(database: Database, name: str = "Acme Ltd", **fields: object) -> int:
    """Insert a customer record and return its id."""
    with database.session() as session:
        defaults: dict[str, object] = {
            "billing_street": "1 Main Street",
            "billing_city": "Springfield",
            "billing_country": "USA",
        }
        record = CustomerRecord(
            name=name, status="active", created_at=NOW, updated_at=NOW, **(defaults | fields)
        )
        session.add(record)
        session.flush()
        return record.id


def line(name: str, rate: str, quantity: str = "1", *taxes: TaxSpec) -> LineDraft:
    """Return a line draft from strings."""
    return LineDraft(name=name, quantity=Decimal(quantity), rate=Decimal(rate), taxes=taxes)


def vat(rate: str = "10", name: str = "VAT", compound: bool = False) -> TaxSpec:
    """Return a tax."""
    return TaxSpec(name, Decimal(rate), compound)


def draft(
    customer_id: int, kind: DocumentKind = DocumentKind.INVOICE, *lines: LineDraft, **fields: object
) -> DocumentDraft:
    """Return a document draft dated 2026-11-01 with the given lines (one 1 × 100.00 by default)."""
    return DocumentDraft(
        kind=kind,
        date=date(2026, 11, 1),
        customer_id=customer_id,
        line_items=lines or (line("Consulting", "100.00"),),
        **fields,  # type: ignore[arg-type]
    )
