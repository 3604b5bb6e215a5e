"""Migrations: an empty database reaches head, head stays unchanged, records match the schema."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.util import CommandError
from sqlalchemy import inspect, text

from desktop.persistence.database import Database, sqlite_url
from desktop.persistence.migrate import current_revision, head_revision, upgrade_to_head
from desktop.persistence.records import Base
from desktop.persistence.search_index import is_record_table


def _schema(database: Database) -> dict[str, list[str]]:
    inspector = inspect(database.engine)
    return {
        t: sorted(c["name"] for c in inspector.get_columns(t)) for t in inspector.get_table_names()
    }


def test_an_empty_database_upgrades_to_head(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path / "new.sqlite3"))
    assert current_revision(database) is None
    assert upgrade_to_head(database) is None  # nothing to back up in a new file
    assert current_revision(database) == head_revision(database)
    assert {"customer", "contact_person", "crm_link", "document", "sync_run"} <= set(
        _schema(database)
    )
    database.dispose()


def test_a_database_at_head_stays_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = Database(sqlite_url(path))
    upgrade_to_head(database)
    before = _schema(database)
    assert upgrade_to_head(database) is None
    assert _schema(database) == before
    assert current_revision(database) == head_revision(database)
    assert not list(tmp_path.glob("db.before-*"))
    database.dispose()


def test_the_file_is_copied_aside_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = Database(sqlite_url(path))
    upgrade_to_head(database)
    with database.session() as session:
        session.execute(text("INSERT INTO app_setting VALUES ('marker', 'kept')"))
    # Pretend the file comes from an older release: one the code cannot upgrade from.
    with database.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0000'"))

    with pytest.raises(CommandError):
        upgrade_to_head(database, now=datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    backups = list(tmp_path.glob("db.before-0000.20261125100000.sqlite3"))
    assert len(backups) == 1, "the copy is made before the migration is tried"
    copy = Database(sqlite_url(backups[0]))
    with copy.read_session() as session:
        assert session.execute(text("SELECT value FROM app_setting")).scalar() == "kept"
    copy.dispose()
    database.dispose()


def test_records_and_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path / "db.sqlite3"))
    upgrade_to_head(database)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": lambda name, kind, _p: kind != "table" or is_record_table(name)},
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], "records changed without a migration: run `make schema`"
    database.dispose()


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path / "db.sqlite3"))
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
    database.dispose()
