"""Save as e-invoice…: choose Factur-X (PDF) or UBL (XML), then where; written on the PDF lane."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.einvoices import EInvoiceFormat, EInvoicesController
from desktop.domain.documents import Document
from desktop.domain.errors import UserFacingError
from desktop.ui.locale_format import QT_TRANSLATE_NOOP
from desktop.ui.task_runner import Lane, TaskRunner

LABELS = {
    EInvoiceFormat.FACTURX: QT_TRANSLATE_NOOP(
        "EinvoiceDialog", "Factur-X / ZUGFeRD (PDF with the invoice data inside, EN 16931)"
    ),
    EInvoiceFormat.UBL: QT_TRANSLATE_NOOP(
        "EinvoiceDialog", "UBL 2.1 — Peppol BIS Billing 3.0 (XML)"
    ),
}
FILTERS = {
    EInvoiceFormat.FACTURX: QT_TRANSLATE_NOOP("EinvoiceDialog", "PDF (*.pdf)"),
    EInvoiceFormat.UBL: QT_TRANSLATE_NOOP("EinvoiceDialog", "XML (*.xml)"),
}


class EInvoiceFormatDialog(QDialog):
    """Asks which e-invoice syntax to write."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save {number} as e-invoice").format(number=number))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Format:")))
        self.choices = {
            form: QRadioButton(QCoreApplication.translate("EinvoiceDialog", label), self)
            for form, label in LABELS.items()
        }
        for button in self.choices.values():
            layout.addWidget(button)
        self.choices[EInvoiceFormat.FACTURX].setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> EInvoiceFormat:
        """Return the format whose button is checked."""
        return next(form for form, button in self.choices.items() if button.isChecked())


def save_einvoice(
    parent: QWidget,
    einvoices: EInvoicesController,
    runner: TaskRunner,
    document: Document,
    on_saved: Callable[[Path], None],
    on_failed: Callable[[UserFacingError], None],
) -> None:
    """Ask for the format and the file, then write the e-invoice on the PDF lane."""
    dialog = EInvoiceFormatDialog(document.number, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    form = dialog.chosen()
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EinvoiceDialog", "Save e-invoice"),
        f"{document.number}{form.suffix}",
        QCoreApplication.translate("EinvoiceDialog", FILTERS[form]),
    )
    if not name:
        return
    path = Path(name)
    runner.run(
        Lane.PDF,
        einvoices.save,
        document.id,
        form,
        path,
        on_success=lambda _none: on_saved(path),
        on_failure=on_failed,
        owner=parent,
    )
