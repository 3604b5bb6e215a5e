"""What the PDF prints beyond lines and totals, as plain text: the sender block, a document's
title and credit facts, the customer's exemption, the money rows of payments and credits, the
payment details of the footer, and rates at the currency's precision."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.documents import Document, DocumentKind, OrganizationProfile
from desktop.domain.money import ZERO, currency_precision, decimal_places, round_money

FOOTER_LEADING = 10  # points between the lines of the payment details
FOOTER_SIZE = 8


def sender_lines(organization: OrganizationProfile) -> list[str]:
    """Return the lines under the seller's name: address, tax id, email, phone, website."""
    lines = organization.address.lines()
    if organization.tax_id:
        lines.append(f"Tax ID {organization.tax_id}")
    return lines + organization.contact_lines()


def title(document: Document) -> str:
    """Return the big word at the top: INVOICE, ESTIMATE, CREDIT NOTE."""
    return document.kind.label.upper()


def credit_facts(document: Document) -> list[tuple[str, str]]:
    """Return the facts a credit note adds to the header: the invoice it credits."""
    if document.kind is DocumentKind.CREDIT_NOTE and document.credited_invoice:
        return [("For invoice", document.credited_invoice)]
    return []


def customer_label(document: Document) -> str:
    """Return the label over the customer's name."""
    labels = {DocumentKind.INVOICE: "Bill to", DocumentKind.CREDIT_NOTE: "Credit to"}
    return labels.get(document.kind, "Prepared for")


def exemption_line(document: Document) -> str | None:
    """Return "Tax exempt: reason" when the customer was exempt when the document was written."""
    reason = document.tax_exemption_reason
    return f"Tax exempt: {reason}" if reason else None


def money_rows(document: Document) -> list[tuple[str, Decimal]]:
    """Return the rows under Total: paid, credits and balance of an invoice; what a credit note
    has given and what is left of it; nothing for an estimate."""
    if document.kind is DocumentKind.INVOICE:
        rows = [("Paid", document.paid)]
        if document.credited:
            rows.append(("Credits applied", document.credited))
        return [*rows, ("Balance due", document.balance)]
    if document.kind is DocumentKind.CREDIT_NOTE:
        used = sum((a.amount for a in document.credit_applications), ZERO)
        refunded = sum((r.amount for r in document.refunds), ZERO)
        rows = [("Credits used", used)] + ([("Refunded", refunded)] if refunded else [])
        return [*rows, ("Credits remaining", document.balance)]
    return []


def rate_text(rate: Decimal, currency_code: str) -> str:
    """Return a unit price at the currency's precision ("80.00"), or as entered when it has more
    decimals than the currency (a price of 0.125 stays 0.125)."""
    if decimal_places(rate) <= currency_precision(currency_code):
        return format(round_money(rate, currency_code), "f")
    return format(rate.normalize(), "f")


def payment_lines(organization: OrganizationProfile, width: float, font: str) -> list[str]:
    """Return the payment details as footer lines, each cut to fit `width` points."""
    text = (organization.payment_details or "").strip()
    lines: list[str] = []
    for paragraph in text.splitlines():
        lines += simpleSplit(paragraph, font, FOOTER_SIZE, width) or [""]
    return lines


def footer_height(lines: list[str]) -> float:
    """Return the room the payment details take above the page number."""
    return len(lines) * FOOTER_LEADING + (4 * mm if lines else 0)


def draw_payment_details(canvas: Canvas, lines: list[str], x: float, top: float, font: str) -> None:
    """Draw the payment details, a line at a time, from `top` down."""
    canvas.setFont(font, FOOTER_SIZE)
    for index, line in enumerate(lines):
        canvas.drawString(x, top - index * FOOTER_LEADING, line)
