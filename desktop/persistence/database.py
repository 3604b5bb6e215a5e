"""The engine and unit of work: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, StorageError
from desktop.persistence import reflect_outbox
from desktop.persistence.backup import copy_sqlite

log = logging.getLogger(__name__)

__all__ = [
    "Database",
    "Session",
    "classify_database_error",
    "display_url",
    "engine_url",
    "sqlite_url",
]

BUSY_TIMEOUT_MS = 30_000
# The driver the project ships; SQLAlchemy 2.1 maps a plain postgresql:// to psycopg 3 instead.
POSTGRES_DRIVER = "postgresql+psycopg2"


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite+pysqlite:///{path}"


def engine_url(url: str, password: str | None = None) -> URL:
    """Return the URL to connect with: plain postgresql:// uses the shipped driver.

    A password given separately (from the keyring) is used when the URL has none; PGPASSWORD is
    read by the driver itself.
    """
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername=POSTGRES_DRIVER)
    if password and parsed.password is None and parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(password=password)
    return parsed


def display_url(url: str | URL) -> str:
    """Return the URL as it may be shown or printed: never with its password."""
    parsed = make_url(url) if isinstance(url, str) else url
    bare = URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
        parsed.query,
    )  # fmt: skip
    return bare.render_as_string(hide_password=False)


def url_parts(url: str) -> tuple[str, str | None, str | None]:
    """Return (backend, user, password) of a URL: "sqlite" or "postgresql", and the login."""
    parsed = make_url(url)
    return parsed.get_backend_name(), parsed.username, parsed.password


def sqlite_file(url: str) -> Path | None:
    """Return the file of a SQLite URL, None for a server."""
    parsed = make_url(url)
    return (
        Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    )


def server_name(url: str | URL) -> str:
    """Return "host:port/database" of a server URL (or the file of a SQLite URL)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database)
    host = parsed.host or "localhost (socket)"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{host}{port}/{parsed.database or ''}"


def _configure_sqlite(busy_timeout_ms: int, dbapi_connection: Any, _record: Any) -> None:
    # WORKAROUND: pysqlite opens transactions lazily and breaks SAVEPOINT/BEGIN IMMEDIATE;
    # take control of BEGIN ourselves (SQLAlchemy docs, "Serializable isolation / Savepoints").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_sqlite(conn: Any) -> None:
    # A writer takes the lock at BEGIN, so two processes never deadlock upgrading read to write;
    # readers begin DEFERRED and never wait for a writer (WAL).
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """Owns the engine; hands out sessions that commit on success and roll back on error."""

    def __init__(
        self, url: str, password: str | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.url = display_url(url)  # what may be shown; the password stays in the engine
        self.engine: Engine = _create_engine(engine_url(url, password), busy_timeout_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        reflect_outbox.watch(self._sessions)  # documents reach the CRM outbox in their commit
        self._read_sessions = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )
        # How many write transactions this process committed (the change watcher skips them).
        self.write_commits = 0
        event.listen(self._sessions, "after_commit", self._count_write_commit)

    def _count_write_commit(self, _session: Session) -> None:
        self.write_commits += 1

    def on_write_commit(self, callback: Callable[[Session], None]) -> None:
        """Call `callback(session)` just before each write session commits (not for reads)."""
        event.listen(self._sessions, "before_commit", callback)

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
    def read_connection(self) -> Iterator[Connection]:
        """Yield a plain connection that only reads (no write lock), with errors classified."""
        try:
            with self.engine.execution_options(sqlite_begin="DEFERRED").connect() as connection:
                yield connection
        except (OperationalError, DatabaseError) as exc:
            raise classify_database_error(exc, self.url) from exc

    @contextmanager
    def _run(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory()
        try:
            yield session
            session.commit()
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise classify_database_error(exc, self.url) from exc
        except StaleDataError:
            session.rollback()
            raise ConflictError(
                "Someone else saved this at the same moment; nothing was saved. Reopen it and "
                "try again."
            ) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def backup_to(self, target: Path) -> Path:
        """Copy a SQLite database, consistently even while others write, to a file; return it."""
        raw = self.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert isinstance(connection, sqlite3.Connection), "only a SQLite file is copied"
            return copy_sqlite(connection, target)
        except (OperationalError, DatabaseError, sqlite3.Error) as exc:
            raise classify_database_error(exc, self.url) from exc
        finally:
            raw.close()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _create_engine(url: URL, busy_timeout_ms: int) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", partial(_configure_sqlite, busy_timeout_ms))
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


# Server refusals, by what the driver says, and the reason a person can act on.
_SERVER_REASONS = [
    ("connection refused", "nothing answers at that address and port (is the server running?)"),
    ("could not translate host name", "that host name is unknown"),
    ("name or service not known", "that host name is unknown"),
    ("timeout expired", "it did not answer within 10 seconds"),
    ("password authentication failed", "the user name or password was refused"),
    ("no password supplied", "it asks for a password and none was given"),
    ("does not exist", "that database or user does not exist on it"),
    ("no pg_hba.conf entry", "it does not accept this user from this computer"),
    ("ssl", "the SSL set-up does not match the server's"),
    ("server closed the connection", "it closed the connection"),
    ("terminating connection", "it closed the connection"),
]


def classify_database_error(exc: Exception, url: str | None = None) -> Exception:
    """Turn an environment problem into a StorageError with a sentence; return bugs unchanged."""
    text = str(exc).lower()
    where = f" ({server_name(url)})" if url else ""
    if "database or disk is full" in text or "no space left" in text or "disk i/o" in text:
        return StorageError(
            f"The disk is full or failing{where}: free some space, then try again. "
            "Nothing was lost."
        )
    if "database is locked" in text:
        return StorageError(
            "The database is busy in another window or program (it has been locked for over "
            f"{BUSY_TIMEOUT_MS // 1000} seconds); close that program or try again in a moment."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            f"The database file is read-only{where}; check the permissions of its folder."
        )
    if "file is not a database" in text or "malformed" in text:
        return StorageError(
            f"The database file is damaged{where}; nothing more is written to it. "
            "Restore the latest backup (invoice-desk restore FILE)."
        )
    if "unable to open database" in text:
        return StorageError(
            f"The database file cannot be opened{where}: check that its folder exists and can be "
            "written."
        )
    if url is not None and not url.startswith("sqlite") and isinstance(exc, OperationalError):
        reason = next((why for key, why in _SERVER_REASONS if key in text), None)
        if reason is not None:
            return StorageError(
                f"The database server {server_name(url)} could not be reached: {reason}."
            )
    log.error("database error", exc_info=exc)
    return exc
