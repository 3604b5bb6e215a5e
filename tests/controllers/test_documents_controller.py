"""The documents use cases on a real SQLite file, with a fixed clock for date-derived statuses."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.controllers.documents import DocumentsController
from desktop.controllers.services import Services
from desktop.controllers.settings import SettingsChange
from desktop.domain.customers import Address
from desktop.domain.documents import DocumentKind, DocumentStatus, OrganizationProfile, TaxRounding
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.persistence import documents_repository as repo
from tests.document_helpers import NOW, add_customer, draft

S = DocumentStatus


class Clock:
    """A settable clock."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def documents(services: Services, clock: Clock) -> DocumentsController:
    return DocumentsController(services.database, clock)


def invoice_json(customer: Any, **changes: Any) -> dict[str, Any]:
    value = {
        "kind": "invoice",
        "customer_id": customer,
        "date": "2026-11-20",
        "due_date": "2026-11-30",
        "line_items": [{"name": "Work", "quantity": "2", "rate": "50"}],
    }
    return value | changes


def test_import_one_or_many_all_or_none(services: Services, documents: DocumentsController) -> None:
    customer = add_customer(services.database)
    [single] = documents.import_json(invoice_json(customer))
    assert single.number == "INV-000001"
    bad = invoice_json(customer, line_items=[{"name": "x", "rate": "1", "quantity": "-2"}])
    with pytest.raises(ValidationError) as caught:
        documents.import_json([invoice_json(customer), bad])
    assert str(caught.value) == "[1].line_items[0].quantity: must not be negative, got -2"
    with pytest.raises(ValidationError) as unknown:
        documents.import_json([invoice_json(customer), invoice_json(4242)])
    assert unknown.value.field == "[1].customer_id"
    assert [row.number for row in documents.list()] == ["INV-000001"]
    numbers = [d.number for d in documents.import_json([invoice_json(customer)] * 2)]
    assert numbers == ["INV-000002", "INV-000003"]


def test_list_filters(services: Services, documents: DocumentsController, clock: Clock) -> None:
    acme, other = add_customer(services.database), add_customer(services.database, "Other Inc")
    documents.import_json(invoice_json(acme))
    documents.import_json(
        invoice_json(other, kind="estimate", due_date=None, expiry_date="2026-12-31")
    )
    with services.database.session() as session:
        repo.create_document(session, draft(acme), NOW, potential=repo.PotentialLink("D-7", "Deal"))
    assert [r.number for r in documents.list(customer_id=other)] == ["EST-000001"]
    assert [r.number for r in documents.list(kind=DocumentKind.INVOICE)] == [
        "INV-000001",
        "INV-000002",
    ]
    assert [r.number for r in documents.list(potential_crm_id="D-7")] == ["INV-000002"]
    assert [r.number for r in documents.list(text="other")] == ["EST-000001"]
    documents.set_status("INV-000001", "sent")
    clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert [r.number for r in documents.list(status=S.OVERDUE)] == ["INV-000001"]
    assert documents.get("inv-000001").status is S.OVERDUE
    documents.pay("INV-000001", "100.00", date(2026, 12, 1), "card")
    assert documents.list(status=S.OVERDUE) == []
    clock.now = datetime(2027, 1, 1, tzinfo=UTC)
    assert documents.get("EST-000001").status is S.EXPIRED


def test_status_convert_pay_and_history(services: Services, documents: DocumentsController) -> None:
    customer = add_customer(services.database)
    documents.import_json(invoice_json(customer, kind="estimate", due_date=None))
    with pytest.raises(ValidationError, match="status"):
        documents.set_status("EST-000001", "paid")
    documents.set_status("EST-000001", "sent")
    invoice = documents.convert("EST-000001")
    with pytest.raises(ConflictError, match="converted"):
        documents.convert("EST-000001")
    paid = documents.pay(invoice.number, Decimal("30"), mode="cash", reference="R-1")
    assert (paid.status, paid.balance) == (S.PARTIALLY_PAID, Decimal("70.00"))
    assert [p.amount for p in documents.payments(customer_id=customer)] == [Decimal("30")]
    assert [p.reference for p in documents.payments(invoice.number)] == ["R-1"]
    with pytest.raises(ValidationError, match="amount"):
        documents.pay(invoice.number, "lots")
    assert [e.action for e in documents.history(invoice.number)] == [
        "created",
        "converted",
        "status:sent",
        "payment",
    ]
    with pytest.raises(NotFoundError):
        documents.history("INV-404")


def test_organization_profile_and_defaults(
    services: Services, documents: DocumentsController
) -> None:
    customer = add_customer(services.database)
    profile = OrganizationProfile(
        name="Shop",
        address=Address("1 Road", "Town"),
        currency_code="EUR",
        tax_rounding=TaxRounding.DOCUMENT,
    )
    assert services.settings.save(SettingsChange(organization=profile)).organization == profile
    created = documents.create(draft(customer))
    assert (created.currency_code, created.pricing.tax_rounding) == ("EUR", TaxRounding.DOCUMENT)
    documents.set_number_series(DocumentKind.ESTIMATE, "Q-", 3)
    assert documents.create(draft(customer, DocumentKind.ESTIMATE)).number == "Q-001"


def test_save_pdf(services: Services, documents: DocumentsController, tmp_path: Path) -> None:
    number = documents.create(draft(add_customer(services.database))).number
    target = tmp_path / "out.pdf"
    documents.save_pdf(number, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.read_bytes() == documents.render_pdf(number)
