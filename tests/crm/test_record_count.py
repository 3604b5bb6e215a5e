"""Zoho's record count API (GET /crm/v8/{module}/actions/count), in the sandbox and the client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from desktop.crm.sandbox import SandboxCrm
from tests.crm.conftest import ClientFactory, access_token

ACCOUNTS, CONTACTS, DEALS = 40, 70, 15


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    with SandboxCrm(accounts=ACCOUNTS, contacts=CONTACTS, deals=DEALS, seed=5) as running:
        yield running


def test_the_count_api_answers_the_live_records(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    client = make_client(sandbox)
    assert [client.record_count(m) for m in ("Accounts", "Contacts", "Deals")] == [
        ACCOUNTS,
        CONTACTS,
        DEALS,
    ]
    sandbox.delete("Accounts", sandbox.ids("Accounts")[0])
    sandbox.add_deal(Deal_Name="One more", Stage="Qualification")
    assert client.record_count("Accounts") == ACCOUNTS - 1
    assert client.record_count("Deals") == DEALS + 1
    assert make_client(sandbox, api_version="v2").record_count("Accounts") is None


def test_the_count_reply_has_zohos_shape(sandbox: SandboxCrm) -> None:
    with requests.Session() as http:
        token = access_token(sandbox, http)
    auth = {"Authorization": f"Zoho-oauthtoken {token}"}
    url = f"{sandbox.api_url}/crm/v8/Contacts/actions/count"
    assert requests.get(url, headers=auth, timeout=5).json() == {"count": str(CONTACTS)}
    v2 = requests.get(url.replace("/v8/", "/v2/"), headers=auth, timeout=5)
    assert v2.status_code == 404
    wrong = requests.get(url.replace("Contacts", "Potatoes"), headers=auth, timeout=5)
    assert wrong.json()["code"] == "INVALID_MODULE"
