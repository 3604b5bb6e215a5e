"""The sync log dialog: every run with its counts, and a run's skipped records with reasons."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncTrigger
from desktop.ui.sync_log_dialog import SyncLogDialog
from desktop.ui.sync_log_table_model import RunColumns, SkippedColumns
from desktop.ui.task_runner import TaskRunner
from tests.ui.sandbox_fixtures import connect_to


def test_runs_and_skipped_records_with_reasons(
    qtbot: QtBot, services: Services, runner: TaskRunner, sandbox: SandboxCrm
) -> None:
    connect_to(services, sandbox)
    sandbox.add_raw("Accounts", {"Account_Name": None, "Phone": "+1 555 0100"})
    first = services.sync.run(SyncTrigger.MANUAL)
    services.sync.run(SyncTrigger.AUTO)
    assert first.skipped >= 1
    dialog = SyncLogDialog(services.sync, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.runs_loaded, dialog.skipped_loaded], timeout=10_000):
        dialog.show()
    assert dialog.runs.rowCount() == 2
    assert dialog.runs.index(0, RunColumns.TRIGGER).data() == "auto"  # newest first
    with qtbot.waitSignal(dialog.skipped_loaded, timeout=10_000) as loaded:
        dialog.runs_table.selectRow(1)
    assert loaded.args[0] == first.skipped
    assert dialog.runs.index(1, RunColumns.CREATED).data() == f"{first.created:,}"
    assert dialog.skipped.index(0, SkippedColumns.MODULE).data() == "Accounts"
    assert dialog.skipped.index(0, SkippedColumns.REASON).data()
    assert "skipped record" in dialog.skipped_label.text()
