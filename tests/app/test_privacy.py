"""What the process leaves readable: private data folder and files, no core dumps, and one
keyring service per data folder so two installations keep their own keys."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.crm.sandbox import SandboxCrm
from tests.conftest import run_cli

OWNER = "owner@shop.example"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def connect(sandbox: SandboxCrm, data: Path, env: dict[str, str]) -> None:
    result = run_cli(
        [
            "--data-dir",
            str(data),
            "connect",
            "--email",
            OWNER,
            "--key",
            sandbox.new_grant_code(),
            "--client-id",
            sandbox.client_id,
            "--client-secret",
            sandbox.client_secret,
            "--accounts-url",
            sandbox.accounts_url,
            "--api-url",
            sandbox.api_url,
        ],
        env,
    )
    assert result.returncode == 0, result.stderr


def test_two_data_folders_on_one_computer_keep_their_own_keys(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    cli_env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"  # one shared file
    with (
        SandboxCrm(user_email=OWNER, accounts=3, contacts=0, deals=0, seed=1) as shop_crm,
        SandboxCrm(user_email=OWNER, accounts=5, contacts=0, deals=0, seed=2) as club_crm,
    ):
        connect(shop_crm, tmp_path / "shop", cli_env)
        connect(club_crm, tmp_path / "club", cli_env)  # once overwrote the shop's refresh token
        for folder, accounts in (("shop", 3), ("club", 5)):
            synced = run_cli(["--data-dir", str(tmp_path / folder), "sync"], cli_env)
            assert synced.returncode == 0, synced.stderr
            listed = run_cli(["--data-dir", str(tmp_path / folder), "customers", "--json"], cli_env)
            assert len(json.loads(listed.stdout)) == accounts


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_data_folder_database_and_logs_are_private(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    (data / "logs").mkdir(mode=0o755)
    old_log = data / "logs" / "invoice-desk.log.1"
    old_log.write_text("an old log\n")
    old_log.chmod(0o644)
    result = run_cli(["--data-dir", str(data), "customers"], cli_env)
    assert result.returncode == 0, result.stderr
    assert mode(data) == 0o700
    assert mode(data / "logs") == 0o700
    files = [data / "invoice-desk.sqlite3", data / "logs" / "invoice-desk.log", old_log]
    files += list(data.glob("invoice-desk.sqlite3-*"))  # WAL and shared memory, when present
    for path in files:
        assert mode(path) == 0o600, path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_process_writes_no_core_dump(tmp_path: Path, cli_env: dict[str, str]) -> None:
    script = (
        "import resource, sys\n"
        "from desktop.app.main import main\n"
        "from desktop.app.hardening import is_dumpable\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'customers'])\n"
        "print(code, resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=cli_env, capture_output=True, text=True, check=False,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 (0, 0) False"
