"""Columns of the sync log: the runs, and the records a run skipped with the reason."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject

from desktop.domain.sync import SkippedRecord, SyncRunSummary
from desktop.ui.locale_format import QT_TRANSLATE_NOOP
from desktop.ui.value_table_model import Column, ValueTableModel


class RunColumns(IntEnum):
    """The run table's columns, in display order."""

    STARTED = 0
    TRIGGER = 1
    STATUS = 2
    CREATED = 3
    UPDATED = 4
    REMOVED = 5
    SKIPPED = 6
    API_CALLS = 7
    ERROR = 8


RUN_COLUMNS: tuple[Column[SyncRunSummary], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Started"), lambda r: r.started_at.astimezone().strftime("%Y-%m-%d %H:%M"), lambda r: r.started_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("Columns", "Trigger"), lambda r: r.trigger.value),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status.value),
    Column(QT_TRANSLATE_NOOP("Columns", "New"), lambda r: f"{r.created:,}", lambda r: r.created, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Updated"), lambda r: f"{r.updated:,}", lambda r: r.updated, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Removed"), lambda r: f"{r.deleted + r.inactivated:,}", lambda r: r.deleted + r.inactivated, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Skipped"), lambda r: f"{r.skipped:,}", lambda r: r.skipped, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "API calls"), lambda r: f"{r.api_calls:,}", lambda r: r.api_calls, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Error"), lambda r: r.error or ""),
)  # fmt: skip


class SkippedColumns(IntEnum):
    """The skipped-records table's columns."""

    MODULE = 0
    CRM_ID = 1
    REASON = 2


SKIPPED_COLUMNS: tuple[Column[SkippedRecord], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Module"), lambda s: s.module),
    Column(QT_TRANSLATE_NOOP("Columns", "CRM id"), lambda s: s.crm_id or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda s: s.reason),
)


def sync_runs_table_model(parent: QObject | None = None) -> ValueTableModel[SyncRunSummary]:
    """Return an empty model of sync runs."""
    return ValueTableModel(RUN_COLUMNS, parent)


def skipped_records_table_model(parent: QObject | None = None) -> ValueTableModel[SkippedRecord]:
    """Return an empty model of skipped records."""
    return ValueTableModel(SKIPPED_COLUMNS, parent)
