"""One HTTP exchange with time-outs and bounded retries (backoff, jitter, Retry-After), as JSON."""

from __future__ import annotations

import email.utils
import json
import logging
import os
import random
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit

import urllib3
from requests.utils import DEFAULT_CA_BUNDLE_PATH, get_environ_proxies, select_proxy

from desktop.crm.errors import (
    CrmError,
    CrmUnreachableError,
    RateLimitedError,
    UnexpectedResponseError,
    scrub,
)
from desktop.domain.settings import MAX_CONCURRENT_REQUESTS

log = logging.getLogger(__name__)

Timeout = tuple[float, float]
BACKOFF_BASE = 0.5  # seconds before the first retry; doubled each time, with jitter
BACKOFF_CAP = 30.0
# A Retry-After longer than this is not waited for: the run stops with RateLimitedError instead.
MAX_RETRY_AFTER = 60.0
_EMPTY_STATUSES = (204, 304)
# Connections kept open per host: one for each request an import may send at once.
CONNECTIONS_PER_HOST = MAX_CONCURRENT_REQUESTS
# Zoho compresses its answers when asked (urllib3 decompresses them).
_EVERY_REQUEST = {"Accept-Encoding": "gzip, deflate"}


@dataclass(frozen=True, slots=True)
class Reply:
    """A parsed answer: the status, the JSON body (None for 204/304) and the headers."""

    status: int
    body: Any
    headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Body:
    """What a write sends: a JSON value, or multipart files (name → (file name, bytes, type))."""

    json: Any = None
    files: Mapping[str, tuple[str, bytes, str]] | None = None
    raw: bool = False  # the answer is a file: its bytes are the reply's body, unparsed
    # A create is never repeated blindly: its reply may have been lost after the CRM acted on it
    # (the caller looks for what was created before trying again).
    once: bool = False


class Connections:
    """Connection pools per host, shared by threads; proxy and CA bundle read once per host.

    The environment's proxy (HTTP(S)_PROXY, NO_PROXY) and REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE are
    read at the first request to a host; ~/.netrc is never read (its Basic credentials would
    replace the OAuth header). urllib3 directly, not a requests.Session: requests spent 1.2 ms of
    CPU per page of a listing against 0.7 ms here, a twentieth of an import's CPU.
    """

    def __init__(self) -> None:
        self._pools: dict[str, urllib3.PoolManager] = {}
        self._lock = threading.Lock()

    def for_url(self, url: str, host: str) -> urllib3.PoolManager:
        """Return the pool manager for a host (through its proxy, if the environment names one)."""
        pools = self._pools.get(host)
        if pools is None:
            with self._lock:
                pools = self._pools.get(host) or self._pools.setdefault(host, _pools_for(url))
        return pools

    def close(self) -> None:
        """Close every pooled connection."""
        with self._lock:
            for pools in self._pools.values():
                pools.clear()
            self._pools.clear()


def _pools_for(url: str) -> urllib3.PoolManager:
    bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    bundle = bundle or DEFAULT_CA_BUNDLE_PATH
    folder = os.path.isdir(bundle)
    trust: dict[str, Any] = {
        "maxsize": CONNECTIONS_PER_HOST,
        "cert_reqs": "CERT_REQUIRED",
        "ca_certs": None if folder else bundle,
        "ca_cert_dir": bundle if folder else None,
    }
    proxy = select_proxy(url, get_environ_proxies(url))
    if not proxy:
        return urllib3.PoolManager(**trust)
    credentials = urllib3.util.parse_url(proxy).auth
    proxy_headers = urllib3.make_headers(proxy_basic_auth=credentials) if credentials else None
    return urllib3.ProxyManager(proxy, proxy_headers=proxy_headers, **trust)


