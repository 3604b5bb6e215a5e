"""Fixtures: sandbox CRMs on loopback and clients pointed at them (fast retries, short time-outs)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from desktop.crm.client import CrmClient
from desktop.crm.endpoints import endpoints_for
from desktop.crm.sandbox import SandboxCrm

ClientFactory = Callable[..., CrmClient]


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    """Return a running sandbox with a little data (changed freely by the test)."""
    with SandboxCrm(accounts=30, contacts=60, deals=12, seed=7) as running:
        yield running


@pytest.fixture(scope="module")
def big_sandbox() -> Iterator[SandboxCrm]:
    """Return a running sandbox with 5,000+ records per module (tests must not change it)."""
    with SandboxCrm(accounts=5_300, contacts=6_100, deals=5_050, seed=11) as running:
        yield running


@pytest.fixture
def sleeps() -> list[float]:
    """Return the list the clients' sleep() appends to instead of sleeping."""
    return []


@pytest.fixture
def make_client(sleeps: list[float]) -> Iterator[ClientFactory]:
    """Return a factory of clients for a sandbox; each is closed at the end of the test."""
    clients: list[CrmClient] = []

    def make(sandbox: SandboxCrm, **options: Any) -> CrmClient:
        endpoints = options.pop("endpoints", None) or endpoints_for(
            None, sandbox.accounts_url, sandbox.api_url
        )
        options.setdefault("timeout", (2.0, 2.0))
        options.setdefault("sleep", sleeps.append)
        refresh_token = options.pop("refresh_token", None) or sandbox.issue_refresh_token()
        client = CrmClient(
            endpoints, sandbox.client_id, sandbox.client_secret, refresh_token, **options
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def access_token(sandbox: SandboxCrm, http: requests.Session) -> str:
    """Return a fresh access token of the sandbox, asked for over plain HTTP."""
    reply = http.post(
        sandbox.accounts_url + "/oauth/v2/token",
        params={
            "grant_type": "refresh_token",
            "refresh_token": sandbox.issue_refresh_token(),
            "client_id": sandbox.client_id,
            "client_secret": sandbox.client_secret,
        },
        timeout=5,
    ).json()
    return str(reply["access_token"])
