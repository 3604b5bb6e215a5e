"""Bring a database to the newest schema at start-up: check it first, copy a SQLite file aside."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.exc import DatabaseError

from desktop.domain.errors import StorageError
from desktop.persistence.backup import latest_backup
from desktop.persistence.database import Database, classify_database_error

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
NEW_FILE_SECONDS = 60
# What SQLite says about a file that is not (or no longer) a well-formed database.
DAMAGE_SIGNS = ("file is not a database", "malformed", "corrupt")


def alembic_config(database: Database) -> Config:
    """Return an Alembic configuration for this database (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = database.engine
    return config


def head_revision(database: Database) -> str | None:
    """Return the newest revision the code knows."""
    return ScriptDirectory.from_config(alembic_config(database)).get_current_head()


def current_revision(database: Database) -> str | None:
    """Return the revision the database is at (None for an empty database); reads, never locks."""
    with database.read_connection() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(database: Database, revision: str) -> bool:
    """Return True when this version of the code has the revision (False: a newer app wrote it)."""
    try:
        return (
            ScriptDirectory.from_config(alembic_config(database)).get_revision(revision) is not None
        )
    except CommandError:
        return False


def upgrade_to_head(database: Database, now: datetime | None = None) -> Path | None:
    """Migrate to the newest schema; return the backup made of a SQLite file, if one was needed.

    Raises StorageError for a damaged file, a database from a newer app, or an unusable server.
    """
    check_sqlite_file(database)
    current = current_revision(database)
    if current == head_revision(database):
        return None
    if current is not None and not is_known_revision(database, current):
        raise StorageError(
            f"This database was written by a newer Invoice Desk (revision {current}); "
            "install that version to open it. Nothing was changed."
        )
    backup = _backup_sqlite(database, current, now or datetime.now(UTC))
    try:
        command.upgrade(alembic_config(database), "head")
    except DatabaseError as exc:
        raise classify_database_error(exc, database.url) from exc
    log.info("database migrated from %s to %s", current, head_revision(database))
    return backup


def check_sqlite_file(database: Database) -> None:
    """Refuse a damaged SQLite file (empty, not a database, failing PRAGMA quick_check)."""
    path = database.sqlite_path
    if path is None or not path.exists():
        return
    if _emptied(path):
        raise StorageError(
            f"The database file {path} is empty (0 bytes) although it should hold your data; "
            f"{_restore_advice(path)}, or delete the file to start with an empty database."
        )
    try:
        with database.engine.execution_options(sqlite_begin="DEFERRED").connect() as connection:
            problems = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    except DatabaseError as exc:
        if not any(sign in str(exc).lower() for sign in DAMAGE_SIGNS):
            raise classify_database_error(exc, database.url) from exc
        problems = [str(exc.orig)]
    if problems != ["ok"]:
        log.error("PRAGMA quick_check of %s: %s", path, problems[:10])
        raise StorageError(
            f"The database file {path} is damaged, so nothing more is written to it; "
            f"{_restore_advice(path)}."
        )


def _emptied(path: Path) -> bool:
    """Return True for a database file cut to zero bytes (not one just created, empty, to open).

    The app creates a new file empty (mode 0600) right before SQLite opens it; an empty file that
    has backups, or that has been lying there for a minute, held data once.
    """
    status = path.stat()
    if status.st_size > 0 or path.with_name(path.name + "-wal").exists():
        return False
    age = time.time() - status.st_mtime
    return latest_backup(path) is not None or age > NEW_FILE_SECONDS


def _restore_advice(path: Path) -> str:
    backup = latest_backup(path)
    if backup is None:
        return "restore a backup with `invoice-desk restore FILE`"
    return f"restore the latest backup with `invoice-desk restore {backup}`"


def _backup_sqlite(database: Database, current: str | None, now: datetime) -> Path | None:
    path = database.sqlite_path
    if current is None or path is None or not path.exists():
        return None  # a new database has nothing to lose
    backup = path.with_name(f"{path.stem}.before-{current}.{now:%Y%m%d%H%M%S}{path.suffix}")
    database.backup_to(backup)
    log.info("database copied to %s before migrating", backup)
    return backup
