"""One customer: its name and actions on top, then tabs: its documents first, then the details
(CRM-managed fields read-only, local fields editable, contact persons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.customers import CustomersController
from desktop.domain.customers import Address, Customer, CustomerStatus
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.ui.empty_state_view import EmptyStateView
from desktop.ui.latest_only import LatestOnly
from desktop.ui.table_setup import button_bar
from desktop.ui.task_runner import Lane, TaskRunner


def parse_local_fields(currency: str, terms: str) -> tuple[str | None, int | None]:
    """Return (currency code, payment terms in days) from the form's text; raise ValidationError
    naming the field."""
    code = currency.strip().upper() or None
    if code is not None and (len(code) != 3 or not code.isalpha()):
        raise ValidationError(
            QCoreApplication.translate("CustomerDetailView", "Currency"),
            QCoreApplication.translate(
                "CustomerDetailView", "use a three-letter code such as USD or EUR."
            ),
        )
    text = terms.strip()
    if not text:
        return code, None
    if not text.isdigit() or int(text) > 3650:
        raise ValidationError(
            QCoreApplication.translate("CustomerDetailView", "Payment terms"),
            QCoreApplication.translate(
                "CustomerDetailView", "enter a number of days between 0 and 3650."
            ),
        )
    return code, int(text)


class CustomerDetailView(QWidget):
    """The selected customer.

    Signals (GUI thread):
      customer_saved(int) — local fields were saved for this customer id
      new_document_requested(int, str) — customer id and "invoice" or "estimate"
      record_payment_requested(int) — customer id
      merge_requested(int) — customer id (the merge source)
      statement_requested(int) — customer id whose statement PDF is to be saved
    """

    customer_saved = Signal(int)
    new_document_requested = Signal(int, str)
    record_payment_requested = Signal(int)
    merge_requested = Signal(int)
    statement_requested = Signal(int)

    def __init__(
        self, customers: CustomersController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._runner = runner
        self._latest = LatestOnly()
        self.customer: Customer | None = None
        self.stack = QStackedWidget()
        self.empty = EmptyStateView(
            self.tr("No customer selected"), self.tr("Select a customer to see its details.")
        )
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_details())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_details(self) -> QWidget:
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.crm_group = QGroupBox(self.tr("From Zoho CRM"))
        crm_form = QFormLayout(self.crm_group)
        self.crm_note = QLabel(
            self.tr("These come from Zoho CRM and are updated by each sync."), wordWrap=True
        )
        self.phone, self.fax = QLabel(), QLabel()
        self.billing, self.shipping = QLabel(), QLabel()
        crm_form.addRow(self.crm_note)
        for label, widget in (
            (self.tr("Phone:"), self.phone), (self.tr("Fax:"), self.fax),
            (self.tr("Billing address:"), self.billing), (self.tr("Shipping address:"), self.shipping),
        ):  # fmt: skip
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget.setAccessibleName(label.rstrip(":"))
            crm_form.addRow(label, widget)
        local = QGroupBox(self.tr("Local to Invoice Desk"))
        local_form = QFormLayout(local)
        self.currency = QLineEdit(maxLength=3, placeholderText=self.tr("the organization's"))
        self.terms = QLineEdit(placeholderText=self.tr("days, e.g. 30"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_message = QLabel(wordWrap=True)
        editors: tuple[tuple[str, QWidget], ...] = (
            (self.tr("C&urrency:"), self.currency),
            (self.tr("Payment &terms:"), self.terms),
            (self.tr("N&otes:"), self.notes),
        )
        for label, editor in editors:
            editor.setAccessibleName(label.replace("&", "").rstrip(":"))
            local_form.addRow(label, editor)
        local_form.addRow(self.save_button, self.save_message)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        people = QGroupBox(self.tr("Contact persons"))
        self.contact_persons = QListWidget()
        self.contact_persons.setAccessibleName(self.tr("Contact persons"))
        QVBoxLayout(people).addWidget(self.contact_persons)
        self.new_invoice_button = QPushButton(self.tr("New &invoice"))
        self.new_estimate_button = QPushButton(self.tr("New &estimate"))
        self.payment_button = QPushButton(self.tr("Record &payment"))
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.statement_button = QPushButton(self.tr("S&tatement PDF…"))
        self.statement_button.setToolTip(self.tr("Save this customer's statement: documents, payments and "
                                         "credits with a running balance"))  # fmt: skip
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(
            button_bar(
                [
                    self.new_invoice_button,
                    self.new_estimate_button,
                    self.payment_button,
                    self.statement_button,
                ]
            ),
            1,
        )
        actions.addWidget(button_bar([self.merge_button]))  # apart: it changes more than this
        self.new_invoice_button.clicked.connect(lambda: self._request_document("invoice"))
        self.new_estimate_button.clicked.connect(lambda: self._request_document("estimate"))
        self.payment_button.clicked.connect(lambda: self.record_payment_requested.emit(self._id()))
        self.merge_button.clicked.connect(lambda: self.merge_requested.emit(self._id()))
        self.statement_button.clicked.connect(lambda: self.statement_requested.emit(self._id()))
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        for part in (self.crm_group, local, people):
            self.body_layout.addWidget(part)
        self.body_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.sections = QTabWidget()
        self.sections.setAccessibleName(self.tr("Customer sections"))
        self.sections.setDocumentMode(True)
        self.sections.addTab(scroll, self.tr("Detai&ls"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addWidget(self.sections, 1)
        return page

    def add_section(self, section: QWidget, title: str | None = None, index: int = -1) -> None:
        """Add a section: with a title as its own tab at `index` (the composition root puts the
        customer's documents first), without one at the end of the Details tab."""
        if title is None:
            self.body_layout.insertWidget(self.body_layout.count() - 1, section)
            return
        self.sections.insertTab(index, section, title)
        self.sections.setCurrentIndex(0)

    # --- public ------------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        """Load and show a customer on the database lane; 0 shows the empty state."""
        token = self._latest.next_token()
        if self.customer is not None and self.customer.id != customer_id:
            # Never show (or save into) one customer while another is selected: empty until loaded.
            self.customer = None
            self.stack.setCurrentWidget(self.empty)
        if customer_id == 0:
            self.customer = None
            self.stack.setCurrentWidget(self.empty)
            return
        self._runner.run(
            Lane.DATABASE,
            _load,
            self._customers,
            self._latest,
            token,
            customer_id,
            on_success=lambda customer: self._on_loaded(token, customer),
            on_failure=lambda _error: self._on_load_failed(token),
            owner=self,
        )

    def refresh_if_shown(self, changed_ids: frozenset[int]) -> None:
        """Reload when a sync changed the customer on screen."""
        if self.customer is not None and self.customer.id in changed_ids:
            self.show_customer(self.customer.id)

    # --- slots -------------------------------------------------------------------------------
    def _on_loaded(self, token: int, customer: Customer) -> None:
        if not self._latest.is_current(token):
            return
        self.customer = customer
        if customer.status is CustomerStatus.ACTIVE:
            title = self.tr("<h2>{name}</h2>")
        else:
            title = self.tr("<h2>{name} <i>(inactive)</i></h2>")
        self.title.setText(title.format(name=_escape(customer.name)))
        self.crm_note.setVisible(customer.crm is not None)
        self.crm_group.setTitle(
            self.tr("From Zoho CRM") if customer.crm else self.tr("Contact details")
        )
        self.phone.setText(customer.phone or "—")
        self.fax.setText(customer.fax or "—")
        self.billing.setText(_address(customer.billing_address))
        self.shipping.setText(_address(customer.shipping_address))
        self.currency.setText(customer.currency_code or "")
        self.terms.setText(
            "" if customer.payment_terms_days is None else str(customer.payment_terms_days)
        )
        self.notes.setPlainText(customer.notes or "")
        self.save_message.clear()
        self.contact_persons.clear()
        for person in customer.contact_persons:
            parts = [
                person.display_name or self.tr("(no name)"),
                person.email,
                person.phone or person.mobile,
            ]
            primary = "  (primary)" if person.is_primary else ""
            self.contact_persons.addItem(" — ".join(p for p in parts if p) + primary)
        self.stack.setCurrentIndex(1)

    def _on_load_failed(self, token: int) -> None:
        # The customer is gone (deleted by a sync, merged away): show nothing rather than the last.
        if self._latest.is_current(token):
            self.customer = None
            self.stack.setCurrentWidget(self.empty)

    def _on_save_button_clicked(self) -> None:
        if self.customer is None:
            return
        try:
            currency, terms = parse_local_fields(self.currency.text(), self.terms.text())
        except ValidationError as error:
            self.save_message.setText(str(error))
            (self.currency if error.field == self.tr("Currency") else self.terms).setFocus()
            return
        self.save_button.setEnabled(False)
        self._runner.run(
            Lane.DATABASE,
            self._customers.update_local_fields,
            self.customer.id,
            currency,
            terms,
            self.notes.toPlainText().strip() or None,
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
            on_done=lambda: self.save_button.setEnabled(True),
            owner=self,
        )

    def _on_saved(self, customer: Customer) -> None:
        self._on_loaded(self._latest.next_token(), customer)
        self.save_message.setText(self.tr("Saved."))
        self.customer_saved.emit(customer.id)

    def _on_save_failed(self, error: UserFacingError) -> None:
        self.save_message.setText(str(error))

    def _request_document(self, kind: str) -> None:
        self.new_document_requested.emit(self._id(), kind)

    def _id(self) -> int:
        return self.customer.id if self.customer else 0


def _load(
    customers: CustomersController, latest: LatestOnly, token: int, customer_id: int
) -> Customer:
    latest.check(token)
    return customers.get(customer_id)


def _address(address: Address) -> str:
    return "\n".join(address.lines()) or "—"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
