"""Tell an open window that another instance changed the database, without reading any rows.

PostgreSQL: every write transaction sends NOTIFY at commit and a listener thread waits on LISTEN.
SQLite: a thread polls `PRAGMA data_version`, which changes when another connection commits.
Either way only a signal travels; the lists decide what to reload.
"""

from __future__ import annotations

import logging
import os
import select
import socket
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.persistence.database import Database

log = logging.getLogger(__name__)

CHANNEL = "invoice_desk_changes"
POLL_SECONDS = 0.5
THIS_PROCESS = f"{socket.gethostname()}:{os.getpid()}"


def send_notifications(database: Database) -> None:
    """Make every write transaction on a PostgreSQL database announce itself at commit."""
    if database.is_sqlite:
        return  # SQLite's data_version needs nothing from the writer

    def announce(session: Session) -> None:
        # NOTIFY is transactional: it is delivered only if (and when) the commit succeeds.
        session.execute(text("SELECT pg_notify(:channel, :sender)"), _payload())

    database.on_write_commit(announce)


def _payload() -> dict[str, str]:
    return {"channel": CHANNEL, "sender": THIS_PROCESS}


class ChangeNotifier:
    """A daemon thread that calls `on_change()` (from that thread) when others changed the data."""

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        self._database = database
        self._on_change = on_change
        self._stopped = threading.Event()
        watch = self._watch_sqlite if database.is_sqlite else self._watch_postgres
        self._thread = threading.Thread(target=self._run, args=(watch,), daemon=True)

    def start(self) -> ChangeNotifier:
        """Start watching; return self."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop watching and wait for the thread (at most one poll interval)."""
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self, watch: Callable[[], None]) -> None:
        while not self._stopped.is_set():
            try:
                watch()
            except Exception:  # a lost server or file: retry quietly, never crash the window
                log.warning("change notifications interrupted; retrying", exc_info=True)
                self._stopped.wait(5)

    def _watch_sqlite(self) -> None:
        path = self._database.sqlite_path
        assert path is not None
        connection = sqlite3.connect(path, check_same_thread=False)
        try:
            last, own = _data_version(connection), self._database.write_commits
            while not self._stopped.wait(POLL_SECONDS):
                current, own_now = _data_version(connection), self._database.write_commits
                # A change while this process also committed is taken as its own: the window
                # refreshes after its own writes already (WORKAROUND: data_version cannot say who).
                if current != last and own_now == own:
                    self._on_change()
                last, own = current, own_now
        finally:
            connection.close()

    def _watch_postgres(self) -> None:
        raw = self._database.engine.raw_connection()
        try:
            connection: Any = raw.driver_connection
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANNEL}")
            while not self._stopped.is_set():
                readable, _, _ = select.select([connection], [], [], POLL_SECONDS)
                if not readable:
                    continue
                connection.poll()
                senders = {note.payload for note in connection.notifies}
                connection.notifies.clear()
                if senders - {THIS_PROCESS}:
                    self._on_change()
        finally:
            raw.invalidate()  # a LISTENing connection never goes back to the pool


def _data_version(connection: sqlite3.Connection) -> int:
    value: int = connection.execute("PRAGMA data_version").fetchone()[0]
    return value
