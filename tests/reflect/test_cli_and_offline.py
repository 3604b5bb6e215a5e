"""The command-line contract, a week offline, and a SIGKILL at a random moment of a push."""

from __future__ import annotations

import json
import random
import signal
import socket
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.controllers.documents import DocumentsController
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.reflect import OutboxState, marked_document
from desktop.domain.sync import SyncStatus
from desktop.persistence.database import Database, sqlite_url
from tests.conftest import run_cli
from tests.document_helpers import draft, line
from tests.reflect.conftest import customer_id, synced
from tests.sync.conftest import OWNER, connect_request
from tests.sync.test_cli_and_crashes import _sync_process, cli_ok, connect_args

FAR = date(2099, 1, 31)
OUTBOX_KEYS = {"document", "crm_module", "crm_id", "action", "state", "error"}


@pytest.fixture
def documents(tmp_path: Path) -> Iterator[DocumentsController]:
    """Return the documents of the command line's database (written in this process)."""
    database = Database(sqlite_url(tmp_path / "data" / "invoice-desk.sqlite3"))
    yield DocumentsController(database)
    database.dispose()


def _issue(documents: DocumentsController, customer: int, rate: str = "10.00") -> str:
    invoice = documents.create(
        draft(customer, DocumentKind.INVOICE, line("Work", rate), due_date=FAR)
    )
    documents.set_status(invoice.number, DocumentStatus.SENT)
    return invoice.number


def _outbox(data: Path, env: dict[str, str]) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(
        cli_ok(["--data-dir", str(data), "crm-outbox", "--json"], env)
    )
    return items


def test_the_command_line_contract(
    tmp_path: Path, cli_env: dict[str, str], documents: DocumentsController
) -> None:
    data = tmp_path / "data"
    with SandboxCrm(user_email=OWNER) as sandbox:
        acme = sandbox.add_account(Account_Name="Acme")
        cli_ok(connect_args(sandbox, data), cli_env)
        assert "reflected 0" in cli_ok(["--data-dir", str(data), "sync"], cli_env)
        assert cli_ok(["--data-dir", str(data), "crm-reflect"], cli_env) == "on\n"
        customers = json.loads(cli_ok(["--data-dir", str(data), "customers", "--json"], cli_env))
        number = _issue(documents, customers[0]["id"])

        [item] = _outbox(data, cli_env)
        assert set(item) == OUTBOX_KEYS
        assert item == {"document": number, "crm_module": "Accounts", "crm_id": acme,
                        "action": "upsert", "state": "pending", "error": None}  # fmt: skip
        out = cli_ok(["--data-dir", str(data), "sync"], cli_env)
        assert "reflected 1." in out.splitlines()[0]
        assert _outbox(data, cli_env)[0]["state"] == "done"
        pdf = tmp_path / "doc.pdf"
        cli_ok(["--data-dir", str(data), "documents", "pdf", number, "-o", str(pdf)], cli_env)
        [attached] = sandbox.api.notes.files.values()
        assert attached.content == pdf.read_bytes()

        sandbox.withhold_note_scopes()
        documents.pay(number, "4.00")
        result = run_cli(["--data-dir", str(data), "sync"], cli_env)
        assert result.returncode == 0, result.stderr  # the import completed
        assert "reflected 0." in result.stdout
        assert "ZohoCRM.modules.attachments.ALL" in result.stdout
        assert _outbox(data, cli_env)[-1]["state"] == "pending"

        assert cli_ok(["--data-dir", str(data), "crm-reflect", "off"], cli_env) == "off\n"
        assert cli_ok(["--data-dir", str(data), "crm-reflect"], cli_env) == "off\n"
        assert cli_ok(["--data-dir", str(data), "crm-reflect", "on"], cli_env) == "on\n"
        refused = run_cli(["--data-dir", str(data), "crm-reflect", "maybe"], cli_env)
        assert refused.returncode == 2
        assert "on" in refused.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_a_week_offline_reaches_the_crm_in_one_sync_in_order(services: Services) -> None:
    sandbox = SandboxCrm(user_email=OWNER, port=_free_port()).start()
    try:
        acme = sandbox.add_account(Account_Name="Acme")
        services.connection.connect(connect_request(sandbox))
        synced(services)
        sandbox.stop()  # a week without the internet

        customer = customer_id(services, "Acme")
        numbers = []
        for n in range(25):  # 50 changes: 25 invoices written, then each sent
            invoice = services.documents.create(
                draft(customer, DocumentKind.INVOICE, line("Day", f"{n + 1}.00"), due_date=FAR)
            )
            numbers.append(invoice.number)
        for number in numbers:
            services.documents.set_status(number, DocumentStatus.SENT)
        offline = services.sync.run()
        assert offline.status is SyncStatus.FAILED
        assert len(services.reflect.outbox((OutboxState.PENDING,))) == 25

        sandbox.start()  # back online, same address
        report = synced(services)
        assert report.reflected == 25
        assert report.reflect_problems == ()
        notes = sorted(sandbox.notes_of("Accounts", acme), key=lambda n: int(n["id"]))
        assert [n["title"].split(" ")[1] for n in notes] == numbers  # pushed in order
        assert all(n["title"].endswith("· sent") for n in notes)
        assert len(sandbox.attachments_of("Accounts", acme)) == 25
    finally:
        sandbox.stop()


def _writes(sandbox: SandboxCrm) -> int:
    counts = sandbox.request_counts()
    return counts.get("notes", 0) + counts.get("related", 0)


@pytest.mark.slow
def test_a_kill_at_a_random_moment_of_a_push_then_a_rerun_leaves_one_note_each(
    tmp_path: Path, cli_env: dict[str, str], documents: DocumentsController
) -> None:
    data = tmp_path / "data"
    chance = random.Random(20261201)
    with SandboxCrm(user_email=OWNER) as sandbox:
        acme = sandbox.add_account(Account_Name="Acme")
        cli_ok(connect_args(sandbox, data), cli_env)
        cli_ok(["--data-dir", str(data), "sync", "--quiet"], cli_env)
        customers = json.loads(cli_ok(["--data-dir", str(data), "customers", "--json"], cli_env))
        numbers = [_issue(documents, customers[0]["id"], f"{n + 1}.00") for n in range(30)]
        kills = 0
        for _ in range(3):
            start = _writes(sandbox)
            moment = start + chance.randint(1, 40)
            process = _sync_process(data, cli_env)
            deadline = time.monotonic() + 60
            while _writes(sandbox) < moment and process.poll() is None:
                assert time.monotonic() < deadline, "the push never started"
                time.sleep(chance.uniform(0.0, 0.01))
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=30)
            kills += process.returncode == -signal.SIGKILL
        assert kills >= 2, "the pushes ended before the kills"
        out = cli_ok(["--data-dir", str(data), "sync", "--quiet"], cli_env)
        assert "Sync completed" in out

        notes = sandbox.notes_of("Accounts", acme)
        by_document = sorted(marked_document(n["content"]) for n in notes)
        assert len(notes) == len(numbers)
        assert len(set(by_document)) == len(numbers)  # exactly one note per document
        files = sorted(f["file_name"] for f in sandbox.attachments_of("Accounts", acme))
        assert files == sorted(f"{number}.pdf" for number in numbers)  # one current PDF each
        assert {item["state"] for item in _outbox(data, cli_env)} == {"done"}
