"""What can go wrong talking to Zoho CRM, each as a sentence a shop owner understands."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.domain.errors import UserFacingError, ValidationError

REDACTED = "[redacted]"
# Zoho tokens, grant codes and refresh tokens all look like "1000.<hex>.<hex>".
_TOKEN_PATTERN = re.compile(r"1000\.[0-9A-Za-z]{8,}(?:\.[0-9A-Za-z]{8,})?")


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Return the text with the given secrets and anything token-shaped replaced."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return _TOKEN_PATTERN.sub(REDACTED, text)


class CrmError(UserFacingError):
    """Any failure of a Zoho CRM conversation."""


class EndpointError(ValidationError, ValueError):
    """A data centre or URL that cannot be used (unknown, malformed, or plain http elsewhere)."""


class CrmAuthError(CrmError):
    """The key (grant code or refresh token) was not accepted, or was revoked."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Zoho CRM did not accept the key. It may be mistyped, already used (a grant code "
            "works only once and only for a few minutes) or revoked. Generate a new grant code "
            "in the Zoho API console and connect again."
        )


class WrongDataCentreError(CrmError):
    """Zoho does not know the client at this data centre (or the client id/secret are wrong)."""

    def __init__(self, accounts_url: str) -> None:
        super().__init__(
            f"Zoho ({accounts_url}) did not recognise the client id and secret. Check that they "
            "are copied correctly and that the data centre matches the one your Zoho account is "
            "in (for example, accounts in Europe use accounts.zoho.eu)."
        )
        self.accounts_url = accounts_url


class CrmUnreachableError(CrmError):
    """No usable answer: no connection, time-outs, or Zoho's servers failing, after retries."""

    @classmethod
    def no_connection(cls, host: str) -> CrmUnreachableError:
        """Return the error for a host that could not be reached or did not answer in time."""
        return cls(
            f"Zoho CRM could not be reached at {host}. Check the internet connection, then try "
            "again; if it keeps happening, check the data centre in the connection settings."
        )

    @classmethod
    def certificate_problem(cls, host: str) -> CrmUnreachableError:
        """Return the error for a server whose TLS certificate could not be verified."""
        return cls(
            f"The secure connection to {host} was refused because its certificate could not be "
            "verified. This is a certificate problem, not the internet connection: check that "
            "this computer's date and time are right and whether a proxy, antivirus or company "
            "network replaces certificates; if you typed the address, check it."
        )

    @classmethod
    def server_failing(cls, host: str, status: int) -> CrmUnreachableError:
        """Return the error for a server that kept answering with an error of its own."""
        return cls(
            f"Zoho CRM at {host} is having trouble (it answered with error {status} several times "
            "in a row). Nothing was lost; try again in a few minutes."
        )


class RateLimitedError(CrmError):
    """Zoho's limit on API calls (per day, or concurrent) was reached."""

    def __init__(self, retry_after: float | None) -> None:
        super().__init__(
            "Zoho CRM's limit on API requests for this account has been reached. "
            + _when_to_retry(retry_after)
        )
        self.retry_after = retry_after


class TokenLimitError(RateLimitedError):
    """Zoho refused a new access token: too many were asked for with this key lately."""

    def __init__(self, retry_after: float) -> None:
        CrmError.__init__(
            self,
            "Zoho refused a new access token because too many were requested with this key in "
            "the last 10 minutes. Nothing was lost. " + _when_to_retry(retry_after),
        )
        self.retry_after = retry_after


class PermissionMissingError(CrmError):
    """The key lacks a scope, or the CRM user lacks a permission."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"The key does not allow Invoice Desk to read {what}. Generate a new grant code with "
            "the scopes ZohoCRM.modules.accounts.READ, ZohoCRM.modules.contacts.READ, "
            "ZohoCRM.modules.deals.READ, ZohoCRM.users.READ and ZohoCRM.org.READ (and make sure "
            "the CRM user may see these records), then connect again."
        )


class UntrustedApiDomainError(CrmError):
    """A token reply named an API server outside the chosen data centre and the typed URLs."""

    def __init__(self, host: str, data_centre_host: str) -> None:
        super().__init__(
            f"Zoho's answer named {host} as the CRM server, which is not a Zoho server of the "
            f"chosen data centre ({data_centre_host}) nor an address you typed, so it was not "
            "used. Check the data centre (or the URLs under Advanced) and connect again."
        )
        self.host = host


class UnexpectedResponseError(CrmError):
    """An answer the client does not understand: a bug here or a change at Zoho (logged in full)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"Zoho CRM sent an answer Invoice Desk does not understand ({detail}). The details "
            "are in the log file; please report this problem."
        )
        self.detail = detail


def _when_to_retry(retry_after: float | None) -> str:
    if retry_after is None:
        return "Try again later; the limit is counted over the last 24 hours."
    if retry_after < 90:
        return f"Try again in {max(1, round(retry_after))} seconds."
    if retry_after < 90 * 60:
        return f"Try again in about {round(retry_after / 60)} minutes."
    return f"Try again in about {round(retry_after / 3600)} hours."
