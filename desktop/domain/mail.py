"""Email rules without a network: server settings, address and header checks, templates, reminders.

Addresses are parsed with the standard library's `email.headerregistry`, which refuses what a mail
server would; line breaks are refused in every header value, so no name or subject can add a
header of its own (header injection).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import getaddresses
from enum import StrEnum

from desktop.domain.errors import ConflictError, ValidationError

PLACEHOLDERS = ("number", "customer", "total", "balance", "due_date", "company")
# Every character str.splitlines() breaks on (NEL and the Unicode separators too), and NUL.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029\x00")
MAX_HEADER_LENGTH = 998  # RFC 5322's line limit; a longer subject or name is a mistake


class Security(StrEnum):
    """How the connection to the mail server is protected."""

    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


DEFAULT_PORTS = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}


class Purpose(StrEnum):
    """Why a message was written."""

    DOCUMENT = "document"
    REMINDER = "reminder"


class OutboxState(StrEnum):
    """Where a message stands: waiting, in the server's hands, or given up with a reason."""

    QUEUED = "queued"  # also while a sender holds it (the row says which sender, since when)
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class MailServer:
    """The user's outgoing mail server and sender; the password lives in the keyring only."""

    host: str
    port: int
    security: Security
    from_address: str
    user: str = ""
    reply_to: str = ""


@dataclass(frozen=True, slots=True)
class MailTemplates:
    """The editable subject and message of a document email and of a reminder."""

    send_subject: str
    send_message: str
    reminder_subject: str
    reminder_message: str

    def checked(self) -> MailTemplates:
        """Return the templates if every placeholder is known; ValidationError otherwise."""
        for name in ("send_subject", "send_message", "reminder_subject", "reminder_message"):
            check_template(getattr(self, name), name.replace("_", " "))
        check_header_text(self.send_subject, "send subject")
        check_header_text(self.reminder_subject, "reminder subject")
        return self

    def for_purpose(self, purpose: Purpose) -> tuple[str, str]:
        """Return (subject, message) templates of the purpose."""
        if purpose is Purpose.REMINDER:
            return self.reminder_subject, self.reminder_message
        return self.send_subject, self.send_message


@dataclass(frozen=True, slots=True)
class MailConfig:
    """Everything Settings → Email shows; never the password, only whether one is stored."""

    server: MailServer
    password_set: bool
    templates: MailTemplates
    reminder_days: tuple[int, ...]

    @property
    def configured(self) -> bool:
        """Return True once a server and a from address are set."""
        return bool(self.server.host and self.server.from_address)


@dataclass(frozen=True, slots=True)
class Recipients:
    """Who receives one message: every address checked, each list in the order given."""

    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()

    def envelope(self) -> tuple[str, ...]:
        """Return every address the server must deliver to (Bcc included, duplicates once)."""
        return tuple(dict.fromkeys(bare_address(a) for a in (*self.to, *self.cc, *self.bcc)))

    def describe(self) -> str:
        """Return "ana@x.com, bob@y.com (cc c@z.com)" for histories and messages."""
        text = ", ".join(self.to)
        if self.cc:
            text += f" (cc {', '.join(self.cc)})"
        if self.bcc:
            text += f" (bcc {', '.join(self.bcc)})"
        return text


@dataclass(frozen=True, slots=True)
class MailRequest:
    """What the user asks for when sending: empty To means the customer's contact; None texts
    mean the templates'."""

    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    subject: str | None = None
    message: str | None = None
    purpose: Purpose = Purpose.DOCUMENT


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One message of the outbox as the front ends list it."""

    id: int
    document_number: str | None
    purpose: Purpose
    message_id: str
    recipients: Recipients
    subject: str
    state: OutboxState
    error: str | None
    attempts: int
    created_at: dt.datetime
    sent_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class MailDraft:
    """What the send dialog starts from: suggested recipients, texts and the attachment's name."""

    document_number: str
    purpose: Purpose
    to: tuple[str, ...]
    candidates: tuple[str, ...]  # the customer's contact persons, "Name <address>"
    subject: str
    message: str
    attachment_name: str


def check_header_text(value: str, field: str) -> str:
    """Return a one-line header value stripped; ValidationError for line breaks or excess length."""
    if any(c in LINE_BREAKS for c in value):
        raise ValidationError(field, "must be one line (line breaks are not allowed in a header)")
    if len(value) > MAX_HEADER_LENGTH:
        raise ValidationError(field, f"is {len(value)} characters; at most {MAX_HEADER_LENGTH}")
    return value.strip()


