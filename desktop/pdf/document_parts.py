"""What the PDF prints beyond lines and totals, as plain text: the sender block, a document's
title, status and credit facts, the customer's exemption, discounts, the money rows of payments
and credits, and the payment details of the footer; every label in the document's language."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.documents import Document, DocumentKind, OrganizationProfile
from desktop.domain.lifecycle import DocumentStatus
from desktop.domain.locale_format import N_, LocaleText
from desktop.domain.money import ZERO
from desktop.domain.totals import Discount

FOOTER_LEADING = 10  # points between the lines of the payment details
FOOTER_SIZE = 8


TITLES = {
    DocumentKind.INVOICE: N_("Invoice"),
    DocumentKind.ESTIMATE: N_("Estimate"),
    DocumentKind.CREDIT_NOTE: N_("Credit note"),
}
STATUSES = {
    DocumentStatus.DRAFT: N_("Draft"),
    DocumentStatus.SENT: N_("Sent"),
    DocumentStatus.ACCEPTED: N_("Accepted"),
    DocumentStatus.DECLINED: N_("Declined"),
    DocumentStatus.INVOICED: N_("Invoiced"),
    DocumentStatus.EXPIRED: N_("Expired"),
    DocumentStatus.PARTIALLY_PAID: N_("Partially paid"),
    DocumentStatus.PAID: N_("Paid"),
    DocumentStatus.OVERDUE: N_("Overdue"),
    DocumentStatus.VOID: N_("Void"),
    DocumentStatus.OPEN: N_("Open"),
    DocumentStatus.CLOSED: N_("Closed"),
}
CUSTOMER_LABELS = {
    DocumentKind.INVOICE: N_("Bill to"),
    DocumentKind.ESTIMATE: N_("Prepared for"),
    DocumentKind.CREDIT_NOTE: N_("Credit to"),
}


def sender_lines(organization: OrganizationProfile, say: LocaleText) -> list[str]:
    """Return the lines under the seller's name: address, tax id, email, phone, website."""
    lines = organization.address.lines()
    if organization.tax_id:
        lines.append(say._("Tax ID {tax_id}").format(tax_id=organization.tax_id))
    return lines + organization.contact_lines()


def title(document: Document, say: LocaleText) -> str:
    """Return the big word at the top: Invoice, Estimate, Credit note (Rechnung, Facture…)."""
    return say._(TITLES[document.kind])


def status_text(document: Document, say: LocaleText) -> str:
    """Return the document's status as its reader says it."""
    return say._(STATUSES[document.status])


def credit_facts(document: Document, say: LocaleText) -> list[tuple[str, str]]:
    """Return the facts a credit note adds to the header: the invoice it credits."""
    if document.kind is DocumentKind.CREDIT_NOTE and document.credited_invoice:
        return [(say._("For invoice"), document.credited_invoice)]
    return []


def customer_label(document: Document, say: LocaleText) -> str:
    """Return the label over the customer's name."""
    return say._(CUSTOMER_LABELS[document.kind])


def exemption_line(document: Document, say: LocaleText) -> str | None:
    """Return "Tax exempt: reason" when the customer was exempt when the document was written."""
    reason = document.tax_exemption_reason
    return say._("Tax exempt: {reason}").format(reason=reason) if reason else None


def discount_text(discount: Discount | None, currency_code: str, say: LocaleText) -> str:
    """Return a line's discount: a percentage ("10 %") or an amount ("5,00"); "" for none."""
    if discount is None or not discount.value:
        return ""
    if discount.is_percent:
        return say.percent(discount.value)
    return say.amount(discount.value, currency_code)


def discount_label(discount: Discount | None, say: LocaleText) -> str:
    """Return the label of the document discount's row, with the percentage when it is one."""
    if discount is not None and discount.is_percent:
        return say._("Less discount ({percent})").format(percent=say.percent(discount.value))
    return say._("Less discount")


def money_rows(document: Document) -> list[tuple[str, Decimal]]:
    """Return the rows under Total (labels untranslated): paid, credits and balance of an
    invoice; what a credit note has given and what is left of it; nothing for an estimate."""
    if document.kind is DocumentKind.INVOICE:
        rows = [(N_("Paid"), document.paid)]
        if document.credited:
            rows.append((N_("Credits applied"), document.credited))
        return [*rows, (N_("Balance due"), document.balance)]
    if document.kind is DocumentKind.CREDIT_NOTE:
        used = sum((a.amount for a in document.credit_applications), ZERO)
        refunded = sum((r.amount for r in document.refunds), ZERO)
        rows = [(N_("Credits used"), used)] + ([(N_("Refunded"), refunded)] if refunded else [])
        return [*rows, (N_("Credits remaining"), document.balance)]
    return []


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
