"""The customers command on a new database, in a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def test_customers_json_on_a_new_database_prints_an_empty_list(
    data_dir: Path, cli_env: dict[str, str]
) -> None:
    result = run_cli(["--data-dir", str(data_dir), "customers", "--json"], cli_env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert (data_dir / "invoice-desk.sqlite3").exists()
    assert (data_dir / "logs" / "invoice-desk.log").exists()


def test_invoice_desk_home_chooses_the_data_folder(tmp_path: Path, cli_env: dict[str, str]) -> None:
    home = tmp_path / "home"
    result = run_cli(["customers"], {**cli_env, "INVOICE_DESK_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "invoice-desk.sqlite3").exists()


def test_version_and_help(cli_env: dict[str, str]) -> None:
    version = run_cli(["--version"], cli_env)
    assert version.returncode == 0
    assert version.stdout.startswith("invoice-desk ")
    helped = run_cli(["--help"], cli_env)
    assert helped.returncode == 0
    assert "customers" in helped.stdout


def test_unknown_command_fails_with_usage(cli_env: dict[str, str]) -> None:
    result = run_cli(["no-such-command"], cli_env)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
