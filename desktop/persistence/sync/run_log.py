"""The sync log, per-module cursors and the one-sync-at-a-time lease (the schedule lives in settings_store)."""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.errors import ConflictError
from desktop.domain.sync import (
    SkippedRecord,
    SyncReport,
    SyncRunSummary,
    SyncStatus,
    SyncTrigger,
)
from desktop.persistence import settings_store
from desktop.persistence.records import (
    SyncCursorRecord,
    SyncLockRecord,
    SyncRunRecord,
    SyncSkipRecord,
)
from desktop.persistence.sync.changes import PageChanges

LEASE = timedelta(minutes=10)
LOCK_ROW = 1


def this_process() -> str:
    """Return who holds the lease: host and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


def holder_is_dead(holder: str) -> bool:
    """Return True when a "host:pid" holder is a process of this computer that has ended."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another machine on a shared database: trust the lease's expiry
    if os.name == "nt":
        return False  # os.kill(pid, 0) sends CTRL_C_EVENT on Windows: trust the lease there too
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def acquire_lease(session: Session, now: datetime) -> str:
    """Take the sync lease or raise ConflictError saying a sync is already running."""
    lock = session.get(SyncLockRecord, LOCK_ROW)
    if lock is None:
        lock = SyncLockRecord(id=LOCK_ROW)
        session.add(lock)
    elif (
        lock.holder
        and lock.expires_at
        and lock.expires_at > now
        and not holder_is_dead(lock.holder)
    ):
        raise ConflictError(
            "A sync is already running (in another window or command); wait for it to finish."
        )
    lock.holder, lock.expires_at = this_process(), now + LEASE
    _close_interrupted_runs(session, now)
    return lock.holder


def renew_lease(session: Session, holder: str, now: datetime) -> None:
    """Extend the lease while the run makes progress."""
    session.execute(
        update(SyncLockRecord)
        .where(SyncLockRecord.id == LOCK_ROW, SyncLockRecord.holder == holder)
        .values(expires_at=now + LEASE)
    )


def release_lease(session: Session, holder: str) -> None:
    """Give the lease back."""
    session.execute(
        update(SyncLockRecord)
        .where(SyncLockRecord.id == LOCK_ROW, SyncLockRecord.holder == holder)
        .values(holder=None, expires_at=None)
    )


def _close_interrupted_runs(session: Session, now: datetime) -> None:
    session.execute(
        update(SyncRunRecord)
        .where(SyncRunRecord.status == SyncStatus.RUNNING.value)
        .values(
            status=SyncStatus.FAILED.value,
            finished_at=now,
            error="Interrupted (the program stopped during the run); the next run completed it.",
        )
    )


def start_run(session: Session, trigger: SyncTrigger, now: datetime) -> int:
    """Create the run's log entry and return its id."""
    run = SyncRunRecord(
        started_at=now,
        trigger=trigger.value,
        status=SyncStatus.RUNNING.value,
        created=0,
        updated=0,
        deleted=0,
        inactivated=0,
        skipped=0,
        api_calls=0,
    )
    session.add(run)
    session.flush()
    return run.id


def add_page(
    session: Session, run_id: int, module: str, changes: PageChanges, api_calls: int
) -> None:
    """Add one page's counts and skipped records to the run (in the page's transaction)."""
    run = session.get(SyncRunRecord, run_id)
    assert run is not None
    run.created += changes.created
    run.updated += changes.updated
    run.deleted += changes.deleted
    run.inactivated += changes.inactivated
    run.skipped += len(changes.skipped)
    run.api_calls = api_calls
    for crm_id, reason in changes.skipped:
        session.add(SyncSkipRecord(run_id=run_id, module=module, crm_id=crm_id, reason=reason))


def finish_run(
    session: Session,
    run_id: int,
    status: SyncStatus,
    now: datetime,
    api_calls: int,
    error: str | None = None,
) -> SyncReport:
    """Close the run, update the schedule, and return its report."""
    run = session.get(SyncRunRecord, run_id)
    assert run is not None
    run.status, run.finished_at, run.api_calls, run.error = status.value, now, api_calls, error
    outcome = {SyncStatus.SUCCEEDED: True, SyncStatus.FAILED: False}.get(status)
    settings_store.record_sync_outcome(session, outcome, now)
    return SyncReport(
        run_id=run.id,
        status=status,
        created=run.created,
        updated=run.updated,
        deleted=run.deleted,
        inactivated=run.inactivated,
        skipped=run.skipped,
        api_calls=run.api_calls,
        error=error,
    )


def cursor(session: Session, module: str) -> SyncCursorRecord:
    """Return the module's cursor row, creating it empty."""
    record = session.get(SyncCursorRecord, module)
    if record is None:
        record = SyncCursorRecord(module=module, resweep=False)
        session.add(record)
        session.flush()
    return record


def advance_cursor(session: Session, module: str, modified: datetime | None) -> None:
    """Move the module's cursor forward to the greatest Modified_Time received (never back)."""
    if modified is None:
        return
    record = cursor(session, module)
    if record.modified_since is None or modified > record.modified_since:
        record.modified_since = modified


def listing_start(session: Session, module: str, full: bool) -> datetime | None:
    """Return the If-Modified-Since of the module's next listing (None: read everything)."""
    record = cursor(session, module)
    if full:
        return None
    if record.resweep and (record.resweep_from is None or record.modified_since is None):
        return None
    if record.resweep and record.resweep_from is not None and record.modified_since is not None:
        return min(record.resweep_from, record.modified_since)
    return record.modified_since


def finish_listing(session: Session, module: str, since: datetime | None, disturbed: bool) -> None:
    """Remember whether the listing saw records edited while it ran (then the next one resweeps)."""
    record = cursor(session, module)
    record.resweep, record.resweep_from = disturbed, since if disturbed else None


def list_runs(session: Session, limit: int) -> list[SyncRunSummary]:
    """Return the newest runs first."""
    rows = session.scalars(select(SyncRunRecord).order_by(SyncRunRecord.id.desc()).limit(limit))
    return [
        SyncRunSummary(
            id=r.id,
            started_at=r.started_at,
            finished_at=r.finished_at,
            trigger=SyncTrigger(r.trigger),
            status=SyncStatus(r.status),
            created=r.created,
            updated=r.updated,
            deleted=r.deleted,
            inactivated=r.inactivated,
            skipped=r.skipped,
            api_calls=r.api_calls,
            error=r.error,
        )
        for r in rows
    ]


def list_skips(session: Session, run_id: int) -> list[SkippedRecord]:
    """Return the records a run skipped, with reasons."""
    rows = session.scalars(
        select(SyncSkipRecord).where(SyncSkipRecord.run_id == run_id).order_by(SyncSkipRecord.id)
    )
    return [SkippedRecord(module=r.module, crm_id=r.crm_id, reason=r.reason) for r in rows]
