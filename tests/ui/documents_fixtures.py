"""Documents for GUI tests, created through the documents controller."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from desktop.controllers.services import Services
from desktop.domain.documents import Document, DocumentDraft, DocumentKind, LineDraft
from desktop.domain.totals import TaxSpec


def create_document(
    services: Services,
    customer_id: int,
    kind: DocumentKind = DocumentKind.INVOICE,
    rate: str = "100.00",
    quantity: str = "2",
) -> Document:
    """Create a draft with one taxed line (quantity × rate, VAT 10%) dated today."""
    today = datetime.now().astimezone().date()
    return services.documents.create(
        DocumentDraft(
            kind=kind,
            date=today,
            due_date=date.fromordinal(today.toordinal() + 30),
            customer_id=customer_id,
            currency_code="USD",
            line_items=(
                LineDraft(
                    name="Consulting",
                    quantity=Decimal(quantity),
                    rate=Decimal(rate),
                    taxes=(TaxSpec("VAT", Decimal("10")),),
                ),
            ),
        )
    )
