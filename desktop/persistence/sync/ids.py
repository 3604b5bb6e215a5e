"""Bulk writes: allocate primary keys, insert and update thousands of rows in one executemany."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Integer,
    String,
    Table,
    any_,
    bindparam,
    func,
    select,
    text,
)
from sqlalchemy.orm import QueryableAttribute, Session

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


def insert_values(
    session: Session, record: type[Base], names: Sequence[str], values: Sequence[Sequence[Any]]
) -> None:
    """Insert rows given as value tuples in the order of `names`, with one executemany.

    Each value still goes through its column type's bind processor (UTC times, exact decimals);
    only SQLAlchemy's per-row statement bookkeeping is skipped: the first import inserts
    hundreds of thousands of rows.
    """
    if not values:
        return
    table: Table = record.__table__  # type: ignore[assignment]
    connection = session.connection()
    marks = _marks(connection, len(names))
    quote = connection.dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    sql = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})"  # noqa: S608 - names from our schema
    connection.exec_driver_sql(sql, _processed(connection, table, names, values))


def update_values(
    session: Session,
    record: type[Base],
    names: Sequence[str],
    values: Sequence[Sequence[Any]],
    key: str = "id",
) -> None:
    """Update rows by key with one executemany: each tuple holds `names`' values, then the key."""
    if not values:
        return
    table: Table = record.__table__  # type: ignore[assignment]
    connection = session.connection()
    quote = connection.dialect.identifier_preparer.quote
    mark = _marks(connection, 1)
    sets = ", ".join(f"{quote(name)} = {mark}" for name in names)
    sql = f"UPDATE {quote(table.name)} SET {sets} WHERE {quote(key)} = {mark}"  # noqa: S608 - names from our schema
    connection.exec_driver_sql(sql, _processed(connection, table, [*names, key], values))


def _marks(connection: Connection, count: int) -> str:
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    return ", ".join([mark] * count)


def _processed(
    connection: Connection, table: Table, names: Sequence[str], values: Sequence[Sequence[Any]]
) -> list[tuple[Any, ...]]:
    """Return the values as the driver takes them (each column type's bind processor applied)."""
    dialect = connection.dialect
    columns: list[Sequence[Any]] = list(zip(*values, strict=True))
    for index, name in enumerate(names):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            columns[index] = _apply(process, columns[index])
    return list(zip(*columns, strict=True))


def _apply(process: Callable[[Any], Any], column: Sequence[Any]) -> list[Any]:
    """Return the column's values processed; a time shared by many rows is processed once."""
    # Only times are remembered: equal Decimals may differ in scale, which must be kept.
    memo: dict[datetime, Any] = {}
    done: list[Any] = []
    for value in column:
        if type(value) is datetime:
            result = memo.get(value)
            if result is None:
                result = memo[value] = process(value)
            done.append(result)
        else:
            done.append(process(value))
    return done


def one_of(
    session: Session, column: ColumnElement[Any] | QueryableAttribute[Any], values: Iterable[Any]
) -> ColumnElement[bool]:
    """Return `column IN values` with the values bound as ONE parameter, however many there are.

    SQLite reads them from a JSON array (json_each), PostgreSQL from an array (= ANY): the
    statement stays the same for every batch, so it is compiled once, not per list length.
    """
    items = list(values)
    if session.get_bind().dialect.name == "postgresql":
        kind = String() if all(isinstance(v, str) for v in items) else Integer()
        return column == any_(bindparam(None, items, type_=ARRAY(kind)))
    table = func.json_each(bindparam(None, json.dumps(items), type_=String())).table_valued("value")
    return column.in_(select(table.c.value))