def check_address(value: str, field: str) -> str:
    """Return the address as written ("Ana <ana@x.com>" or "ana@x.com"), checked.

    Raises ValidationError naming the field for anything a mail server would refuse.
    """
    text = check_header_text(value, field)
    parsed = getaddresses([text])
    if len(parsed) != 1 or not parsed[0][1]:
        raise ValidationError(field, f"{text!r} is not one email address like ana@example.com")
    name, spec = parsed[0]
    local, at, domain = spec.rpartition("@")
    if not at or not local or "." not in domain.strip(".") or " " in spec:
        raise ValidationError(field, f"{text!r} is not an email address like ana@example.com")
    try:
        address = Address(display_name=name, addr_spec=spec)
    except (ValueError, HeaderParseError, IndexError):
        raise ValidationError(field, f"{text!r} is not an email address") from None
    return str(address)


def check_addresses(values: Iterable[str], field: str) -> tuple[str, ...]:
    """Return every non-empty address checked (a comma-separated entry counts as several)."""
    checked: list[str] = []
    for value in values:
        for part in _split(value, field):
            checked.append(check_address(part, field))
    return tuple(checked)


def _split(value: str, field: str) -> list[str]:
    text = check_header_text(value, field)
    parts = [
        named_address(name, spec) if name else spec
        for name, spec in getaddresses([text])
        if name or spec
    ]
    if text and not parts:
        raise ValidationError(field, f"{text!r} is not an email address like ana@example.com")
    return parts


def named_address(name: str, email: str) -> str:
    """Return "Ana Ruiz <ana@x.com>" (quoted when the name needs it), or the bare address."""
    try:
        return str(Address(display_name=name, addr_spec=email))
    except (ValueError, IndexError, HeaderParseError):
        return email


def check_emailable(
    kind: str, stored_status: str, balance_due: bool, purpose: Purpose, label: str
) -> None:
    """Return if the document may be emailed for the purpose; ConflictError saying why not."""
    if stored_status == "void":
        raise ConflictError(f"{label} is void; it is not sent.")
    if purpose is Purpose.REMINDER:
        if kind != "invoice" or not balance_due:
            raise ConflictError(f"{label} has nothing to pay; no reminder is sent.")
        if stored_status == "draft":
            raise ConflictError(f"{label} is a draft; send it before reminding.")


def bare_address(address: str) -> str:
    """Return "ana@x.com" from "Ana <ana@x.com>"."""
    return getaddresses([address])[0][1]


def check_server(server: MailServer) -> MailServer:
    """Return the settings checked; ValidationError naming the field otherwise.

    Security "none" is allowed only for a server on this computer (loopback): the password and
    the documents would otherwise cross the network in clear.
    """
    host = check_header_text(server.host, "host")
    if not host or any(c.isspace() for c in host):
        raise ValidationError("host", "give the mail server's name, like smtp.example.com")
    if not 1 <= server.port <= 65535:
        raise ValidationError("port", f"{server.port} is not a port (1 to 65535)")
    if server.security is Security.NONE and not is_loopback(host):
        raise ValidationError(
            "security",
            f"none is allowed only for a server on this computer, not {host}; "
            "choose starttls or ssl",
        )
    return MailServer(
        host=host,
        port=server.port,
        security=server.security,
        from_address=check_address(server.from_address, "from"),
        user=check_header_text(server.user, "user"),
        reply_to=check_address(server.reply_to, "reply-to") if server.reply_to.strip() else "",
    )


def is_loopback(host: str) -> bool:
    """Return True for localhost and loopback IP addresses."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_security(text: str) -> Security:
    """Return the security named by text; ValidationError naming `security` otherwise."""
    try:
        return Security(text.strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in Security)
        raise ValidationError("security", f"{text!r} is not one of {names}") from None


def check_template(template: str, field: str) -> str:
    """Return the template if every {placeholder} is known; ValidationError naming it otherwise."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        raise ValidationError(field, f"has an unmatched brace ({exc}); write {{{{ for {{") from None
    unknown = [n for n in names if n not in PLACEHOLDERS]
    if unknown:
        known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        raise ValidationError(field, f"{{{unknown[0]}}} is not a placeholder; use {known}")
    return template


def render_template(template: str, values: Mapping[str, str], field: str) -> str:
    """Return the template with its placeholders filled in."""
    return check_template(template, field).format_map(values)


def reminder_step_due(
    due_date: dt.date | None, today: dt.date, schedule: Sequence[int]
) -> int | None:
    """Return the latest schedule step (days after due) reached today, or None.

    A step is reached on due_date + days; an invoice found late gets only its latest step, never
    a burst of the earlier ones.
    """
    if due_date is None:
        return None
    reached = [days for days in schedule if days >= 0 and due_date + dt.timedelta(days) <= today]
    return max(reached) if reached else None


def parse_schedule(text: str) -> list[int]:
    """Return "7, 21" as [7, 21]; "" means no scheduled reminders; ValidationError otherwise."""
    steps: list[int] = []
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            days = int(part.strip())
        except ValueError:
            raise ValidationError(
                "reminder days", f"{part.strip()!r} is not a number of days"
            ) from None
        if not 0 <= days <= 3650:
            raise ValidationError("reminder days", f"{days} must be between 0 and 3650")
        steps.append(days)
    return sorted(set(steps))
