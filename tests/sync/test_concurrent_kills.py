"""Concurrent listing over real HTTP, killed at random moments: the rerun equals a serial import."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.crm.sandbox import SandboxCrm
from desktop.domain.settings import CRM_CONCURRENT_REQUESTS
from tests.conftest import run_cli
from tests.sync.conftest import OWNER
from tests.sync.test_cli_and_crashes import (
    cli_ok,
    comparable,
    connect_args,
    kill_a_sync,
    synced_seconds,
)


@pytest.fixture(scope="module")
def slow_sandbox() -> Iterator[SandboxCrm]:
    """A sandbox that answers each request after 10 ms, so several are in flight at once."""
    with SandboxCrm(
        accounts=2_000, contacts=4_000, deals=400, seed=9, user_email=OWNER, latency_ms=10
    ) as running:
        yield running


def _set_concurrency(data: Path, requests: int) -> None:
    with sqlite3.connect(data / "invoice-desk.sqlite3") as db:
        db.execute(
            "INSERT OR REPLACE INTO app_setting (key, value) VALUES (?, ?)",
            (CRM_CONCURRENT_REQUESTS.key, CRM_CONCURRENT_REQUESTS.dump(requests)),
        )


def _everything(data: Path, env: dict[str, str]) -> list[object]:
    args = ["--data-dir", str(data)]
    return comparable(cli_ok([*args, "customers", "--all", "--json"], env))


@pytest.mark.slow
def test_killed_concurrent_runs_then_a_rerun_equal_a_serial_import(
    tmp_path: Path, cli_env: dict[str, str], slow_sandbox: SandboxCrm
) -> None:
    serial = tmp_path / "serial"
    cli_ok(connect_args(slow_sandbox, serial), cli_env)
    _set_concurrency(serial, 1)
    duration = synced_seconds(serial, cli_env)
    expected = _everything(serial, cli_env)

    chance = random.Random(20261201)
    killed = tmp_path / "killed"
    cli_ok(connect_args(slow_sandbox, killed), cli_env)
    _set_concurrency(killed, 6)
    for _ in range(3):
        kill_a_sync(killed, cli_env, chance.uniform(0.0, duration * 0.3))  # concurrent is faster
    cli_ok(["--data-dir", str(killed), "sync", "--quiet"], cli_env)
    assert _everything(killed, cli_env) == expected
    log = json.loads(cli_ok(["--data-dir", str(killed), "sync-log", "--json"], cli_env))
    assert log[0]["status"] == "succeeded"


def test_the_limit_is_a_setting_and_a_wrong_one_is_refused_with_its_name(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    with SandboxCrm(accounts=30, contacts=40, deals=5, user_email=OWNER) as sandbox:
        data = tmp_path / "data"
        cli_ok(connect_args(sandbox, data), cli_env)
        refused = run_cli(["--data-dir", str(data), "sync", "--concurrent-requests", "26"], cli_env)
        assert refused.returncode == 1
        assert refused.stderr.strip() == (
            "error: Concurrent requests: must be from 1 to 25 (Zoho allows 5 to 25 at once, by edition)"
        )
        assert sandbox.request_counts().get("records", 0) == 0, "nothing is read when refused"
        cli_ok(["--data-dir", str(data), "sync", "--quiet", "--concurrent-requests", "2"], cli_env)
        with sqlite3.connect(data / "invoice-desk.sqlite3") as db:
            stored = db.execute(
                "SELECT value FROM app_setting WHERE key = ?", (CRM_CONCURRENT_REQUESTS.key,)
            ).fetchone()
        assert stored == ("2",)
        assert (
            len(json.loads(cli_ok(["--data-dir", str(data), "customers", "--json"], cli_env))) > 0
        )
