"""Shared fixtures: a fresh data folder and database per test, an in-memory secret store, offscreen Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.controllers.bootstrap import open_services
from desktop.controllers.services import Services
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from tests import postgres_server as postgres_server_module


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Return an empty folder for one test's database and logs."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def database_url(data_dir: Path) -> str:
    """Return the URL of a new SQLite file in the test's folder."""
    return sqlite_url(data_dir / "invoice-desk.sqlite3")


@pytest.fixture
def secrets() -> MemorySecretStore:
    """Return an empty in-memory secret store."""
    return MemorySecretStore()


@pytest.fixture
def services(database_url: str, secrets: MemorySecretStore) -> Iterator[Services]:
    """Return Services on a migrated, empty SQLite database."""
    built = open_services(database_url, secrets)
    yield built
    built.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Start one private PostgreSQL server for the test session; yield its admin URL."""
    if not postgres_server_module.available():
        pytest.skip("PostgreSQL is not installed (.ci/run installs it)")
    with postgres_server_module.running_postgres() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """Return the URL of a new, empty PostgreSQL database on the session's server."""
    from sqlalchemy import create_engine, text

    name = f"t{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield postgres_server.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Return an environment for `invoice-desk` subprocesses: a file keyring in a temp folder.

    keyrings.alt's plaintext backend is selected explicitly (PYTHON_KEYRING_BACKEND) for tests only,
    so secrets survive between the separate processes of one test; the app never falls back to it.
    """
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("INVOICE_DESK_HOME", None)
    return env


def run_cli(
    args: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `invoice-desk ARGS` in a separate process and return its result (text)."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
