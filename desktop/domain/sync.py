"""Sync values: triggers, progress, the change summary of a run, the log, and the 12-hour schedule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

AUTO_UPDATE_INTERVAL = timedelta(hours=12)
# After a failure, try again sooner than 12 hours but back off: 5, 10, 20, 40 min … capped at 12 h.
FIRST_RETRY_DELAY = timedelta(minutes=5)


class SyncTrigger(StrEnum):
    """Why a run started."""

    MANUAL = "manual"
    AUTO = "auto"
    STARTUP = "startup"  # start-up catch-up of an overdue run


class SyncStatus(StrEnum):
    """How a run ended (or that it is still running)."""

    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """A progress report from the engine (a plain value for the on_progress callback)."""

    module: str
    records_done: int
    pages_done: int
    message: str
    # A rough fraction 0..1 when it can be estimated, else None (listings do not say totals).
    fraction: float | None = None
    records_expected: int | None = None  # the CRM's record counts at the start, when asked


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one run changed: counts and the ids of customers the views should refresh."""

    run_id: int
    status: SyncStatus
    created: int = 0
    updated: int = 0
    deleted: int = 0
    inactivated: int = 0
    skipped: int = 0
    api_calls: int = 0
    error: str | None = None
    changed_customer_ids: frozenset[int] = field(default_factory=frozenset)
    reflected: int = 0  # outbox items pushed to the CRM after the import
    reflect_problems: tuple[str, ...] = ()  # items that failed or wait, one sentence each


@dataclass(frozen=True, slots=True)
class SkippedRecord:
    """A CRM record a run skipped, and why."""

    module: str
    crm_id: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class SyncRunSummary:
    """One line of the sync log."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    trigger: SyncTrigger
    status: SyncStatus
    created: int
    updated: int
    deleted: int
    inactivated: int
    skipped: int
    api_calls: int
    error: str | None


@dataclass(frozen=True, slots=True)
class ScheduleState:
    """The auto-update deadline as persisted: what the status bar shows and the timer checks."""

    auto_update: bool
    last_success: datetime | None
    failures: int
    next_due: datetime | None


def retry_delay(failures: int) -> timedelta:
    """Return how long to wait after `failures` consecutive failed runs (exponential, capped)."""
    if failures <= 0:
        return AUTO_UPDATE_INTERVAL
    delay: timedelta = FIRST_RETRY_DELAY * 2 ** min(failures - 1, 16)
    return min(delay, AUTO_UPDATE_INTERVAL)


def next_due(
    last_success: datetime | None, failures: int, last_attempt: datetime | None
) -> datetime | None:
    """Return when the next automatic run is due; None means "now" (never synced)."""
    if failures > 0 and last_attempt is not None:
        return last_attempt + retry_delay(failures)
    if last_success is None:
        return None
    return last_success + AUTO_UPDATE_INTERVAL


def is_due(
    last_success: datetime | None,
    failures: int,
    now: datetime,
    last_attempt: datetime | None = None,
) -> bool:
    """Return True when an automatic run should start now (12 h after success, backoff on failure)."""
    due = next_due(last_success, failures, last_attempt)
    return due is None or now >= due
