"""`invoice-desk connect` takes its secrets from standard input, the environment or a prompt, so
they never have to be on a command line that every user of the computer can read."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.connection_cmd import read_secret
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.errors import ValidationError

OWNER = "owner@shop.example"


def connect(
    sandbox: SandboxCrm, data: Path, env: dict[str, str], *extra: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    args = [
        sys.executable, "-m", "desktop", "--data-dir", str(data), "connect", "--email", OWNER,
        "--client-id", sandbox.client_id, "--accounts-url", sandbox.accounts_url,
        "--api-url", sandbox.api_url, *extra,
    ]  # fmt: skip
    return subprocess.run(
        args, input=stdin if stdin is not None else "", env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip


def test_secrets_from_standard_input(tmp_path: Path, cli_env: dict[str, str]) -> None:
    with SandboxCrm(user_email=OWNER) as sandbox:
        code = sandbox.new_grant_code()
        done = connect(
            sandbox, tmp_path, cli_env, "--key", "-", "--client-secret", "-",
            stdin=f"{code}\n{sandbox.client_secret}\n",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Connected to" in done.stdout


def test_secrets_from_the_environment(tmp_path: Path, cli_env: dict[str, str]) -> None:
    with SandboxCrm(user_email=OWNER) as sandbox:
        cli_env["INVOICE_DESK_KEY"] = sandbox.new_grant_code()
        cli_env["INVOICE_DESK_CLIENT_SECRET"] = sandbox.client_secret
        done = connect(sandbox, tmp_path, cli_env)
    assert done.returncode == 0, done.stderr


def test_no_secret_and_no_terminal_names_what_to_do(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    with SandboxCrm(user_email=OWNER) as sandbox:
        done = connect(sandbox, tmp_path, cli_env)
        assert sandbox.request_counts().get("token", 0) == 0
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: Key: is required: give --key - (standard input) or set INVOICE_DESK_KEY"
    ]


def test_help_says_where_secrets_may_come_from(cli_env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "connect", "--help"], env=cli_env, capture_output=True,
        text=True, timeout=60, check=False,
    )  # fmt: skip
    text = " ".join(done.stdout.split())
    for words in ("INVOICE_DESK_KEY", "INVOICE_DESK_CLIENT_SECRET", "reads it from standard input"):
        assert words in text


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_is_asked_without_echo() -> None:
    asked: list[str] = []

    def prompt(label: str) -> str:
        asked.append(label)
        return "typed-secret"

    value = read_secret(None, "--key", "INVOICE_DESK_KEY", "Key", Terminal(), {}, prompt)
    assert value == "typed-secret"
    assert asked == ["Key: "]
    given = read_secret("1000.flag", "--key", "INVOICE_DESK_KEY", "Key", Terminal(), {}, prompt)
    assert given == "1000.flag"  # the old flag still works
    with pytest.raises(ValidationError, match="standard input held no line"):
        read_secret("-", "--key", "INVOICE_DESK_KEY", "Key", io.StringIO(""), {}, prompt)
