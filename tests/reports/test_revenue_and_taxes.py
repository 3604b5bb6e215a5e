"""Revenue by period and the tax summary against figures computed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.cli.reports_cmd import revenue_json, taxes_json
from desktop.controllers.documents import DocumentsController
from desktop.controllers.reports import ReportsController
from desktop.controllers.services import Services
from desktop.domain.errors import ValidationError
from desktop.domain.reports import Grouping
from tests.document_helpers import add_customer
from tests.reports.conftest import VAT, Book, Clock, invoice, sent


def test_revenue_by_month_quarter_and_year(book: Book) -> None:
    # Invoiced: issued invoices by date, less the credit note (11-05); void and draft left out.
    # Collected: payments by payment date (the refund is not a payment).
    assert revenue_json(book.reports.revenue())["periods"] == [
        {"period": "2026-08", "currency": "USD", "invoiced": "330.00", "collected": "0.00"},
        {"period": "2026-09", "currency": "USD", "invoiced": "146.00", "collected": "0.00"},
        {"period": "2026-10", "currency": "USD", "invoiced": "360.00", "collected": "0.00"},
        {"period": "2026-11", "currency": "EUR", "invoiced": "1200.00", "collected": "200.00"},
        {"period": "2026-11", "currency": "USD", "invoiced": "40.00", "collected": "190.00"},
    ]
    assert revenue_json(book.reports.revenue(grouping=Grouping.QUARTER))["periods"] == [
        {"period": "2026-Q3", "currency": "USD", "invoiced": "476.00", "collected": "0.00"},
        {"period": "2026-Q4", "currency": "EUR", "invoiced": "1200.00", "collected": "200.00"},
        {"period": "2026-Q4", "currency": "USD", "invoiced": "400.00", "collected": "190.00"},
    ]
    assert revenue_json(book.reports.revenue(grouping=Grouping.YEAR))["periods"] == [
        {"period": "2026", "currency": "EUR", "invoiced": "1200.00", "collected": "200.00"},
        {"period": "2026", "currency": "USD", "invoiced": "876.00", "collected": "190.00"},
    ]


def test_revenue_of_a_period_includes_both_ends(book: Book) -> None:
    lines = book.reports.revenue(date(2026, 10, 1), date(2026, 11, 10))
    assert [(x.period, x.currency_code, x.invoiced, x.collected) for x in lines] == [
        ("2026-10", "USD", Decimal("360"), Decimal("0")),
        ("2026-11", "EUR", Decimal("1200"), Decimal("0")),
        ("2026-11", "USD", Decimal("40"), Decimal("40")),  # INV-6 150 less CN 110; 40 on 11-10
    ]
    with pytest.raises(ValidationError, match="from: 2026-11-02 is after to"):
        book.reports.revenue(date(2026, 11, 2), date(2026, 11, 1))


def test_tax_summary_nets_credit_notes_per_rate_and_currency(book: Book) -> None:
    assert taxes_json(book.reports.taxes(), None, None)["taxes"] == [
        # 300 at 10% less the credit note's 100 at 10%.
        {"name": "Reduced", "rate": "10", "currency": "USD", "taxable": "200.00", "tax": "20.00"},
        {"name": "VAT", "rate": "20", "currency": "EUR", "taxable": "1000.00", "tax": "200.00"},
        # INV-1 100, INV-2 200, INV-8 80; the void invoice had no tax and counts for nothing.
        {"name": "VAT", "rate": "20", "currency": "USD", "taxable": "380.00", "tax": "76.00"},
    ]
    november = taxes_json(book.reports.taxes(date(2026, 11, 1), date(2026, 11, 30)), None, None)
    assert [(t["name"], t["currency"], t["taxable"], t["tax"]) for t in november["taxes"]] == [
        ("Reduced", "USD", "-100.00", "-10.00"),
        ("VAT", "EUR", "1000.00", "200.00"),
    ]


def test_taxable_amounts_leave_out_included_taxes_and_before_tax_discounts(
    services: Services,
) -> None:
    customer = add_customer(services.database, "Shop")
    clock = Clock(date(2026, 11, 1))
    documents = DocumentsController(services.database, clock)
    inclusive = invoice(customer, "2026-11-01", "2026-11-30", "120", VAT, is_inclusive_tax=True)
    discounted = invoice(customer, "2026-11-01", "2026-11-30", "100", VAT, discount="30")
    discounted["line_items"].append({"name": "Untaxed", "rate": "50", "taxes": []})
    compound = invoice(customer, "2026-11-02", "2026-11-30", "100", VAT, discount="10%")
    sent(documents, inclusive, discounted, compound)
    # Inclusive: 120 holds 100 + 20 of VAT. Discounted: the 30 is spread 20/10 over the lines
    # (100 and 50), so VAT is charged on 80 (16.00). Ten per cent off 100: 90, VAT 18.
    [line] = ReportsController(services.database, clock).taxes()
    assert (line.name, line.taxable, line.tax) == ("VAT", Decimal("270.00"), Decimal("54.00"))
