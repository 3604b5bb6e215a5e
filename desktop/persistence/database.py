"""The engine and unit of work: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import StorageError
from desktop.persistence import reflect_outbox

log = logging.getLogger(__name__)

__all__ = ["Database", "Session", "classify_database_error", "sqlite_url"]

BUSY_TIMEOUT_MS = 30_000


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite+pysqlite:///{path}"


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WORKAROUND: pysqlite opens transactions lazily and breaks SAVEPOINT/BEGIN IMMEDIATE;
    # take control of BEGIN ourselves (SQLAlchemy docs, "Serializable isolation / Savepoints").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_sqlite(conn: Any) -> None:
    # A writer takes the lock at BEGIN, so two processes never deadlock upgrading read to write;
    # readers begin DEFERRED and never wait for a writer (WAL).
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """Owns the engine; hands out sessions that commit on success and roll back on error."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = _create_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        reflect_outbox.watch(self._sessions)  # documents reach the CRM outbox in their commit
        self._read_sessions = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        """Return True when the database is a SQLite file."""
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """Return the SQLite file's path, or None for other databases."""
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a unit of work: committed when the block ends, rolled back if it raises."""
        with self._run(self._sessions) as session:
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """Yield a session for reading only; it never waits for a writer."""
        with self._run(self._read_sessions) as session:
            yield session

    @contextmanager
    def _run(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory()
        try:
            yield session
            session.commit()
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise classify_database_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def backup_to(self, target: Path) -> None:
        """Copy a SQLite database, consistently even in WAL mode, to a new file."""
        raw = self.engine.raw_connection()
        try:
            destination = sqlite3.connect(target)
            try:
                raw.driver_connection.backup(destination)  # type: ignore[union-attr]
            finally:
                destination.close()
        finally:
            raw.close()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


def classify_database_error(exc: Exception) -> Exception:
    """Turn an environment problem into a StorageError with a sentence; return bugs unchanged."""
    text = str(exc).lower()
    if "database or disk is full" in text or "no space left" in text:
        return StorageError("The disk is full: free some space, then try again. Nothing was lost.")
    if "database is locked" in text:
        return StorageError(
            "The database is busy in another window or program; try again in a moment."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError("The database file is read-only; check its folder's permissions.")
    if "file is not a database" in text or "malformed" in text:
        return StorageError(
            "The database file is damaged; restore the backup made before the last update."
        )
    if "unable to open database" in text or "could not connect" in text:
        return StorageError(f"The database cannot be opened: {exc.__class__.__name__}.")
    log.error("database error", exc_info=exc)
    return exc
