"""Backups: SQLite copies with the backup API (daily, 7 daily + 4 weekly kept), pg_dump for servers."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import URL

from desktop.domain.errors import StorageError

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
PG_DUMP = "pg_dump"


def backup_folder(database_file: Path) -> Path:
    """Return the folder of automatic backups beside a database file."""
    return database_file.parent / BACKUP_FOLDER


def copy_sqlite(source: sqlite3.Connection, target: Path) -> Path:
    """Copy an open SQLite database consistently (even while others write) to a new file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
    finally:
        destination.close()
    partial.replace(target)  # a half-written copy never looks like a backup
    return target


def daily_backup_due(database_file: Path, now: datetime) -> Path | None:
    """Return the file today's automatic backup goes to, or None when it exists already."""
    target = backup_folder(database_file) / f"{database_file.stem}-{now:%Y-%m-%d}.sqlite3"
    return None if target.exists() else target


def prune_backups(database_file: Path) -> list[Path]:
    """Delete automatic backups beyond the newest 7 days and 4 weeks; return what was deleted."""
    backups = sorted(_automatic_backups(database_file), reverse=True)  # newest first, by name
    kept = set(backups[:KEEP_DAILY])
    weeks: set[tuple[int, int]] = set()
    for path in backups[KEEP_DAILY:]:
        week = _day(path).isocalendar()[:2]
        if len(weeks) < KEEP_WEEKLY and week not in weeks:
            weeks.add(week)
            kept.add(path)
    deleted = [path for path in backups if path not in kept]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def latest_backup(database_file: Path) -> Path | None:
    """Return the newest backup of a database file (automatic, by hand, or before a migration)."""
    candidates = [
        *backup_folder(database_file).glob("*.sqlite3"),
        *database_file.parent.glob(f"{database_file.stem}.before-*"),
    ]
    existing = [path for path in candidates if path.is_file()]
    return max(existing, key=lambda path: path.stat().st_mtime, default=None)


def dump_postgres(url: URL, target: Path) -> Path:
    """Write a pg_dump (custom format) of a PostgreSQL database; StorageError when impossible.

    The password travels in PGPASSWORD, never on the command line.
    """
    program = shutil.which(PG_DUMP)
    if program is None:
        raise StorageError(
            "pg_dump is not installed on this computer; install the PostgreSQL client tools "
            "to back up a shared database (or ask whoever runs the server)."
        )
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    command = [program, "--format=custom", f"--file={target}", "--no-password"]
    command += [f"--host={url.host or 'localhost'}", f"--username={url.username or ''}"]
    if url.port:
        command.append(f"--port={url.port}")
    ssl_mode = url.query.get("sslmode")
    if isinstance(ssl_mode, str):
        env["PGSSLMODE"] = ssl_mode
    command.append(str(url.database or ""))
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        reason = (done.stderr.strip().splitlines() or ["no reason given"])[-1]
        raise StorageError(f"pg_dump could not back up the database: {reason}")
    return target


def _automatic_backups(database_file: Path) -> list[Path]:
    prefix = f"{database_file.stem}-"
    found = []
    for path in backup_folder(database_file).glob(f"{prefix}*.sqlite3"):
        try:
            _day(path)
        except ValueError:
            continue  # a copy made by hand under another name is never pruned
        found.append(path)
    return found


def _day(path: Path) -> date:
    return date.fromisoformat(path.stem[-10:])  # "invoice-desk-2026-12-01"
