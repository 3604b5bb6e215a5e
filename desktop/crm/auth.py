"""OAuth with a Self Client: exchange the user's key for tokens, and keep an access token fresh."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from desktop.crm.endpoints import CrmEndpoints, checked_url
from desktop.crm.errors import (
    CrmAuthError,
    CrmError,
    EndpointError,
    TokenLimitError,
    UnexpectedResponseError,
    UntrustedApiDomainError,
    WrongDataCentreError,
)
from desktop.crm.transport import Connections, Timeout, Transport

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
DEFAULT_TIMEOUT: Timeout = (5.0, 30.0)
# Refresh this long before the access token expires, so no call is made with a dying token.
REFRESH_MARGIN = timedelta(minutes=5)
# Zoho allows 10 access tokens per refresh token per 10 minutes; "Access Denied" means that.
TOKEN_THROTTLE_WAIT = 600.0
_THROTTLED = "access denied"


def utc_now() -> datetime:
    """Return the current time, aware, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class TokenGrant:
    """What the token endpoint granted (tokens are hidden from repr so they never reach a log)."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    api_domain: str | None
    expires_at: datetime


class _InvalidCodeError(CrmAuthError):
    """The token endpoint said invalid_code: the key is not (or no longer) valid for this grant."""


def authorize(
    endpoints: CrmEndpoints,
    client_id: str,
    client_secret: str,
    key: str,
    connections: Connections | None = None,
    *,
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_retries: int = 2,
    sleep: Callable[[float], None] = time.sleep,
) -> TokenGrant:
    """Return the tokens for the user's key: a Self Client grant code or a refresh token.

    The key is first tried as a grant code; when Zoho says invalid_code it is tried as a refresh
    token, and then the grant's refresh_token is the key itself. Raises CrmAuthError,
    WrongDataCentreError, RateLimitedError (TokenLimitError when Zoho refuses new access tokens
    for a while), CrmUnreachableError or UnexpectedResponseError.
    """
    pools = connections if connections is not None else Connections()
    try:
        transport = Transport(
            pools, timeout, max_retries, sleep, secrets=lambda: (client_secret, key)
        )
        return exchange_key(transport, endpoints, client_id, client_secret, key, utc_now)
    finally:
        if connections is None:
            pools.close()


def exchange_key(
    transport: Transport,
    endpoints: CrmEndpoints,
    client_id: str,
    client_secret: str,
    key: str,
    clock: Clock,
) -> TokenGrant:
    """Return the grant for a key that is either a grant code or a refresh token (see authorize)."""
    client = {"client_id": client_id, "client_secret": client_secret}
    try:
        return request_token(
            transport, endpoints, {"grant_type": "authorization_code", "code": key, **client}, clock
        )
    except _InvalidCodeError:
        log.info("the key is not a valid grant code; trying it as a refresh token")
    try:
        grant = request_token(
            transport,
            endpoints,
            {"grant_type": "refresh_token", "refresh_token": key, **client},
            clock,
        )
    except _InvalidCodeError:
        raise CrmAuthError() from None
    return replace(grant, refresh_token=key)


def request_token(
    transport: Transport, endpoints: CrmEndpoints, form: Mapping[str, str], clock: Clock
) -> TokenGrant:
    """POST one grant to the token endpoint and return what it granted, or raise a typed error."""
    reply = transport.call("POST", endpoints.token_url, data=form)
    body = reply.body
    if not isinstance(body, dict):
        transport.log_unexpected_body("POST", endpoints.token_url, reply)
        raise UnexpectedResponseError(f"the token service answered {reply.status} without details")
    error = body.get("error")
    if error is not None:
        raise token_error(str(error), endpoints)
    if reply.status != 200:
        transport.log_unexpected_body("POST", endpoints.token_url, reply)
        raise UnexpectedResponseError(f"the token service answered {reply.status}")
    try:
        grant = parse_token_reply(body, clock())
    except UnexpectedResponseError:
        transport.log_unexpected_body("POST", endpoints.token_url, reply)
        raise
    check_api_domain(grant.api_domain, endpoints)
    return grant


def check_api_domain(api_domain: str | None, endpoints: CrmEndpoints) -> None:
    """Raise UntrustedApiDomainError unless the api_domain is the API server's domain (its
    data centre's zohoapis domain, or the URL typed) or the accounts server's host."""
    if api_domain is None:
        return
    host = (urlsplit(api_domain).hostname or "").lower()
    api_host = (urlsplit(endpoints.api_url).hostname or "").lower()
    zone = api_host.removeprefix("www.")
    accounts_host = (urlsplit(endpoints.accounts_url).hostname or "").lower()
    if host not in (api_host, zone, accounts_host) and not host.endswith("." + zone):
        raise UntrustedApiDomainError(host, api_host)


def parse_token_reply(body: Mapping[str, Any], now: datetime) -> TokenGrant:
    """Return the grant in a successful token reply (expires_in in s, or ms with expires_in_sec)."""
    access_token = body.get("access_token")
    expires_in = body.get("expires_in")
    if not isinstance(access_token, str) or not access_token:
        raise UnexpectedResponseError("a token reply without an access token")
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | Decimal):
        raise UnexpectedResponseError("a token reply without a lifetime")
    seconds = Decimal(expires_in) / 1000 if "expires_in_sec" in body else Decimal(expires_in)
    refresh_token = body.get("refresh_token")
    return TokenGrant(
        access_token=access_token,
        refresh_token=refresh_token if isinstance(refresh_token, str) and refresh_token else None,
        api_domain=_api_domain(body.get("api_domain")),
        expires_at=now + timedelta(seconds=float(seconds)),
    )


def token_error(error: str, endpoints: CrmEndpoints) -> CrmError:
    """Return the typed error for an `error` value of the token endpoint."""
    if error == "invalid_code":
        return _InvalidCodeError()
    if error in ("invalid_client", "invalid_client_secret"):
        return WrongDataCentreError(endpoints.accounts_url)
    if error.lower() == _THROTTLED:
        return TokenLimitError(TOKEN_THROTTLE_WAIT)
    log.warning("token endpoint error %r", error[:100])
    return UnexpectedResponseError(f"the token service said {error[:100]!r}")


def _api_domain(value: object) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return checked_url(value, "api_domain")
    except EndpointError as exc:
        raise UnexpectedResponseError(f"an unusable api_domain ({exc.problem})") from None


class AccessTokens:
    """Holds the access token of one refresh token: refreshed before expiry, or on demand.

    Thread-safe: callers that need a new token at once share one refresh, and after Zoho
    refused one ("Access Denied") none is asked for until its wait is over.
    """

    def __init__(
        self,
        transport: Transport,
        endpoints: CrmEndpoints,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        clock: Clock,
    ) -> None:
        self._transport = transport
        self._endpoints = endpoints
        self._form = {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": client_id,
            "client_secret": client_secret,
        }
        self._clock = clock
        self._lock = threading.Lock()
        self._grant: TokenGrant | None = None
        self._refused_until: datetime | None = None

    @property
    def access_token(self) -> str | None:
        """Return the access token in use (None before the first call); for redaction only."""
        grant = self._grant
        return grant.access_token if grant else None

    def current(self) -> TokenGrant:
        """Return a grant with at least REFRESH_MARGIN of life left, refreshing if needed."""
        with self._lock:
            if self._grant is None or self._expiring(self._grant):
                return self._refresh()
            return self._grant

    def refresh(self, refused: TokenGrant | None = None) -> TokenGrant:
        """Return a new access token in place of `refused` (the one the API did not take).

        When another caller already replaced it, that newer grant is returned without asking
        Zoho again. Raises CrmAuthError when the refresh token was revoked, TokenLimitError
        while Zoho refuses new access tokens.
        """
        with self._lock:
            grant = self._grant
            newer = grant is not None and refused is not None and grant != refused
            if grant is not None and newer and not self._expiring(grant):
                return grant
            return self._refresh()

    def _expiring(self, grant: TokenGrant) -> bool:
        return grant.expires_at - self._clock() < REFRESH_MARGIN

    def _refresh(self) -> TokenGrant:
        now = self._clock()
        if self._refused_until is not None and now < self._refused_until:
            raise TokenLimitError((self._refused_until - now).total_seconds())
        try:
            self._grant = request_token(self._transport, self._endpoints, self._form, self._clock)
        except _InvalidCodeError:
            raise CrmAuthError() from None
        except TokenLimitError as exc:
            self._refused_until = now + timedelta(seconds=exc.retry_after or TOKEN_THROTTLE_WAIT)
            raise
        return self._grant

    def api_url(self, grant: TokenGrant) -> str:
        """Return the API base URL: an explicit one, else the token's api_domain, else the DC's."""
        if self._endpoints.api_url_fixed or not grant.api_domain:
            return self._endpoints.api_url
        return grant.api_domain
