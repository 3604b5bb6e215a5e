"""Credit notes and payments as pure rules: what may be applied, refunded or removed, and why not.

A credit note is money owed to a customer. Part of it may be applied to invoices of the same
customer and currency (lowering their balance) or refunded; neither may exceed what is left on
the credit note, and an application may not exceed what is left on the invoice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.money import ZERO, currency_precision, decimal_places, format_money

S = DocumentStatus


@dataclass(frozen=True, slots=True)
class Side:
    """What the rules need of a credit note or an invoice: who, which currency, what is left."""

    number: str
    kind: DocumentKind
    status: DocumentStatus  # the stored status
    customer_id: int
    currency_code: str
    balance: Decimal


@dataclass(frozen=True, slots=True)
class CreditApplication:
    """Part of a credit note applied to an invoice."""

    id: int
    credit_note_number: str
    invoice_number: str
    amount: Decimal
    currency_code: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class Refund:
    """Money paid back from a credit note."""

    id: int
    credit_note_number: str
    amount: Decimal
    currency_code: str
    date: dt.date
    mode: str | None
    reference: str | None


def check_amount(amount: Decimal, currency_code: str, field: str = "amount") -> None:
    """Refuse zero, negative amounts and more decimals than the currency has (ValidationError)."""
    if amount <= ZERO:
        raise ValidationError(field, f"must be more than zero, got {amount}")
    if decimal_places(amount) > currency_precision(currency_code):
        raise ValidationError(field, f"{amount} has more decimals than {currency_code} allows")


def check_application(credit: Side, invoice: Side, amount: Decimal) -> None:
    """Return if `amount` of the credit note may be applied to the invoice; raise saying why not."""
    _check_credit_usable(credit)
    if invoice.kind is not DocumentKind.INVOICE:
        raise ConflictError(f"{invoice.number} is not an invoice; credits apply to invoices.")
    if invoice.status in (S.VOID, S.PAID):
        raise ConflictError(f"{invoice.number} is {invoice.status.value}; no credit can apply.")
    if invoice.customer_id != credit.customer_id:
        raise ConflictError(f"{credit.number} and {invoice.number} belong to different customers.")
    if invoice.currency_code != credit.currency_code:
        raise ConflictError(
            f"{credit.number} is in {credit.currency_code} and {invoice.number} in "
            f"{invoice.currency_code}; a credit applies only in its own currency."
        )
    check_amount(amount, credit.currency_code)
    _check_within(amount, credit, "left on")
    _check_within(amount, invoice, "due on")


def check_refund(credit: Side, amount: Decimal) -> None:
    """Return if `amount` of the credit note may be refunded; raise saying why not."""
    _check_credit_usable(credit)
    check_amount(amount, credit.currency_code)
    _check_within(amount, credit, "left on")


def check_credited_invoice(credit_customer_id: int, credit_currency: str, invoice: Side) -> None:
    """Return if a credit note may say it is for this invoice; raise ValidationError if not."""
    if invoice.kind is not DocumentKind.INVOICE:
        raise ValidationError("invoice", f"{invoice.number} is not an invoice")
    if invoice.customer_id != credit_customer_id:
        raise ValidationError("invoice", f"{invoice.number} belongs to another customer")
    if invoice.currency_code != credit_currency:
        raise ValidationError(
            "invoice", f"{invoice.number} is in {invoice.currency_code}, not {credit_currency}"
        )


def _check_credit_usable(credit: Side) -> None:
    if credit.kind is not DocumentKind.CREDIT_NOTE:
        raise ConflictError(f"{credit.number} is not a credit note.")
    if credit.status is not S.OPEN:
        raise ConflictError(f"{credit.number} is {credit.status.value}; nothing of it can be used.")


def _check_within(amount: Decimal, side: Side, what: str) -> None:
    if amount > side.balance:
        money = format_money(side.balance, side.currency_code)
        raise ConflictError(
            f"{format_money(amount, side.currency_code)} is more than the {money} {what} "
            f"{side.number}."
        )


def payment_removed_message(amount: Decimal, currency_code: str, day: dt.date) -> str:
    """Return the history line of a deleted payment ("… payment of 200.00 on 2026-12-01 removed")."""
    return f"Undone: payment of {format_money(amount, currency_code)} on {day} removed."
