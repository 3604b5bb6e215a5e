"""Backups: the SQLite backup API while a sync writes, restore with the replaced file kept, rotation."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.controllers.database_admin import DatabaseAdminController
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.persistence.backup import KEEP_DAILY, KEEP_WEEKLY, backup_folder, prune_backups
from tests.conftest import run_cli
from tests.sync.conftest import OWNER
from tests.sync.test_cli_and_crashes import _wait_for_lease, cli_ok, comparable, connect_args


@pytest.fixture(scope="module")
def busy_sandbox() -> Iterator[SandboxCrm]:
    """A sandbox big enough that a sync takes a few seconds."""
    with SandboxCrm(accounts=2_000, contacts=3_000, deals=300, seed=7, user_email=OWNER) as running:
        yield running


def _outputs(data: Path, env: dict[str, str]) -> tuple[str, str]:
    base = ["--data-dir", str(data)]
    return (
        cli_ok([*base, "customers", "--all", "--json"], env),
        cli_ok([*base, "documents", "--json"], env),
    )


def test_a_backup_while_a_sync_writes_restores_to_the_same_database(
    tmp_path: Path, cli_env: dict[str, str], busy_sandbox: SandboxCrm
) -> None:
    data = tmp_path / "data"
    cli_ok(connect_args(busy_sandbox, data), cli_env)
    sync = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "sync", "--quiet"],
        env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    _wait_for_lease(data)
    during = tmp_path / "during.sqlite3"
    assert cli_ok(["--data-dir", str(data), "backup", "--to", str(during)], cli_env).strip() == str(
        during
    )
    _out, errors = sync.communicate(timeout=300)
    assert sync.returncode == 0, errors
    with sqlite3.connect(during) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
    customer = json.loads(cli_ok(["--data-dir", str(data), "customers", "--json"], cli_env))[0]
    request = tmp_path / "invoice.json"
    lines = [{"name": "Work", "rate": "10.00", "taxes": [{"name": "VAT", "rate": "20"}]}]
    request.write_text(
        json.dumps([{"kind": "invoice", "customer_id": customer["id"], "line_items": lines}])
    )
    cli_ok(["--data-dir", str(data), "documents", "import", str(request)], cli_env)
    after_sync = _outputs(data, cli_env)
    full = Path(cli_ok(["--data-dir", str(data), "backup"], cli_env).strip())
    assert full.parent == data / "backups"

    # The copy made mid-sync is a consistent database: a sync after restoring it completes it.
    restored = cli_ok(["--data-dir", str(data), "restore", str(during)], cli_env)
    kept = Path(restored.strip().splitlines()[-1].rsplit(" ", 1)[-1])
    assert kept.exists()
    assert kept.parent == data
    cli_ok(["--data-dir", str(data), "sync", "--quiet"], cli_env)
    customers, documents = _outputs(data, cli_env)
    assert _without_transactions(customers) == _without_transactions(after_sync[0])
    assert json.loads(documents) == [], "the invoice was made after that backup"

    # The full backup restores to exactly what was there.
    cli_ok(["--data-dir", str(data), "restore", str(full)], cli_env)
    assert _outputs(data, cli_env) == after_sync
    number = json.loads(after_sync[1])[0]["number"]
    shown = cli_ok(["--data-dir", str(data), "documents", "show", number], cli_env)
    assert json.loads(shown)["total"] == "12.00"


def _without_transactions(customers_json: str) -> list[object]:
    rows = comparable(customers_json)
    for row in rows:
        row.pop("has_transactions")
    return rows


@pytest.mark.parametrize("kind", ["garbage", "foreign", "damaged", "missing"])
def test_a_corrupt_or_foreign_file_is_refused_and_nothing_changes(
    services: Services, data_dir: Path, cli_env: dict[str, str], tmp_path: Path, kind: str
) -> None:
    before = _outputs(data_dir, cli_env)
    candidate = tmp_path / "candidate.sqlite3"
    if kind == "garbage":
        candidate.write_bytes(b"not a database at all" * 100)
    elif kind == "foreign":
        with sqlite3.connect(candidate) as other:
            other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    elif kind == "damaged":
        admin = DatabaseAdminController(services.database, services.secrets, _now)
        admin.backup(candidate)
        size = candidate.stat().st_size
        with candidate.open("r+b") as file:
            file.seek(size - 4096)
            file.write(b"\xff" * 4096)
    result = run_cli(["--data-dir", str(data_dir), "restore", str(candidate)], cli_env)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "nothing changed" in result.stderr
    assert _outputs(data_dir, cli_env) == before
    assert not list(data_dir.glob("*.replaced-*"))


def _now() -> datetime:
    return datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_the_daily_backup_is_made_once_a_day(services: Services, data_dir: Path) -> None:
    clock = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)]
    admin = DatabaseAdminController(services.database, services.secrets, lambda: clock[0])
    first = admin.daily_backup()
    assert first == data_dir / "backups" / "invoice-desk-2026-12-01.sqlite3"
    assert admin.daily_backup() is None
    clock[0] += timedelta(days=1)
    assert admin.daily_backup() == data_dir / "backups" / "invoice-desk-2026-12-02.sqlite3"
    with sqlite3.connect(first) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()


def test_seven_daily_and_four_weekly_backups_are_kept(tmp_path: Path) -> None:
    database_file = tmp_path / "invoice-desk.sqlite3"
    folder = backup_folder(database_file)
    folder.mkdir()
    days = [date(2026, 12, 31) - timedelta(days=n) for n in range(60)]
    for day in days:
        (folder / f"invoice-desk-{day.isoformat()}.sqlite3").write_bytes(b"x")
    (folder / "invoice-desk-by-hand-2026-01-01-101010.sqlite3").write_bytes(b"x")
    prune_backups(database_file)
    left = sorted(p.name for p in folder.iterdir())
    daily = [f"invoice-desk-{d.isoformat()}.sqlite3" for d in days[:KEEP_DAILY]]
    assert set(daily) < set(left)
    assert "invoice-desk-by-hand-2026-01-01-101010.sqlite3" in left, "copies by hand stay"
    weekly = set(left) - set(daily) - {"invoice-desk-by-hand-2026-01-01-101010.sqlite3"}
    assert len(weekly) == KEEP_WEEKLY
    weeks = {date.fromisoformat(name[13:23]).isocalendar()[:2] for name in weekly}
    assert len(weeks) == KEEP_WEEKLY, "one per week"


@pytest.mark.usefixtures("postgres_server")
def test_a_shared_database_is_backed_up_with_pg_dump_or_says_why_not(
    data_dir: Path, cli_env: dict[str, str], postgres_url: str, tmp_path: Path
) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed here")
    target = tmp_path / "shared.pgdump"
    base = ["--data-dir", str(data_dir), "--database-url", postgres_url]
    written = cli_ok([*base, "backup", "--to", str(target)], cli_env)
    assert written.strip() == str(target)
    assert target.read_bytes().startswith(b"PGDMP")
    without = dict(cli_env, PATH=str(tmp_path / "no-tools"))
    refused = run_cli([*base, "backup", "--to", str(tmp_path / "again.pgdump")], without)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "error: pg_dump is not installed on this computer; install the PostgreSQL client tools "
        "to back up a shared database (or ask whoever runs the server)."
    )
