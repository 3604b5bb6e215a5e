"""Bulk writes: allocate primary keys, insert rows hundreds to a statement, update them by key."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import chain
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

_UNSEEN = object()

# Rows per INSERT statement: with 500, the apply of a 64,000-record first import took 0.23 s
# less CPU of 1.41 s (ten interleaved rounds, less in each; docs/sync-performance.md, thirteenth
# pass). Fewer where a table's columns would pass the database's limit of parameters.
ROWS_PER_INSERT = 500
# PostgreSQL's protocol counts a statement's parameters in 16 bits.
POSTGRESQL_PARAMETER_LIMIT = 65_535


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
    session: Session,
    record: type[Base],
    names: Sequence[str],
    values: Sequence[tuple[Any, ...]],
    same: Mapping[str, Any] | None = None,
) -> None:
    """Insert rows given as value tuples in the order of `names`, many rows per statement; `same`
    holds the columns every row shares (a status, the time of the import), written after them.

    Each value still goes through its column type's bind processor (UTC times, exact decimals),
    a shared value once; only SQLAlchemy's per-row statement bookkeeping is skipped: the first
    import inserts hundreds of thousands of rows. A statement of up to ROWS_PER_INSERT rows
    (`VALUES (…), (…), …`) opens the table and its indexes once for all of them, and SQLite's
    driver lets the listing threads run while it inserts them all instead of taking Python's
    lock back after each row.
    """
    if not values:
        return
    table: Table = record.__table__  # type: ignore[assignment]
    connection = session.connection()
    shared = dict(same or {})
    rows = _processed(connection, table, names, values)
    if shared:
        tail = _processed(connection, table, list(shared), [tuple(shared.values())])[0]
        rows = [row + tail for row in rows]
    all_names = [*names, *shared]
    quote = connection.dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in all_names)
    head = f"INSERT INTO {quote(table.name)} ({columns}) VALUES "  # noqa: S608 - names from our schema
    row_marks = f"({_marks(connection, len(all_names))})"
    size = max(1, min(ROWS_PER_INSERT, _parameter_limit(connection) // len(all_names)))
    whole = len(rows) - len(rows) % size
    if whole:
        connection.exec_driver_sql(
            head + ", ".join([row_marks] * size),
            [
                tuple(chain.from_iterable(rows[start : start + size]))
                for start in range(0, whole, size)
            ],
        )
    if whole < len(rows):
        rest = rows[whole:]
        connection.exec_driver_sql(
            head + ", ".join([row_marks] * len(rest)), tuple(chain.from_iterable(rest))
        )


def update_values(
    session: Session,
    record: type[Base],
    names: Sequence[str],
    values: Sequence[tuple[Any, ...]],
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


def _parameter_limit(connection: Connection) -> int:
    """Return how many parameters one statement may bind on this connection."""
    if connection.dialect.name == "postgresql":
        return POSTGRESQL_PARAMETER_LIMIT
    sqlite = connection.connection.driver_connection
    return int(sqlite.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))  # type: ignore[union-attr]


def _marks(connection: Connection, count: int) -> str:
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    return ", ".join([mark] * count)


def _processed(
    connection: Connection, table: Table, names: Sequence[str], values: Sequence[tuple[Any, ...]]
) -> Sequence[tuple[Any, ...]]:
    """Return the values as the driver takes them (each column type's bind processor applied).

    Only the columns whose type has a processor are touched (on SQLite: times, dates, booleans,
    money); rows of plain text and integers go to the driver as they are.
    """
    dialect = connection.dialect
    processors = [
        (index, process)
        for index, name in enumerate(names)
        if (process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    if not processors:
        return values
    columns: list[Sequence[Any]] = list(zip(*values, strict=True))
    for index, process in processors:
        columns[index] = _apply(process, columns[index])
    return list(zip(*columns, strict=True))


def _apply(process: Callable[[Any], Any], column: Sequence[Any]) -> list[Any]:
    """Return the column's values processed; a value shared by many rows is processed once."""
    # Equal Decimals may differ in scale, which must be kept: they are processed one by one.
    memo: dict[Any, Any] = {}
    done: list[Any] = []
    append, remembered = done.append, memo.get
    for value in column:
        if type(value) is Decimal:
            append(process(value))
            continue
        result = remembered(value, _UNSEEN)
        if result is _UNSEEN:
            result = memo[value] = process(value)
        append(result)
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
