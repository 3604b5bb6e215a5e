"""Bulk inserts: many rows per statement, every row written once and in order, within the
database's limit of parameters per statement."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from desktop.controllers.services import Services
from desktop.persistence.records import CrmLinkRecord
from desktop.persistence.sync import ids

START = datetime(2026, 12, 4, 6, 0, tzinfo=UTC)


def _links(count: int) -> list[tuple[Any, ...]]:
    return [(f"9{number:018d}", START + timedelta(seconds=number)) for number in range(count)]


def _insert_counting_statements(
    services: Services, rows: list[tuple[Any, ...]], sqlite_parameter_limit: int | None = None
) -> int:
    """Insert the rows as Deals links; return how many INSERT statements the driver ran (with
    SQLite's limit of parameters per statement lowered for this connection, if given)."""
    ran: list[int] = []

    def count(
        _conn: Any, _cursor: Any, sql: str, parameters: Any, _context: Any, many: bool
    ) -> None:
        if sql.startswith("INSERT"):
            ran.append(len(parameters) if many else 1)

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        with services.database.session() as session, session.begin():
            if sqlite_parameter_limit is not None:
                sqlite = session.connection().connection.driver_connection
                sqlite.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, sqlite_parameter_limit)  # type: ignore[union-attr]
            ids.insert_values(
                session, CrmLinkRecord, ["crm_id", "modified_time"], rows, same={"module": "Deals"}
            )
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return sum(ran)


def _stored(services: Services) -> list[tuple[Any, ...]]:
    with services.database.session() as session:
        found = session.execute(
            select(
                CrmLinkRecord.crm_id, CrmLinkRecord.modified_time, CrmLinkRecord.module
            ).order_by(CrmLinkRecord.id)
        ).all()
    return [tuple(row) for row in found]


def test_rows_go_in_whole_statements_and_one_for_the_rest(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ids, "ROWS_PER_INSERT", 100)
    rows = _links(1_234)

    statements = _insert_counting_statements(services, rows)

    assert statements == 13  # 12 of 100 rows, then 34
    assert _stored(services) == [(crm_id, time, "Deals") for crm_id, time in rows]


def test_a_statement_never_binds_more_parameters_than_sqlite_allows(
    services: Services,
) -> None:
    if services.database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's limit is set per connection")
    rows = _links(40)

    # Three columns a row (crm_id, modified_time, module): three rows fit in ten parameters.
    statements = _insert_counting_statements(services, rows, sqlite_parameter_limit=10)

    assert statements == 14  # 13 of 3 rows, then 1
    assert len(_stored(services)) == 40
