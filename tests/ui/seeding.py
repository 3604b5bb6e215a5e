"""Bulk-seed customers with a SQLAlchemy Core insert, for GUI tests and the Customers-tab bench."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert

from desktop.persistence.database import Database
from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord, CustomerRecord

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
