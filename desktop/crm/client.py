"""The Zoho CRM client: who the key belongs to, and every record of a module as a stream of pages."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any

from desktop.crm import wire
from desktop.crm.auth import AccessTokens, Clock, utc_now
from desktop.crm.endpoints import CrmEndpoints
from desktop.crm.errors import (
    CrmAuthError,
    CrmError,
    PermissionMissingError,
    UnexpectedResponseError,
    scrub,
)
from desktop.crm.listing import (
    PER_PAGE,
    RECORDS_PER_TOKEN,
    Listing,
    PaginationLimitReached,
    parse_listing,
)
from desktop.crm.transport import Body, Connections, Reply, Timeout, Transport
from desktop.domain.crm_records import (
    CrmAccount,
    CrmContact,
    CrmDeal,
    CrmDeletedRecord,
    CrmOrganization,
    CrmUser,
    MalformedRecord,
)

log = logging.getLogger(__name__)

API_VERSIONS = ("v2", "v8")
_AUTH_CODES = (
    "INVALID_TOKEN",
    "AUTHENTICATION_FAILURE",
    "AUTHENTICATION_FAILED",
    "INVALID_OAUTHTOKEN",
)
_PERMISSION_CODES = ("NO_PERMISSION", "OAUTH_SCOPE_MISMATCH")


@dataclass(frozen=True, slots=True)
class RecordPage:
    """One page of a listing; malformed records are in it too, for the sync to skip and log."""

    module: str
    records: tuple[CrmAccount | CrmContact | CrmDeal | MalformedRecord, ...]
    max_modified_time: datetime | None


@dataclass(frozen=True, slots=True)
class DeletedPage:
    """One page of deleted records."""

    module: str
    records: tuple[CrmDeletedRecord, ...]


@dataclass(frozen=True, slots=True)
class _IdStamp:
    crm_id: str | None
    modified_time: datetime | None


class CrmClient:
    """Reads one CRM organization with one refresh token; serial requests; close() when done."""

    def __init__(
        self,
        endpoints: CrmEndpoints,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        api_version: str = "v8",
        timeout: Timeout = (5, 30),
        max_retries: int = 5,
        connections: Connections | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Clock = utc_now,
        records_per_token: int = RECORDS_PER_TOKEN,
    ) -> None:
        if api_version not in API_VERSIONS:
            raise ValueError(f"api_version must be one of {API_VERSIONS}")
        self._own_connections = connections is None
        self._connections = connections if connections is not None else Connections()
        self._version = api_version
        self._secret_values = (client_secret, refresh_token)
        self._api = Transport(self._connections, timeout, max_retries, sleep, self._secrets)
        self._token_transport = Transport(
            self._connections, timeout, max_retries, sleep, self._secrets
        )
        self._tokens = AccessTokens(
            self._token_transport, endpoints, client_id, client_secret, refresh_token, clock
        )
        self._records_per_token = records_per_token

    @property
    def api_calls(self) -> int:
        """Return the CRM API requests sent so far (retries included, token requests not)."""
        return self._api.requests_sent

    @property
    def token_calls(self) -> int:
        """Return the token-endpoint requests sent so far."""
        return self._token_transport.requests_sent

    def current_user(self) -> CrmUser:
        """Return the CRM user the key belongs to."""
        reply = self._get("users", {"type": "CurrentUser"}, what="your CRM user profile")
        user = _first(reply, "users")
        user_id, email, full_name = user.get("id"), user.get("email"), user.get("full_name")
        if not isinstance(user_id, str) or not isinstance(email, str) or not email:
            raise UnexpectedResponseError("a current user without id or email")
        return CrmUser(user_id, email, full_name if isinstance(full_name, str) else None)

    def organization(self) -> CrmOrganization:
        """Return the CRM organization (its id, name and base currency)."""
        org = _first(self._get("org", {}, what="the CRM organization details"), "org")
        org_id, name, currency = org.get("id"), org.get("company_name"), org.get("iso_code")
        if not isinstance(org_id, str) or not org_id or not isinstance(name, str):
            raise UnexpectedResponseError("an organization without id or name")
        return CrmOrganization(org_id, name, currency if isinstance(currency, str) else None)

    def record_pages(self, module: str, modified_since: datetime | None) -> Iterator[RecordPage]:
        """Yield every record modified since the time (all when None), oldest change first."""
        listing = self._listing(module, wire.LIST_FIELDS[_known(module)])
        for items in listing.pages(modified_since, lambda raw: wire.record_from_wire(module, raw)):
            times = [r.modified_time for r in items if r.modified_time is not None]
            yield RecordPage(module, tuple(items), max(times) if times else None)

    def record_count(self, module: str) -> int | None:
        """Return how many records the module holds (Zoho's record count API; None on v2).

        The count is a string in Zoho's OpenAPI description and a number in its examples:
        both are read; anything else is None (the count only feeds an estimate)."""
        if self._version == "v2":
            return None
        reply = self._get(f"{_known(module)}/actions/count", {}, what=f"the number of {module}")
        body = reply.body
        count = body.get("count") if isinstance(body, Mapping) else None
        if isinstance(count, str) and count.isdigit():
            return int(count)
        return count if isinstance(count, int) and not isinstance(count, bool) else None

    def all_ids(self, module: str) -> Iterator[list[str]]:
        """Yield the ids of every current record of the module, page by page."""
        listing = self._listing(module, wire.ID_FIELDS)
        for items in listing.pages(None, _stamp):
            yield [item.crm_id for item in items if item.crm_id is not None]

    def deleted_pages(self, module: str, since: datetime | None) -> Iterator[DeletedPage]:
        """Yield the records deleted (to the recycle bin or for good) since the time."""
        path, page = f"{_known(module)}/deleted", 1
        while True:
            params = {"type": "all", "page": str(page), "per_page": str(PER_PAGE)}
            reply = self._get(path, params, _since_header(since), what=f"deleted {module}")
            if reply.body is None:
                return
            data, more_records, _ = parse_listing(reply)
            records = [r for r in map(wire.deleted_from_wire, data) if r is not None]
            if len(records) < len(data):
                log.warning(
                    "%d deleted %s entries without an id were ignored",
                    len(data) - len(records),
                    module,
                )
            if records:
                yield DeletedPage(module, tuple(records))
            if not more_records:
                return
            page += 1

    def close(self) -> None:
        """Release the connections (only if this client opened them)."""
        if self._own_connections:
            self._connections.close()

    def __enter__(self) -> CrmClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _secrets(self) -> tuple[str, ...]:
        return (*self._secret_values, self._tokens.access_token or "")

    def _listing(self, module: str, fields: tuple[str, ...]) -> Listing:
        def fetch(since: datetime | None, page: int, token: str | None) -> Reply | None:
            params = {
                "fields": ",".join(fields),
                "sort_by": wire.MODIFIED_TIME,
                "sort_order": "asc",
                "per_page": str(PER_PAGE),
            }
            params.update({"page_token": token} if token else {"page": str(page)})
            reply = self._get(module, params, _since_header(since), what=f"the CRM's {module}")
            return None if reply.body is None else reply

        discrete_pages = None if self._version == "v2" else 10
        return Listing(fetch, discrete_pages, self._records_per_token)

    def _get(
        self,
        path: str,
        params: Mapping[str, str],
        headers: Mapping[str, str] | None = None,
        *,
        what: str,
    ) -> Reply:
        """GET an API path; refresh the access token once on INVALID_TOKEN; classify errors."""
        reply = self.send("GET", path, params, headers, what=what)
        if reply.status >= 400:
            raise self.api_error(reply, "GET", path, what)
        return reply

    def send(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: Body | None = None,
        *,
        what: str,
    ) -> Reply:
        """Send one API request (the access token refreshed once on INVALID_TOKEN).

        Returns the reply, 4xx ones included for the caller to read (api_error classifies them);
        raises CrmError for what the transport could not get an answer to.
        """
        grant = self._tokens.current()
        for refreshed in (False, True):
            url = f"{self._tokens.api_url(grant)}/crm/{self._version}/{path}"
            auth = {"Authorization": f"Zoho-oauthtoken {grant.access_token}"}
            reply = self._api.call(
                method, url, params=params, headers={**auth, **(headers or {})}, body=body
            )
            if reply.status >= 400 and _error_code(reply) == "INVALID_TOKEN" and not refreshed:
                log.info("access token refused; refreshing it once")
                grant = self._tokens.refresh(refused=grant)
                continue
            return reply
        raise AssertionError("unreachable")  # pragma: no cover

    def api_error(self, reply: Reply, method: str, path: str, what: str) -> CrmError:
        """Return the typed error of a refused request (logged when it is not understood)."""
        return self._api_error(
            reply, _error_code(reply), f"/crm/{self._version}/{path}", what, method
        )

    def _api_error(
        self, reply: Reply, code: str | None, url: str, what: str, method: str = "GET"
    ) -> CrmError:
        if code == "PAGINATION_LIMIT_EXCEEDED":
            raise PaginationLimitReached
        if code in _AUTH_CODES:
            return CrmAuthError()
        if code in _PERMISSION_CODES or reply.status == 403:
            return PermissionMissingError(what)
        self._api.log_unexpected_body(method, url, reply)
        return UnexpectedResponseError(scrub(f"{code or 'an error'} ({reply.status}) for {what}"))


def _known(module: str) -> str:
    if module not in wire.MODULES:
        raise ValueError(f"unknown CRM module {module!r}")
    return module


def _since_header(since: datetime | None) -> dict[str, str]:
    if since is None:
        return {}
    if since.tzinfo is None:
        raise ValueError("modified_since must be an aware datetime")
    return {"If-Modified-Since": wire.wire_time(since)}


def _stamp(raw: object) -> _IdStamp | MalformedRecord:
    stamp = wire.stamp_from_wire(raw)
    if isinstance(stamp, MalformedRecord):
        log.warning("record listed with a problem: %s (id %s)", stamp.reason, stamp.crm_id)
        return _IdStamp(stamp.crm_id, None)
    return _IdStamp(*stamp)


def _error_code(reply: Reply) -> str | None:
    body = reply.body
    code = body.get("code") if isinstance(body, Mapping) else None
    return code if isinstance(code, str) else None


def _first(reply: Reply, key: str) -> Mapping[str, Any]:
    body = reply.body
    items = body.get(key) if isinstance(body, Mapping) else None
    if not isinstance(items, list) or not items or not isinstance(items[0], Mapping):
        raise UnexpectedResponseError(f"an answer without {key}")
    return items[0]
