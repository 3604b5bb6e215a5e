"""A customer's statement with running balances, and its PDF read back."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.cli.reports_cmd import statement_json
from desktop.domain.errors import NotFoundError
from tests.reports.conftest import Book


def test_statement_lists_documents_payments_credits_and_refunds_in_date_order(book: Book) -> None:
    assert statement_json(book.reports.statement(book.initech)) == {
        "customer": {"id": book.initech, "name": "Initech"},
        "currency": "USD",
        "entries": [
            {"date": "2026-08-01", "kind": "invoice", "number": "INV-000007", "currency": "USD",
             "amount": "330.00", "balance": "330.00"},
            {"date": "2026-09-15", "kind": "invoice", "number": "INV-000008", "currency": "USD",
             "amount": "96.00", "balance": "426.00"},
            {"date": "2026-11-05", "kind": "credit_note", "number": "CN-000001", "currency": "USD",
             "amount": "-110.00", "balance": "316.00"},
            {"date": "2026-11-25", "kind": "refund", "number": "CN-000001", "currency": "USD",
             "amount": "20.00", "balance": "336.00"},
        ],
        "balance": "336.00",
        "balances": {"USD": "336.00"},
    }  # fmt: skip
    acme = statement_json(book.reports.statement(book.acme))
    assert [(e["date"], e["number"], e["amount"], e["balance"]) for e in acme["entries"]] == [
        ("2026-09-01", "INV-000003", "50.00", "50.00"),
        ("2026-10-01", "INV-000001", "120.00", "170.00"),
        ("2026-10-15", "INV-000002", "240.00", "410.00"),
        ("2026-11-03", "INV-000006", "150.00", "560.00"),
        ("2026-11-10", "INV-000002", "-40.00", "520.00"),
        ("2026-11-25", "INV-000006", "-150.00", "370.00"),
    ]
    # The statement's balance is what the aging says the customer owes.
    assert acme["balance"] == "370.00"


def test_statement_pdf_holds_every_entry_and_the_balance(book: Book) -> None:
    reader = PdfReader(io.BytesIO(book.reports.statement_pdf(book.acme)))
    content = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Statement",
        "Acme Ltd",
        "INV-000006",
        "-150.00",
        "Balance due (USD)",
        "$370.00",
    ):
        assert expected in content


def test_statement_of_an_unknown_customer_says_so(book: Book) -> None:
    with pytest.raises(NotFoundError, match="no customer with id 999"):
        book.reports.statement(999)
