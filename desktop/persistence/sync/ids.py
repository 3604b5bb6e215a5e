"""Bulk inserts: allocate primary keys, then insert thousands of rows in one executemany."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from desktop.persistence.records import Base


def allocate_ids(session: Session, record: type[Base], count: int) -> list[int]:
    """Return `count` fresh ids for the record's table, reserved inside this transaction.

    SQLite: the writer holds the database lock (BEGIN IMMEDIATE), so max(id)+1… is ours.
    PostgreSQL: the table's sequence hands them out, safe with other writers.
    """
    if count <= 0:
        return []
    table = record.__table__
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": table.name, "n": count},  # type: ignore[attr-defined]
        )
        return [int(row[0]) for row in rows]
    highest = session.scalar(select(func.coalesce(func.max(table.c.id), 0)))  # type: ignore[attr-defined]
    start = int(highest or 0) + 1
    return list(range(start, start + count))


def insert_rows(session: Session, record: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert plain rows with one executemany (Core: no ORM bookkeeping per row)."""
    if rows:
        table: Table = record.__table__  # type: ignore[assignment]
        session.execute(insert(table), rows)
