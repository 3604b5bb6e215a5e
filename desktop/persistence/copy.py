"""Copy every table of one database into another (empty, at the same revision), then verify it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Table, func, select, text, update
from sqlalchemy.exc import DatabaseError

from desktop.domain.errors import ConflictError, StorageError
from desktop.persistence.database import Database, classify_database_error
from desktop.persistence.records import Base

CHUNK = 5_000
# Rows every migrated database has from its first migration; an "empty" target may hold them.
SEEDED_TABLES = ("number_series", "sync_lock")


@dataclass(frozen=True, slots=True)
class TableCopy:
    """One table as copied: its name, its rows, and the checksum both databases agree on."""

    table: str
    rows: int
    checksum: str


def copy_database(source: Database, target: Database) -> list[TableCopy]:
    """Copy every table (dependency order, sequences reset) and verify counts and checksums.

    Raises ConflictError when the target already holds data, StorageError when it differs after.
    The source is only read.
    """
    tables = Base.metadata.sorted_tables
    try:
        with source.read_connection() as reader, target.engine.begin() as writer:
            _check_empty(writer, tables)
            for table in tables:
                _copy_table(reader, writer, table)
            if writer.dialect.name == "postgresql":
                _reset_sequences(writer, tables)
        with source.read_connection() as reader, target.read_connection() as checker:
            return [_verify(reader, checker, table) for table in tables]
    except DatabaseError as exc:
        raise classify_database_error(exc, target.url) from exc


def _check_empty(connection: Connection, tables: list[Table]) -> None:
    filled = [
        table.name
        for table in tables
        if table.name not in SEEDED_TABLES
        and connection.scalar(select(func.count()).select_from(table))
    ]
    if filled:
        raise ConflictError(
            f"The target database is not empty (it has rows in {', '.join(filled[:5])}); "
            "copy only into a new, empty database. Nothing was copied."
        )
    for name in SEEDED_TABLES:
        connection.execute(Base.metadata.tables[name].delete())


def _copy_table(reader: Connection, writer: Connection, table: Table) -> None:
    # A row may point at a later row of its own table (a customer merged into a newer one):
    # insert those columns empty, then fill them in once every row is there.
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    pending: list[dict[str, object]] = []
    for chunk in _chunks(reader, table):
        rows = [dict(row._mapping) for row in chunk]
        if self_refs:
            pending += [
                {"pk": row[_pk(table)], **{c: row[c] for c in self_refs}}
                for row in rows
                if any(row[c] is not None for c in self_refs)
            ]
            rows = [{**row, **dict.fromkeys(self_refs)} for row in rows]
        writer.execute(table.insert(), rows)
    for row in pending:
        values = {c: row[c] for c in self_refs}
        writer.execute(update(table).where(table.c[_pk(table)] == row["pk"]).values(values))


def _chunks(connection: Connection, table: Table) -> Iterator[list[Row[Any]]]:
    result = connection.execution_options(yield_per=CHUNK).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    for partition in result.partitions(CHUNK):
        yield list(partition)


def _pk(table: Table) -> str:
    (column,) = table.primary_key.columns
    return column.name


def _reset_sequences(connection: Connection, tables: list[Table]) -> None:
    """Move each id sequence past the copied ids, so new rows never collide with them."""
    for table in tables:
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or columns[0].autoincrement is False:
            continue
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": columns[0].name},
        )
        if sequence is None:
            continue
        highest = connection.scalar(select(func.max(columns[0])))
        connection.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": highest or 1, "called": highest is not None},
        )


def _verify(source: Connection, target: Connection, table: Table) -> TableCopy:
    expected, copied = _checksum(source, table), _checksum(target, table)
    if expected != copied:
        raise StorageError(
            f"The copy of table {table.name} differs from the original "
            f"({expected[0]} rows, {copied[0]} copied); do not use the new database."
        )
    return TableCopy(table.name, expected[0], expected[1])


def _checksum(connection: Connection, table: Table) -> tuple[int, str]:
    """Return the row count and a SHA-256 over every row's values as Python reads them."""
    digest = hashlib.sha256()
    count = 0
    for chunk in _chunks(connection, table):
        for row in chunk:
            digest.update(repr(tuple(row)).encode())
            count += 1
    return count, digest.hexdigest()[:16]
