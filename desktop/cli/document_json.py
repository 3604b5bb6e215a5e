"""The contract's JSON of documents and payments: every amount a string at the currency's precision."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop.cli.output import address_json
from desktop.domain.documents import (
    Document,
    DocumentKind,
    DocumentSummary,
    Payment,
    PotentialLink,
)
from desktop.domain.money import ZERO, format_money


def _potential(link: PotentialLink | None) -> dict[str, str] | None:
    return {"crm_id": link.crm_id, "name": link.name} if link else None


def _plain(value: Decimal) -> str:
    """Return a quantity or rate as entered, without exponent ("10", "9.975")."""
    return format(value, "f")


def document_json(document: Document) -> dict[str, Any]:
    """Return the contract's document object (`documents show`)."""
    currency = document.currency_code

    def money(value: Decimal) -> str:
        return format_money(value, currency)

    pricing = document.pricing
    return {
        "number": document.number,
        "kind": document.kind.value,
        "status": document.status.value,
        "customer_id": document.customer_id,
        "customer_name": document.customer_name,
        "billing_address": address_json(document.billing_address),
        "date": document.date.isoformat(),
        "due_date": document.due_date.isoformat() if document.due_date else None,
        "reference": document.reference,
        "currency_code": currency,
        "potential": _potential(document.potential),
        "managed_by_workflow": document.managed_by_workflow,
        "is_inclusive_tax": pricing.is_inclusive_tax,
        "tax_rounding": pricing.tax_rounding.value,
        "discount": str(pricing.discount) if pricing.discount else None,
        "is_discount_before_tax": pricing.is_discount_before_tax,
        "line_items": [
            {
                "name": line.name,
                "description": line.description,
                "quantity": _plain(line.quantity),
                "rate": _plain(line.rate),
                "discount": str(line.discount) if line.discount else None,
                "amount": money(line.amount),
                "taxes": [
                    {
                        "name": tax.name,
                        "rate": _plain(tax.rate),
                        "compound": tax.compound,
                        "amount": money(tax.amount),
                    }
                    for tax in line.taxes
                ],
            }
            for line in document.line_items
        ],
        "sub_total": money(document.sub_total),
        "discount_total": money(document.discount_total),
        "taxes": [
            {
                "name": t.name,
                "rate": _plain(t.rate),
                "compound": t.compound,
                "amount": money(t.amount),
            }
            for t in document.taxes
        ],
        "tax_total": money(document.tax_total),
        "shipping_charge": money(pricing.shipping_charge),
        "adjustment": money(pricing.adjustment),
        "total": money(document.total),
        "paid": money(document.paid),
        "balance": money(document.balance),
        "notes": document.notes,
        "terms": document.terms,
        "converted_from": document.converted_from,
        "converted_to": document.converted_to,
        "payments": [payment_json(p) for p in document.payments],
        **_credit_fields(document),
        "tax_exemption_reason": document.tax_exemption_reason,
        "history": [
            {
                "at": e.at.isoformat(),
                "action": e.action,
                "message": e.message,
                "automatic": e.automatic,
            }
            for e in document.events
        ],
    }


def _credit_fields(document: Document) -> dict[str, Any]:
    """Return the credit keys: `credits_applied` on invoices; `invoice`, applied and refunded on
    credit notes; each with the applications (and refunds) behind them."""
    currency = document.currency_code
    applications = [
        {
            "id": a.id,
            "credit_note": a.credit_note_number,
            "invoice": a.invoice_number,
            "amount": format_money(a.amount, currency),
            "date": a.date.isoformat(),
        }
        for a in document.credit_applications
    ]
    if document.kind is DocumentKind.INVOICE:
        return {
            "credits_applied": format_money(document.credited, currency),
            "credit_applications": applications,
        }
    if document.kind is not DocumentKind.CREDIT_NOTE:
        return {}
    applied = sum((a.amount for a in document.credit_applications), ZERO)
    refunded = sum((r.amount for r in document.refunds), ZERO)
    return {
        "invoice": document.credited_invoice,
        "credits_used": format_money(applied, currency),
        "refunded": format_money(refunded, currency),
        "credit_applications": applications,
        "refunds": [
            {
                "id": r.id,
                "amount": format_money(r.amount, currency),
                "date": r.date.isoformat(),
                "mode": r.mode,
                "reference": r.reference,
            }
            for r in document.refunds
        ],
    }


def summary_json(row: DocumentSummary) -> dict[str, Any]:
    """Return one row of `documents --json`."""
    return {
        "number": row.number,
        "kind": row.kind.value,
        "status": row.status.value,
        "customer_id": row.customer_id,
        "customer_name": row.customer_name,
        "date": row.date.isoformat(),
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "currency_code": row.currency_code,
        "total": format_money(row.total, row.currency_code),
        "balance": format_money(row.balance, row.currency_code),
        "potential": _potential(row.potential),
        "managed_by_workflow": row.managed_by_workflow,
    }


def payment_json(payment: Payment) -> dict[str, Any]:
    """Return one payment object."""
    return {
        "id": payment.id,
        "document_number": payment.document_number,
        "customer_id": payment.customer_id,
        "amount": format_money(payment.amount, payment.currency_code),
        "currency_code": payment.currency_code,
        "date": payment.date.isoformat(),
        "mode": payment.mode,
        "reference": payment.reference,
    }