class Transport:
    """Sends requests, retrying what is worth retrying, and counts them (threads may share one)."""

    def __init__(
        self,
        connections: Connections,
        timeout: Timeout,
        max_retries: int,
        sleep: Callable[[float], None],
        secrets: Callable[[], Iterable[str]] = tuple,
    ) -> None:
        self._connections = connections
        self._timeout = urllib3.Timeout(connect=timeout[0], read=timeout[1])
        self._max_retries = max_retries
        self._sleep = sleep
        self._secrets = secrets
        self.requests_sent = 0
        self._counting = threading.Lock()  # `+=` from concurrent readers could lose a count

    def call(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: Body | None = None,
    ) -> Reply:
        """Return the parsed reply of the first attempt that is not worth retrying.

        4xx answers are returned for the caller to classify; connection failures, time-outs,
        5xx, 429 and unreadable bodies are retried up to max_retries times, then raised as
        CrmUnreachableError, RateLimitedError or UnexpectedResponseError.
        """
        host = urlsplit(url).netloc
        body = body or Body()
        retries = 0 if body.once else self._max_retries
        target = f"{url}{'&' if '?' in url else '?'}{urlencode(params)}" if params else url
        payload, sent_headers = _payload(body, data, headers)
        for attempt in range(retries + 1):
            failure, wait = self._attempt(
                method, target, host, payload, sent_headers, attempt, body, params
            )
            if isinstance(failure, Reply):
                return failure
            if attempt == retries:
                raise failure
            log.info(
                "%s %s: %s; retry %d in %.1f s",
                method,
                _path(url),
                failure.message,
                attempt + 1,
                wait,
            )
            self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(
        self,
        method: str,
        url: str,
        host: str,
        payload: bytes | None,
        headers: dict[str, str],
        attempt: int,
        body: Body,
        params: Mapping[str, str] | None,
    ) -> tuple[Reply | CrmError, float]:
        with self._counting:
            self.requests_sent += 1
        backoff = _backoff(attempt)
        try:
            response = self._connections.for_url(url, host).request(
                method,
                url,
                body=payload,
                headers=headers,
                timeout=self._timeout,
                retries=False,  # retried here, with backoff; redirects are answers, not followed
            )
        except urllib3.exceptions.SSLError:  # not worth retrying, and not the connection
            raise CrmUnreachableError.certificate_problem(host) from None
        except urllib3.exceptions.HTTPError:  # refused, reset, timed out, a body cut short
            return CrmUnreachableError.no_connection(host), backoff
        content = response.data
        status = response.status
        log.debug("%s %s %s → %d", method, _path(url), _safe_params(params), status)
        if status == 429:
            retry_after = retry_after_seconds(response.headers.get("Retry-After"))
            if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                raise RateLimitedError(retry_after)
            return RateLimitedError(
                retry_after
            ), retry_after if retry_after is not None else backoff
        if status >= 500:
            self._log_unexpected(method, url, status, content)
            return CrmUnreachableError.server_failing(host, status), backoff
        if status in _EMPTY_STATUSES:
            return Reply(status, None, response.headers), 0.0
        if body.raw and status == 200:
            return Reply(status, content, response.headers), 0.0
        try:
            parsed = json.loads(content, parse_float=Decimal, parse_constant=Decimal)
        except ValueError:
            self._log_unexpected(method, url, status, content)
            error = UnexpectedResponseError(f"an unreadable answer with status {status}")
            if status != 200:
                raise error from None
            return error, backoff
        return Reply(status, parsed, response.headers), 0.0

    def _log_unexpected(self, method: str, url: str, status: int, content: bytes) -> None:
        text = content[:2000].decode("utf-8", errors="replace")
        log.warning(
            "unexpected answer to %s %s: status %d, body %r",
            method,
            _path(url),
            status,
            scrub(text, self._secrets()),
        )

    def log_unexpected_body(self, method: str, url: str, reply: Reply) -> None:
        """Log a parsed reply the caller could not use (secrets scrubbed)."""
        self._log_unexpected(
            method, url, reply.status, json.dumps(reply.body, default=str).encode()
        )


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Return the wait a Retry-After header asks for (seconds or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _payload(
    body: Body, data: Mapping[str, str] | None, headers: Mapping[str, str] | None
) -> tuple[bytes | None, dict[str, str]]:
    """Return the encoded body of a request and its headers (what any request sends included)."""
    sent = {**_EVERY_REQUEST, **(headers or {})}
    if body.files:
        payload, sent["Content-Type"] = urllib3.encode_multipart_formdata(dict(body.files))
        return payload, sent
    if body.json is not None:
        sent["Content-Type"] = "application/json"
        return json.dumps(body.json, allow_nan=False).encode(), sent
    if data:
        sent["Content-Type"] = "application/x-www-form-urlencoded"
        return urlencode(data).encode(), sent
    return None, sent


def _backoff(attempt: int) -> float:
    delay = min(BACKOFF_CAP, BACKOFF_BASE * 2.0 ** min(attempt, 16))
    return delay * random.uniform(0.5, 1.0)  # noqa: S311 - jitter, not a secret


def _path(url: str) -> str:
    return urlsplit(url).path


def _safe_params(params: Mapping[str, str] | None) -> str:
    if not params:
        return ""
    shown = {k: v for k, v in params.items() if k in ("page", "per_page", "type", "sort_by")}
    return " ".join(f"{k}={v}" for k, v in shown.items())
