"""The command-line contract of the import, a SIGKILL at a random moment, and two syncs at once."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.crm.sandbox import SandboxCrm
from tests.conftest import run_cli
from tests.sync.conftest import OWNER

CUSTOMER_KEYS = {
    "id", "name", "status", "phone", "fax", "billing_address", "shipping_address", "crm",
    "has_transactions", "contact_persons",
}  # fmt: skip
PERSON_KEYS = {
    "salutation",
    "first_name",
    "last_name",
    "email",
    "phone",
    "mobile",
    "is_primary",
    "crm_id",
}


@pytest.fixture(scope="module")
def big_sandbox() -> Iterator[SandboxCrm]:
    """A sandbox big enough that a sync takes a few seconds (tests only read it)."""
    with SandboxCrm(accounts=3_000, contacts=6_000, deals=600, seed=5, user_email=OWNER) as running:
        yield running


def connect_args(sandbox: SandboxCrm, data_dir: Path) -> list[str]:
    return [
        "--data-dir", str(data_dir), "connect", "--email", OWNER, "--key", sandbox.new_grant_code(),
        "--client-id", sandbox.client_id, "--client-secret", sandbox.client_secret,
        "--accounts-url", sandbox.accounts_url, "--api-url", sandbox.api_url,
    ]  # fmt: skip


def cli_ok(args: list[str], env: dict[str, str]) -> str:
    result = run_cli(args, env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def comparable(customers_json: str) -> list[Any]:
    """Return the customers without local ids, in a stable order."""
    rows = []
    for customer in json.loads(customers_json):
        customer.pop("id")
        customer["contact_persons"] = sorted(customer["contact_persons"], key=lambda p: p["crm_id"])
        rows.append(customer)
    return sorted(rows, key=lambda c: (c["crm"]["module"], c["crm"]["id"]))


def test_the_command_line_contract(tmp_path: Path, cli_env: dict[str, str]) -> None:
    with SandboxCrm(user_email=OWNER) as sandbox:
        acme = sandbox.add_account(Account_Name="Acme", Billing_City="Москва")
        sandbox.add_contact(
            First_Name="Bo", Last_Name="Li", Account_Name=acme, Email="bo@x.example"
        )
        sandbox.add_account(Account_Name="Acme (duplicate)")
        sandbox.add_raw("Accounts", {"id": "4876876000000999999", "Account_Name": "",
                                     "Modified_Time": "2026-11-25T10:00:00+03:00"})  # fmt: skip
        data = tmp_path / "data"
        out = cli_ok(connect_args(sandbox, data), cli_env)
        assert "Sandbox Shop Ltd" in out
        out = cli_ok(["--data-dir", str(data), "sync"], cli_env)
        assert "created 3" in out
        assert "skipped 1" in out
        customers = json.loads(cli_ok(["--data-dir", str(data), "customers", "--json"], cli_env))
        assert [c["name"] for c in customers] == ["Acme", "Acme (duplicate)"]
        for customer in customers:
            assert set(customer) >= CUSTOMER_KEYS
            assert set(customer["billing_address"]) == {"street", "city", "state", "zip", "country"}
            assert customer["status"] == "active"
            assert customer["crm"]["module"] == "Accounts"
        assert customers[0]["billing_address"]["city"] == "Москва"
        assert set(customers[0]["contact_persons"][0]) == PERSON_KEYS
        assert customers[0]["contact_persons"][0]["is_primary"] is True

        source, target = customers[1]["id"], customers[0]["id"]
        assert "disappears" in cli_ok(
            ["--data-dir", str(data), "merge", str(source), str(target)], cli_env
        )
        refused = run_cli(["--data-dir", str(data), "merge", str(target), str(target)], cli_env)
        assert refused.returncode == 1
        assert refused.stderr.strip() == "error: A customer cannot be merged into itself."

        log = json.loads(cli_ok(["--data-dir", str(data), "sync-log", "--json"], cli_env))
        assert log[0]["status"] == "succeeded"
        assert log[0]["skipped_records"][0]["crm_id"] == "4876876000000999999"

        sandbox.revoke_tokens()
        failed = run_cli(["--data-dir", str(data), "sync"], cli_env)
        assert failed.returncode == 1
        assert len(failed.stderr.strip().splitlines()) == 1
        assert sandbox.client_secret not in failed.stderr
        cli_ok(["--data-dir", str(data), "disconnect"], cli_env)
        assert (
            len(json.loads(cli_ok(["--data-dir", str(data), "customers", "--json"], cli_env))) == 1
        )


def _sync_process(data: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "sync", "--quiet"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _lease_held(data: Path) -> bool:
    try:
        with sqlite3.connect(data / "invoice-desk.sqlite3", timeout=1) as db:
            row = db.execute("SELECT holder FROM sync_lock WHERE id = 1").fetchone()
    except sqlite3.Error:
        return False
    return bool(row and row[0])


def synced_seconds(data: Path, env: dict[str, str]) -> float:
    """Run a sync to its end; return how long it took, as its log says."""
    cli_ok(["--data-dir", str(data), "sync", "--quiet"], env)
    run = json.loads(cli_ok(["--data-dir", str(data), "sync-log", "--json"], env))[0]
    finished, started = (datetime.fromisoformat(run[key]) for key in ("finished_at", "started_at"))
    return (finished - started).total_seconds()


def kill_a_sync(data: Path, env: dict[str, str], after: float) -> int:
    """Start a sync, SIGKILL it `after` seconds into the run; return its exit code."""
    process = _sync_process(data, env)
    _wait_for_lease(data)  # the run has started: kill it somewhere inside
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    return process.returncode


def _wait_for_lease(data: Path) -> None:
    deadline = time.monotonic() + 30
    while not _lease_held(data):
        assert time.monotonic() < deadline, "the sync never started"
        time.sleep(0.02)


@pytest.mark.slow
def test_a_kill_at_a_random_moment_then_a_rerun_equals_an_uninterrupted_run(
    tmp_path: Path, cli_env: dict[str, str], big_sandbox: SandboxCrm
) -> None:
    reference = tmp_path / "reference"
    cli_ok(connect_args(big_sandbox, reference), cli_env)
    duration = synced_seconds(reference, cli_env)
    expected = comparable(
        cli_ok(["--data-dir", str(reference), "customers", "--all", "--json"], cli_env)
    )

    chance = random.Random(20261125)
    killed = tmp_path / "killed"
    cli_ok(connect_args(big_sandbox, killed), cli_env)
    for _ in range(2):
        returncode = kill_a_sync(killed, cli_env, chance.uniform(0.0, duration * 0.7))
        assert returncode == -signal.SIGKILL, "the run ended before the kill"
    cli_ok(["--data-dir", str(killed), "sync", "--quiet"], cli_env)
    actual = comparable(
        cli_ok(["--data-dir", str(killed), "customers", "--all", "--json"], cli_env)
    )
    assert len(actual) == len(expected)
    assert actual == expected
    log = json.loads(cli_ok(["--data-dir", str(killed), "sync-log", "--json"], cli_env))
    assert log[0]["status"] == "succeeded"


@pytest.mark.slow
def test_a_second_sync_is_told_one_is_running(
    tmp_path: Path, cli_env: dict[str, str], big_sandbox: SandboxCrm
) -> None:
    data = tmp_path / "data"
    cli_ok(connect_args(big_sandbox, data), cli_env)
    # Every answer comes late, so the first run lasts some seconds however fast the machine
    # (a few slow answers were not enough once the import became faster).
    big_sandbox.set_latency(400)
    first = _sync_process(data, cli_env)
    try:
        _wait_for_lease(data)
        second = run_cli(["--data-dir", str(data), "sync"], cli_env)
        assert second.returncode == 1
        assert "already running" in second.stderr
    finally:
        _, errors = first.communicate(timeout=120)
        big_sandbox.set_latency(0)
    assert first.returncode == 0, errors
