"""A first import knows how far along it is: the record counts give the total to the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncProgress, SyncStatus
from tests.sync.conftest import OWNER, connect_request

ACCOUNTS, CONTACTS, DEALS = 900, 1_400, 300


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    with SandboxCrm(
        accounts=ACCOUNTS, contacts=CONTACTS, deals=DEALS, seed=5, user_email=OWNER
    ) as running:
        yield running


def test_a_first_import_reports_the_share_read_and_a_later_one_does_not(
    services: Services, sandbox: SandboxCrm
) -> None:
    services.connection.connect(connect_request(sandbox))
    seen: list[SyncProgress] = []
    report = services.sync.run(on_progress=seen.append, estimate=True)
    assert report.status is SyncStatus.SUCCEEDED, report.error
    shares = [p.fraction for p in seen if p.fraction is not None]
    assert seen
    assert len(shares) == len(seen)
    assert shares == sorted(shares)
    total = ACCOUNTS + CONTACTS + DEALS
    assert [round(s, 6) for s in shares] == [
        round(min(p.records_done / total, 0.99), 6) for p in seen
    ]
    assert shares[-1] == 0.99  # every record read; an estimate never says done
    assert {p.records_expected for p in seen} == {total}

    sandbox.add_account(Account_Name="Later GmbH")
    later: list[SyncProgress] = []
    assert services.sync.run(on_progress=later.append, estimate=True).status is SyncStatus.SUCCEEDED
    assert later
    assert all(p.fraction is None for p in later)  # incremental: short, no total


def test_no_estimate_unless_asked(services: Services, sandbox: SandboxCrm) -> None:
    services.connection.connect(connect_request(sandbox))
    seen: list[SyncProgress] = []
    before = sandbox.request_counts()["api"]
    assert services.sync.run(on_progress=seen.append).status is SyncStatus.SUCCEEDED
    assert all(p.fraction is None for p in seen)
    counted = sandbox.request_counts()["api"] - before
    seen.clear()
    services.sync.run(on_progress=seen.append, full=True, estimate=True)
    assert all(p.fraction is not None for p in seen)
    assert sandbox.request_counts()["api"] - before - counted >= 3  # three counts were asked
