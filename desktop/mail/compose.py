"""Build one RFC 5322 message (text and a PDF attachment) with its Message-ID, as bytes."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from desktop.domain.errors import ValidationError
from desktop.domain.mail import Recipients, bare_address, check_header_text


def compose(
    sender: str,
    recipients: Recipients,
    subject: str,
    body: str,
    attachment: tuple[str, bytes] | None,
    now: dt.datetime,
    reply_to: str = "",
) -> tuple[str, bytes]:
    """Return (Message-ID, message bytes with CRLF line ends); Bcc goes only in the envelope.

    The standard library's SMTP policy encodes non-ASCII names and subjects and refuses any header
    value with a line break, a second guard against header injection after the domain's checks.
    """
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = ", ".join(recipients.to)
    if recipients.cc:
        message["Cc"] = ", ".join(recipients.cc)
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = check_header_text(subject, "subject")
    message["Date"] = format_datetime(now)
    message_id = make_msgid(domain=bare_address(sender).rpartition("@")[2])
    message["Message-ID"] = message_id
    message.set_content(body)
    if attachment is not None:
        name, content = attachment
        if "/" in name or "\\" in name or not check_header_text(name, "attachment"):
            raise ValidationError("attachment", f"{name!r} is not a file name")
        message.add_attachment(content, maintype="application", subtype="pdf", filename=name)
    return message_id, message.as_bytes()
