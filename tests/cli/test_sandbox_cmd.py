"""`invoice-desk sandbox` serves a CRM the client can import from, until Ctrl+C."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

from desktop.crm.auth import authorize
from desktop.crm.client import CrmClient
from desktop.crm.endpoints import endpoints_for
from desktop.crm.sandbox import SandboxRemote


def test_the_sandbox_command_prints_what_a_user_needs(
    cli_env: dict[str, str], tmp_path: object
) -> None:
    process = _started_as_from_a_terminal(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "sandbox", "--port", "0",
         "--accounts", "40", "--contacts", "70", "--deals", "9", "--seed", "3"],
        {**cli_env, "PYTHONFAULTHANDLER": "1"},  # SIGABRT prints every thread's stack
    )  # fmt: skip
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(9)]
        printed = dict(re.findall(r"^\s+([\w ]+):\s+(\S+)", "".join(lines), re.MULTILINE))
        endpoints = endpoints_for(None, printed["Accounts URL"], printed["API URL"])
        grant = authorize(
            endpoints, printed["Client ID"], printed["Client secret"], printed["Grant code"]
        )
        assert grant.refresh_token
        with CrmClient(
            endpoints, printed["Client ID"], printed["Client secret"], grant.refresh_token
        ) as client:
            assert client.current_user().email == printed["User email"]
            remote = SandboxRemote(printed["API URL"])
            remote.add("Contacts", Last_Name="Παπαδοπούλου")
            remote.close()
            contacts = [r for p in client.record_pages("Contacts", None) for r in p.records]
            assert len(contacts) == 71
    finally:
        process.send_signal(signal.SIGINT)
        out, err = _communicate_or_show_stacks(process)
    assert process.returncode == 0, err
    assert "sandbox stopped" in out


def _communicate_or_show_stacks(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Return what the stopped sandbox printed; one that does not stop fails with its stacks."""
    try:
        return process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)  # faulthandler prints where each thread waits
        _out, err = process.communicate(timeout=10)
        raise AssertionError(f"the sandbox ignored Ctrl+C for 10 s; its threads:\n{err}") from None


def _started_as_from_a_terminal(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    """Start `args` with Ctrl+C (SIGINT) not ignored, as a terminal starts a command.

    A child inherits an ignored SIGINT, and Python then installs no handler for it: a runner
    started in the background by a shell without job control (`(make test &)`) ignores SIGINT,
    and this test hung there. A handled signal is reset to the default in the child.
    """
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen(
            args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    finally:
        signal.signal(signal.SIGINT, previous)
