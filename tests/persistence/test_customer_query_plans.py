"""Reading customers looks rows up by index: no statement walks a whole table (or all of a
module's CRM links) per chunk, which made a million customers quadratic."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import event

from desktop.controllers.services import Services
from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord
from tests.document_helpers import add_customer


def _plans(services: Services, read: Any) -> list[str]:
    """Run `read`, then return SQLite's plan line for every SELECT it made."""
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        read()
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    path = services.database.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as connection:
        return [
            row[3]
            for statement, parameters in statements
            for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]


@pytest.mark.parametrize("reading", ["list", "each", "get"])
def test_customers_are_read_by_index(services: Services, reading: str) -> None:
    ids = [add_customer(services.database, f"Customer {n}") for n in range(5)]
    with services.database.session() as session:
        person = ContactPersonRecord(customer_id=ids[0], first_name="Ana")
        session.add(person)
        session.flush()
        session.add(CrmLinkRecord(module="Accounts", crm_id="1", customer_id=ids[0]))
        session.add(CrmLinkRecord(module="Contacts", crm_id="2", contact_person_id=person.id))
    customers = services.customers
    read = {
        "list": customers.list,
        "each": lambda: list(customers.each()),
        "get": lambda: customers.get(ids[0]),
    }[reading]
    plans = _plans(services, read)
    assert plans
    for plan in plans:
        assert not plan.startswith("SCAN") or "customer" in plan.split()[1:2], plan
        if "crm_link" in plan:  # by the link's own keys, never by its module alone
            assert "(module=?)" not in plan, plan
