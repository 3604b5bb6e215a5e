"""A customer's local invoicing fields: tax id, default tax or tax exemption (with its reason),
the contact person documents are sent to and the language of its documents; saved on the
database lane."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.catalogue import CatalogueController
from desktop.controllers.customers import CustomersController
from desktop.domain.catalogue import Catalogue
from desktop.domain.customer_local import LocalChange
from desktop.domain.customers import Customer
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.language import LANGUAGE_NAMES, LANGUAGES
from desktop.ui.catalogue_views import rate_label
from desktop.ui.task_runner import Lane, TaskRunner


@dataclass(frozen=True, slots=True)
class CustomerTaxes:
    """A customer with the taxes it can default to, read in one worker call."""

    customer: Customer
    catalogue: Catalogue


def _read(
    customers: CustomersController, catalogue: CatalogueController, customer_id: int
) -> CustomerTaxes:
    return CustomerTaxes(customers.get(customer_id), catalogue.read())


class CustomerTaxView(QGroupBox):
    """Tax id, tax setting, exemption reason and who gets documents, with its own Save.

    Signals (GUI thread): customer_saved(int) — the customer id whose fields were saved
    """

    customer_saved = Signal(int)

    def __init__(
        self,
        customers: CustomersController,
        catalogue: CatalogueController,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tax and sending"), parent)
        self._customers, self._catalogue, self._runner = customers, catalogue, runner
        self.customer_id = 0
        self.tax_id = QLineEdit(placeholderText=self.tr("VAT / tax number printed on documents"))
        self.tax = QComboBox()
        self.reason = QLineEdit(
            placeholderText=self.tr("e.g. Intra-EU supply, reverse charge (Art. 196)")
        )
        self.send_to = QComboBox()
        self.language = QComboBox()
        self.language.addItem(self.tr("The organization's language"), None)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)  # each name in its own language
        self.save_button = QPushButton(self.tr("Save &tax settings"))
        self.message = QLabel(wordWrap=True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Tax &id:"), self.tax_id),
            (self.tr("Ta&x:"), self.tax),
            (self.tr("Exemption &reason:"), self.reason),
            (self.tr("Send documents &to:"), self.send_to),
            (self.tr("Document &language:"), self.language),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        self.tax.currentIndexChanged.connect(lambda _i: self._update_reason())
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.setVisible(False)

    def show_customer(self, customer_id: int) -> None:
        """Load a customer's fields (0 hides the form)."""
        self.customer_id = customer_id
        self.setVisible(customer_id != 0)
        if customer_id:
            self._runner.run(
                Lane.DATABASE, _read, self._customers, self._catalogue, customer_id,
                on_success=self._on_read, owner=self,
            )  # fmt: skip

    def _on_read(self, read: CustomerTaxes) -> None:
        customer = read.customer
        if customer.id != self.customer_id:
            return  # another customer was selected meanwhile
        tax = customer.tax
        self.tax_id.setText(tax.tax_id or "")
        self.tax.clear()
        self.tax.addItem(self.tr("The organization's default"), "")
        self.tax.addItem(self.tr("Tax exempt"), None)  # None marks "exempt"
        for rate in read.catalogue.taxes:
            if not rate.archived or rate.name == tax.default_tax:
                self.tax.addItem(rate_label(rate.name, rate.rate), rate.name)
        if tax.tax_exemption_reason:
            self.tax.setCurrentIndex(1)
        elif tax.default_tax:
            self.tax.setCurrentIndex(max(0, self.tax.findData(tax.default_tax)))
        self.reason.setText(tax.tax_exemption_reason or "")
        self.send_to.clear()
        self.send_to.addItem(self.tr("The primary contact person"), None)
        for person in customer.contact_persons:
            label = " — ".join(
                p for p in (person.display_name or self.tr("(no name)"), person.email) if p
            )
            self.send_to.addItem(label, person.id)
        self.send_to.setCurrentIndex(max(0, self.send_to.findData(tax.send_to_contact_id)))
        self.language.setCurrentIndex(max(0, self.language.findData(tax.language)))
        self.message.clear()
        self._update_reason()

    def _update_reason(self) -> None:
        self.reason.setEnabled(self.tax.currentData() is None)

    def change(self) -> LocalChange:
        """Return what Save writes; raise ValidationError naming the field."""
        exempt = self.tax.currentData() is None
        reason = self.reason.text().strip()
        if exempt and not reason:
            raise ValidationError(
                self.tr("Exemption reason"), self.tr("say why the customer pays no tax")
            )
        chosen = self.tax.currentData()
        return LocalChange(
            tax_id=self.tax_id.text(),
            default_tax=None if exempt or not chosen else str(chosen),
            tax_exemption_reason=reason if exempt else None,
            send_to_contact_id=self.send_to.currentData(),
            language=self.language.currentData(),
        )

    def _on_save_button_clicked(self) -> None:
        try:
            change = self.change()
        except ValidationError as error:
            self.message.setText(str(error))
            return
        self.save_button.setEnabled(False)
        self._runner.run(
            Lane.DATABASE, self._customers.set_local_fields, self.customer_id, change,
            on_success=self._on_saved, on_failure=self._on_failed,
            on_done=lambda: self.save_button.setEnabled(True), owner=self,
        )  # fmt: skip

    def _on_saved(self, customer: Customer) -> None:
        self.message.setText(self.tr("Saved."))
        self.customer_saved.emit(customer.id)

    def _on_failed(self, error: UserFacingError) -> None:
        self.message.setText(str(error))
