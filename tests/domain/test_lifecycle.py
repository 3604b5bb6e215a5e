"""Every status move of both kinds, allowed or refused with a reason; derived statuses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.lifecycle import (
    STATUSES,
    DocumentKind,
    DocumentStatus,
    check_convertible,
    check_editable,
    check_payment,
    check_status_change,
    effective_status,
    parse_status,
    status_after_payment,
)

EST, INV = DocumentKind.ESTIMATE, DocumentKind.INVOICE
S = DocumentStatus
STORED = {
    EST: [S.DRAFT, S.SENT, S.ACCEPTED, S.DECLINED, S.INVOICED],
    INV: [S.DRAFT, S.SENT, S.PARTIALLY_PAID, S.PAID, S.VOID],
}
# Written out independently of the implementation's table: what "set status" may do.
ALLOWED = {
    (EST, S.DRAFT, S.SENT),
    (EST, S.DRAFT, S.ACCEPTED),
    (EST, S.DRAFT, S.DECLINED),
    (EST, S.SENT, S.ACCEPTED),
    (EST, S.SENT, S.DECLINED),
    (EST, S.ACCEPTED, S.DECLINED),
    (EST, S.DECLINED, S.ACCEPTED),
    (INV, S.DRAFT, S.SENT),
    (INV, S.DRAFT, S.VOID),
    (INV, S.SENT, S.VOID),
}
MOVES = [(kind, old, new) for kind in (EST, INV) for old in STORED[kind] for new in STATUSES[kind]]


@pytest.mark.parametrize(("kind", "old", "new"), MOVES, ids=lambda v: str(v))
def test_every_move(kind: DocumentKind, old: DocumentStatus, new: DocumentStatus) -> None:
    paid = Decimal("5.00") if old in (S.PARTIALLY_PAID, S.PAID) else Decimal(0)
    if (kind, old, new) in ALLOWED:
        check_status_change(kind, old, new, paid)
        return
    with pytest.raises(ConflictError) as caught:
        check_status_change(kind, old, new, paid)
    assert caught.value.message.endswith(".")
    assert len(caught.value.message) > 20


@pytest.mark.parametrize(
    ("kind", "old", "new", "reason"),
    [
        (INV, S.PARTIALLY_PAID, S.VOID, "with payments cannot be voided"),
        (INV, S.PAID, S.VOID, "it is paid"),
        (INV, S.VOID, S.SENT, "it is void"),
        (INV, S.SENT, S.PAID, "record a payment"),
        (INV, S.SENT, S.OVERDUE, "follows from the due date"),
        (INV, S.SENT, S.DRAFT, "cannot go from sent to draft"),
        (EST, S.SENT, S.EXPIRED, "follows from the expiry date"),
        (EST, S.ACCEPTED, S.INVOICED, "converting"),
        (EST, S.INVOICED, S.DECLINED, "converted into an invoice"),
        (EST, S.SENT, S.SENT, "already sent"),
    ],
)
def test_refusals_say_why(
    kind: DocumentKind, old: DocumentStatus, new: DocumentStatus, reason: str
) -> None:
    paid = Decimal("1") if old in (S.PARTIALLY_PAID, S.PAID) else Decimal(0)
    with pytest.raises(ConflictError, match=reason):
        check_status_change(kind, old, new, paid)


def test_a_sent_invoice_with_a_payment_cannot_be_voided() -> None:
    with pytest.raises(ConflictError, match="payments"):
        check_status_change(INV, S.SENT, S.VOID, Decimal("0.01"))


def test_statuses_of_the_other_kind_are_refused() -> None:
    with pytest.raises(ConflictError, match="cannot be accepted"):
        check_status_change(INV, S.SENT, S.ACCEPTED, Decimal(0))


TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("kind", "stored", "due", "balance", "expected"),
    [
        (INV, S.SENT, date(2026, 11, 24), "1.00", S.OVERDUE),
        (INV, S.PARTIALLY_PAID, date(2026, 11, 24), "1.00", S.OVERDUE),
        (INV, S.SENT, TODAY, "1.00", S.SENT),  # due today is not overdue yet
        (INV, S.SENT, None, "1.00", S.SENT),
        (INV, S.SENT, date(2026, 11, 1), "0.00", S.SENT),  # nothing to pay (a 0.00 invoice)
        (INV, S.DRAFT, date(2026, 11, 1), "1.00", S.DRAFT),
        (INV, S.PAID, date(2026, 11, 1), "0.00", S.PAID),
        (INV, S.VOID, date(2026, 11, 1), "1.00", S.VOID),
        (EST, S.SENT, date(2026, 11, 24), "1.00", S.EXPIRED),
        (EST, S.DRAFT, date(2026, 11, 24), "1.00", S.EXPIRED),
        (EST, S.SENT, None, "1.00", S.SENT),
        (EST, S.ACCEPTED, date(2026, 11, 24), "1.00", S.ACCEPTED),
        (EST, S.INVOICED, date(2026, 11, 24), "1.00", S.INVOICED),
    ],
)
def test_overdue_and_expired_are_derived_from_dates(
    kind: DocumentKind,
    stored: DocumentStatus,
    due: date | None,
    balance: str,
    expected: DocumentStatus,
) -> None:
    assert effective_status(kind, stored, due, Decimal(balance), TODAY) is expected


def test_an_overdue_invoice_can_be_voided_because_it_is_stored_as_sent() -> None:
    check_status_change(INV, S.SENT, S.VOID, Decimal(0))


@pytest.mark.parametrize("status", [S.VOID, S.PAID, S.INVOICED])
def test_void_paid_and_invoiced_documents_cannot_be_edited(status: DocumentStatus) -> None:
    kind = EST if status is S.INVOICED else INV
    with pytest.raises(ConflictError, match="cannot be edited"):
        check_editable(kind, status)


@pytest.mark.parametrize("status", [S.DRAFT, S.SENT, S.PARTIALLY_PAID])
def test_draft_sent_and_partially_paid_invoices_can_be_edited(status: DocumentStatus) -> None:
    check_editable(INV, status)


def test_only_sent_or_accepted_estimates_convert() -> None:
    check_convertible(EST, S.SENT)
    check_convertible(EST, S.ACCEPTED)
    for status in (S.DRAFT, S.DECLINED, S.INVOICED):
        with pytest.raises(ConflictError, match="sent or accepted"):
            check_convertible(EST, status)
    with pytest.raises(ConflictError, match="Only an estimate"):
        check_convertible(INV, S.SENT)


def test_payment_rules() -> None:
    check_payment(INV, S.SENT, Decimal("2.73"), Decimal("2.73"))
    check_payment(INV, S.DRAFT, Decimal("1"), Decimal("2.73"))
    refused = [
        (INV, S.SENT, "2.74", "more than the balance"),
        (INV, S.SENT, "0", "more than zero"),
        (INV, S.VOID, "1", "is void"),
        (INV, S.PAID, "1", "is paid"),
        (EST, S.SENT, "1", "not estimates"),
    ]
    for kind, status, amount, reason in refused:
        with pytest.raises(ConflictError, match=reason):
            check_payment(kind, status, Decimal(amount), Decimal("2.73"))


def test_status_after_payment() -> None:
    assert status_after_payment(Decimal("2.73"), Decimal("1.00")) is S.PARTIALLY_PAID
    assert status_after_payment(Decimal("2.73"), Decimal("2.73")) is S.PAID
    assert status_after_payment(Decimal("2.73"), Decimal("0")) is S.SENT


def test_parse_status() -> None:
    assert parse_status(INV, "Partially Paid") is S.PARTIALLY_PAID
    assert parse_status(None, "expired") is S.EXPIRED
    with pytest.raises(ValidationError) as caught:
        parse_status(INV, "accepted")
    assert caught.value.field == "status"
