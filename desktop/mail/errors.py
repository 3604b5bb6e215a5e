"""Typed mail errors, each a sentence; `retry_later` says whether the message may wait and retry."""

from __future__ import annotations

from desktop.domain.errors import UserFacingError


class MailError(UserFacingError):
    """Sending failed; the message says why in words."""

    retry_later = False  # True: a problem of the server or its settings, not of this message
    uncertain = False  # True: the server may have accepted the message; never resend on our own


class MailServerUnreachableError(MailError):
    """No connection to the server (name unknown, refused, timed out, dropped)."""

    retry_later = True


class MailCertificateError(MailError):
    """The server's TLS certificate cannot be verified; nothing is sent without it."""

    retry_later = True


class MailSecurityError(MailError):
    """The server does not offer the protection asked for (e.g. no STARTTLS)."""

    retry_later = True


class MailAuthError(MailError):
    """The server refused the user name or password (or none is stored)."""

    retry_later = True


class MailTemporaryError(MailError):
    """The server said "try again later" (a 4xx reply)."""

    retry_later = True


class MailRecipientsRefusedError(MailError):
    """The server refused one or more addresses; nothing was sent to anyone."""


class MailRejectedError(MailError):
    """The server refused the message itself (a 5xx reply to the sender or the content)."""


class MailOutcomeUnknownError(MailError):
    """The connection broke after the message was handed over: it may have arrived."""

    uncertain = True
