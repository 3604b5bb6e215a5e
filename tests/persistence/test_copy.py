"""`database copy --to URL`: every kind of row moves to PostgreSQL and reads back identically."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.controllers.bootstrap import open_services
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.documents import DocumentKind, DocumentStatus
from desktop.domain.sync import SyncStatus, SyncTrigger
from desktop.persistence.database import sqlite_url
from desktop.persistence.records import TaxRateRecord
from desktop.secrets.store import MemorySecretStore
from tests.conftest import run_cli
from tests.document_helpers import draft, line, vat
from tests.sync.conftest import OWNER, connect_request


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    """Return an empty running sandbox CRM."""
    with SandboxCrm(user_email=OWNER) as running:
        yield running


def _fill(services: Services, sandbox: SandboxCrm) -> None:
    """Write every kind of row: customers, links, forwarding, documents, history, payments..."""
    services.connection.connect(connect_request(sandbox))
    services.potentials.set_workflows(estimates=True, invoices=True)
    services.documents.set_number_series(DocumentKind.INVOICE, "F-", 4)
    services.settings.update_organization(name="Shop Ltd", city="Łódź", currency_code="EUR")
    acme = sandbox.add_account(Account_Name="Acme", Phone="1", Billing_Street="Ulica 1")
    twin = sandbox.add_account(Account_Name="Acme")  # same name: the order is total
    gone = sandbox.add_account(Account_Name="Gone GmbH")
    sandbox.add_account(Account_Name=" ", Phone="5")  # skipped with a reason: no name
    sandbox.add_contact(First_Name="Bo", Last_Name="Li", Account_Name=acme, Email="bo@a.example")
    sandbox.add_contact(First_Name="Ana", Last_Name="Núñez", Email="ana@x.example")
    sandbox.add_deal(Deal_Name="Big", Account_Name=acme, Stage="Qualification", Amount=1200.5)
    won = sandbox.add_deal(Deal_Name="Won", Account_Name=twin, Stage="Qualification", Amount=99)
    assert services.sync.run(SyncTrigger.MANUAL).status is SyncStatus.SUCCEEDED
    sandbox.update("Deals", won, Stage="Closed Won")
    customers = {c.name: c.id for c in services.customers.list()}
    invoice = services.documents.create(
        draft(customers["Ana Núñez"], DocumentKind.INVOICE,
              line("Design ✓", "123.45", "2", vat("19"), vat("5", "Local", compound=True)),
              line("Hosting", "10.005", "3")),  # a rate with more places than the currency
    )  # fmt: skip
    services.documents.pay(invoice.number, "50.00", invoice.date, "bank", "ref-1")
    estimate = services.documents.create(draft(customers["Ana Núñez"], DocumentKind.ESTIMATE))
    services.documents.set_status(estimate.number, DocumentStatus.SENT)
    services.documents.convert(estimate.number)
    gone_id = next(c.id for c in services.customers.list() if c.name == "Gone GmbH")
    services.documents.create(draft(gone_id))
    sandbox.delete("Accounts", gone)  # kept inactive: it has a document
    assert services.sync.run(SyncTrigger.MANUAL).status is SyncStatus.SUCCEEDED
    acmes = [c.id for c in services.customers.list() if c.name == "Acme"]
    services.customers.merge(acmes[1], acmes[0])
    with services.database.session() as session:
        session.add(TaxRateRecord(name="VAT 19", rate=Decimal("19"), compound=False))


def _views(data: Path, env: dict[str, str], url: str | None) -> dict[str, str]:
    base = ["--data-dir", str(data)] + (["--database-url", url] if url else [])

    def cli(*args: str) -> str:
        result = run_cli([*base, *args], env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    views = {
        "customers": cli("customers", "--all", "--json"),
        "documents": cli("documents", "--json"),
        "potentials": cli("potentials", "--json"),
        "sync-log": cli("sync-log", "--json"),
    }
    for document in json.loads(views["documents"]):
        views[document["number"]] = cli("documents", "show", document["number"])
    return views


@pytest.mark.usefixtures("postgres_server")
def test_a_database_with_every_kind_of_row_reads_the_same_after_the_copy(
    data_dir: Path, cli_env: dict[str, str], sandbox: SandboxCrm, postgres_url: str
) -> None:
    services = open_services(sqlite_url(data_dir / "invoice-desk.sqlite3"), MemorySecretStore())
    _fill(services, sandbox)
    services.close()
    before = _views(data_dir, cli_env, None)
    assert len(json.loads(before["documents"])) >= 5

    plain = postgres_url.replace("postgresql+psycopg2://", "postgresql://")
    copied = run_cli(["--data-dir", str(data_dir), "database", "copy", "--to", plain], cli_env)
    assert copied.returncode == 0, copied.stderr
    rows = {line.split()[0]: int(line.split()[1]) for line in copied.stdout.splitlines()[:-1]}
    assert rows["customer"] == 4  # the merged one stays as a forwarding row
    assert rows["document"] >= 5
    assert [t for t in ("crm_link", "contact_person", "potential", "line_item",
                                      "line_item_tax", "payment", "document_event", "sync_run",
                                      "sync_skip", "sync_cursor", "tax_rate", "app_setting",
                                      "organization", "number_series") if not rows[t]] == []  # fmt: skip
    assert copied.stdout.splitlines()[-1].startswith("Copied and verified: ")

    assert _views(data_dir, cli_env, plain) == before
    assert _views(data_dir, cli_env, None) == before, "the source is untouched"

    # The copy is a working database: the next number and new ids follow the copied ones.
    shared = open_services(plain, MemorySecretStore())
    customer = shared.customers.list()[0].id
    invoices = [d for d in json.loads(before["documents"]) if d["number"].startswith("F-")]
    assert shared.documents.create(draft(customer)).number == f"F-{len(invoices) + 1:04}"
    shared.close()

    again = run_cli(["--data-dir", str(data_dir), "database", "copy", "--to", plain], cli_env)
    assert again.returncode == 1
    assert "not empty" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1


def test_a_copy_naming_no_server_is_a_sentence(
    services: Services, data_dir: Path, cli_env: dict[str, str]
) -> None:
    result = run_cli(
        [
            "--data-dir",
            str(data_dir),
            "database",
            "copy",
            "--to",
            "postgresql://x:pw@127.0.0.1:1/db",
        ],
        cli_env,
    )
    assert result.returncode == 1
    assert "127.0.0.1:1/db could not be reached" in result.stderr
    assert "pw" not in result.stderr


def test_which_database_is_in_use_never_shows_a_password(
    data_dir: Path, cli_env: dict[str, str], services: Services
) -> None:
    shown = run_cli(["--data-dir", str(data_dir), "database", "--json"], cli_env)
    assert json.loads(shown.stdout) == {
        "kind": "sqlite",
        "url": sqlite_url(data_dir / "invoice-desk.sqlite3"),
        "location": str(data_dir / "invoice-desk.sqlite3"),
        "revision": json.loads(shown.stdout)["revision"],
    }
