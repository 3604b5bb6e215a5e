"""Receivables aging against figures computed by hand (see conftest's book)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.cli.reports_cmd import aging_json
from tests.reports.conftest import Book


def buckets(*values: str) -> dict[str, str]:
    return dict(zip(("current", "1-30", "31-60", "61-90", "over-90"), values, strict=True))


def test_aging_today_in_two_currencies_with_boundaries_payments_and_credits(book: Book) -> None:
    report = book.reports.aging()
    # INV-000001 is due today (current), INV-000002 exactly 30 days late (1-30, 240 − 40 paid),
    # INV-000003 exactly 31 days late (31-60). Initech: 330 − 60 credited is 91 days late,
    # 96 is 61 days late, and the 30 left on CN-000001 (110 − 60 applied − 20 refunded) lowers
    # current. The void, draft and paid invoices count for nothing.
    assert aging_json(report) == {
        "as_of": "2026-12-01",
        "currencies": {
            "EUR": {
                "total": "1000.00",
                "buckets": buckets("0.00", "1000.00", "0.00", "0.00", "0.00"),
                "customers": [
                    {
                        "id": book.globex,
                        "name": "Globex GmbH",
                        "total": "1000.00",
                        "buckets": buckets("0.00", "1000.00", "0.00", "0.00", "0.00"),
                    }
                ],
            },
            "USD": {
                "total": "706.00",
                "buckets": buckets("90.00", "200.00", "50.00", "96.00", "270.00"),
                "customers": [
                    {
                        "id": book.acme,
                        "name": "Acme Ltd",
                        "total": "370.00",
                        "buckets": buckets("120.00", "200.00", "50.00", "0.00", "0.00"),
                    },
                    {
                        "id": book.initech,
                        "name": "Initech",
                        "total": "336.00",
                        "buckets": buckets("-30.00", "0.00", "0.00", "96.00", "270.00"),
                    },
                ],
            },
        },
    }
    assert report.overdue_invoices() == 5  # INV-2, 3, 7, 8 and 9
    assert report.overdue_in("USD") == Decimal("616.00")


def test_aging_as_of_an_earlier_day_adds_back_later_payments_credits_and_refunds(
    book: Book,
) -> None:
    report = aging_json(book.reports.aging(date(2026, 11, 21)))
    usd = report["currencies"]["USD"]
    # INV-000006 (paid 11-25) was open and 1 day late; INV-000003 21 days; the refund of 11-25
    # had not happened, so 50 of the credit note was left.
    assert [(c["name"], c["total"], c["buckets"]) for c in usd["customers"]] == [
        ("Acme Ltd", "520.00", buckets("120.00", "400.00", "0.00", "0.00", "0.00")),
        ("Initech", "316.00", buckets("-50.00", "0.00", "96.00", "270.00", "0.00")),
    ]
    assert report["currencies"]["EUR"]["buckets"] == buckets(
        "1200.00", "0.00", "0.00", "0.00", "0.00"
    )

    before_credit = aging_json(book.reports.aging(date(2026, 11, 19)))["currencies"]["USD"]
    initech = before_credit["customers"][1]
    assert (initech["total"], initech["buckets"]) == (
        "316.00",
        buckets("-110.00", "0.00", "96.00", "330.00", "0.00"),
    )


def test_aging_before_the_first_document_is_empty(book: Book) -> None:
    assert aging_json(book.reports.aging(date(2026, 7, 31))) == {
        "as_of": "2026-07-31",
        "currencies": {},
    }
