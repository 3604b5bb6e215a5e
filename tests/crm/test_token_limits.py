"""Zoho's token limits, kept by the sandbox, and a client that never asks for more than it needs."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests

from desktop.crm.auth import AccessTokens, TokenGrant
from desktop.crm.endpoints import endpoints_for
from desktop.crm.errors import CrmAuthError, TokenLimitError
from desktop.crm.sandbox import SandboxCrm, SandboxRemote
from desktop.crm.sandbox.tokens import ACCESS_DENIED
from desktop.crm.transport import Connections, Transport
from tests.crm.conftest import ClientFactory


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def _refresh(sandbox: SandboxCrm, http: requests.Session, refresh_token: str) -> requests.Response:
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token,
            "client_id": sandbox.client_id, "client_secret": sandbox.client_secret}  # fmt: skip
    return http.post(sandbox.accounts_url + "/oauth/v2/token", data=form, timeout=5)


def _works(sandbox: SandboxCrm, http: requests.Session, access_token: str) -> bool:
    reply = http.get(
        sandbox.api_url + "/crm/v8/org",
        headers={"Authorization": f"Zoho-oauthtoken {access_token}"},
        timeout=5,
    )
    return reply.status_code == 200


def test_ten_access_tokens_per_ten_minutes_then_access_denied(
    sandbox: SandboxCrm, http: requests.Session
) -> None:
    key = sandbox.issue_refresh_token()
    for _ in range(10):
        assert "access_token" in _refresh(sandbox, http, key).json()
    refused = _refresh(sandbox, http, key)
    assert (refused.status_code, refused.json()) == (200, ACCESS_DENIED)
    assert refused.json()["error"] == "Access Denied"
    assert "access_token" in _refresh(sandbox, http, sandbox.issue_refresh_token()).json()
    remote = SandboxRemote(sandbox.base_url, http)  # as another process drives it
    remote.advance_clock(599)
    assert _refresh(sandbox, http, key).json() == ACCESS_DENIED  # the window is ten minutes
    remote.advance_clock(2)
    assert "access_token" in _refresh(sandbox, http, key).json()


def test_the_sixteenth_live_access_token_ends_the_oldest(
    sandbox: SandboxCrm, http: requests.Session
) -> None:
    key = sandbox.issue_refresh_token()
    tokens = [_refresh(sandbox, http, key).json()["access_token"] for _ in range(10)]
    sandbox.advance_clock(601)  # a new throttle window; the tokens live an hour
    tokens += [_refresh(sandbox, http, key).json()["access_token"] for _ in range(5)]
    assert all(_works(sandbox, http, t) for t in tokens)  # fifteen live tokens
    tokens.append(_refresh(sandbox, http, key).json()["access_token"])
    assert not _works(sandbox, http, tokens[0])
    assert all(_works(sandbox, http, t) for t in tokens[1:])


def test_the_twenty_first_refresh_token_deletes_the_oldest(
    sandbox: SandboxCrm, http: requests.Session
) -> None:
    oldest = sandbox.issue_refresh_token()
    oldest_access = _refresh(sandbox, http, oldest).json()["access_token"]
    others = [sandbox.issue_refresh_token() for _ in range(19)]
    assert "access_token" in _refresh(sandbox, http, oldest).json()  # twenty: all still valid
    url = sandbox.accounts_url + "/oauth/v2/token"
    form = {"client_id": sandbox.client_id, "client_secret": sandbox.client_secret}
    code = {"grant_type": "authorization_code", "code": sandbox.new_grant_code(), **form}
    newest = http.post(url, data=code, timeout=5).json()["refresh_token"]  # the 21st
    assert _refresh(sandbox, http, oldest).json() == {"error": "invalid_code"}
    assert not _works(sandbox, http, oldest_access)
    assert sandbox.tokens.refresh_tokens() == [*others, newest]


def _tokens(
    sandbox: SandboxCrm, http: requests.Session, clock: Callable[[], datetime]
) -> AccessTokens:
    transport = Transport(Connections(), (2.0, 5.0), 0, lambda _: None, lambda: ())
    endpoints = endpoints_for(None, sandbox.accounts_url, sandbox.api_url)
    return AccessTokens(transport, endpoints, sandbox.client_id, sandbox.client_secret,
                        sandbox.issue_refresh_token(), clock)  # fmt: skip


def _at_once(count: int, work: Callable[[], TokenGrant]) -> list[TokenGrant]:
    """Run work on `count` threads released together; return what each got."""
    start = threading.Barrier(count)
    results: list[TokenGrant] = []
    lock = threading.Lock()

    def run() -> None:
        start.wait()
        grant = work()
        with lock:
            results.append(grant)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    return results


def test_concurrent_callers_share_one_refresh(sandbox: SandboxCrm, http: requests.Session) -> None:
    tokens = _tokens(sandbox, http, lambda: datetime.now(UTC))
    sandbox.reset_counts()
    first = _at_once(8, tokens.current)
    assert len({g.access_token for g in first}) == 1
    assert sandbox.request_counts()["token"] == 1
    sandbox.expire_tokens()  # every caller is refused the token at once, and asks for a new one
    second = _at_once(8, lambda: tokens.refresh(refused=first[0]))
    assert len({g.access_token for g in second}) == 1
    assert second[0].access_token != first[0].access_token
    assert sandbox.request_counts()["token"] == 2
    assert _works(sandbox, http, second[0].access_token)


def test_access_denied_says_when_to_retry_and_is_not_asked_again_before(
    sandbox: SandboxCrm, http: requests.Session
) -> None:
    now = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)]
    tokens = _tokens(sandbox, http, lambda: now[0])
    grant = tokens.current()
    for _ in range(9):
        grant = tokens.refresh(refused=grant)
    sandbox.reset_counts()
    with pytest.raises(TokenLimitError, match="Try again in about 10 minutes") as refused:
        tokens.refresh(refused=grant)
    assert refused.value.retry_after == 600
    now[0] += timedelta(minutes=4)
    with pytest.raises(TokenLimitError, match="Try again in about 6 minutes"):
        tokens.refresh(refused=grant)
    assert sandbox.request_counts()["token"] == 1  # the second refusal was ours, not Zoho's
    now[0] += timedelta(minutes=6, seconds=1)
    sandbox.advance_clock(601)
    assert _works(sandbox, http, tokens.refresh(refused=grant).access_token)


def test_a_client_meeting_the_limit_raises_the_typed_error(
    sandbox: SandboxCrm, make_client: ClientFactory, http: requests.Session
) -> None:
    key = sandbox.issue_refresh_token()
    for _ in range(10):
        _refresh(sandbox, http, key)
    client = make_client(sandbox, refresh_token=key)
    with pytest.raises(TokenLimitError) as refused:
        client.current_user()
    assert "too many were requested" in refused.value.message
    assert client.api_calls == 0
    sandbox.revoke_tokens()
    sandbox.advance_clock(601)
    with pytest.raises(CrmAuthError):
        make_client(sandbox, refresh_token=key).current_user()
