"""Fixtures for import tests: a sandbox CRM over real HTTP and Services connected to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop.controllers.connection import ConnectRequest
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm

OWNER = "owner@shop.example"


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    """Return an empty running sandbox CRM (tests add what they need)."""
    with SandboxCrm(user_email=OWNER) as running:
        yield running


def connect_request(
    sandbox: SandboxCrm, email: str = OWNER, key: str | None = None
) -> ConnectRequest:
    """Return what the import dialog would send for this sandbox."""
    return ConnectRequest(
        email=email, key=key or sandbox.new_grant_code(), client_id=sandbox.client_id,
        client_secret=sandbox.client_secret, accounts_url=sandbox.accounts_url,
        api_url=sandbox.api_url, auto_update=True,
    )  # fmt: skip


@pytest.fixture
def connected(services: Services, sandbox: SandboxCrm) -> Services:
    """Return Services connected to the sandbox."""
    services.connection.connect(connect_request(sandbox))
    return services


@pytest.fixture
def names(connected: Services) -> Callable[[], dict[str, list[str]]]:
    """Return a reader of customer name → contact person CRM ids (inactive included)."""

    def read() -> dict[str, list[str]]:
        return {
            c.name: [p.crm_id or "" for p in c.contact_persons]
            for c in connected.customers.list(include_inactive=True)
        }

    return read
