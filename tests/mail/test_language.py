"""Emails in the customer's language: the default texts translated, amounts and dates as its
readers write them, the attached PDF in the same language; a template the user wrote is kept."""

from __future__ import annotations

import io
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.controllers.services import Services
from desktop.domain.customer_local import LocalChange
from desktop.domain.mail import MailRequest, MailTemplates, OutboxState, Purpose
from tests.mail.conftest import seed_invoice, use_server
from tests.mail.smtp_server import running_smtp

DUE = date(2099, 1, 1)


def _send(
    services: Services, tmp_path: Path, language: str | None, purpose: Purpose
) -> EmailMessage:
    number = seed_invoice(services, DUE)
    customer = services.documents.get(number).customer_id
    if language:
        services.customers.set_local_fields(customer, LocalChange(language=language))
    if purpose is Purpose.REMINDER:
        services.documents.set_status(number, "sent")
    with running_smtp(str(tmp_path)) as server:
        use_server(services, server)
        entry = services.mail.send_document(number, MailRequest(purpose=purpose))
        assert entry.state is OutboxState.SENT
        return server.recorder.received[0].parsed()


def _body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return " ".join(part.get_content().replace("\u202f", " ").replace("\u00a0", " ").split())


def _attached_pdf(message: EmailMessage) -> str:
    [attachment] = list(message.iter_attachments())
    return "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(attachment.get_content())).pages
    )


@pytest.mark.parametrize(
    ("language", "subject", "body", "pdf_title"),
    [
        ("de", "INV-000001 von Shop & Co", "anbei erhalten Sie INV-000001 über 100,00 $, fällig am 1. Januar 2099", "Rechnung"),
        ("fr", "INV-000001 de Shop & Co", "veuillez trouver ci-joint INV-000001 d'un montant de 100,00 $US, à régler avant le 1 janvier 2099", "Facture"),
        ("es", "INV-000001 de Shop & Co", "le adjuntamos INV-000001 por importe de 100,00 US$, con vencimiento el 1 de enero de 2099", "Factura"),
        (None, "INV-000001 from Shop & Co", "please find INV-000001 attached: $100.00, due January 1, 2099", "Invoice"),
    ],
)  # fmt: skip
def test_a_document_email_speaks_the_customers_language(
    services: Services,
    tmp_path: Path,
    language: str | None,
    subject: str,
    body: str,
    pdf_title: str,
) -> None:
    message = _send(services, tmp_path, language, Purpose.DOCUMENT)
    assert message["Subject"] == subject
    assert body in _body(message)
    assert pdf_title in _attached_pdf(message)


def test_a_reminder_speaks_the_customers_language(services: Services, tmp_path: Path) -> None:
    message = _send(services, tmp_path, "de", Purpose.REMINDER)
    assert message["Subject"] == "Zahlungserinnerung: INV-000001 ist überfällig"
    assert "noch 100,00 $ offen" in _body(message)


def test_a_template_the_user_wrote_is_kept_with_the_customers_conventions(
    services: Services, tmp_path: Path
) -> None:
    number = seed_invoice(services, DUE)
    customer = services.documents.get(number).customer_id
    services.customers.set_local_fields(customer, LocalChange(language="de"))
    with running_smtp(str(tmp_path)) as server:
        use_server(services, server)
        config = services.mail.config()
        services.mail.save(
            config.server,
            templates=MailTemplates(
                "Ihre Rechnung {number}", "Betrag {total} bis {due_date}", "R {number}", "R"
            ),
        )
        services.mail.send_document(number, MailRequest())
        message = server.recorder.received[0].parsed()
    assert message["Subject"] == "Ihre Rechnung INV-000001"
    assert _body(message) == "Betrag 100,00 $ bis 1. Januar 2099"
