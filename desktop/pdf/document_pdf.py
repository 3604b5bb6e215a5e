"""A document as a PDF: seller, customer, lines (flowing over pages), taxes, totals, credits and
the payment details in the footer (the parts beyond lines and totals: `document_parts`).

Every amount is printed with the same formatting as `documents show`, from the stored values.
User text goes through `text.markup` before it meets reportlab's paragraph markup, so `<b>R&D</b>`
prints literally and characters the main font lacks are drawn by the fallback font (or replaced).
Every table may split inside a row, so no stored text is too long to print: a 100,000-character
street flows over as many pages as it needs. `invariant=1` fixes the creation date and file id:
same document, same bytes.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desktop.domain.documents import Document, DocumentKind, DocumentLine, OrganizationProfile
from desktop.domain.money import format_money
from desktop.pdf import document_parts as parts
from desktop.pdf.flowables import Run, TextBlock
from desktop.pdf.fonts import register_fonts
from desktop.pdf.text import is_plain, markup, printable

log = logging.getLogger(__name__)

GREY = colors.HexColor("#5f6368")
RULE = colors.HexColor("#d0d4d9")
HEADER_FILL = colors.HexColor("#eef1f4")
CONTENT_WIDTH = A4[0] - 36 * mm


class _Styles:
    def __init__(self) -> None:
        faces = register_fonts()
        regular, bold = faces.regular.name, faces.bold.name
        self.bold_font = bold
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=8, leading=10, textColor=GREY
        )
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.customer = ParagraphStyle(
            "customer", parent=self.body, rightIndent=CONTENT_WIDTH * 0.4
        )
        self.customer_name = ParagraphStyle("customer_name", parent=self.customer, fontName=bold)
        self.item_name = ParagraphStyle("item_name", parent=self.body, fontName=bold)
        # A description line in a cell keeps the body's 12 pt leading, as it did inside the
        # item paragraph; only its size and colour change.
        self.item_description = ParagraphStyle(
            "item_description", parent=self.body, fontSize=8, textColor=GREY
        )
        self.cell = ParagraphStyle("cell", parent=self.body, alignment=TA_RIGHT)
        self.seller = ParagraphStyle(
            "seller", parent=self.body, fontName=bold, fontSize=14, leading=18
        )
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=bold, fontSize=18, leading=22, alignment=TA_RIGHT
        )
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=bold, spaceBefore=8)


@cache
def _styles() -> _Styles:
    """Return the paragraph styles, made once per process (they never change)."""
    return _Styles()


def text(value: str | None) -> str:
    """Return user text as paragraph markup: escaped, printable, keeping its line breaks."""
    return markup(value)


def flowing_table(rows: list[list[object]], widths: list[float], **options: object) -> Table:
    """Return a table whose rows split across pages when one is taller than a page.

    Every table of user text must be one of these: its cells are top-aligned, because reportlab
    cannot split a bottom-aligned row taller than a page (LayoutError)."""
    table = Table(rows, colWidths=widths, splitInRow=1, **options)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def amount(value: Decimal, document: Document) -> str:
    """Return an amount exactly as `documents show` prints it."""
    return format_money(value, document.currency_code)


def number_text(value: Decimal) -> str:
    """Return a quantity or rate without exponent or trailing zeros ("1.5", "10")."""
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def render_document(document: Document, organization: OrganizationProfile) -> bytes:
    """Return the PDF bytes of a document; needs no database and no network.

    Any stored document renders: long text flows over pages, and characters no embedded font
    has are replaced (see `text.printable`)."""
    styles = _styles()
    buffer = io.BytesIO()
    payment = [
        printable(line)
        for line in parts.payment_lines(organization, CONTENT_WIDTH, styles.body.fontName)
    ]
    template = _template(buffer, document, organization, parts.footer_height(payment))
    footer = _footer(printable(document.number), styles, payment)
    story = _story(document, organization, styles)
    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _template(
    buffer: io.BytesIO, document: Document, organization: OrganizationProfile, footer: float
) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm + footer,
        title=printable(f"{document.kind.label.capitalize()} {document.number}"),
        author=printable(organization.name),
        creator="Invoice Desk",
        invariant=1,
    )


def _story(
    document: Document, organization: OrganizationProfile, styles: _Styles
) -> list[Flowable]:
    story: list[Flowable] = [
        _header(document, organization, styles),
        Spacer(1, 8 * mm),
        *_customer_block(document, styles),
        *_exemption(document, styles),
        Spacer(1, 6 * mm),
        _lines_table(document, styles),
        Spacer(1, 4 * mm),
        _totals_table(document, styles),
    ]
    for heading, body in (("Notes", document.notes), ("Terms", document.terms)):
        if body:
            story += [TextBlock.of(heading, styles.heading), TextBlock.of(body, styles.body)]
    return story


def _footer(
    number: str, styles: _Styles, payment: list[str]
) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(styles.body.fontName, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{number} · page {doc.page}")
        top = 14 * mm + (len(payment) - 1) * parts.FOOTER_LEADING
        parts.draw_payment_details(canvas, payment, 18 * mm, top, styles.body.fontName)
        canvas.restoreState()

    return draw


def _header(document: Document, organization: OrganizationProfile, styles: _Styles) -> Table:
    table = flowing_table(
        [[_seller(organization, styles), _facts(document, styles)]],
        [CONTENT_WIDTH * 0.58, CONTENT_WIDTH * 0.42],
    )
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return table


def _seller(organization: OrganizationProfile, styles: _Styles) -> list[Flowable]:
    seller: list[Flowable] = []
    logo = _logo(organization.logo_path)
    if logo is not None:
        seller.append(logo)
    seller.append(TextBlock.of(organization.name, styles.seller, bold=True))
    seller += [TextBlock.of(line, styles.body) for line in parts.sender_lines(organization)]
    return seller


def _facts(document: Document, styles: _Styles) -> list[Flowable]:
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
    about: list[Flowable] = [TextBlock.of(parts.title(document), styles.title)]
    about += [
        TextBlock((Run(label, GREY), Run(f"\u00a0\u00a0{value}")), styles.right)
        for label, value in facts
    ]
    return about


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


def _customer_block(document: Document, styles: _Styles) -> list[Flowable]:
    # Paragraphs, not a table: they split at any line, so a 100,000-character street flows.
    label = parts.customer_label(document)
    block: list[Flowable] = [
        TextBlock.of(label, styles.small),
        TextBlock.of(document.customer_name, styles.customer_name, bold=True),
    ]
    block += [TextBlock.of(line, styles.customer) for line in document.billing_address.lines()]
    return block


def _exemption(document: Document, styles: _Styles) -> list[Flowable]:
    line = parts.exemption_line(document)
    return [Spacer(1, 2 * mm), TextBlock.of(line, styles.small)] if line else []


TOTALS_WIDTHS = (CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.15)
LINE_COLUMNS = ("#", "Item", "Qty", "Rate", "Discount", "Tax", "Amount")
LINE_WIDTHS = (0.05, 0.34, 0.09, 0.12, 0.11, 0.16, 0.13)


def _lines_table(document: Document, styles: _Styles) -> Table:
    rows: list[list[object]] = [list(LINE_COLUMNS)]
    rows += [
        _line_row(index, line, document, styles)
        for index, line in enumerate(document.line_items, start=1)
    ]
    table = flowing_table(rows, [CONTENT_WIDTH * w for w in LINE_WIDTHS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_plain_cells(styles),
                ("FONTNAME", (0, 0), (-1, 0), styles.bold_font),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table


def _line_row(index: int, line: DocumentLine, document: Document, styles: _Styles) -> list[object]:
    # Plain strings (drawn literally, no markup) where the text is ours and never wraps: numbers
    # and amounts. User text (names, descriptions, tax names) is a Paragraph, which wraps.
    item = [TextBlock.of(line.name, styles.item_name, bold=True)]
    if line.description:
        item.append(TextBlock.of(line.description, styles.item_description))
    taxes = [f"{t.name} {amount(t.amount, document)}" for t in line.taxes]
    return [
        str(index),
        item,
        number_text(line.quantity),
        parts.rate_text(line.rate, document.currency_code),
        str(line.discount) if line.discount else "",
        _cell(taxes, styles.cell, CONTENT_WIDTH * LINE_WIDTHS[5]),
        amount(line.amount, document),
    ]


def _plain_cells(styles: _Styles) -> list[tuple[object, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), styles.body.fontSize),
        ("LEADING", (0, 0), (-1, -1), styles.body.leading),
    ]


def _totals_table(document: Document, styles: _Styles) -> Table:
    rows = _total_rows(document, styles)
    total_row = [label for label, _ in rows].index("Total")
    # A blank first column instead of hAlign: the parts of a table split over pages are centred.
    cells = [["", label, amount(value, document)] for label, value in rows]
    table = flowing_table(cells, list(TOTALS_WIDTHS))
    table.setStyle(
        TableStyle(
            [
                *_plain_cells(styles),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, total_row), (-1, total_row), styles.bold_font),
                ("LINEABOVE", (1, total_row), (-1, total_row), 0.8, colors.black),
            ]
        )
    )
    return table


def _cell(lines: list[str], style: ParagraphStyle, width: float) -> object:
    """Return user text for a table cell: plain lines when each fits, else a wrapping Paragraph."""
    fits = width - 12  # the table's default left and right padding
    if all(
        is_plain(line) and stringWidth(line, style.fontName, style.fontSize) <= fits
        for line in lines
    ):
        return "\n".join(lines)
    return Paragraph("<br/>".join(text(line) for line in lines), style)


def _total_rows(document: Document, styles: _Styles) -> list[tuple[object, Decimal]]:
    """Return (label, amount) for each total row, in printed order; a tax's label wraps."""
    inclusive = " (tax inclusive)" if document.pricing.is_inclusive_tax else ""
    rows: list[tuple[object, Decimal]] = [(f"Sub total{inclusive}", document.sub_total)]
    if document.discount_total:
        discount = document.pricing.discount
        percent = f" ({discount})" if discount and discount.is_percent else ""
        rows.append((f"Less discount{percent}", document.discount_total))
    rows += [
        (
            _cell([f"{tax.name} ({number_text(tax.rate)}%)"], styles.cell, TOTALS_WIDTHS[1]),
            tax.amount,
        )
        for tax in document.taxes
    ]
    if len(document.taxes) > 1:
        rows.append(("Total tax", document.tax_total))
    if document.pricing.shipping_charge:
        rows.append(("Shipping charge", document.pricing.shipping_charge))
    if document.pricing.adjustment:
        rows.append(("Adjustment", document.pricing.adjustment))
    rows.append(("Total", document.total))
    rows += parts.money_rows(document)
    return rows
