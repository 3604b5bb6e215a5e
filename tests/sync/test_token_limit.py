"""A sync that meets Zoho's limit on access tokens stops cleanly, and the next run resumes."""

from __future__ import annotations

import requests

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncStatus, SyncTrigger


def _use_up_the_token_quota(sandbox: SandboxCrm, refresh_token: str) -> None:
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token,
            "client_id": sandbox.client_id, "client_secret": sandbox.client_secret}  # fmt: skip
    with requests.Session() as http:
        for _ in range(11):
            reply = http.post(sandbox.accounts_url + "/oauth/v2/token", data=form, timeout=5)
            if reply.json().get("error") == "Access Denied":
                return
    raise AssertionError("the sandbox never refused a refresh")


def test_a_sync_meeting_the_token_limit_fails_with_when_to_retry_then_resumes(
    connected: Services, sandbox: SandboxCrm
) -> None:
    sandbox.add_account(Account_Name="First Shop Ltd")
    assert connected.sync.run(SyncTrigger.MANUAL).status is SyncStatus.SUCCEEDED
    refresh_token = connected.secrets.get("crm.refresh_token")
    assert refresh_token
    _use_up_the_token_quota(sandbox, refresh_token)
    sandbox.add_account(Account_Name="Late Shop Ltd")

    refused = connected.sync.run(SyncTrigger.AUTO)

    assert refused.status is SyncStatus.FAILED
    assert refused.error is not None
    assert "too many were requested" in refused.error
    assert "Try again in about 10 minutes" in refused.error
    logged = connected.sync.log()[0]
    assert (logged.status, logged.error) == (SyncStatus.FAILED, refused.error)
    assert refresh_token not in refused.error
    sandbox.advance_clock(601)

    resumed = connected.sync.run(SyncTrigger.MANUAL)

    assert resumed.status is SyncStatus.SUCCEEDED, resumed.error
    names = sorted(c.name for c in connected.customers.list(include_inactive=True))
    assert names == ["First Shop Ltd", "Late Shop Ltd"]
