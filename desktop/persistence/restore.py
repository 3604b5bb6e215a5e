"""Restore a SQLite backup: check it is an Invoice Desk database, keep the replaced file, migrate."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import StorageError
from desktop.persistence.database import Database, sqlite_url
from desktop.persistence.migrate import upgrade_to_head

log = logging.getLogger(__name__)

# Tables every Invoice Desk database has had since the first release.
REQUIRED_TABLES = {"alembic_version", "customer", "document", "sync_run"}


def check_backup_file(source: Path) -> None:
    """Refuse a file that is missing, damaged, or not an Invoice Desk database."""
    if not source.is_file():
        raise StorageError(f"There is no file {source}; nothing changed.")
    try:
        connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            check = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        raise StorageError(
            f"{source} is not an Invoice Desk database (not a SQLite file); nothing changed."
        ) from None
    if not tables >= REQUIRED_TABLES:
        raise StorageError(f"{source} is a database, but not one of Invoice Desk; nothing changed.")
    if check != ["ok"]:
        raise StorageError(f"{source} is damaged (PRAGMA quick_check failed); nothing changed.")


def restore_sqlite(database_file: Path, source: Path, now: datetime) -> Path | None:
    """Replace the database file by a checked copy of `source`, migrated; return the kept file.

    The replaced file is renamed beside it (never deleted); a failed migration puts it back.
    """
    check_backup_file(source)
    incoming = database_file.with_name(database_file.name + ".restoring")
    shutil.copyfile(source, incoming)
    kept: Path | None = None
    if database_file.exists():
        kept = database_file.with_name(f"{database_file.stem}.replaced-{now:%Y%m%d%H%M%S}.sqlite3")
        _checkpoint(database_file)
        database_file.replace(kept)
    for suffix in ("-wal", "-shm"):
        database_file.with_name(database_file.name + suffix).unlink(missing_ok=True)
    incoming.replace(database_file)
    database = Database(sqlite_url(database_file))
    try:
        upgrade_to_head(database)
    except Exception:
        database.dispose()
        if kept is not None:
            kept.replace(database_file)
        raise
    database.dispose()
    log.info("database restored from %s; the replaced file is %s", source, kept)
    return kept


def _checkpoint(database_file: Path) -> None:
    """Fold the write-ahead log into the file so the kept copy is complete on its own."""
    try:
        connection = sqlite3.connect(database_file)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        log.warning("the replaced file %s could not be checkpointed", database_file)
