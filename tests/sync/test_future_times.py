"""One CRM record stamped in the far future never stalls its module: later changes still arrive."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncStatus, SyncTrigger
from desktop.persistence.sync import run_log
from desktop.sync.engine import CLOCK_MARGIN

FAR_FUTURE = "9999-12-31T23:59:59+00:00"


def _sync(services: Services) -> int:
    report = services.sync.run(SyncTrigger.MANUAL)
    assert report.status is SyncStatus.SUCCEEDED, report.error
    return report.run_id


def _names(services: Services) -> set[str]:
    return {c.name for c in services.customers.list(include_inactive=True)}


def _cursor(services: Services, module: str) -> datetime | None:
    with services.database.session() as session:
        return run_log.cursor(session, module).modified_since


def test_a_far_future_record_is_skipped_with_a_reason_and_later_changes_arrive(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    sandbox.add_raw(
        "Accounts",
        {
            "id": "4876876000000777777",
            "Account_Name": "Time Traveller",
            "Modified_Time": FAR_FUTURE,
        },
    )
    first = _sync(connected)
    assert _names(connected) == {"Acme"}
    skipped = connected.sync.skipped(first)
    assert [(s.crm_id, s.module) for s in skipped] == [("4876876000000777777", "Accounts")]
    assert "9999-12-31" in skipped[0].reason
    assert "ahead of this computer's clock" in skipped[0].reason
    cursor = _cursor(connected, "Accounts")
    assert cursor is not None
    assert cursor <= datetime.now(UTC) + CLOCK_MARGIN

    sandbox.update("Accounts", acme, Account_Name="Acme Renamed")
    sandbox.add_account(Account_Name="Newcomer")
    _sync(connected)
    assert _names(connected) == {"Acme Renamed", "Newcomer"}


def test_a_cursor_already_carried_into_the_future_is_read_again_in_full(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    _sync(connected)
    with connected.database.session() as session:  # as a run before this fix left it
        run_log.cursor(session, "Accounts").modified_since = datetime(9999, 12, 31, tzinfo=UTC)
    sandbox.update("Accounts", acme, Account_Name="Acme Renamed")
    _sync(connected)
    assert _names(connected) == {"Acme Renamed"}
    cursor = _cursor(connected, "Accounts")
    assert cursor is not None
    assert cursor <= datetime.now(UTC) + timedelta(hours=1)
