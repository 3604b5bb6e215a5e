"""The credit note rules, pure: applying, refunding, and the history line of a removed payment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.credits import (
    Side,
    check_application,
    check_credited_invoice,
    check_refund,
    payment_removed_message,
)
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.lifecycle import (
    DocumentKind,
    DocumentStatus,
    check_status_change,
    status_after_use,
)

S = DocumentStatus
CREDIT = Side("CN-1", DocumentKind.CREDIT_NOTE, S.OPEN, 1, "USD", Decimal("100.00"))
INVOICE = Side("INV-1", DocumentKind.INVOICE, S.SENT, 1, "USD", Decimal("60.00"))


def side(base: Side, **changes: object) -> Side:
    return Side(**({f: getattr(base, f) for f in Side.__slots__} | changes))  # type: ignore[arg-type]


def test_a_credit_may_use_exactly_what_is_left_on_both_sides() -> None:
    check_application(CREDIT, INVOICE, Decimal("60.00"))
    check_refund(CREDIT, Decimal("100"))


@pytest.mark.parametrize(
    ("credit", "invoice", "amount", "reason"),
    [
        (CREDIT, INVOICE, "60.01", "more than the 60.00 due on INV-1"),
        (side(CREDIT, balance=Decimal(50)), INVOICE, "50.01", "more than the 50.00 left on CN-1"),
        (CREDIT, side(INVOICE, customer_id=2), "1", "different customers"),
        (CREDIT, side(INVOICE, currency_code="EUR"), "1", "own currency"),
        (side(CREDIT, status=S.VOID), INVOICE, "1", "CN-1 is void"),
        (side(CREDIT, status=S.CLOSED), INVOICE, "1", "CN-1 is closed"),
        (CREDIT, side(INVOICE, status=S.VOID), "1", "INV-1 is void"),
        (CREDIT, side(INVOICE, kind=DocumentKind.ESTIMATE), "1", "not an invoice"),
        (side(INVOICE), INVOICE, "1", "not a credit note"),
    ],
)
def test_applications_that_are_refused_say_why(
    credit: Side, invoice: Side, amount: str, reason: str
) -> None:
    with pytest.raises(ConflictError, match=reason):
        check_application(credit, invoice, Decimal(amount))


@pytest.mark.parametrize(
    ("amount", "problem"),
    [("0", "more than zero"), ("-1", "more than zero"), ("0.001", "decimals")],
)
def test_bad_amounts_name_the_field(amount: str, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem) as caught:
        check_refund(CREDIT, Decimal(amount))
    assert caught.value.field == "amount"


def test_a_credit_note_closes_when_all_of_it_is_used_and_is_void_only_unused() -> None:
    assert status_after_use(Decimal(100), Decimal("99.99")) is S.OPEN
    assert status_after_use(Decimal(100), Decimal(100)) is S.CLOSED
    check_status_change(DocumentKind.CREDIT_NOTE, S.OPEN, S.VOID, Decimal(0))
    with pytest.raises(ConflictError, match="cannot be voided"):
        check_status_change(DocumentKind.CREDIT_NOTE, S.OPEN, S.VOID, Decimal("0.01"))
    with pytest.raises(ConflictError, match="closes when all of it"):
        check_status_change(DocumentKind.CREDIT_NOTE, S.OPEN, S.CLOSED, Decimal(0))
    with pytest.raises(ConflictError, match="A credit note cannot be sent"):
        check_status_change(DocumentKind.CREDIT_NOTE, S.OPEN, S.SENT, Decimal(0))


def test_the_credited_invoice_must_be_the_customers_in_the_same_currency() -> None:
    check_credited_invoice(1, "USD", INVOICE)
    for invoice, problem in (
        (side(INVOICE, customer_id=2), "another customer"),
        (side(INVOICE, currency_code="EUR"), "is in EUR"),
        (side(INVOICE, kind=DocumentKind.ESTIMATE), "not an invoice"),
    ):
        with pytest.raises(ValidationError, match=problem) as caught:
            check_credited_invoice(1, "USD", invoice)
        assert caught.value.field == "invoice"


def test_a_removed_payment_is_told_at_the_currency_precision() -> None:
    message = payment_removed_message(Decimal(200), "USD", date(2026, 12, 1))
    assert "payment of 200.00 on 2026-12-01 removed" in message
    assert "payment of 5 on" in payment_removed_message(Decimal(5), "JPY", date(2026, 12, 1))
