"""The email command-line contract in real subprocesses, including a SIGKILL in the middle of a send."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from tests.conftest import run_cli
from tests.document_helpers import add_customer
from tests.mail.conftest import add_contacts
from tests.mail.smtp_server import PASSWORD, USER, Recorder, free_port, running_smtp

INVOICE = {
    "kind": "invoice",
    "customer_name": "Acme Ltd",
    "date": "2026-11-01",
    "due_date": "2099-01-01",
    "line_items": [{"name": "Consulting", "quantity": "2", "rate": "150.00"}],
}


@pytest.fixture
def desk(data_dir: Path, cli_env: dict[str, str], database_url: str, tmp_path: Path) -> Any:
    """Return a function running `invoice-desk --data-dir … ARGS` (an invoice INV-000001 exists)."""
    database = Database(database_url)
    upgrade_to_head(database)
    add_contacts(database, add_customer(database, "Acme Ltd"))
    database.dispose()

    def run(
        *args: str, stdin: str | None = None, ok: bool = True
    ) -> subprocess.CompletedProcess[str]:
        if stdin is None:
            result = run_cli(["--data-dir", str(data_dir), *args], cli_env)
        else:
            result = subprocess.run(
                [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
                env=cli_env, input=stdin, capture_output=True, text=True, timeout=120, check=False,
            )  # fmt: skip
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    (tmp_path / "invoice.json").write_text(json.dumps(INVOICE), encoding="utf-8")
    assert run("documents", "import", str(tmp_path / "invoice.json")).stdout.split() == [
        "INV-000001"
    ]
    return run


def configure(desk: Any, port: int) -> None:
    desk("mail", "set", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
         "--from", "billing@shop.test")  # fmt: skip


def test_the_mail_and_outbox_contract(desk: Any, tmp_path: Path) -> None:
    assert json.loads(desk("mail", "--json").stdout)["host"] == ""
    port = free_port()
    configure(desk, port)
    settings = json.loads(desk("mail", "--json").stdout)
    assert settings | {"send_message": "", "reminder_message": ""} == {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "user": "",
        "from": "billing@shop.test",
        "reply_to": "",
        "password_set": False,
        "send_subject": "{number} from {company}",
        "send_message": "",
        "reminder_subject": "Reminder: {number} is overdue",
        "reminder_message": "",
        "reminder_days": [],
    }

    # Server down: queued, exit 0, says so.
    sent = desk("documents", "send", "INV-000001", "--cc", "bob@customer.test",
                "--subject", "Your invoice", "--message", "Thanks!")  # fmt: skip
    assert sent.stdout.startswith("INV-000001 queued (outbox 1): The mail server 127.0.0.1:")
    [queued] = json.loads(desk("outbox", "--json").stdout)
    assert {k: queued[k] for k in ("id", "document", "to", "subject", "state")} == {
        "id": 1,
        "document": "INV-000001",
        "to": ["Ana Ruiz <ana@customer.test>"],
        "subject": "Your invoice",
        "state": "queued",
    }
    assert "cannot be reached" in queued["error"]
    assert json.loads(desk("documents", "show", "INV-000001").stdout)["status"] == "sent"

    # Server up: `outbox send` delivers exactly once.
    with running_smtp(str(tmp_path), port=port) as server:
        assert desk("outbox", "send").stdout.splitlines()[-1] == "1 sent, 0 failed, 0 waiting"
        assert desk("outbox", "send").stdout.splitlines()[-1] == "0 sent, 0 failed, 0 waiting"
    assert server.recorder.message_ids() == [queued["message_id"]]
    message = server.recorder.received[0].parsed()
    assert message["Subject"] == "Your invoice"
    assert sorted(server.recorder.received[0].rcpt_tos) == [
        "ana@customer.test",
        "bob@customer.test",
    ]
    desk("documents", "pdf", "INV-000001", "-o", str(tmp_path / "out.pdf"))
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "INV-000001.pdf"
    assert attachment.get_content() == (tmp_path / "out.pdf").read_bytes()
    [done] = json.loads(desk("outbox", "--json").stdout)
    assert (done["state"], done["error"]) == ("sent", None)

    # A reminder by hand, straight to a live server.
    with running_smtp(str(tmp_path), port=port) as server:
        reminded = desk("documents", "remind", "INV-000001", "--to", "Ana <ana@customer.test>")
        assert reminded.stdout.strip() == "INV-000001 sent to Ana <ana@customer.test>"
        assert server.recorder.received[0].parsed()["Subject"] == "Reminder: INV-000001 is overdue"


def test_bad_input_is_one_sentence_naming_the_field(desk: Any) -> None:
    configure(desk, free_port())
    refused = desk(
        "documents", "send", "INV-000001", "--to", "Ana\nBcc: x@evil.test <a@b.test>", ok=False
    )
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: to: must be one line")
    loopback_only = desk(
        "mail", "set", "--host", "smtp.example.com", "--security", "none", ok=False
    )
    assert loopback_only.stderr.startswith("error: security: none is allowed only for a server")
    assert json.loads(desk("outbox", "--json").stdout) == []


def test_the_password_is_never_in_the_database_settings_logs_or_errors(
    desk: Any, data_dir: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    outputs = []
    outputs.append(desk("mail", "set", "--host", "127.0.0.1", "--port", str(port), "--security",
                        "starttls", "--from", "billing@shop.test", "--user", USER,
                        "--password-stdin", stdin=PASSWORD + "\n"))  # fmt: skip
    shown = json.loads(desk("mail", "--json").stdout)
    assert shown["password_set"] is True
    with running_smtp(str(tmp_path), starttls=True, auth=True, port=port) as server:
        assert server.ca_file is not None
        cli_env["SSL_CERT_FILE"] = server.ca_file  # a company's private CA, the OpenSSL way
        outputs.append(desk("mail", "test"))
        assert len(server.recorder.received) == 1
        outputs.append(desk("mail", "set", "--password-stdin", stdin="wrong-" + PASSWORD + "\n"))
        outputs.append(desk("mail", "test", ok=False))
        outputs.append(desk("documents", "send", "INV-000001"))
    outputs.append(desk("outbox", "--json"))
    outputs.append(desk("outbox", "send"))
    assert "refused the user name or password" in outputs[3].stderr
    assert "refused the user name or password" in outputs[4].stdout
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files)
    assert any(p.suffix == ".log" for p in files)
    for path in files:
        assert PASSWORD.encode() not in path.read_bytes(), path
    for result in outputs:
        assert PASSWORD not in result.stdout + result.stderr


@pytest.mark.parametrize("stall_at", ["data", "rcpt"])
def test_a_sigkill_during_a_send_never_delivers_twice(
    desk: Any, data_dir: Path, cli_env: dict[str, str], tmp_path: Path, stall_at: str
) -> None:
    port = free_port()
    configure(desk, port)
    recorder = Recorder(stall_at=stall_at)
    with running_smtp(str(tmp_path), port=port, recorder=recorder):
        sender = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
             "documents", "send", "INV-000001"],
            env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert recorder.stalled.wait(60), "the client never reached the stall"
        os.kill(sender.pid, signal.SIGKILL)
        sender.wait(30)  # reaped: its claim is now provably dead
        recorder.release.set()
    with running_smtp(str(tmp_path), port=port) as again:
        desk("outbox", "send")
        desk("outbox", "send")
    [entry] = json.loads(desk("outbox", "--json").stdout)
    delivered = recorder.message_ids() + again.recorder.message_ids()
    if stall_at == "data":
        # The server had the message when the client died: never sent again on our own.
        assert delivered == [entry["message_id"]]
        assert entry["state"] == "failed"
        assert "it may have arrived" in entry["error"]
    else:
        # Killed before the hand-over: the server dropped it, the re-run sends it, once.
        assert recorder.message_ids() == []
        assert delivered == [entry["message_id"]]
        assert entry["state"] == "sent"
