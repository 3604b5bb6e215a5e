"""Records for the sync log, skipped records, per-module cursors and the auto-update schedule."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.records.base import Base
from desktop.persistence.types import UtcDateTime


class SyncRunRecord(Base):
    """One sync run: when, why, what it changed, how it ended."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    trigger: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    inactivated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    api_calls: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class SyncSkipRecord(Base):
    """A CRM record a run skipped, with the reason."""

    __tablename__ = "sync_skip"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("sync_run.id", ondelete="CASCADE"))
    module: Mapped[str] = mapped_column(String(20))
    crm_id: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_sync_skip_run_id", "run_id"),)


class SyncCursorRecord(Base):
    """Per module: the greatest Modified_Time received, and when deletions were last read."""

    __tablename__ = "sync_cursor"

    module: Mapped[str] = mapped_column(String(20), primary_key=True)
    modified_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deleted_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Records edited while a listing ran can shift Zoho's pages and hide one record from it:
    # the next run lists again from where that listing started (resweep_from; None = everything).
    resweep: Mapped[bool] = mapped_column(Boolean, default=False)
    resweep_from: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SyncLockRecord(Base):
    """The one-sync-at-a-time lease, shared by every process on the database."""

    __tablename__ = "sync_lock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(200))
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
