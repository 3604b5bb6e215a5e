"""A document as a PDF: seller, customer, lines (flowing over pages), taxes, totals, credits and
the payment details in the footer (the parts beyond lines and totals: `document_parts`).

Every amount is printed with the same formatting as `documents show`, from the stored values.
User text goes through `escape` before it meets reportlab's paragraph markup, so `<b>R&D</b>`
prints literally. `invariant=1` fixes the creation date and file id: same document, same bytes.
"""

from __future__ import annotations

import io
import logging
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desktop.domain.documents import Document, DocumentKind, OrganizationProfile
from desktop.domain.money import format_money
from desktop.pdf import document_parts as parts
from desktop.pdf.fonts import register_fonts

log = logging.getLogger(__name__)

GREY = colors.HexColor("#5f6368")
RULE = colors.HexColor("#d0d4d9")
HEADER_FILL = colors.HexColor("#eef1f4")
CONTENT_WIDTH = A4[0] - 36 * mm


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.bold_font = bold
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=8, leading=10, textColor=GREY
        )
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.seller = ParagraphStyle(
            "seller", parent=self.body, fontName=bold, fontSize=14, leading=18
        )
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=bold, fontSize=18, leading=22, alignment=TA_RIGHT
        )
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=bold, spaceBefore=8)


def text(value: str | None) -> str:
    """Return user text safe for paragraph markup, keeping its line breaks."""
    return escape(value or "").replace("\n", "<br/>")


def amount(value: Decimal, document: Document) -> str:
    """Return an amount exactly as `documents show` prints it."""
    return format_money(value, document.currency_code)


def number_text(value: Decimal) -> str:
    """Return a quantity or rate without exponent or trailing zeros ("1.5", "10")."""
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def render_document(document: Document, organization: OrganizationProfile) -> bytes:
    """Return the PDF bytes of a document; needs no database and no network."""
    styles = _Styles()
    buffer = io.BytesIO()
    title = f"{document.kind.label.capitalize()} {document.number}"
    payment = parts.payment_lines(organization, CONTENT_WIDTH, styles.body.fontName)
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm + parts.footer_height(payment),
        title=title,
        author=organization.name or "",
        creator="Invoice Desk",
        invariant=1,
    )
    story: list[Flowable] = [
        _header(document, organization, styles),
        Spacer(1, 8 * mm),
        _customer_block(document, styles),
        *_exemption(document, styles),
        Spacer(1, 6 * mm),
        _lines_table(document, styles),
        Spacer(1, 4 * mm),
        _totals_table(document, styles),
    ]
    for heading, body in (("Notes", document.notes), ("Terms", document.terms)):
        if body:
            story += [Paragraph(heading, styles.heading), Paragraph(text(body), styles.body)]

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(styles.body.fontName, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{document.number} · page {doc.page}")
        top = 14 * mm + (len(payment) - 1) * parts.FOOTER_LEADING
        parts.draw_payment_details(canvas, payment, 18 * mm, top, styles.body.fontName)
        canvas.restoreState()

    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _header(document: Document, organization: OrganizationProfile, styles: _Styles) -> Table:
    seller: list[Flowable] = []
    logo = _logo(organization.logo_path)
    if logo is not None:
        seller.append(logo)
    seller.append(Paragraph(text(organization.name or ""), styles.seller))
    seller += [Paragraph(text(line), styles.body) for line in parts.sender_lines(organization)]
    due_label = "Due date" if document.kind is DocumentKind.INVOICE else "Expiry date"
    facts = [
        ("Number", document.number),
        ("Date", document.date.isoformat()),
        (due_label, document.due_date.isoformat() if document.due_date else "—"),
        ("Status", document.status.value.replace("_", " ")),
        ("Currency", document.currency_code),
    ]
    if document.kind is DocumentKind.CREDIT_NOTE:
        facts[2:3] = parts.credit_facts(document)  # a credit note is due nowhere
    if document.reference:
        facts.insert(1, ("Reference", document.reference))
    if document.converted_from:
        facts.append(("From estimate", document.converted_from))
    about: list[Flowable] = [Paragraph(parts.title(document), styles.title)]
    about += [
        Paragraph(f"<font color='#5f6368'>{label}</font>&nbsp;&nbsp;{text(value)}", styles.right)
        for label, value in facts
    ]
    table = Table([[seller, about]], colWidths=[CONTENT_WIDTH * 0.58, CONTENT_WIDTH * 0.42])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    return table


def _logo(path: str | None) -> Image | None:
    if not path:
        return None
    if not Path(path).is_file():
        log.warning("the organization logo %s is missing; the PDF is made without it", path)
        return None
    image = Image(path)
    scale = min(1.0, (40 * mm) / image.drawWidth, (20 * mm) / image.drawHeight)
    image.drawWidth, image.drawHeight = image.drawWidth * scale, image.drawHeight * scale
    image.hAlign = "LEFT"
    return image


def _customer_block(document: Document, styles: _Styles) -> Table:
    label = parts.customer_label(document)
    rows = [
        [Paragraph(label, styles.small)],
        [Paragraph(f"<b>{text(document.customer_name)}</b>", styles.body)],
    ]
    rows += [[Paragraph(text(line), styles.body)] for line in document.billing_address.lines()]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.6], hAlign="LEFT")
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _exemption(document: Document, styles: _Styles) -> list[Flowable]:
    line = parts.exemption_line(document)
    return [Spacer(1, 2 * mm), Paragraph(text(line), styles.small)] if line else []


