"""A document's PDF made a Factur-X PDF/A-3 with the CII XML embedded as factur-x.xml."""

from __future__ import annotations

import io

from facturx import generate_from_binary
from PIL import ImageCms
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

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
            with_output_intent(pdf),
            cii_xml(invoice),
            flavor="factur-x",
            level="en16931",
            check_xsd=True,
            pdf_metadata=metadata,
        )
    )


def with_output_intent(pdf: bytes) -> bytes:
    """Return the PDF with the sRGB output intent PDF/A asks for (an ICC profile from Pillow)."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    profile = DecodedStreamObject()
    profile.set_data(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB"),
            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/DestOutputProfile"): writer._add_object(profile),
        }
    )
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
