"""Fixtures for reflecting documents in the sandbox CRM: connected Services and helpers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncReport, SyncStatus
from tests.sync.conftest import OWNER, connect_request


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    """Return an empty running sandbox CRM (tests add what they need)."""
    with SandboxCrm(user_email=OWNER) as running:
        yield running


@pytest.fixture
def connected(services: Services, sandbox: SandboxCrm) -> Services:
    """Return Services connected to the sandbox."""
    services.connection.connect(connect_request(sandbox))
    return services


def synced(services: Services) -> SyncReport:
    """Run one sync (import, then the outbox) and return its report; it must have completed."""
    report = services.sync.run()
    assert report.status is SyncStatus.SUCCEEDED, report.error
    return report


def customer_id(services: Services, name: str) -> int:
    """Return the id of the customer with this name."""
    return next(c.id for c in services.customers.list(include_inactive=True) if c.name == name)
