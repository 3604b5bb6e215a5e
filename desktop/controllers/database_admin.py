"""Which database is in use, backups, restores and the move to a shared PostgreSQL server."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import SecretStoreUnavailableError, StorageError
from desktop.persistence.backup import (
    backup_folder,
    daily_backup_due,
    dump_postgres,
    prune_backups,
)
from desktop.persistence.copy import TableCopy, copy_database
from desktop.persistence.database import (
    Database,
    display_url,
    server_name,
    sqlite_file,
    url_parts,
)
from desktop.persistence.migrate import current_revision, upgrade_to_head
from desktop.persistence.notify import ChangeNotifier
from desktop.persistence.restore import restore_sqlite
from desktop.secrets.store import SecretStore

log = logging.getLogger(__name__)

PASSWORD_KEY_PREFIX = "database.password:"  # noqa: S105 - a keyring entry's name


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """The database in use, as it may be shown: never a password."""

    kind: str  # "sqlite" or "postgresql"
    url: str
    location: str  # the file, or host:port/database
    revision: str | None


def password_key(url: str) -> str:
    """Return the keyring name of a server's password: one per user, host, port and database."""
    _backend, user, _password = url_parts(url)
    return f"{PASSWORD_KEY_PREFIX}{user or ''}@{server_name(url)}"


def stored_password(url: str, secrets: SecretStore) -> str | None:
    """Return the keyring's password for a PostgreSQL URL that carries none (PGPASSWORD wins)."""
    backend, _user, password = url_parts(url)
    if backend != "postgresql" or password or os.environ.get("PGPASSWORD"):
        return None
    try:
        return secrets.get(password_key(url))
    except SecretStoreUnavailableError:
        return None  # no keyring: the server may need no password, or libpq finds one itself


def open_database(url: str, secrets: SecretStore) -> Database:
    """Return a Database for a URL, with the keyring's password when the URL has none."""
    return Database(url, password=stored_password(url, secrets))


def check_connection(url: str, password: str | None = None) -> str:
    """Connect once and return what answered ("PostgreSQL 15.8", "SQLite 3.40"); StorageError if not."""
    database = Database(url, password=password)
    try:
        with database.read_connection() as connection:
            if database.is_sqlite:
                return f"SQLite {connection.exec_driver_sql('select sqlite_version()').scalar()}"
            version = connection.exec_driver_sql("show server_version").scalar()
            return f"PostgreSQL {str(version).split()[0]}"
    finally:
        database.dispose()


def restore_database(url: str, source: Path, now: datetime) -> Path | None:
    """Put a backup in place of the SQLite database at `url`; return where the old file was kept."""
    database_file = sqlite_file(url)
    if database_file is None:
        raise StorageError(
            "Restore works on the SQLite file of this computer; a shared PostgreSQL database is "
            "restored with pg_restore by whoever runs the server."
        )
    return restore_sqlite(database_file, source, now)


class DatabaseAdminController:
    """Use cases on the database itself; built from Services by the front ends."""

    def __init__(
        self, database: Database, secrets: SecretStore, clock: Callable[[], datetime]
    ) -> None:
        self._database = database
        self._secrets = secrets
        self._clock = clock

    def info(self) -> DatabaseInfo:
        """Return which database is in use (asks the database for its revision)."""
        here = self.in_use()
        return DatabaseInfo(here.kind, here.url, here.location, current_revision(self._database))

    def in_use(self) -> DatabaseInfo:
        """Return which database is in use without touching it (no revision): safe on any thread."""
        database = self._database
        kind = "sqlite" if database.is_sqlite else "postgresql"
        location = str(database.sqlite_path) if database.sqlite_path else server_name(database.url)
        return DatabaseInfo(kind, display_url(database.url), location, None)

    def describe(self) -> str:
        """Return where the data is, in a user's words."""
        here = self.in_use()
        where = "this computer's file" if here.kind == "sqlite" else "the PostgreSQL server"
        return f"{where} {here.location}"

    def data_folder(self) -> Path:
        """Return the folder of this computer's database file (the working folder for a server)."""
        path = self._database.sqlite_path
        return path.parent if path is not None else Path.cwd()

    def backup(self, target: Path | None = None) -> Path:
        """Write a backup (SQLite backup API, or pg_dump for a server); return the file written."""
        now = self._clock()
        path = self._database.sqlite_path
        if path is None:
            default = Path.cwd() / f"invoice-desk-{now:%Y-%m-%d-%H%M%S}.pgdump"
            return dump_postgres(self._database.engine.url, target or default)
        default = backup_folder(path) / f"{path.stem}-by-hand-{now:%Y-%m-%d-%H%M%S}.sqlite3"
        return self._database.backup_to(target or default)

    def daily_backup(self) -> Path | None:
        """Make today's automatic backup of a SQLite file if none exists yet; return it."""
        path = self._database.sqlite_path
        if path is None:
            return None
        target = daily_backup_due(path, self._clock())
        if target is None:
            return None
        written = self._database.backup_to(target)
        for old in prune_backups(path):
            log.info("old backup %s deleted (7 daily and 4 weekly are kept)", old)
        return written

    def copy_to(self, url: str) -> list[TableCopy]:
        """Copy everything into an empty database at `url` (migrated here first); verify it."""
        target = open_database(url, self._secrets)
        try:
            upgrade_to_head(target)
            return copy_database(self._database, target)
        finally:
            target.dispose()

    def watch_changes(self, on_change: Callable[[], None]) -> ChangeNotifier:
        """Start calling `on_change()` (from a thread) when another instance changes the data."""
        return ChangeNotifier(self._database, on_change).start()

    def remember_password(self, url: str, password: str) -> None:
        """Keep a server's password in the keyring."""
        self._secrets.set(password_key(url), password)
