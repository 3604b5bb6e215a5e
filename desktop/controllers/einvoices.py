"""E-invoices of stored documents: Factur-X PDF or UBL XML bytes, and writing them to a file."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import StorageError

if TYPE_CHECKING:  # the e-invoice libraries load when an e-invoice is made, not with the CLI
    from desktop.controllers.customers import CustomersController
    from desktop.controllers.documents import DocumentsController
    from desktop.einvoice.model import EInvoice


class EInvoiceFormat(StrEnum):
    """The two syntaxes: Factur-X (a PDF with CII inside) and UBL 2.1 Peppol BIS Billing 3.0."""

    FACTURX = "facturx"
    UBL = "ubl"

    @property
    def suffix(self) -> str:
        """Return the file name suffix of the format."""
        return ".pdf" if self is EInvoiceFormat.FACTURX else ".xml"


class EInvoicesController:
    """Builds e-invoices from what the documents and customers controllers return."""

    def __init__(self, documents: DocumentsController, customers: CustomersController) -> None:
        self._documents = documents
        self._customers = customers

    def einvoice(self, number: str | int) -> EInvoice:
        """Return the EN 16931 invoice of a document; UserFacingError naming what is missing."""
        from desktop.einvoice.model import build_einvoice

        document = self._documents.get(number)
        customer = self._customers.get(document.customer_id)
        contact = customer.send_to
        return build_einvoice(
            document,
            self._documents.organization(),
            customer.tax.tax_id,
            contact.email if contact else None,
        )

    def render(self, number: str | int, form: EInvoiceFormat) -> bytes:
        """Return the file's bytes, checked against the official schema of its syntax."""
        from desktop.einvoice.facturx_pdf import facturx_pdf
        from desktop.einvoice.ubl import ubl_xml

        invoice = self.einvoice(number)
        if form is EInvoiceFormat.UBL:
            return ubl_xml(invoice)
        return facturx_pdf(self._documents.render_pdf(number), invoice)

    def save(self, number: str | int, form: EInvoiceFormat, path: Path) -> None:
        """Write the e-invoice to a file (nothing is written when data is missing)."""
        content = self.render(number, form)
        try:
            path.write_bytes(content)
        except OSError as exc:
            raise StorageError(
                f"The e-invoice cannot be written to {path}: {exc.strerror}."
            ) from exc
