"""A document's PDF made a Factur-X PDF/A-3 with the CII XML embedded as factur-x.xml."""

from __future__ import annotations

from facturx import generate_from_binary

from desktop.einvoice.cii import cii_xml
from desktop.einvoice.model import EInvoice


def facturx_pdf(pdf: bytes, invoice: EInvoice) -> bytes:
    """Return the Factur-X (EN 16931 profile) PDF of an invoice from its printed PDF."""
    kind = "Credit note" if invoice.is_credit_note else "Invoice"
    metadata = {
        "author": invoice.seller.name,
        "keywords": "Factur-X, EN 16931",
        "title": f"{invoice.seller.name}: {kind} {invoice.number}",
        "subject": f"{kind} {invoice.number} dated {invoice.issue_date.isoformat()} "
        f"issued by {invoice.seller.name}",
    }
    return bytes(
        generate_from_binary(
            pdf,
            cii_xml(invoice),
            flavor="factur-x",
            level="en16931",
            check_xsd=True,
            pdf_metadata=metadata,
        )
    )
