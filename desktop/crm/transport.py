"""One HTTP exchange with time-outs and bounded retries (backoff, jitter, Retry-After), as JSON."""

from __future__ import annotations

import email.utils
import json
import logging
import os
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import requests

from desktop.crm.errors import (
    CrmError,
    CrmUnreachableError,
    RateLimitedError,
    UnexpectedResponseError,
    scrub,
)

log = logging.getLogger(__name__)

Timeout = tuple[float, float]
BACKOFF_BASE = 0.5  # seconds before the first retry; doubled each time, with jitter
BACKOFF_CAP = 30.0
# A Retry-After longer than this is not waited for: the run stops with RateLimitedError instead.
MAX_RETRY_AFTER = 60.0
_EMPTY_STATUSES = (204, 304)


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


class Transport:
    """Sends requests serially, retrying what is worth retrying, and counts the requests sent."""

    def __init__(
        self,
        http: requests.Session,
        timeout: Timeout,
        max_retries: int,
        sleep: Callable[[float], None],
        secrets: Callable[[], Iterable[str]] = tuple,
    ) -> None:
        self._http = http
        # The environment (proxies, CA bundle) is read once per host, not at every request
        # (requests scans os.environ twice per call), and ~/.netrc is never read: its Basic
        # credentials would replace the OAuth header.
        http.trust_env = False
        self._environment: dict[str, tuple[dict[str, str], str | None]] = {}
        self._timeout = timeout
        self._max_retries = max_retries
        self._sleep = sleep
        self._secrets = secrets
        self.requests_sent = 0

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
        for attempt in range(retries + 1):
            failure, wait = self._attempt(method, url, host, params, data, headers, attempt, body)
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
        params: Mapping[str, str] | None,
        data: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
        attempt: int,
        body: Body,
    ) -> tuple[Reply | CrmError, float]:
        self.requests_sent += 1
        backoff = _backoff(attempt)
        proxies, verify = self._settings_for(url, host)
        try:
            response = self._http.request(
                method,
                url,
                params=params,
                data=data,
                headers=headers,
                json=body.json,
                files=body.files,
                timeout=self._timeout,
                allow_redirects=False,
                proxies=proxies,
                verify=verify,
            )
            content = response.content  # a body cut short raises here
        except requests.exceptions.SSLError:  # not worth retrying, and not the connection
            raise CrmUnreachableError.certificate_problem(host) from None
        except (
            requests.ConnectionError,
            requests.Timeout,
            requests.exceptions.ChunkedEncodingError,
        ):
            return CrmUnreachableError.no_connection(host), backoff
        status = response.status_code
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
            body = json.loads(content, parse_float=Decimal, parse_constant=Decimal)
        except ValueError:
            self._log_unexpected(method, url, status, content)
            error = UnexpectedResponseError(f"an unreadable answer with status {status}")
            if status != 200:
                raise error from None
            return error, backoff
        return Reply(status, body, response.headers), 0.0

    def _settings_for(self, url: str, host: str) -> tuple[dict[str, str], str | None]:
        """Return the proxies and CA bundle the environment asks for at this host (None: the
        session's own certificate check)."""
        settings = self._environment.get(host)
        if settings is None:
            proxies = requests.utils.get_environ_proxies(url)
            bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
            settings = self._environment[host] = (proxies, bundle or None)
        return settings

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
