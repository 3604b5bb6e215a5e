"""No secret (client secret, key, refresh or access token) reaches a log line or an error message."""

from __future__ import annotations

import logging

import pytest

from desktop.crm.auth import authorize
from desktop.crm.endpoints import endpoints_for
from desktop.crm.errors import CrmError
from desktop.crm.sandbox import SandboxCrm
from tests.crm.conftest import ClientFactory


def test_no_secret_in_logs_or_errors(
    sandbox: SandboxCrm, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    endpoints = endpoints_for(None, sandbox.accounts_url, sandbox.api_url)
    code = sandbox.new_grant_code()
    grant = authorize(endpoints, sandbox.client_id, sandbox.client_secret, code)
    assert grant.refresh_token is not None
    errors: list[str] = []
    for bad_key in (code, "1000.0123456789abcdef.0123456789abcdef"):  # used code, unknown token
        with pytest.raises(CrmError) as caught:
            authorize(endpoints, sandbox.client_id, sandbox.client_secret, bad_key)
        errors.append(str(caught.value))
    client = make_client(sandbox, refresh_token=grant.refresh_token, max_retries=1)
    client.current_user()
    sandbox.expire_tokens()
    for kind in ("html", "not_json", "500", "truncated", "no_permission", "invalid_token"):
        sandbox.inject_fault(kind, count=2)
        with pytest.raises(CrmError) as caught:
            list(client.record_pages("Accounts", None))
        errors.append(str(caught.value))
    sandbox.revoke_tokens()
    with pytest.raises(CrmError) as caught:
        client.organization()
    errors.append(repr(caught.value))
    errors.append(repr(grant))
    text = caplog.text + "\n".join(errors)
    secrets = [sandbox.client_secret, code, grant.refresh_token, *sandbox.tokens.access_tokens()]
    assert len(secrets) >= 5
    assert "INVALID_TOKEN" not in errors[-1]
    for secret in secrets:
        assert secret not in text
    assert "unexpected answer" in caplog.text  # the bodies were logged, scrubbed
