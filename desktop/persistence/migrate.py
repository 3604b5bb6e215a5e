"""Bring a database to the newest schema at start-up, copying a SQLite file aside first."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.persistence.database import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    """Return the revision the database is at (None for an empty database)."""
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(database: Database, now: datetime | None = None) -> Path | None:
    """Migrate to the newest schema; return the backup made of a SQLite file, if one was needed."""
    current = current_revision(database)
    if current == head_revision(database):
        return None
    backup = _backup_sqlite(database, current, now or datetime.now(UTC))
    command.upgrade(alembic_config(database), "head")
    log.info("database migrated from %s to %s", current, head_revision(database))
    return backup


def _backup_sqlite(database: Database, current: str | None, now: datetime) -> Path | None:
    path = database.sqlite_path
    if current is None or path is None or not path.exists():
        return None  # a new database has nothing to lose
    backup = path.with_name(f"{path.stem}.before-{current}.{now:%Y%m%d%H%M%S}{path.suffix}")
    database.backup_to(backup)
    log.info("database copied to %s before migrating", backup)
    return backup
