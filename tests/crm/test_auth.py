"""Connecting with a grant code or a refresh token, and keeping the access token fresh."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.crm.auth import authorize
from desktop.crm.endpoints import CrmEndpoints, endpoints_for
from desktop.crm.errors import CrmAuthError, CrmUnreachableError, WrongDataCentreError
from desktop.crm.sandbox import SandboxCrm
from tests.crm.conftest import ClientFactory


def _endpoints(sandbox: SandboxCrm) -> CrmEndpoints:
    return endpoints_for(None, sandbox.accounts_url, sandbox.api_url)


def test_a_grant_code_is_exchanged_for_a_refresh_token(sandbox: SandboxCrm) -> None:
    grant = authorize(
        _endpoints(sandbox), sandbox.client_id, sandbox.client_secret, sandbox.new_grant_code()
    )
    assert grant.refresh_token
    assert grant.refresh_token.startswith("1000.")
    assert grant.api_domain == sandbox.api_url
    assert grant.expires_at - datetime.now(UTC) > timedelta(minutes=59)
    assert sandbox.request_counts()["token"] == 1


def test_a_refresh_token_is_accepted_as_the_key(sandbox: SandboxCrm) -> None:
    key = sandbox.issue_refresh_token()
    grant = authorize(_endpoints(sandbox), sandbox.client_id, sandbox.client_secret, key)
    assert grant.refresh_token == key
    assert sandbox.request_counts()["token"] == 2  # first tried as a grant code


def test_a_grant_code_works_only_once(sandbox: SandboxCrm) -> None:
    code = sandbox.new_grant_code()
    authorize(_endpoints(sandbox), sandbox.client_id, sandbox.client_secret, code)
    with pytest.raises(CrmAuthError, match="grant code"):
        authorize(_endpoints(sandbox), sandbox.client_id, sandbox.client_secret, code)


def test_a_wrong_client_points_at_the_data_centre(sandbox: SandboxCrm) -> None:
    with pytest.raises(WrongDataCentreError, match="data centre"):
        authorize(
            _endpoints(sandbox), "1000.WRONG", sandbox.client_secret, sandbox.new_grant_code()
        )


def test_an_unreachable_accounts_server_is_reported(sleeps: list[float]) -> None:
    nowhere = endpoints_for(None, "http://127.0.0.1:9", "http://127.0.0.1:9")
    with pytest.raises(CrmUnreachableError, match="could not be reached"):
        authorize(nowhere, "x", "y", "z", sleep=sleeps.append)
    assert len(sleeps) == 2  # two retries, waiting longer each time (with jitter)
    assert 0.25 <= sleeps[0] <= 0.5
    assert 0.5 <= sleeps[1] <= 1.0


def test_the_token_replys_api_domain_is_preferred(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    dc_default = CrmEndpoints(sandbox.accounts_url, "http://127.0.0.1:9", api_url_fixed=False)
    client = make_client(sandbox, endpoints=dc_default)
    assert client.current_user().email == "owner@shop.example"


def test_an_explicit_api_url_wins_over_the_token_reply(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    explicit = endpoints_for(None, sandbox.accounts_url, "http://127.0.0.1:9")
    client = make_client(sandbox, endpoints=explicit, max_retries=0)
    with pytest.raises(CrmUnreachableError, match=r"127\.0\.0\.1:9"):
        client.current_user()


def test_expiry_in_milliseconds_is_understood(make_client: ClientFactory) -> None:
    with SandboxCrm(expires_in_ms=True, token_lifetime=3600) as sandbox:
        client = make_client(sandbox)
        client.current_user()
        client.organization()
        assert client.token_calls == 1
        code = sandbox.new_grant_code()
        grant = authorize(_endpoints(sandbox), sandbox.client_id, sandbox.client_secret, code)
    assert (
        timedelta(minutes=59) < grant.expires_at - datetime.now(UTC) < timedelta(hours=1, seconds=5)
    )


def test_the_access_token_is_refreshed_before_it_expires(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    now = [datetime.now(UTC)]
    client = make_client(sandbox, clock=lambda: now[0])
    client.current_user()
    now[0] += timedelta(minutes=54)
    client.current_user()
    assert client.token_calls == 1
    now[0] += timedelta(minutes=2)  # under five minutes left
    client.current_user()
    assert client.token_calls == 2
    assert sandbox.request_counts()["users"] == 3  # no request was refused on the way


def test_an_expired_token_is_refreshed_once_on_401(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    client = make_client(sandbox)
    client.current_user()
    sandbox.expire_tokens()
    assert client.organization().id == sandbox.org.org_id
    assert (client.token_calls, client.api_calls) == (2, 3)


def test_a_revoked_key_is_a_key_error(sandbox: SandboxCrm, make_client: ClientFactory) -> None:
    client = make_client(sandbox)
    client.current_user()
    sandbox.revoke_tokens()
    with pytest.raises(CrmAuthError, match="revoked"):
        client.current_user()


def test_a_second_401_after_refreshing_is_a_key_error(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    client = make_client(sandbox)
    sandbox.inject_fault("invalid_token", count=2)
    with pytest.raises(CrmAuthError):
        client.current_user()
    assert client.token_calls == 2


def test_user_and_organization_follow_the_sandbox(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    sandbox.set_user_email("anna@shop.example")
    sandbox.set_org(org_id="42", name="Łódź Ltd", currency="PLN")
    client = make_client(sandbox, api_version="v2")
    assert client.current_user().email == "anna@shop.example"
    org = client.organization()
    assert (org.id, org.name, org.currency_code) == ("42", "Łódź Ltd", "PLN")
