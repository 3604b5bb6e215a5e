"""A throw-away PostgreSQL server for tests: initdb + pg_ctl in a temp folder (under a second)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN_DIRS = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin"]


def _binary(name: str) -> str | None:
    for folder in PG_BIN_DIRS:
        candidate = Path(folder) / name
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _as_server_user(command: list[str]) -> list[str]:
    # WORKAROUND: initdb and postgres refuse to run as root (CI runs as root).
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def available() -> bool:
    """Return True when PostgreSQL binaries are installed here."""
    return _binary("initdb") is not None and _binary("pg_ctl") is not None


@contextmanager
def running_postgres() -> Iterator[str]:
    """Start a private server; yield a SQLAlchemy URL of an empty database; stop and delete it."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    assert initdb, "PostgreSQL is not installed"
    assert pg_ctl, "PostgreSQL is not installed"
    folder = Path(tempfile.mkdtemp(prefix="invoice-desk-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    run = {"check": True, "capture_output": True, "timeout": 60}
    subprocess.run(
        _as_server_user([initdb, "-D", str(data), "-U", "test", "--auth=trust", "-E", "UTF8"]),
        **run,
    )  # type: ignore[call-overload]
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_server_user(
            [pg_ctl, "-D", str(data), "-o", options, "-w", "-l", str(folder / "log"), "start"]
        ),
        **run,
    )  # type: ignore[call-overload]
    try:
        yield f"postgresql+psycopg2://test@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            check=False,
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)
