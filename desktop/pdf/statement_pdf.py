"""A customer statement as a PDF: seller, customer, every entry with its running balance, and the
balance due per currency, in the customer's language (as its documents). Same fonts, escaping and
look as the document PDFs; deterministic."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desktop.domain.locale_format import N_, LocaleText, document_text
from desktop.domain.organization import OrganizationProfile
from desktop.domain.reports import EntryKind, Statement
from desktop.pdf.document_pdf import (
    CONTENT_WIDTH,
    GREY,
    HEADER_FILL,
    RULE,
    _logo,
    _plain_cells,
    _Styles,
    text,
)

KIND_LABELS = {
    EntryKind.INVOICE: N_("Invoice"),
    EntryKind.CREDIT_NOTE: N_("Credit note"),
    EntryKind.PAYMENT: N_("Payment"),
    EntryKind.REFUND: N_("Refund"),
}
COLUMNS = (N_("Date"), N_("Entry"), N_("Number"), N_("Currency"), N_("Amount"), N_("Balance"))


def render_statement(statement: Statement, seller: OrganizationProfile, today: date) -> bytes:
    """Return the PDF bytes of a statement made on `today`; needs no database and no network."""
    styles = _Styles()
    say = document_text(statement.language, seller.locale)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=say._("Statement {customer}").format(customer=statement.customer_name),
        author=seller.name or "",
        creator="Invoice Desk",
        invariant=1,
    )
    story: list[Flowable] = [
        _header(statement, seller, today, styles, say),
        Spacer(1, 8 * mm),
        _entries_table(statement, styles, say),
        Spacer(1, 4 * mm),
        _balances_table(statement, styles, say),
    ]

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(styles.body.fontName, 8)
        canvas.setFillColor(GREY)
        page = say._("Statement · page {page}").format(page=doc.page)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, page)
        canvas.restoreState()

    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _header(
    statement: Statement, seller: OrganizationProfile, today: date, styles: _Styles, say: LocaleText
) -> Table:
    left: list[Flowable] = []
    logo = _logo(seller.logo_path)
    if logo is not None:
        left.append(logo)
    left.append(Paragraph(text(seller.name or ""), styles.seller))
    left += [Paragraph(text(line), styles.body) for line in seller.address.lines()]
    right: list[Flowable] = [
        Paragraph(text(say._("Statement")), styles.title),
        Paragraph(
            f"<font color='#5f6368'>{text(say._('Date'))}</font>&nbsp;&nbsp;{text(say.date(today))}",
            styles.right,
        ),
        Paragraph(f"<b>{text(statement.customer_name)}</b>", styles.right),
    ]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.58, CONTENT_WIDTH * 0.42])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    return table


def _entries_table(statement: Statement, styles: _Styles, say: LocaleText) -> Table:
    rows: list[list[object]] = [[say._(column) for column in COLUMNS]]
    for entry in statement.entries:
        code = entry.currency_code
        rows.append(
            [
                say.short_date(entry.date),
                say._(KIND_LABELS[entry.kind]),
                Paragraph(text(entry.number), styles.body),
                code,
                say.amount(entry.amount, code),
                say.amount(entry.balance, code),
            ]
        )
    if len(rows) == 1:
        nothing = say._("Nothing to show: no invoices, credits or payments yet.")
        rows.append(["", nothing, "", "", "", ""])
    widths = [0.14, 0.16, 0.24, 0.12, 0.17, 0.17]
    table = Table(rows, colWidths=[CONTENT_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_plain_cells(styles),
                ("FONTNAME", (0, 0), (-1, 0), styles.bold_font),
                ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _balances_table(statement: Statement, styles: _Styles, say: LocaleText) -> Table:
    balances = statement.balances or {statement.currency_code: statement.balance}
    cells = [
        [say._("Balance due ({currency})").format(currency=code), say.money(value, code)]
        for code, value in sorted(balances.items())
    ]
    table = Table(cells, colWidths=[CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.17], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                *_plain_cells(styles),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, 0), (-1, -1), styles.bold_font),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ]
        )
    )
    return table
