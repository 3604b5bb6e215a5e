"""`invoice-desk --self-test` from source, in a subprocess offscreen: one line per check, honest exit code."""

from __future__ import annotations

from pathlib import Path

from desktop.persistence.database import Database
from desktop.persistence.migrate import head_revision
from tests.conftest import run_cli

CHECKS = ["database", "keyring", "tls", "pdf", "qt", "qtpdf", "language"]


def _lines_by_check(stdout: str) -> dict[str, str]:
    lines = stdout.splitlines()
    assert [line[5:].split()[0] for line in lines] == CHECKS, stdout
    return {line[5:].split()[0]: line for line in lines}


def test_every_check_passes_with_a_working_keyring(cli_env: dict[str, str]) -> None:
    result = run_cli(["--self-test"], cli_env)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = _lines_by_check(result.stdout)
    head = head_revision(Database("sqlite://"))  # the newest migration, whichever branch added it
    assert lines["database"].startswith(f"ok   database  migrated to {head} in ")
    assert lines["keyring"].startswith("ok   keyring   round-trip through keyrings.alt.file.")
    assert lines["pdf"].startswith("ok   pdf       invoice SELF-TEST-0001 rendered")
    assert lines["qt"].startswith("ok   qt        platform offscreen")
    assert "reads the number and customer" in lines["qtpdf"]
    assert "invoice_desk_de.qm and qtbase_de.qm load" in lines["language"]
    for line in lines.values():
        assert line.startswith("ok   "), result.stdout


def test_no_keyring_is_reported_clearly_and_does_not_fail(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    cli_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    cli_env["INVOICE_DESK_HOME"] = str(tmp_path / "home")

    result = run_cli(["--self-test"], cli_env)

    assert result.returncode == 0, result.stdout + result.stderr
    keyring_line = _lines_by_check(result.stdout)["keyring"]
    assert keyring_line.startswith("skip keyring   no usable keyring on this system")
    assert "SecretService" in keyring_line
    assert not (tmp_path / "home").exists(), "the self-test must not touch the data folder"


def test_a_broken_keyring_fails_the_self_test(cli_env: dict[str, str], tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("the file keyring cannot create its folder under a file")
    cli_env["XDG_DATA_HOME"] = str(not_a_folder)

    result = run_cli(["--self-test"], cli_env)

    assert result.returncode == 1
    lines = _lines_by_check(result.stdout)
    assert lines["keyring"].startswith("FAIL keyring   NotADirectoryError")
    assert lines["database"].startswith("ok   ")