def _lines_table(document: Document, styles: _Styles) -> Table:
    # Plain strings (drawn literally, no markup) where nothing wraps: 3× faster than Paragraphs.
    rows: list[list[object]] = [["#", "Item", "Qty", "Rate", "Discount", "Tax", "Amount"]]
    for index, line in enumerate(document.line_items, start=1):
        item = f"<b>{text(line.name)}</b>"
        if line.description:
            item += f"<br/><font size='8' color='#5f6368'>{text(line.description)}</font>"
        rows.append(
            [
                str(index),
                Paragraph(item, styles.body),
                number_text(line.quantity),
                parts.rate_text(line.rate, document.currency_code),
                str(line.discount) if line.discount else "",
                "\n".join(f"{t.name} {amount(t.amount, document)}" for t in line.taxes),
                amount(line.amount, document),
            ]
        )
    widths = [0.05, 0.34, 0.09, 0.12, 0.11, 0.16, 0.13]
    table = Table(rows, colWidths=[CONTENT_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_plain_cells(styles),
                ("FONTNAME", (0, 0), (-1, 0), styles.bold_font),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _plain_cells(styles: _Styles) -> list[tuple[object, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), styles.body.fontSize),
        ("LEADING", (0, 0), (-1, -1), styles.body.leading),
    ]


def _totals_table(document: Document, styles: _Styles) -> Table:
    inclusive = " (tax inclusive)" if document.pricing.is_inclusive_tax else ""
    rows = [(f"Sub total{inclusive}", document.sub_total)]
    if document.discount_total:
        discount = document.pricing.discount
        percent = f" ({discount})" if discount and discount.is_percent else ""
        rows.append((f"Less discount{percent}", document.discount_total))
    rows += [(f"{tax.name} ({number_text(tax.rate)}%)", tax.amount) for tax in document.taxes]
    if len(document.taxes) > 1:
        rows.append(("Total tax", document.tax_total))
    if document.pricing.shipping_charge:
        rows.append(("Shipping charge", document.pricing.shipping_charge))
    if document.pricing.adjustment:
        rows.append(("Adjustment", document.pricing.adjustment))
    rows.append(("Total", document.total))
    rows += parts.money_rows(document)
    total_row = [label for label, _ in rows].index("Total")
    cells = [[label, amount(value, document)] for label, value in rows]
    table = Table(cells, colWidths=[CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.15], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                *_plain_cells(styles),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, total_row), (-1, total_row), styles.bold_font),
                ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, colors.black),
            ]
        )
    )
    return table
