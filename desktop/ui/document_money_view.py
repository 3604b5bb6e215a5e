"""Money on one document: its payments (each can be deleted) and, on a credit note, Apply to
invoice… and Refund…; every change runs on the database lane."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.documents import DocumentsController
from desktop.domain.documents import Document, DocumentKind, DocumentStatus, DocumentSummary
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.money import format_money, parse_decimal
from desktop.ui.payment_dialog import PaymentDialog
from desktop.ui.task_runner import Lane, TaskRunner


class ApplyCreditDialog(QDialog):
    """Asks which invoice and how much of a credit note to apply. No signals beyond QDialog's."""

    def __init__(
        self, credit: Document, invoices: list[DocumentSummary], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply {number} to an invoice").format(number=credit.number))
        self._credit = credit
        self.invoice = QComboBox()
        self.invoice.setAccessibleName(self.tr("Invoice"))
        for row in invoices:
            due = format_money(row.balance, row.currency_code)
            self.invoice.addItem(
                self.tr("{number} — {amount} due").format(number=row.number, amount=due),
                (row.number, row.balance),
            )
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.invoice.currentIndexChanged.connect(self._suggest_amount)
        self._suggest_amount()
        self.message = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Invoice:"), self.invoice)
        form.addRow(
            self.tr("&Amount ({currency}):").format(currency=credit.currency_code), self.amount
        )
        form.addRow(self.message)
        form.addRow(buttons)

    def _suggest_amount(self) -> None:
        chosen = self.invoice.currentData()
        if chosen is not None:
            amount = min(chosen[1], self._credit.balance)
            self.amount.setText(format_money(amount, self._credit.currency_code))

    def choice(self) -> tuple[str, Decimal]:
        """Return (invoice number, amount); raise ValidationError naming the field."""
        chosen = self.invoice.currentData()
        if chosen is None:
            raise ValidationError(
                self.tr("Invoice"),
                self.tr("this customer has no invoice left to pay in this currency"),
            )
        return chosen[0], parse_decimal(self.amount.text(), self.tr("Amount"))

    def _on_buttons_accepted(self) -> None:
        try:
            self.choice()
        except ValidationError as error:
            self.message.setText(str(error))
            return
        self.accept()


class DocumentMoneyView(QWidget):
    """Payments of an invoice with Delete; Apply/Refund on an open credit note.

    Signals (GUI thread): document_changed(object) — the Document after a change
    """

    document_changed = Signal(object)

    def __init__(
        self, documents: DocumentsController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._documents = documents
        self._runner = runner
        self.document: Document | None = None
        self.dialog: QDialog | None = None
        self.payments = QListWidget()
        self.payments.setAccessibleName(self.tr("Payments"))
        self.payments.setMaximumHeight(90)
        self.delete_button = QPushButton(self.tr("&Delete payment"))
        self.apply_button = QPushButton(self.tr("Appl&y to invoice…"))
        self.refund_button = QPushButton(self.tr("Re&fund…"))
        self.summary = QLabel()
        self.message = QLabel(wordWrap=True)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.refund_button.clicked.connect(self._on_refund_button_clicked)
        self.payments.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.delete_button, self.apply_button, self.refund_button):
            buttons.addWidget(button)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.payments)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setVisible(False)

    def show_document(self, document: Document) -> None:
        """Show the payments (or a credit note's uses) of the document."""
        self.document = document
        self.payments.clear()
        money = document.currency_code
        for p in document.payments:
            text = self.tr("Payment {date}  {amount} {currency}  {mode}").format(
                date=p.date, amount=format_money(p.amount, money), currency=money, mode=p.mode or ""
            )
            item = QListWidgetItem(text.rstrip())
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.payments.addItem(item)
        for a in document.credit_applications:
            other = (
                a.invoice_number
                if document.kind is DocumentKind.CREDIT_NOTE
                else a.credit_note_number
            )
            self.payments.addItem(
                self.tr("Credit {date}  {amount} {currency}  {document}").format(
                    date=a.date,
                    amount=format_money(a.amount, money),
                    currency=money,
                    document=other,
                )
            )
        for r in document.refunds:
            text = self.tr("Refund {date}  {amount} {currency}  {mode}").format(
                date=r.date, amount=format_money(r.amount, money), currency=money, mode=r.mode or ""
            )
            self.payments.addItem(text.rstrip())
        is_credit = document.kind is DocumentKind.CREDIT_NOTE
        self.apply_button.setVisible(is_credit)
        self.refund_button.setVisible(is_credit)
        self.delete_button.setVisible(document.kind is DocumentKind.INVOICE)
        left = format_money(document.balance, money)
        summary = (
            self.tr("Left to use: {amount} {currency}")
            if is_credit
            else self.tr("Balance: {amount} {currency}")
        )
        self.summary.setText(summary.format(amount=left, currency=money))
        self.setVisible(document.kind is not DocumentKind.ESTIMATE)
        self.message.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        document = self.document
        item = self.payments.currentItem()
        self.delete_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )
        usable = document is not None and document.status is DocumentStatus.OPEN
        self.apply_button.setEnabled(usable)
        self.refund_button.setEnabled(usable)

    def _on_delete_button_clicked(self) -> None:
        item = self.payments.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self._run(self._documents.delete_payment, int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_apply_button_clicked(self) -> None:
        if self.document is not None:
            self._runner.run(
                Lane.DATABASE,
                self._documents.credit_targets,
                self.document.id,
                on_success=self._ask_application,
                on_failure=self._on_failed,
                owner=self,
            )

    def _ask_application(self, invoices: list[DocumentSummary]) -> None:
        credit = self.document
        if credit is None:
            return
        dialog = ApplyCreditDialog(credit, invoices, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(credit, dialog))
        dialog.open()
        self.dialog = dialog

    def _apply(self, credit: Document, dialog: ApplyCreditDialog) -> None:
        number, amount = dialog.choice()
        self._run(lambda: self._documents.apply_credit(credit.number, number, amount)[0])

    def _on_refund_button_clicked(self) -> None:
        credit = self.document
        if credit is None:
            return
        dialog = PaymentDialog(
            credit.number,
            credit.balance,
            credit.currency_code,
            self,
            self.tr("Refund from {number}").format(number=credit.number),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._refund(credit, dialog))
        dialog.open()
        self.dialog = dialog

    def _refund(self, credit: Document, dialog: PaymentDialog) -> None:
        draft = dialog.draft()
        self._run(
            self._documents.refund,
            credit.number,
            draft.amount,
            draft.date,
            draft.mode,
            draft.reference,
        )

    def _run(self, operation: Callable[..., Document], *args: object) -> None:
        self._runner.run(
            Lane.DATABASE,
            operation,
            *args,
            on_success=self.document_changed.emit,
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_failed(self, error: UserFacingError) -> None:
        self.message.setText(str(error))
