"""Record a payment (or a refund): amount (the balance by default), date, mode and reference,
refused field by field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain.documents import PaymentDraft
from desktop.domain.errors import ValidationError
from desktop.domain.money import ZERO, format_money, parse_decimal


class PaymentDialog(QDialog):
    """Asks for one payment; `draft()` returns it once accepted. No signals beyond QDialog's."""

    def __init__(
        self,
        number: str,
        balance: Decimal,
        currency_code: str,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Record payment for {number}").format(number=number))
        self._balance = balance
        self._currency = currency_code
        self.amount = QLineEdit(format_money(balance, currency_code))
        self.amount.setAccessibleName(self.tr("Amount"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date"))
        self.mode = QLineEdit(placeholderText=self.tr("bank transfer, cash, card…"))
        self.mode.setAccessibleName(self.tr("Mode"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.message = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Amount ({currency}):").format(currency=currency_code), self.amount)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Mode:"), self.mode)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.message)
        form.addRow(buttons)

    def draft(self) -> PaymentDraft:
        """Return the payment entered; raise ValidationError naming the field."""
        amount = parse_decimal(self.amount.text(), self.tr("Amount"))
        if amount <= ZERO:
            raise ValidationError(self.tr("Amount"), self.tr("must be more than zero"))
        if amount > self._balance:
            raise ValidationError(
                self.tr("Amount"),
                self.tr("is more than the balance of {balance}").format(
                    balance=format_money(self._balance, self._currency)
                ),
            )
        picked = self.day.date()
        return PaymentDraft(
            amount=amount,
            date=date(picked.year(), picked.month(), picked.day()),
            mode=self.mode.text().strip() or None,
            reference=self.reference.text().strip() or None,
        )

    def _on_buttons_accepted(self) -> None:
        try:
            self.draft()
        except ValidationError as error:
            self.message.setText(str(error))
            self.amount.setFocus()
            return
        self.accept()
