"""Several people on one database: versions refuse a stale save, numbers stay gapless, lists hear."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.controllers.bootstrap import open_services
from desktop.controllers.database_admin import DatabaseAdminController
from desktop.controllers.documents import local_now
from desktop.controllers.services import Services
from desktop.domain.errors import ConflictError
from desktop.persistence.records import DocumentRecord
from desktop.secrets.store import MemorySecretStore
from tests.document_helpers import add_customer, draft, line
from tests.persistence.test_documents_numbering import run_two_writers


@pytest.fixture(params=["sqlite", "postgres"])
def engine_url(request: pytest.FixtureRequest, database_url: str) -> str:
    """Return the URL of a new, empty database of each kind."""
    if request.param == "sqlite":
        return database_url
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def two(engine_url: str) -> Iterator[tuple[Services, Services]]:
    """Return two instances (two people) on one migrated database."""
    first = open_services(engine_url, MemorySecretStore())
    second = open_services(engine_url, MemorySecretStore())
    yield first, second
    first.close()
    second.close()


def test_the_second_save_of_the_same_document_is_refused_naming_who_and_when(
    two: tuple[Services, Services],
) -> None:
    alice, bob = two
    invoice = alice.documents.create(draft(add_customer(alice.database, "Acme")))
    opened_by_alice = alice.documents.get(invoice.number)
    opened_by_bob = bob.documents.get(invoice.number)
    saved = bob.documents.update(
        invoice.number,
        dataclasses.replace(opened_by_bob.to_draft(), reference="Bob's"),
        opened_by_bob.version,
    )
    assert saved.version == opened_by_bob.version + 1
    with pytest.raises(ConflictError) as refused:
        alice.documents.update(
            invoice.number,
            dataclasses.replace(opened_by_alice.to_draft(), line_items=(line("Alice", "9.00"),)),
            opened_by_alice.version,
        )
    assert f"{invoice.number} was changed by {saved.updated_by} at " in refused.value.message
    assert f"{saved.updated_at.astimezone():%Y-%m-%d %H:%M}" in refused.value.message
    kept = alice.documents.get(invoice.number)
    assert kept.reference == "Bob's", "never a silent overwrite"
    assert [item.name for item in kept.line_items] == ["Consulting"]


@pytest.mark.slow
@pytest.mark.usefixtures("postgres_server")
def test_two_processes_creating_200_invoices_each_on_postgres(
    postgres_url: str, tmp_path: Path
) -> None:
    services = open_services(postgres_url, MemorySecretStore())
    customer = add_customer(services.database)
    by_writer = run_two_writers(postgres_url, customer, 200, tmp_path, timeout=300)
    first, second = (sorted(numbers) for numbers in by_writer)
    assert first[0] < second[-1], "the writers overlapped"
    assert second[0] < first[-1], "the writers overlapped"
    with services.database.read_session() as session:
        stored = sorted(session.scalars(select(DocumentRecord.number)))
    services.close()
    expected = [f"INV-{n:06d}" for n in range(1, 401)]
    assert sorted(first + second) == expected
    assert stored == expected


def test_an_open_list_hears_of_another_instances_change_within_2_seconds(
    two: tuple[Services, Services], engine_url: str, tmp_path: Path
) -> None:
    watcher, writer = two
    customer = add_customer(writer.database, "Acme")
    heard = threading.Event()
    admin = DatabaseAdminController(watcher.database, watcher.secrets, local_now)
    notifier = admin.watch_changes(heard.set)
    try:
        time.sleep(1)  # the watcher is listening
        heard.clear()
        # Another program: a separate process writing one invoice through the command line.
        request = tmp_path / "invoice.json"
        request.write_text(json.dumps([{"kind": "invoice", "customer_id": customer,
                                        "line_items": [{"name": "A", "rate": "1.00"}]}]))  # fmt: skip
        subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "other"),
             "--database-url", engine_url, "documents", "import", str(request)],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        written = time.monotonic()
        assert heard.wait(timeout=2), "no notification within 2 seconds of the commit"
        assert time.monotonic() - written < 2
        assert [d.number for d in watcher.documents.list()] == ["INV-000001"]
        heard.clear()
        time.sleep(1.5)
        assert not heard.is_set(), "quiet when nothing changes"
    finally:
        notifier.stop()
