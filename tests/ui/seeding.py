"""Bulk-seed customers (SQLAlchemy Core, or executemany into a SQLite file) for GUI tests, the
Customers-tab bench and screenshots."""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from desktop.controllers.bootstrap import open_services
from desktop.persistence import search_index
from desktop.persistence.database import Database, sqlite_url
from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord, CustomerRecord
from desktop.secrets.store import MemorySecretStore

BATCH = 5_000


def seed_customers(database: Database, count: int, inactive_every: int = 50) -> None:
    """Insert `count` customers, each with one primary contact and a CRM link; every
    `inactive_every`-th one inactive. Names are `Customer 000001 Ltd` so they sort by number."""
    now = datetime.now(UTC)
    with database.session() as session:
        for start in range(1, count + 1, BATCH):
            numbers = range(start, min(start + BATCH, count + 1))
            session.execute(
                insert(CustomerRecord),
                [
                    {
                        "id": n,
                        "name": f"Customer {n:06d} Ltd",
                        "phone": f"+1 555 {n:07d}",
                        "status": "inactive" if n % inactive_every == 0 else "active",
                        "created_at": now,
                        "updated_at": now,
                    }
                    for n in numbers
                ],
            )
            session.execute(
                insert(ContactPersonRecord),
                [
                    {
                        "id": n,
                        "customer_id": n,
                        "first_name": "Ana",
                        "last_name": f"Person{n}",
                        "email": f"ana{n}@shop{n % 97}.example",
                        "is_primary": True,
                    }
                    for n in numbers
                ],
            )
            session.execute(
                insert(CrmLinkRecord),
                [{"module": "Accounts", "crm_id": f"acc{n}", "customer_id": n} for n in numbers],
            )


def seed_named(database: Database, names: list[str]) -> list[int]:
    """Insert active local customers with these names; return their ids in the same order."""
    now = datetime.now(UTC)
    with database.session() as session:
        records = [CustomerRecord(name=name, created_at=now, updated_at=now) for name in names]
        session.add_all(records)
        session.flush()
        return [record.id for record in records]


SURNAMES = [
    "Müller", "Schmidt", "Çelik", "Yılmaz", "Παπαδόπουλος", "Σοφία", "Иванов", "Петрова",
    "田中", "東京", "Kim", "García", "Nguyễn", "Dubois", "O'Brien", "Smith", "Kowalski",
    "Jørgensen", "Åberg", "Novák", "Rossi", "Silva", "Fernández", "Ødegaard",
]  # fmt: skip
FORMS = ["GmbH", "Ltd", "A.Ş.", "ООО", "株式会社", "S.A.", "AB", "s.r.o.", "& Co", "Trading"]
FIRSTS = ["Ana", "Jörg", "Zoë", "Ελένη", "Ольга", "Hiro", "Łukasz", "Seán", "Iñés", "Ümit"]


def seed_file(path: Path, count: int) -> float:
    """Create a migrated SQLite file with `count` customers (one contact person and CRM link each);
    return the seconds the app's own search-key refresh took over them."""
    services = open_services(sqlite_url(path), MemorySecretStore())
    services.close()
    now = datetime.now(UTC).isoformat()
    pick = random.Random(count).choice
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO customer (id, name, phone, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                (n, f"{pick(SURNAMES)} {pick(FORMS)} {n:07d}", f"+49 30 {n:07d}",
                 "inactive" if n % 50 == 0 else "active", now, now)
                for n in range(1, count + 1)
            ),
        )  # fmt: skip
        connection.executemany(
            "INSERT INTO contact_person (id, customer_id, first_name, last_name, email, is_primary)"
            " VALUES (?, ?, ?, ?, ?, 1)",
            ((n, n, pick(FIRSTS), pick(SURNAMES), f"p{n}@shop{n % 97}.example")
             for n in range(1, count + 1)),
        )  # fmt: skip
        connection.executemany(
            "INSERT INTO crm_link (module, crm_id, customer_id) VALUES ('Accounts', ?, ?)",
            ((f"acc{n}", n) for n in range(1, count + 1)),
        )
    connection.close()
    services = open_services(sqlite_url(path), MemorySecretStore())
    start = time.perf_counter()
    search_index.ensure_fresh(services.database)
    seconds = time.perf_counter() - start
    services.close()
    return seconds
