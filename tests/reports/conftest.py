"""One book of documents for every report test, written through the documents controller with a
clock moved day by day, so payments and credits carry the dates the hand-computed figures use.

USD, Acme: INV-000001 120.00 due 2026-12-01; INV-000002 240.00 due 2026-11-01, 40.00 paid
2026-11-10; INV-000003 50.00 due 2026-10-31; INV-000004 (void) 1000.00; INV-000005 (draft) 500.00;
INV-000006 150.00 due 2026-11-20, paid in full 2026-11-25.
USD, Initech: INV-000007 330.00 (10% Reduced) due 2026-09-01; INV-000008 96.00 due 2026-10-01;
CN-000001 110.00 (10% Reduced) dated 2026-11-05, 60.00 applied to INV-000007 on 2026-11-20,
20.00 refunded 2026-11-25.
EUR, Globex: INV-000009 1200.00 due 2026-11-30, 200.00 paid 2026-11-28.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

import pytest

from desktop.controllers.documents import DocumentsController
from desktop.controllers.reports import ReportsController
from desktop.controllers.services import Services
from tests.document_helpers import add_customer

TODAY = date(2026, 12, 1)


class Clock:
    """A clock the test moves; controllers read it for "today"."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> datetime:
        return datetime.combine(self.day, time(10, 0), tzinfo=UTC)


@dataclass(frozen=True)
class Book:
    """The customers of the scenario and controllers reading it on a given day."""

    acme: int
    initech: int
    globex: int
    documents: DocumentsController
    reports: ReportsController
    clock: Clock


VAT = {"name": "VAT", "rate": "20"}
REDUCED = {"name": "Reduced", "rate": "10"}


def invoice(
    customer: int, day: str, due: str, rate: str, *taxes: dict[str, str], **fields: Any
) -> dict[str, Any]:
    """Return an import object of one line."""
    line = {"name": "Work", "rate": rate, "taxes": list(taxes)}
    return {
        "kind": "invoice",
        "customer_id": customer,
        "date": day,
        "due_date": due,
        "line_items": [line],
    } | fields


def sent(documents: DocumentsController, *values: dict[str, Any]) -> list[str]:
    """Import documents and mark every invoice sent; return their numbers."""
    numbers = [d.number for d in documents.import_json(list(values))]
    for number in numbers:
        if number.startswith("INV"):
            documents.set_status(number, "sent")
    return numbers


@pytest.fixture
def book(services: Services) -> Book:
    """Return the scenario of the module docstring, with the clock at 2026-12-01."""
    return make_book(services)


def make_book(services: Services) -> Book:
    """Write the scenario of the module docstring; return it with the clock at 2026-12-01."""
    acme = add_customer(services.database, "Acme Ltd", currency_code="USD")
    initech = add_customer(services.database, "Initech", currency_code="USD")
    globex = add_customer(services.database, "Globex GmbH", currency_code="EUR")
    clock = Clock(date(2026, 11, 1))
    documents = DocumentsController(services.database, clock)
    sent(
        documents,
        invoice(acme, "2026-10-01", "2026-12-01", "100", VAT),
        invoice(acme, "2026-10-15", "2026-11-01", "200", VAT),
        invoice(acme, "2026-09-01", "2026-10-31", "50"),
        invoice(acme, "2026-11-02", "2026-11-30", "1000"),
    )
    documents.set_status("INV-000004", "void")
    documents.import_json(invoice(acme, "2026-11-02", "2026-11-30", "500"))  # stays a draft
    sent(
        documents,
        invoice(acme, "2026-11-03", "2026-11-20", "150"),
        invoice(initech, "2026-08-01", "2026-09-01", "300", REDUCED),
        invoice(initech, "2026-09-15", "2026-10-01", "80", VAT),
        invoice(globex, "2026-11-10", "2026-11-30", "1000", VAT, currency_code="EUR"),
    )
    credit = {
        "kind": "credit_note",
        "customer_id": initech,
        "date": "2026-11-05",
        "invoice": "INV-000007",
        "line_items": [{"name": "Goodwill", "rate": "100", "taxes": [REDUCED]}],
    }
    assert sent(documents, credit) == ["CN-000001"]
    documents.pay("INV-000002", "40", date(2026, 11, 10))
    clock.day = date(2026, 11, 20)
    documents.apply_credit("CN-000001", "INV-000007", "60")
    documents.pay("INV-000006", "150", date(2026, 11, 25))
    documents.refund("CN-000001", "20", date(2026, 11, 25))
    documents.pay("INV-000009", "200", date(2026, 11, 28))
    clock.day = TODAY
    return Book(
        acme, initech, globex, documents, ReportsController(services.database, clock), clock
    )
