"""The sync log's models: counts and reasons shown, sortable, and sound by Qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from desktop.domain.sync import SkippedRecord, SyncRunSummary, SyncStatus, SyncTrigger
from desktop.ui.sync_log_table_model import (
    RunColumns,
    SkippedColumns,
    skipped_records_table_model,
    sync_runs_table_model,
)


def _run(run_id: int, created: int, status: SyncStatus = SyncStatus.SUCCEEDED) -> SyncRunSummary:
    started = datetime(2026, 3, 1, 12, tzinfo=UTC) + timedelta(hours=run_id)
    return SyncRunSummary(
        id=run_id, started_at=started, finished_at=started + timedelta(minutes=1),
        trigger=SyncTrigger.AUTO, status=status, created=created, updated=2, deleted=1,
        inactivated=1, skipped=3, api_calls=12_345,
        error="The CRM is unreachable." if status is SyncStatus.FAILED else None,
    )  # fmt: skip


def test_runs_model_shows_counts_and_sorts_numerically(qtmodeltester: ModelTester) -> None:
    model = sync_runs_table_model()
    model.set_values([_run(1, 9), _run(2, 10), _run(3, 100, SyncStatus.FAILED)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, RunColumns.REMOVED).data() == "2"
    assert model.index(0, RunColumns.API_CALLS).data() == "12,345"
    assert model.index(2, RunColumns.ERROR).data() == "The CRM is unreachable."
    assert model.headerData(RunColumns.CREATED, Qt.Orientation.Horizontal) == "New"
    held = QPersistentModelIndex(model.index(0, RunColumns.CREATED))
    model.sort(RunColumns.CREATED, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, RunColumns.CREATED).data() for r in range(3)] == ["100", "10", "9"]
    assert held.row() == 2
    qtmodeltester.check(model, force_py=True)


def test_skipped_model_shows_the_reason(qtmodeltester: ModelTester) -> None:
    model = skipped_records_table_model()
    model.set_values([SkippedRecord("Accounts", "123", "The account has no name.")])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, SkippedColumns.REASON).data() == "The account has no name."
    assert model.index(0, SkippedColumns.CRM_ID).data() == "123"
