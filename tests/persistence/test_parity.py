"""SQLite and PostgreSQL behave alike: one set of limits, race-free first rows, total orders."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest

from desktop.controllers.bootstrap import open_services
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain import limits
from desktop.domain.errors import ConflictError, StorageError, ValidationError
from desktop.domain.sync import SyncStatus, SyncTrigger
from desktop.persistence.database import Database
from desktop.persistence.queries.customers import customer_pages
from desktop.persistence.records import ContactPersonRecord, CustomerRecord
from desktop.secrets.store import MemorySecretStore
from tests.document_helpers import add_customer, draft, line
from tests.sync.conftest import OWNER, connect_request


@pytest.fixture(params=["sqlite", "postgres"])
def engine_url(request: pytest.FixtureRequest, database_url: str) -> str:
    """Return the URL of a new, empty database of each kind."""
    if request.param == "sqlite":
        return database_url
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def services(engine_url: str, secrets: MemorySecretStore) -> Iterator[Services]:
    """Return Services on a migrated, empty database of each kind."""
    built = open_services(engine_url, secrets)
    yield built
    built.close()


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    """Return an empty running sandbox CRM."""
    with SandboxCrm(user_email=OWNER) as running:
        yield running


def test_oversize_crm_values_are_stored_shortened_with_a_note(
    services: Services, sandbox: SandboxCrm
) -> None:
    services.connection.connect(connect_request(sandbox))
    acme = sandbox.add_account(
        Account_Name="Acme\x00 Ltd", Phone="5" * 150, Billing_Street="Main Street " * 60
    )
    sandbox.add_contact(
        First_Name="Bo", Last_Name="Li", Account_Name=acme,
        Email="bo@" + "x" * 400 + ".example", Mobile="\x00",
    )  # fmt: skip
    sandbox.add_deal(Deal_Name="Big deal " * 50, Account_Name=acme, Stage="Qualification")
    sandbox.add_account(Account_Name="Fine Ltd")
    for _run in range(2):  # a later run is never stuck on the same records
        report = services.sync.run(SyncTrigger.MANUAL)
        assert report.status is SyncStatus.SUCCEEDED, report.error
    customer = next(c for c in services.customers.list() if c.name == "Acme Ltd")
    assert customer.phone == "5" * limits.PHONE
    street = customer.billing_address.street or ""
    assert len(street) == limits.STREET
    assert ("Main Street " * 60).startswith(street)
    person = customer.contact_persons[0]
    assert len(person.email or "") == limits.EMAIL
    assert person.mobile is None
    deal = services.potentials.list()[0]
    assert len(deal.name) == limits.DEAL_NAME
    first_run = services.sync.log()[-1]
    reasons = [s.reason for s in services.sync.skipped(first_run.id)]
    assert any(r.startswith("Phone stored shortened: 150 characters cut") for r in reasons)
    assert any(r.startswith("Account_Name stored shortened: NUL") for r in reasons)
    assert any(r.startswith("Email stored shortened") for r in reasons)
    assert any(r.startswith("Deal_Name stored shortened") for r in reasons)
    assert {c.name for c in services.customers.list()} == {"Acme Ltd", "Fine Ltd"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"line_items": (line("x" * (limits.LINE_NAME + 1), "1.00"),)}, "line_items[0].name"),
        ({"reference": "r" * (limits.REFERENCE + 1)}, "reference"),
        ({"notes": "a\x00b"}, "notes"),
        ({"line_items": (line("ok", "1.00"), line("a\x00", "1.00"))}, "line_items[1].name"),
    ],
)
def test_user_input_beyond_the_limits_is_refused_naming_the_field(
    services: Services, change: dict[str, object], field: str
) -> None:
    customer = add_customer(services.database, "Acme")
    with pytest.raises(ValidationError) as refused:
        services.documents.create(dataclasses.replace(draft(customer), **change))
    assert refused.value.field == field
    assert services.documents.list() == []


@pytest.mark.parametrize(
    ("mode", "reference", "field"),
    [("m" * (limits.PAYMENT_MODE + 1), None, "mode"), ("cash", "r\x00", "reference")],
)
def test_a_payment_beyond_the_limits_is_refused_naming_the_field(
    services: Services, mode: str, reference: str | None, field: str
) -> None:
    invoice = services.documents.create(draft(add_customer(services.database, "Acme")))
    with pytest.raises(ValidationError) as refused:
        services.documents.pay(invoice.number, "1.00", invoice.date, mode, reference)
    assert refused.value.field == field
    assert services.documents.get(invoice.number).paid == Decimal("0")


def test_the_first_invoices_at_once_on_a_new_database_all_get_numbers(engine_url: str) -> None:
    first = open_services(engine_url, MemorySecretStore())
    customer = add_customer(first.database, "Acme")
    others = [open_services(engine_url, MemorySecretStore()) for _ in range(4)]
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(others))

    def create(services: Services) -> None:
        start.wait()
        try:
            numbers.append(services.documents.create(draft(customer)).number)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=create, args=(s,)) for s in others]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers) == [f"INV-00000{i}" for i in range(1, 5)]
    for services in [first, *others]:
        services.close()


def test_two_first_syncs_at_once_one_runs_the_other_is_told(
    engine_url: str, sandbox: SandboxCrm
) -> None:
    for index in range(300):
        sandbox.add_account(Account_Name=f"Account {index:03}")
    setup = open_services(engine_url, MemorySecretStore())
    setup.connection.connect(connect_request(sandbox))
    secrets = setup.secrets
    runs = [open_services(engine_url, secrets) for _ in range(2)]
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def sync(services: Services) -> None:
        start.wait()
        try:
            outcomes.append(services.sync.run(SyncTrigger.MANUAL).status.value)
        except ConflictError:
            outcomes.append("refused")

    threads = [threading.Thread(target=sync, args=(s,)) for s in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) in (["refused", "succeeded"], ["succeeded", "succeeded"])
    assert len(setup.customers.list()) == 300
    for services in [setup, *runs]:
        services.close()


def test_customers_with_the_same_name_list_by_id(services: Services) -> None:
    ids = [add_customer(services.database, name) for name in ("Same", "Other", "Same", "Same")]
    listed = [(c.name, c.id) for c in services.customers.list()]
    assert listed == [("Other", ids[1]), ("Same", ids[0]), ("Same", ids[2]), ("Same", ids[3])]


@pytest.mark.usefixtures("postgres_server")
def test_a_plain_postgresql_url_uses_the_shipped_driver(postgres_url: str) -> None:
    plain = postgres_url.replace("postgresql+psycopg2://", "postgresql://")
    services = open_services(plain, MemorySecretStore())
    add_customer(services.database, "Acme")
    assert [c.name for c in services.customers.list()] == ["Acme"]
    services.close()


def test_an_unreachable_server_is_named_with_the_reason(postgres_url: str) -> None:
    host = postgres_url.split("@", 1)[1].split("/", 1)[0]
    missing = postgres_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(
        StorageError, match=rf"server {host}/no_such_database could not be reached: that database"
    ):
        open_services(missing, MemorySecretStore())
    closed = "postgresql://someone@127.0.0.1:1/books"
    with pytest.raises(
        StorageError, match=r"127.0.0.1:1/books could not be reached: nothing answers"
    ):
        open_services(closed, MemorySecretStore())
    database = Database(closed.replace("someone@", "someone:secret@"))
    assert "secret" not in database.url


def test_the_whole_list_is_read_a_page_at_a_time_in_the_same_order(services: Services) -> None:
    names = ["Zeta", "Ålborg Bike", "Acme", "Acme", "中文 商店", "Acme", "Beta 😀", "عربي"]
    ids = [add_customer(services.database, name) for name in names]
    with services.database.session() as session:
        for customer_id in ids[:3]:
            session.add(ContactPersonRecord(customer_id=customer_id, first_name="Ana"))
        session.get_one(CustomerRecord, ids[-1]).status = "inactive"
    whole = services.customers.list(include_inactive=True)
    assert [c.name for c in whole] == sorted(names, key=str.encode)  # binary, like the index
    with services.database.read_session() as session:
        pages = list(customer_pages(session, include_inactive=True, size=3))
        active = [c for page in customer_pages(session, size=2) for c in page]
    assert [len(page) for page in pages] == [3, 3, 2]
    assert [c for page in pages for c in page] == whole
    assert list(services.customers.each(include_inactive=True)) == whole
    assert active == services.customers.list() == [c for c in whole if c.name != "عربي"]
    assert [p.first_name for c in whole for p in c.contact_persons] == ["Ana"] * 3
