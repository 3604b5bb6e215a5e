"""The background scheduler: an overdue run starts at start-up, never two at once, failures are
reported as sentences and the status line says what happened, with Retry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncStatus, SyncTrigger
from desktop.ui.sync_scheduler import SyncScheduler
from desktop.ui.sync_status_view import SyncStatusView, describe_counts
from desktop.ui.task_runner import TaskRunner
from tests.ui.helpers import wait_until_idle
from tests.ui.sandbox_fixtures import connect_to


@pytest.fixture
def scheduler(qtbot: QtBot, services: Services, runner: TaskRunner) -> Iterator[SyncScheduler]:
    built = SyncScheduler(services.connection, services.sync, runner)
    yield built
    built.stop()
    wait_until_idle(qtbot, runner, timeout=30_000)


def _status(qtbot: QtBot, scheduler: SyncScheduler) -> SyncStatusView:
    view = SyncStatusView(scheduler)
    qtbot.addWidget(view)
    view.show()
    return view


def test_not_connected_nothing_runs(qtbot: QtBot, scheduler: SyncScheduler) -> None:
    status = _status(qtbot, scheduler)
    started: list[str] = []
    scheduler.sync_started.connect(started.append)
    with qtbot.waitSignal(scheduler.overview_changed) as changed:
        scheduler.start()
    assert not changed.args[0].connected
    assert started == []
    assert status.label.text().startswith("Not connected")


def test_an_overdue_run_starts_at_start_up_and_the_status_line_reports_it(
    qtbot: QtBot, scheduler: SyncScheduler, services: Services, sandbox: SandboxCrm
) -> None:
    connect_to(services, sandbox)
    status = _status(qtbot, scheduler)
    with qtbot.waitSignal(scheduler.sync_started) as started:
        scheduler.start()
    assert started.args == [SyncTrigger.STARTUP.value]
    assert not scheduler.start_sync()  # never two at once
    with qtbot.waitSignal(scheduler.sync_finished, timeout=30_000) as finished:
        pass
    report = finished.args[0]
    assert report.status is SyncStatus.SUCCEEDED
    qtbot.waitUntil(lambda: status.label.text().startswith("Last sync"), timeout=10_000)
    assert f"{report.created} new" in status.label.text()
    assert "next" in status.label.text()
    assert not status.retry_button.isVisible()
    # Just synced: the next check starts nothing.
    started_again: list[str] = []
    scheduler.sync_started.connect(started_again.append)
    with qtbot.waitSignal(scheduler.overview_changed):
        scheduler.check()
    assert started_again == []


def test_a_failed_run_shows_the_sentence_and_retry_runs_again(
    qtbot: QtBot, scheduler: SyncScheduler, services: Services, sandbox: SandboxCrm
) -> None:
    connect_to(services, sandbox, auto_update=False)
    status = _status(qtbot, scheduler)
    sandbox.inject_fault("no_permission", count=50)
    with qtbot.waitSignal(scheduler.sync_failed, timeout=30_000) as failed:
        assert scheduler.start_sync()
    sentence = failed.args[0]
    assert sentence
    assert "Traceback" not in sentence
    qtbot.waitUntil(lambda: status.retry_button.isVisible())
    assert sentence in status.label.text()
    sandbox.clear_faults()
    with qtbot.waitSignal(scheduler.sync_finished, timeout=30_000) as finished:
        status.retry_button.click()
    assert finished.args[0].status is SyncStatus.SUCCEEDED
    qtbot.waitUntil(lambda: "auto-update is off" in status.label.text(), timeout=10_000)
    assert status.label.text().startswith("Last sync")
    assert not status.retry_button.isVisible()


def test_cancel_stops_a_run(qtbot: QtBot, scheduler: SyncScheduler, services: Services) -> None:
    with SandboxCrm(accounts=3_000) as big:
        connect_to(services, big, auto_update=False)
        with qtbot.waitSignal(scheduler.sync_progressed, timeout=30_000):
            scheduler.start_sync()
        scheduler.cancel()
        with qtbot.waitSignal(scheduler.sync_finished, timeout=30_000) as finished:
            pass
        assert finished.args[0].status is SyncStatus.CANCELLED


def test_describe_counts() -> None:
    assert describe_counts(0, 0, 0, 0) == "no changes"
    assert describe_counts(1200, 3, 0, 2) == "1,200 new, 3 updated, 2 skipped"
