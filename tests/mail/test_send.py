"""Sending documents through a real SMTP server on loopback: plain, STARTTLS with a test CA, AUTH."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.controllers.services import Services
from desktop.domain.errors import ValidationError
from desktop.domain.lifecycle import DocumentStatus
from desktop.domain.mail import MailRequest, MailServer, OutboxState, Security
from desktop.mail.errors import MailAuthError
from tests.mail.conftest import seed_invoice, use_server
from tests.mail.smtp_server import PASSWORD, USER, Recorder, SmtpServer, running_smtp


def test_a_draft_is_emailed_once_with_its_pdf_to_everyone(
    services: Services, smtp: SmtpServer
) -> None:
    use_server(services, smtp, reply_to="accounts@shop.test")
    number = seed_invoice(services)

    entry = services.mail.send_document(
        number, MailRequest(cc=("bob@customer.test",), bcc=("archive@shop.test",))
    )

    assert entry.state is OutboxState.SENT, entry.error
    [received] = smtp.recorder.received
    assert received.mail_from == "billing@shop.test"
    assert sorted(received.rcpt_tos) == [
        "ana@customer.test",
        "archive@shop.test",
        "bob@customer.test",
    ]
    message = received.parsed()
    assert message["To"] == "Ana Ruiz <ana@customer.test>"
    assert message["Cc"] == "bob@customer.test"
    assert message["Bcc"] is None
    assert message["Reply-To"] == "accounts@shop.test"
    assert message["Subject"] == f"{number} from Shop & Co"
    assert message["Message-ID"] == entry.message_id
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"{number}.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == services.documents.render_pdf(number)
    body = message.get_body(("plain",))
    assert body is not None
    assert "Hello Acme Ltd" in body.get_content()
    document = services.documents.get(number)
    assert document.status is DocumentStatus.SENT
    history = [e.message for e in services.documents.history(number)]
    assert any(
        m.startswith("Emailed to Ana Ruiz <ana@customer.test> (cc bob@customer.test)")
        for m in history
    )


def test_starttls_with_a_private_ca_and_a_login(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_smtp(str(tmp_path), starttls=True, auth=True) as server:
        assert server.ca_file is not None
        use_server(services, server, security=Security.STARTTLS, user=USER)
        services.mail.save(services.mail.config().server, password=PASSWORD)
        number = seed_invoice(services)

        untrusted = services.mail.send_document(number, MailRequest())
        assert untrusted.state is OutboxState.QUEUED
        assert untrusted.error is not None
        assert "certificate of the mail server 127.0.0.1 cannot be verified" in untrusted.error
        assert server.recorder.received == []

        monkeypatch.setenv("SSL_CERT_FILE", server.ca_file)  # OpenSSL's own variable
        report = services.mail.send_pending()
        assert [e.state for e in report.sent] == [OutboxState.SENT]
        assert len(server.recorder.received) == 1


def test_a_wrong_password_is_a_sentence_without_the_password(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_smtp(str(tmp_path), starttls=True, auth=True) as server:
        assert server.ca_file is not None
        monkeypatch.setenv("SSL_CERT_FILE", server.ca_file)
        use_server(services, server, security=Security.STARTTLS, user=USER)
        services.mail.save(services.mail.config().server, password=PASSWORD + "-wrong")
        with pytest.raises(MailAuthError) as raised:
            services.mail.send_test()
        assert "refused the user name or password for billing@shop.test" in raised.value.message
        assert PASSWORD not in raised.value.message
        entry = services.mail.send_document(seed_invoice(services), MailRequest())
        assert entry.state is OutboxState.QUEUED
        assert entry.error is not None
        assert "password" in entry.error
        assert PASSWORD not in entry.error
        assert server.recorder.received == []


def test_a_refused_address_fails_the_message_for_everyone(
    services: Services, tmp_path: Path
) -> None:
    with running_smtp(str(tmp_path), recorder=Recorder(refuse=("nobody",))) as server:
        use_server(services, server)
        entry = services.mail.send_document(
            seed_invoice(services),
            MailRequest(to=("nobody@customer.test",), cc=("bob@customer.test",)),
        )
    assert entry.state is OutboxState.FAILED
    assert entry.error is not None
    assert "refused nobody@customer.test (550 5.1.1 No such user here)" in entry.error
    assert server.recorder.received == []


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [
        ("subject", "Invoice\r\nBcc: victim@evil.test", "subject"),
        ("to", ("Ana\r\nBcc: victim@evil.test <ana@customer.test>",), "to"),
        ("cc", ("not an address",), "cc"),
        ("bcc", ("ana@",), "bcc"),
        ("to", ("ana@customer.test\nX-Evil: 1",), "to"),
    ],
)
def test_header_injection_and_bad_addresses_are_refused(
    services: Services, smtp: SmtpServer, option: str, value: object, field: str
) -> None:
    use_server(services, smtp)
    number = seed_invoice(services)
    with pytest.raises(ValidationError) as raised:
        services.mail.send_document(number, MailRequest(**{option: value}))  # type: ignore[arg-type]
    assert raised.value.field == field
    assert services.mail.outbox() == []
    assert services.documents.get(number).status is DocumentStatus.DRAFT  # nothing written
    assert smtp.recorder.received == []


def test_unicode_names_and_subjects_travel_encoded(services: Services, smtp: SmtpServer) -> None:
    use_server(services, smtp, from_address="Łódź Café 東京 <billing@shop.test>")
    subject = "Rechnung für Ελλάδα — مرحبا 請求書 🧾"
    entry = services.mail.send_document(
        seed_invoice(services),
        MailRequest(to=('"Zoë O\'Brien, Jr." <zoe@customer.test>',), subject=subject),
    )
    assert entry.state is OutboxState.SENT, entry.error
    message = smtp.recorder.received[0].parsed()
    assert message["Subject"] == subject
    assert message["From"] == "Łódź Café 東京 <billing@shop.test>"
    assert message["To"].addresses[0].display_name == "Zoë O'Brien, Jr."


def test_security_none_is_only_for_this_computer(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.mail.save(MailServer("smtp.example.com", 25, Security.NONE, "billing@shop.test"))
    assert raised.value.field == "security"
    assert not services.mail.config().configured


def test_sending_before_email_is_set_up_says_what_to_do(services: Services) -> None:
    number = seed_invoice(services)
    with pytest.raises(Exception, match="Email is not set up yet"):
        services.mail.send_document(number, MailRequest())
