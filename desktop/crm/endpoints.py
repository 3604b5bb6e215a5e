"""Zoho's hosts per data centre, explicit URL overrides, and the rule that only loopback may be http."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop.crm.errors import EndpointError

# Accounts (OAuth) host and API host per data centre (the table in docs/architecture.md).
DATA_CENTRES: dict[str, tuple[str, str]] = {
    "us": ("https://accounts.zoho.com", "https://www.zohoapis.com"),
    "eu": ("https://accounts.zoho.eu", "https://www.zohoapis.eu"),
    "in": ("https://accounts.zoho.in", "https://www.zohoapis.in"),
    "au": ("https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
    "jp": ("https://accounts.zoho.jp", "https://www.zohoapis.jp"),
    "cn": ("https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn"),
    "ca": ("https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
}


@dataclass(frozen=True, slots=True)
class CrmEndpoints:
    """Where to ask for tokens and where to call the API.

    `api_url_fixed` says the API URL was given explicitly: then it wins over the `api_domain`
    of the token reply; otherwise the token reply's domain is preferred (it names the user's DC).
    """

    accounts_url: str
    api_url: str
    api_url_fixed: bool = False

    @property
    def token_url(self) -> str:
        """Return the OAuth token endpoint."""
        return f"{self.accounts_url}/oauth/v2/token"


def endpoints_for(
    data_centre: str | None, accounts_url: str | None = None, api_url: str | None = None
) -> CrmEndpoints:
    """Return the endpoints of a data centre, with explicit URLs taking precedence.

    Raises EndpointError (a ValueError and a user-facing ValidationError) for an unknown data
    centre, a malformed URL, or plain http to anything but a loopback address.
    """
    default_accounts, default_api = _data_centre_hosts(data_centre, accounts_url, api_url)
    return CrmEndpoints(
        accounts_url=checked_url(accounts_url or default_accounts, "Accounts URL"),
        api_url=checked_url(api_url or default_api, "API URL"),
        api_url_fixed=bool(api_url),
    )


def checked_url(url: str, field: str) -> str:
    """Return the URL without a trailing slash; raise EndpointError when it must not be used."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(field, f"{url!r} is not a web address (https://host).")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise EndpointError(field, f"{url!r} must be a plain address without query or login.")
    try:
        parts.port  # noqa: B018 - reading it validates it
    except ValueError:
        raise EndpointError(field, f"{url!r} has an invalid port.") from None
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise EndpointError(
            field, f"{url!r} must use https:// (plain http is allowed only for this computer)."
        )
    return url.strip().rstrip("/")


def is_loopback(host: str) -> bool:
    """Return whether the host is this computer (localhost, 127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _data_centre_hosts(
    data_centre: str | None, accounts_url: str | None, api_url: str | None
) -> tuple[str, str]:
    if data_centre is None:
        if not (accounts_url and api_url):
            raise EndpointError("data centre", "choose a data centre or give both URLs.")
        return accounts_url, api_url
    hosts = DATA_CENTRES.get(data_centre.strip().lower())
    if hosts is None:
        known = ", ".join(DATA_CENTRES)
        raise EndpointError("data centre", f"{data_centre!r} is not one of {known}.")
    return hosts
