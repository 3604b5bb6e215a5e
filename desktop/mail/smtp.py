"""Hand one prepared message to the user's SMTP server; every failure becomes a typed sentence.

Certificates are checked against the system's trust store through `ssl.create_default_context()`
(OpenSSL's `SSL_CERT_FILE` adds a company's private CA); an unverifiable certificate stops the
send, it never falls back to an unprotected connection. The password is never put in a message.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence

from desktop.domain.mail import MailServer, Security
from desktop.mail.errors import (
    MailAuthError,
    MailCertificateError,
    MailError,
    MailOutcomeUnknownError,
    MailRecipientsRefusedError,
    MailRejectedError,
    MailSecurityError,
    MailServerUnreachableError,
    MailTemporaryError,
)

TIMEOUT_SECONDS = 30.0


def deliver(
    server: MailServer,
    password: str | None,
    envelope_from: str,
    envelope_to: Sequence[str],
    content: bytes,
    *,
    before_data: Callable[[], None] = lambda: None,
    timeout: float = TIMEOUT_SECONDS,
) -> None:
    """Send one message to every envelope recipient at once; return when the server accepted it.

    `before_data` runs after every recipient was accepted and before the message is handed over:
    up to then a failure leaves nothing on the server. After it, a broken connection raises
    MailOutcomeUnknownError (the server may have accepted the message).
    Raises a MailError subclass saying why in words.
    """
    secret = password or ""
    try:
        with _connect(server, timeout) as smtp:
            _secure_and_login(smtp, server, password)
            _envelope(smtp, envelope_from, envelope_to)
            before_data()
            _hand_over(smtp, content, server)
            _quit_quietly(smtp)
    except MailError as error:
        raise type(error)(_scrub(error.message, secret)) from None
    except ssl.SSLCertVerificationError as error:
        raise MailCertificateError(_certificate_sentence(server, error)) from None
    except (OSError, smtplib.SMTPException) as error:
        raise MailServerUnreachableError(_scrub(_unreachable(server, error), secret)) from None


def _connect(server: MailServer, timeout: float) -> smtplib.SMTP:
    if server.security is Security.SSL:
        return smtplib.SMTP_SSL(
            server.host, server.port, timeout=timeout, context=ssl.create_default_context()
        )
    return smtplib.SMTP(server.host, server.port, timeout=timeout)


def _secure_and_login(smtp: smtplib.SMTP, server: MailServer, password: str | None) -> None:
    smtp.ehlo()
    if server.security is Security.STARTTLS:
        if not smtp.has_extn("starttls"):
            raise MailSecurityError(
                f"The mail server {server.host} does not offer STARTTLS; nothing was sent "
                "unprotected. Choose ssl (usually port 465) or ask your provider."
            )
        smtp.starttls(context=ssl.create_default_context())
        smtp.ehlo()
    if not server.user:
        return
    if not password:
        raise MailAuthError(
            f"No password is stored for {server.user}; enter it in Settings → Email "
            "(or `invoice-desk mail set … --password-stdin`)."
        )
    if not smtp.has_extn("auth"):
        raise MailSecurityError(
            f"The mail server {server.host} does not accept a login on this connection; "
            "check the security setting (starttls or ssl) and the port."
        )
    try:
        _login(smtp, server.user, password)
    except smtplib.SMTPAuthenticationError as error:
        raise MailAuthError(
            f"The mail server refused the user name or password for {server.user} "
            f"({error.smtp_code} {_reply(error.smtp_error)}). Check them in Settings → Email."
        ) from None


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    if (user + password).isascii():
        smtp.login(user, password)
        return
    # WORKAROUND: smtplib encodes credentials as ASCII (a "Pässword" raises UnicodeEncodeError);
    # AUTH PLAIN is UTF-8 by RFC 4616, so send it ourselves.
    if "PLAIN" not in smtp.esmtp_features.get("auth", "").upper().split():
        raise MailAuthError(
            "The password has characters beyond ASCII and this server does not offer AUTH PLAIN, "
            "the only login that carries them; ask your provider or change the password."
        )
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _envelope(smtp: smtplib.SMTP, sender: str, recipients: Sequence[str]) -> None:
    code, reply = smtp.mail(sender)
    if code != 250:
        _refuse(
            smtp, code, f"The mail server refused the sender {sender} ({code} {_reply(reply)})."
        )
    refused: list[str] = []
    temporary = False
    for address in recipients:
        code, reply = smtp.rcpt(address)
        if code not in (250, 251):
            refused.append(f"{address} ({code} {_reply(reply)})")
            temporary = temporary or 400 <= code < 500
    if refused:
        smtp.rset()
        text = f"The mail server refused {', '.join(refused)}; nothing was sent to anyone."
        raise MailTemporaryError(text) if temporary else MailRecipientsRefusedError(text)


def _hand_over(smtp: smtplib.SMTP, content: bytes, server: MailServer) -> None:
    try:
        code, reply = smtp.data(content)
    except smtplib.SMTPDataError as error:  # the DATA command itself was refused: nothing sent
        _refuse(
            smtp,
            error.smtp_code,
            f"The mail server refused the message ({_reply(error.smtp_error)}).",
        )
    except (OSError, smtplib.SMTPException) as error:
        raise MailOutcomeUnknownError(
            f"The connection to {server.host} broke while the message was being handed over "
            f"({error.__class__.__name__}); it may have arrived. Ask the recipient before "
            "sending it again."
        ) from None
    if code != 250:
        _refuse(smtp, code, f"The mail server refused the message ({code} {_reply(reply)}).")


def _refuse(smtp: smtplib.SMTP, code: int, sentence: str) -> None:
    _quit_quietly(smtp)
    raise MailTemporaryError(sentence) if 400 <= code < 500 else MailRejectedError(sentence)


def _quit_quietly(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _reply(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())[:300]


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "[redacted]") if secret else text


def _certificate_sentence(server: MailServer, error: ssl.SSLCertVerificationError) -> str:
    return (
        f"The certificate of the mail server {server.host} cannot be verified "
        f"({error.verify_message or error.reason}); nothing was sent. If your company uses its "
        "own certificate authority, point SSL_CERT_FILE at its certificate."
    )


def _unreachable(server: MailServer, error: BaseException) -> str:
    if isinstance(error, socket.gaierror):
        why = "the name is not known; check the server name and your network"
    elif isinstance(error, ConnectionRefusedError):
        why = "the connection was refused; check the port and that the server runs"
    elif isinstance(error, TimeoutError | socket.timeout):
        why = "it did not answer in time"
    elif isinstance(error, ssl.SSLError):
        why = f"the secure connection failed ({error.reason}); check the security setting and port"
    elif isinstance(error, smtplib.SMTPServerDisconnected):
        why = "it closed the connection"
    else:
        why = f"{error.__class__.__name__}: {error}"
    return (
        f"The mail server {server.host}:{server.port} cannot be reached: {why}. "
        "The message waits in the outbox."
    )
