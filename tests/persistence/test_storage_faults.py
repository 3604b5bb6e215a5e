"""SQLite storage faults end in one sentence and lose nothing: locks, damage, read-only, full disk."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.controllers.bootstrap import open_services
from desktop.controllers.documents import DocumentsController
from desktop.domain.errors import StorageError
from desktop.persistence.database import Database, sqlite_url
from desktop.persistence.migrate import upgrade_to_head
from desktop.secrets.store import MemorySecretStore
from tests.conftest import run_cli
from tests.document_helpers import add_customer, draft


def _database_file(data_dir: Path) -> Path:
    return data_dir / "invoice-desk.sqlite3"


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """Return a migrated database file with a customer and an invoice."""
    database = Database(sqlite_url(_database_file(data_dir)))
    upgrade_to_head(database)
    customer = add_customer(database, "Acme")
    database.dispose()
    services = open_services(sqlite_url(_database_file(data_dir)), MemorySecretStore())
    services.documents.create(draft(customer))
    services.close()
    return _database_file(data_dir)


@contextlib.contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Hold the database's write lock from another connection (another program)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE number_series SET next_number = next_number")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_held_lock_lets_reads_through_and_makes_a_write_a_sentence(filled: Path) -> None:
    url = sqlite_url(filled)
    with write_lock_held(filled):
        database = Database(url, busy_timeout_ms=300)
        assert upgrade_to_head(database) is None, "the start-up check only reads"
        documents = DocumentsController(database)
        assert [d.number for d in documents.list()] == ["INV-000001"]
        customer = documents.get("INV-000001").customer_id
        with pytest.raises(StorageError, match="busy in another window or program"):
            documents.create(draft(customer))
        database.dispose()
    assert [d.number for d in DocumentsController(Database(url)).list()] == ["INV-000001"]


def test_a_held_lock_is_one_sentence_on_the_command_line(
    filled: Path, data_dir: Path, cli_env: dict[str, str]
) -> None:
    with write_lock_held(filled):
        listed = run_cli(["--data-dir", str(data_dir), "documents", "--json"], cli_env)
    assert listed.returncode == 0, listed.stderr
    assert [d["number"] for d in json.loads(listed.stdout)] == ["INV-000001"]


def _damage(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(data)


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("header", "is damaged"),
        ("inside", "is damaged"),
        ("empty", "is empty"),
    ],
)
def test_a_damaged_file_is_refused_and_points_at_the_latest_backup(
    filled: Path, data_dir: Path, cli_env: dict[str, str], how: str, expected: str
) -> None:
    backup = run_cli(["--data-dir", str(data_dir), "backup"], cli_env)
    assert backup.returncode == 0, backup.stderr
    backup_file = Path(backup.stdout.strip())
    size = filled.stat().st_size
    if how == "header":
        _damage(filled, 0, os.urandom(100))
    elif how == "inside":
        _damage(filled, size - 4096 * 2, os.urandom(4096))
    else:
        filled.write_bytes(b"")
    damaged = filled.read_bytes()
    result = run_cli(["--data-dir", str(data_dir), "documents"], cli_env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "unexpected" not in lines[0]
    if how != "header":
        assert str(backup_file) in lines[0], "the latest backup is named"
    assert filled.read_bytes() == damaged, "nothing is written into a damaged file"


def test_a_read_only_data_folder_is_one_sentence(
    filled: Path, data_dir: Path, cli_env: dict[str, str]
) -> None:
    shutil.rmtree(data_dir / "logs", ignore_errors=True)
    with read_only(data_dir):
        result = run_cli(["--data-dir", str(data_dir), "documents"], cli_env)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "cannot write to" in result.stderr
    assert "Traceback" not in result.stderr


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make a folder read-only: a read-only bind mount as root (root ignores permissions)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    bound = subprocess.run(["mount", "--bind", str(folder), str(folder)], check=False)
    if bound.returncode != 0:
        pytest.skip("running as root without mount rights: a folder cannot be made read-only")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@contextlib.contextmanager
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, dict[str, object]]]:
    """Yield a folder on a 3 MB tmpfs, or (without mount rights) limits that stop file growth."""
    mount_point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount_point.mkdir()
    mounted = os.geteuid() == 0 and shutil.which("mount") is not None and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
        capture_output=True, check=False,
    ).returncode == 0  # fmt: skip
    try:
        if mounted:
            yield mount_point, {}
        else:  # WORKAROUND: no mount rights: RLIMIT_FSIZE makes every file stop growing.
            yield mount_point, {"preexec_fn": _limit_file_size}
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def test_a_full_disk_is_one_sentence_and_loses_nothing(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    with small_disk(tmp_path) as (folder, limits):
        data = folder / "data"
        data.mkdir()
        database = Database(sqlite_url(_database_file(data)))
        upgrade_to_head(database)
        customer = add_customer(database, "Acme")
        database.dispose()
        (data / "logs").mkdir()
        (data / "logs" / "invoice-desk.log").write_text("started\n")
        if not limits:
            with contextlib.suppress(OSError):
                (folder / "filler").write_bytes(b"\0" * 4_000_000)
        lines = [{"name": "Work " * 50, "rate": "1.00"}] * 200
        documents = [{"kind": "invoice", "customer_id": customer, "line_items": lines}] * 20
        request = tmp_path / "documents.json"
        request.write_text(json.dumps(documents))
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data), "documents", "import",
             str(request)],
            env=cli_env, capture_output=True, text=True, timeout=120, check=False, **limits,
        )  # fmt: skip
        assert result.returncode == 1, result.stdout
        stderr = result.stderr.strip().splitlines()
        assert "Logging error" not in result.stderr
        assert len(stderr) <= 2, result.stderr  # a warning about the log, and the error
        assert "disk is full" in stderr[-1], result.stderr
        if not limits:
            (folder / "filler").unlink()
        listed = run_cli(["--data-dir", str(data), "documents", "--json"], cli_env)
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == [], "the import was all or nothing"
