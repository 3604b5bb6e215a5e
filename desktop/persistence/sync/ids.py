"""Bulk inserts: allocate primary keys, then insert thousands of rows in one executemany."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, select, text
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
    """Insert rows (all with the same keys) with one driver-level executemany.

    Each value still goes through its column type's bind processor (UTC times, exact decimals);
    only SQLAlchemy's per-row statement bookkeeping is skipped: the first import inserts
    hundreds of thousands of rows.
    """
    if not rows:
        return
    table: Table = record.__table__  # type: ignore[assignment]
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    pick = itemgetter(*names)
    processed = [
        (index, process)
        for index, name in enumerate(names)
        if (process := table.c[name].type.bind_processor(dialect)) is not None
    ]
    values: list[Any] = []
    for row in rows:
        value = list(pick(row)) if len(names) > 1 else [pick(row)]
        for index, process in processed:
            value[index] = process(value[index])
        values.append(tuple(value))
    marks = ", ".join(["?"] * len(names) if dialect.paramstyle == "qmark" else ["%s"] * len(names))
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    sql = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})"  # noqa: S608 - names from our schema
    connection.exec_driver_sql(sql, values)
