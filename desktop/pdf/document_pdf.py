"""A document as a PDF: seller, customer, lines (flowing over pages), taxes, totals, credits and
the payment details in the footer (the parts beyond lines and totals: `document_parts`).

Every amount is printed from the stored values, in the document's language and conventions
(`locale_format.document_text`: the customer's language, else the organization's locale): labels
from the gettext catalogues, money with its symbol and grouping, dates written out.
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desktop.domain.documents import Document, DocumentKind, DocumentLine, OrganizationProfile
from desktop.domain.locale_format import N_, LocaleText, document_text
from desktop.pdf import document_parts as parts
from desktop.pdf.flowables import Run, TextBlock
from desktop.pdf.fonts import register_fonts
from desktop.pdf.logo import Logo, logo_problem
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


def amount(value: Decimal, document: Document, say: LocaleText) -> str:
    """Return an amount of the document as its reader writes money ("1.234,56 €")."""
    return say.money(value, document.currency_code)


def render_document(document: Document, organization: OrganizationProfile) -> bytes:
    """Return the PDF bytes of a document; needs no database and no network.

    Any stored document renders: long text flows over pages, and characters no embedded font
    has are replaced (see `text.printable`)."""
    styles = _styles()
    say = document_text(document.language, organization.locale)
    buffer = io.BytesIO()
    payment = [
        printable(line)
        for line in parts.payment_lines(organization, CONTENT_WIDTH, styles.body.fontName)
    ]
    template = _template(buffer, document, organization, parts.footer_height(payment), say)
    footer = _footer(printable(document.number), styles, payment, say)
    story = _story(document, organization, styles, say)
    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _template(
    buffer: io.BytesIO,
    document: Document,
    organization: OrganizationProfile,
    footer: float,
    say: LocaleText,
) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm + footer,
        title=printable(f"{parts.title(document, say)} {document.number}"),
        author=printable(organization.name),
        creator="Invoice Desk",
        invariant=1,
    )


def _story(
    document: Document, organization: OrganizationProfile, styles: _Styles, say: LocaleText
) -> list[Flowable]:
    story: list[Flowable] = [
        _header(document, organization, styles, say),
        Spacer(1, 8 * mm),
        *_customer_block(document, styles, say),
        *_exemption(document, styles, say),
        Spacer(1, 6 * mm),
        _lines_table(document, styles, say),
        Spacer(1, 4 * mm),
        _totals_table(document, styles, say),
    ]
    for heading, body in ((say._("Notes"), document.notes), (say._("Terms"), document.terms)):
        if body:
            story += [TextBlock.of(heading, styles.heading), TextBlock.of(body, styles.body)]
    return story


def _footer(
    number: str, styles: _Styles, payment: list[str], say: LocaleText
) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(styles.body.fontName, 8)
        canvas.setFillColor(GREY)
        page = say._("{number} · page {page}").format(number=number, page=doc.page)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, page)
        top = 14 * mm + (len(payment) - 1) * parts.FOOTER_LEADING
        parts.draw_payment_details(canvas, payment, 18 * mm, top, styles.body.fontName)
        canvas.restoreState()

    return draw


def _header(
    document: Document, organization: OrganizationProfile, styles: _Styles, say: LocaleText
) -> Table:
    table = flowing_table(
        [[_seller(organization, styles, say), _facts(document, styles, say)]],
        [CONTENT_WIDTH * 0.58, CONTENT_WIDTH * 0.42],
    )
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return table


def _seller(organization: OrganizationProfile, styles: _Styles, say: LocaleText) -> list[Flowable]:
    seller: list[Flowable] = []
    logo = _logo(organization.logo_path)
    if logo is not None:
        seller.append(logo)
    seller.append(TextBlock.of(organization.name, styles.seller, bold=True))
    seller += [TextBlock.of(line, styles.body) for line in parts.sender_lines(organization, say)]
    return seller


def _facts(document: Document, styles: _Styles, say: LocaleText) -> list[Flowable]:
    due_label = N_("Due date") if document.kind is DocumentKind.INVOICE else N_("Expiry date")
    facts = [
        (say._("Number"), document.number),
        (say._("Date"), say.date(document.date)),
        (say._(due_label), say.date(document.due_date) if document.due_date else "—"),
        (say._("Status"), parts.status_text(document, say)),
        (say._("Currency"), document.currency_code),
    ]
    if document.kind is DocumentKind.CREDIT_NOTE:
        facts[2:3] = parts.credit_facts(document, say)  # a credit note is due nowhere
    if document.reference:
        facts.insert(1, (say._("Reference"), document.reference))
    if document.converted_from:
        facts.append((say._("From estimate"), document.converted_from))
    about: list[Flowable] = [TextBlock.of(parts.title(document, say), styles.title)]
    about += [
        TextBlock((Run(label, GREY), Run(f"\u00a0\u00a0{value}")), styles.right)
        for label, value in facts
    ]
    return about


def _logo(path: str | None) -> Logo | None:
    """Return the logo, or None when none is set or the file cannot be printed (any more)."""
    if not path:
        return None
    problem = logo_problem(Path(path))
    if problem is not None:
        log.warning("the organization logo is left out of the PDF: %s", problem)
        return None
    return Logo(Path(path))


def _customer_block(document: Document, styles: _Styles, say: LocaleText) -> list[Flowable]:
    # Paragraphs, not a table: they split at any line, so a 100,000-character street flows.
    label = parts.customer_label(document, say)
    block: list[Flowable] = [
        TextBlock.of(label, styles.small),
        TextBlock.of(document.customer_name, styles.customer_name, bold=True),
    ]
    block += [TextBlock.of(line, styles.customer) for line in document.billing_address.lines()]
    return block


def _exemption(document: Document, styles: _Styles, say: LocaleText) -> list[Flowable]:
    line = parts.exemption_line(document, say)
    return [Spacer(1, 2 * mm), TextBlock.of(line, styles.small)] if line else []


TOTALS_WIDTHS = (CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.15)
LINE_COLUMNS = (
    N_("#"), N_("Item"), N_("Qty"), N_("Rate"), N_("Discount"), N_("Tax"), N_("Amount")
)  # fmt: skip
LINE_WIDTHS = (0.05, 0.34, 0.09, 0.12, 0.11, 0.16, 0.13)


def _lines_table(document: Document, styles: _Styles, say: LocaleText) -> Table:
    header: list[object] = [
        _cell([say._(column)], styles.cell, CONTENT_WIDTH * width)
        for column, width in zip(LINE_COLUMNS, LINE_WIDTHS, strict=True)
    ]
    rows: list[list[object]] = [header]
    rows += [
        _line_row(index, line, document, styles, say)
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


def _line_row(
    index: int, line: DocumentLine, document: Document, styles: _Styles, say: LocaleText
) -> list[object]:
    # Plain strings (drawn literally, no markup) where the text is ours and never wraps: numbers
    # and amounts. User text (names, descriptions, tax names) is a Paragraph, which wraps.
    item = [TextBlock.of(line.name, styles.item_name, bold=True)]
    if line.description:
        item.append(TextBlock.of(line.description, styles.item_description))
    taxes = [f"{t.name} {amount(t.amount, document, say)}" for t in line.taxes]
    return [
        str(index),
        item,
        say.number(line.quantity),
        say.rate(line.rate, document.currency_code),
        parts.discount_text(line.discount, document.currency_code, say),
        _cell(taxes, styles.cell, CONTENT_WIDTH * LINE_WIDTHS[5]),
        amount(line.amount, document, say),
    ]


def _plain_cells(styles: _Styles) -> list[tuple[object, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), styles.body.fontSize),
        ("LEADING", (0, 0), (-1, -1), styles.body.leading),
    ]


def _totals_table(document: Document, styles: _Styles, say: LocaleText) -> Table:
    rows = _total_rows(document, styles, say)
    total_row = [label for label, _ in rows].index(say._("Total"))
    # A blank first column instead of hAlign: the parts of a table split over pages are centred.
    cells = [["", label, amount(value, document, say)] for label, value in rows]
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


def _total_rows(
    document: Document, styles: _Styles, say: LocaleText
) -> list[tuple[object, Decimal]]:
    """Return (label, amount) for each total row, in printed order; a tax's label wraps."""
    inclusive = document.pricing.is_inclusive_tax
    sub_total = say._("Sub total (tax inclusive)") if inclusive else say._("Sub total")
    rows: list[tuple[object, Decimal]] = [(sub_total, document.sub_total)]
    if document.discount_total:
        discount = document.pricing.discount
        rows.append((parts.discount_label(discount, say), document.discount_total))
    rows += [
        (
            _cell([f"{tax.name} ({say.percent(tax.rate)})"], styles.cell, TOTALS_WIDTHS[1]),
            tax.amount,
        )
        for tax in document.taxes
    ]
    if len(document.taxes) > 1:
        rows.append((say._("Total tax"), document.tax_total))
    if document.pricing.shipping_charge:
        rows.append((say._("Shipping charge"), document.pricing.shipping_charge))
    if document.pricing.adjustment:
        rows.append((say._("Adjustment"), document.pricing.adjustment))
    rows.append((say._("Total"), document.total))
    rows += [(say._(label), value) for label, value in parts.money_rows(document)]
    return rows
