"""The document editor: customer, dates, currency, line items (completed from the catalogue),
discount, shipping, adjustment, notes and terms, and a credit note's invoice; totals follow every
keystroke; bad input is refused naming the field. Offline."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.customers import CustomersController
from desktop.controllers.documents import DocumentsController
from desktop.domain.catalogue import Catalogue, CustomerTax
from desktop.domain.customers import Customer
from desktop.domain.documents import Document, DocumentDraft, DocumentKind, OrganizationProfile
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.money import format_money
from desktop.domain.totals import Pricing, Totals, compute_totals
from desktop.ui.customer_picker import CustomerPicker
from desktop.ui.document_form import (
    LineError,
    LineText,
    discount_text,
    line_text,
    parse_amount,
    parse_discount_text,
    parse_line,
    taxes_text,
)
from desktop.ui.document_kinds import edit_title, new_title
from desktop.ui.line_items_delegate import LineItemsDelegate
from desktop.ui.line_items_table_model import Columns, LineItemsTableModel
from desktop.ui.locale_format import amount_text, date_format
from desktop.ui.task_runner import Lane, TaskRunner

# Which grid column a refused cell of document_form is in.
LINE_COLUMNS = {
    "item": Columns.ITEM,
    "quantity": Columns.QUANTITY,
    "rate": Columns.RATE,
    "discount": Columns.DISCOUNT,
    "taxes": Columns.TAXES,
}

DEFAULT_TERMS_DAYS = 30


def fit_line_columns(table: QTableView) -> None:
    """Size the grid to the dialog: Item and Description share what is left, the figures get
    the width of their usual content, and nothing scrolls sideways."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    digits = table.fontMetrics().horizontalAdvance("0") + 1
    widths = {
        Columns.QUANTITY: 8,
        Columns.RATE: 12,
        Columns.DISCOUNT: 9,
        Columns.TAXES: 14,
        Columns.AMOUNT: 14,
    }
    for column in Columns:
        if column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, digits * widths[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DocumentEditorDialog(QDialog):
    """Creates or edits one invoice, estimate or credit note.

    Signals (GUI thread): document_saved(object) — the Document as stored, before the dialog closes
    """

    document_saved = Signal(object)

    def __init__(
        self,
        documents: DocumentsController,
        customers: CustomersController,
        runner: TaskRunner,
        kind: DocumentKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._documents = documents
        self._runner = runner
        self.kind = kind
        self.document_id: int | None = None
        self.organization = OrganizationProfile()
        self.catalogue = Catalogue()
        self.customer_tax = CustomerTax()
        self.default_taxes = ""  # the taxes text new lines start with
        self._customers = customers
        self.totals: Totals | None = None
        self.setWindowTitle(new_title(kind))
        self.customer = CustomerPicker(customers, runner)
        self.lines = LineItemsTableModel(self)
        self.delegate = LineItemsDelegate(self)
        self._build()
        self.lines.lines_edited.connect(self.recompute)
        self.lines.name_edited.connect(self._on_lines_name_edited)
        self.customer.customer_picked.connect(self._on_customer_picked)
        for field in (self.currency, self.discount, self.shipping, self.adjustment):
            field.textChanged.connect(self.recompute)
        for box in (self.discount_before_tax, self.tax_inclusive):
            box.toggled.connect(self.recompute)
        self.lines.add_line()
        self._show_totals(compute_totals((), Pricing(currency_code="")), "")
        self.mark_unchanged()
        self._runner.run(
            Lane.DATABASE, documents.organization, on_success=self._on_organization_read, owner=self
        )
        self._runner.run(
            Lane.DATABASE, documents.catalogue, on_success=self._on_catalogue_read, owner=self
        )

    def _build(self) -> None:
        today = datetime.now().astimezone().date()  # the user's own day
        self.date = QDateEdit(_qdate(today))
        self.due_date = QDateEdit(_qdate(today + timedelta(days=DEFAULT_TERMS_DAYS)))
        for edit in (self.date, self.due_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        self.reference = QLineEdit()
        self.currency = QLineEdit(placeholderText=self.tr("the organization's"))
        self.currency.setMaxLength(3)
        self.credited_invoice = QLineEdit(placeholderText=self.tr("INV-000001 (optional)"))
        header = self.header = QFormLayout()
        due_label = (
            self.tr("&Due date:") if self.kind is DocumentKind.INVOICE else self.tr("E&xpiry date:")
        )
        header_fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Customer:"), self.customer),
            (self.tr("D&ate:"), self.date),
            (due_label, self.due_date),
            (self.tr("For &invoice:"), self.credited_invoice),
            (self.tr("&Reference:"), self.reference),
            (self.tr("C&urrency:"), self.currency),
        )
        for label, widget in header_fields:
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            header.addRow(label, widget)
        self._show_kind_fields()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Line items"))
        self.table.setModel(self.lines)
        self.table.setItemDelegate(self.delegate)
        # Cells, as in a spreadsheet: a refused cell's mark is never hidden by a row highlight.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        fit_line_columns(self.table)
        line_buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add line"))
        self.remove_button = QPushButton(self.tr("Re&move line"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            line_buttons.addWidget(button)
        line_buttons.addStretch(1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(lambda: self.lines.remove_line(self._row()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.discount = QLineEdit(placeholderText=self.tr("10% or 5.00"))
        self.discount_before_tax = QCheckBox(self.tr("Discount before tax"))
        self.discount_before_tax.setChecked(True)
        self.tax_inclusive = QCheckBox(self.tr("Prices include tax"))
        self.shipping = QLineEdit(placeholderText="0.00")
        self.adjustment = QLineEdit(placeholderText=self.tr("0.00 (may be negative)"))
        self.notes = QPlainTextEdit()
        self.terms = QPlainTextEdit()
        for text_edit in (self.notes, self.terms):
            text_edit.setTabChangesFocus(True)
            text_edit.setMaximumHeight(70)
        extras = QFormLayout()
        extra_fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Disco&unt:"), self.discount),
            ("", self.discount_before_tax),
            ("", self.tax_inclusive),
            (self.tr("&Shipping:"), self.shipping),
            (self.tr("Ad&justment:"), self.adjustment),
            (self.tr("&Notes:"), self.notes),
            (self.tr("&Terms:"), self.terms),
        )
        for label, widget in extra_fields:
            if label:
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            extras.addRow(label, widget)
        self.totals_label = QLabel()
        self.totals_label.setAccessibleName(self.tr("Totals"))
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        lower = QHBoxLayout()
        lower.addLayout(extras, 3)
        lower.addWidget(self.totals_label, 2)
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Editor message"))
        # Room for two lines at all times: a problem appearing never pushes the form about.
        self.message.setFixedHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.save_button.setToolTip(self.tr("Save ({shortcut})").format(shortcut="Ctrl+S"))
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_buttons)
        layout.addLayout(lower)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 720)

    def _show_kind_fields(self) -> None:
        """A credit note has no due date but may name the invoice it credits."""
        is_credit = self.kind is DocumentKind.CREDIT_NOTE
        self.header.setRowVisible(self.due_date, not is_credit)
        self.header.setRowVisible(self.credited_invoice, is_credit)

    # --- filling -------------------------------------------------------------------------------
    def set_customer(
        self, customer_id: int, name: str, payment_terms_days: int | None = None
    ) -> None:
        """Preset the customer (and the due date from its payment terms)."""
        unchanged = not self.has_changes()
        self.customer.set_customer(customer_id, name)
        self._on_customer_picked(customer_id)
        if payment_terms_days is not None and self.kind is DocumentKind.INVOICE:
            self.due_date.setDate(self.date.date().addDays(payment_terms_days))
        if unchanged:
            self.mark_unchanged()

    _opened_version: int | None = None

    def load(self, document_id: int) -> None:
        """Edit an existing document: fetch it on the database lane and fill the form."""
        self.document_id = document_id
        self._runner.run(
            Lane.DATABASE,
            self._documents.get,
            document_id,
            on_success=self._on_document_read,
            on_failure=self._show_refusal,
            owner=self,
        )

    def _on_document_read(self, document: Document) -> None:
        self._opened_version = document.version  # a save over a later change is refused
        self.setWindowTitle(edit_title(document.kind, document.number))
        self.kind = document.kind
        self._show_kind_fields()
        draft = document.to_draft()
        self.customer.set_customer(document.customer_id, document.customer_name)
        self.date.setDate(_qdate(draft.date))
        if draft.due_date:
            self.due_date.setDate(_qdate(draft.due_date))
        self.reference.setText(draft.reference or "")
        self.currency.setText(draft.currency_code or "")
        self.discount.setText(discount_text(draft.discount))
        self.discount_before_tax.setChecked(draft.is_discount_before_tax)
        self.tax_inclusive.setChecked(draft.is_inclusive_tax)
        self.shipping.setText(str(draft.shipping_charge) if draft.shipping_charge else "")
        self.adjustment.setText(str(draft.adjustment) if draft.adjustment else "")
        self.notes.setPlainText(draft.notes or "")
        self.terms.setPlainText(draft.terms or "")
        self.credited_invoice.setText(draft.credited_invoice or "")
        self.lines.set_lines([line_text(line) for line in draft.line_items])
        self.mark_unchanged()

    def _on_organization_read(self, organization: OrganizationProfile) -> None:
        self.organization = organization
        self.currency.setPlaceholderText(organization.currency_code)
        self.recompute()

    def _on_catalogue_read(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.delegate.set_catalogue(catalogue)
        if self.document_id is None:
            self._use_default_taxes()

    def _on_customer_picked(self, customer_id: int) -> None:
        if customer_id:
            self._runner.run(
                Lane.DATABASE, self._customers.get, customer_id,
                on_success=self._on_customer_read, owner=self,
            )  # fmt: skip

    def _on_customer_read(self, customer: Customer) -> None:
        """The customer's default tax (or exemption) replaces the default on untouched lines."""
        self.customer_tax = CustomerTax(customer.tax.default_tax, customer.tax.tax_exemption_reason)
        if self.document_id is None:
            self._use_default_taxes()

    def _use_default_taxes(self) -> None:
        unchanged = not self.has_changes()
        new = taxes_text(self.catalogue.default_taxes_for(self.customer_tax))
        for row, line in enumerate(self.lines.lines()):
            if line.taxes == self.default_taxes:
                self.lines.fill(row, replace(line, taxes=new))
        self.default_taxes = new
        if unchanged:
            self.mark_unchanged()

    def _on_lines_name_edited(self, row: int, name: str) -> None:
        """A catalogue item's name fills the line's description, rate and taxes (still editable)."""
        try:
            item = self.catalogue.item(name, self.tr("Item"))
        except ValidationError:
            return  # not a catalogue item: a line typed by hand
        taxes = self.catalogue.item_taxes(item, self.tr("Item"))
        if self.customer_tax.exemption_reason:
            taxes = ()  # an exempt customer gets no default tax, an item's included
        line = self.lines.lines()[row]
        self.lines.fill(
            row,
            LineText(
                description=item.description or "",
                rate=str(item.rate),
                taxes=taxes_text(taxes)
                if taxes or self.customer_tax.exemption_reason
                else line.taxes,
            ),
        )

    # --- the draft and its totals ------------------------------------------------------------------
    def currency_code(self) -> str:
        """Return the currency typed, else the organization's."""
        return self.currency.text().strip().upper() or self.organization.currency_code

    def draft(self) -> DocumentDraft:
        """Return the document the form describes; raise ValidationError naming the field."""
        currency = self.currency_code()
        if len(currency) != 3 or not currency.isalpha():
            raise ValidationError(
                self.tr("Currency"), self.tr("use a three-letter code such as USD or EUR")
            )
        if not self.lines.lines():
            raise ValidationError(self.tr("Line items"), self.tr("add at least one line"))
        items = tuple(parse_line(line, number) for number, line in enumerate(self.lines.lines(), 1))
        is_credit = self.kind is DocumentKind.CREDIT_NOTE
        if not is_credit and _pydate(self.due_date.date()) < _pydate(self.date.date()):
            due = (
                self.tr("Due date") if self.kind is DocumentKind.INVOICE else self.tr("Expiry date")
            )
            raise ValidationError(due, self.tr("cannot be before the document's date"))
        return DocumentDraft(
            kind=self.kind,
            date=_pydate(self.date.date()),
            line_items=items,
            customer_id=self.customer.customer_id or None,
            due_date=None if is_credit else _pydate(self.due_date.date()),
            reference=self.reference.text().strip() or None,
            currency_code=currency,
            is_inclusive_tax=self.tax_inclusive.isChecked(),
            tax_rounding=self.organization.tax_rounding,
            discount=parse_discount_text(self.discount.text(), self.tr("Discount")),
            is_discount_before_tax=self.discount_before_tax.isChecked(),
            shipping_charge=parse_amount(self.shipping.text(), self.tr("Shipping")),
            adjustment=parse_amount(self.adjustment.text(), self.tr("Adjustment"), signed=True),
            notes=self.notes.toPlainText().strip() or None,
            terms=self.terms.toPlainText().strip() or None,
            credited_invoice=self.credited_invoice.text().strip().upper() or None
            if is_credit
            else None,
        )

    def recompute(self) -> None:
        """Recompute the totals with the domain's arithmetic; show the first problem instead."""
        try:
            draft = self.draft()
            pricing = Pricing(
                currency_code=draft.currency_code or self.organization.currency_code,
                discount=draft.discount,
                is_discount_before_tax=draft.is_discount_before_tax,
                is_inclusive_tax=draft.is_inclusive_tax,
                tax_rounding=draft.tax_rounding or self.organization.tax_rounding,
                shipping_charge=draft.shipping_charge,
                adjustment=draft.adjustment,
            )
            totals = compute_totals(draft.line_items, pricing)
        except ValidationError as error:
            # The last valid figures stay where they are; the refused cell is marked.
            self.totals = None
            self.message.setText(str(error))
            if isinstance(error, LineError):
                self.lines.set_problem(error.row, LINE_COLUMNS[error.column], str(error))
            else:
                self.lines.clear_problem()
            return
        self.totals = totals
        self.lines.clear_problem()
        self.message.clear()
        currency = pricing.currency_code
        self.lines.set_amounts([amount_text(line.amount, currency) for line in totals.lines])
        self._show_totals(totals, currency)

    def _show_totals(self, totals: Totals, currency: str) -> None:
        # One rich-text label, rewritten per keystroke: no widgets created or destroyed.
        rows = [(self.tr("Sub total"), totals.sub_total)]
        if totals.discount_total:
            rows.append((self.tr("Discount"), -totals.discount_total))
        rows += [
            (self.tr("{name} ({rate}%)").format(name=tax.name, rate=tax.rate), tax.amount)
            for tax in totals.taxes
        ]
        if totals.shipping_charge:
            rows.append((self.tr("Shipping"), totals.shipping_charge))
        if totals.adjustment:
            rows.append((self.tr("Adjustment"), totals.adjustment))
        cells = "".join(
            f"<tr><td>{html.escape(label)}</td><td align='right'>{amount_text(amount, currency)}</td></tr>"
            for label, amount in rows
        )
        total = amount_text(totals.total, currency)
        total_label = self.tr("Total ({currency})").format(currency=currency)
        self.totals_label.setText(
            f"<table cellspacing='6'>{cells}<tr><td><b>{html.escape(total_label)}</b></td>"
            f"<td align='right'><b>{total}</b></td></tr></table>"
        )

    def total_text(self) -> str:
        """Return the total as shown ("" while the form is invalid)."""
        return format_money(self.totals.total, self.currency_code()) if self.totals else ""

    # --- saving --------------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        try:
            draft = self.draft()
            if draft.customer_id is None:
                raise ValidationError(
                    self.tr("Customer"), self.tr("pick a customer from the suggestions")
                )
        except ValidationError as error:
            self._show_refusal(error)
            return
        self.save_button.setEnabled(False)
        operation = (
            (self._documents.create, draft)
            if self.document_id is None
            else (self._documents.update, self.document_id, draft, self._opened_version)
        )
        self._runner.run(
            Lane.DATABASE,
            *operation,
            on_success=self._on_saved,
            on_failure=self._show_refusal,
            on_done=lambda: self.save_button.setEnabled(True),
            owner=self,
        )

    def _on_saved(self, document: Document) -> None:
        self._saved = True
        self.document_id = document.id
        self.document_saved.emit(document)
        self.accept()

    def _show_refusal(self, error: UserFacingError) -> None:
        self.message.setText(str(error))
        if isinstance(error, LineError):
            cell = self.lines.index(error.row, LINE_COLUMNS[error.column])
            self.lines.set_problem(cell.row(), cell.column(), str(error))
            self.table.setCurrentIndex(cell)
            self.table.scrollTo(cell)
            self.table.setFocus()
            return
        field = getattr(error, "field", "")
        targets = {
            self.tr("Customer"): self.customer,
            self.tr("Currency"): self.currency,
            self.tr("Discount"): self.discount,
            self.tr("Shipping"): self.shipping,
            self.tr("Adjustment"): self.adjustment,
            "invoice": self.credited_invoice,
        }
        if field in targets:
            targets[field].setFocus()

    # --- leaving ------------------------------------------------------------------------------
    _saved = False
    _snapshot: tuple[object, ...] = ()

    def form_state(self) -> tuple[object, ...]:
        """Return everything the user can type, to tell whether anything changed."""
        texts = (self.reference, self.currency, self.discount, self.shipping, self.adjustment)
        return (
            self.customer.customer_id,
            self.customer.text(),
            self.date.date(),
            self.due_date.date(),
            self.credited_invoice.text(),
            *(field.text() for field in texts),
            self.notes.toPlainText(),
            self.terms.toPlainText(),
            self.discount_before_tax.isChecked(),
            self.tax_inclusive.isChecked(),
            tuple(self.lines.lines()),
        )

    def mark_unchanged(self) -> None:
        """Take the form as it is now as the state Cancel compares with."""
        self._snapshot = self.form_state()

    def has_changes(self) -> bool:
        """Return True when something was typed since the form was filled."""
        return not self._saved and self.form_state() != self._snapshot

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask before typed work is thrown away."""
        if not self.has_changes():
            super().reject()
            return
        if self.discard_box is None:
            self.discard_box = self._discard_box()
        self.discard_box.open()  # window-modal, never a nested event loop

    def _on_discard_box_finished(self, button: int) -> None:
        if button == QMessageBox.StandardButton.Discard:
            self._saved = True  # nothing left to ask about
            super().reject()

    discard_box: QMessageBox | None = None

    def _discard_box(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Discard the changes to this document?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("What you typed here is not saved."))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_discard_box_finished)
        return box

    def _on_add_button_clicked(self) -> None:
        row = self.lines.add_line(LineText(taxes=self.default_taxes))
        self.table.setCurrentIndex(self.lines.index(row, Columns.ITEM))
        self.table.edit(self.lines.index(row, Columns.ITEM))

    def _row(self) -> int:
        return self.table.currentIndex().row()

    def _move(self, delta: int) -> None:
        row = self.lines.move_line(self._row(), delta)
        self.table.setCurrentIndex(self.lines.index(row, Columns.ITEM))
