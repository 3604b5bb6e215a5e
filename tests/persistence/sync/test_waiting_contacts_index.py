"""The index of contacts waiting for their account: it answers adoption, and holds only the links
that own a customer (the waiting contacts among them), counted in its pages."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, text

from desktop.controllers.bootstrap import open_services
from desktop.persistence.database import Database
from desktop.persistence.sync.accounts import apply_accounts
from desktop.persistence.sync.contacts import apply_contacts
from desktop.secrets.store import MemorySecretStore
from tests.persistence.sync.builders import account, contact

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
INDEX = "ix_crm_link_account_crm_id"


def waiting_in_index(database: Database) -> list[str]:
    """Return the CRM ids of the contacts the partial index holds (read through the index)."""
    with database.session() as session:
        return list(
            session.execute(
                text(
                    "SELECT crm_id FROM crm_link INDEXED BY ix_crm_link_account_crm_id "
                    "WHERE customer_id IS NOT NULL AND account_crm_id IS NOT NULL"
                )
            ).scalars()
        )


def index_size(database: Database) -> tuple[int, int, int]:
    """Return the entries the index holds, counted in its pages (SQLite's dbstat; a query
    through the index would be filtered by its condition), the links that own a customer, and
    all links."""
    with database.session() as session:
        entries = session.execute(
            text("SELECT sum(ncell) FROM dbstat WHERE name = :index AND pagetype != 'overflow'"),
            {"index": INDEX},
        ).scalar_one()
        owning = session.execute(
            text("SELECT count(*) FROM crm_link WHERE customer_id IS NOT NULL")
        ).scalar_one()
        links = session.execute(text("SELECT count(*) FROM crm_link")).scalar_one()
    return int(entries), int(owning), int(links)


def test_adoption_reads_the_partial_index_which_holds_only_links_owning_a_customer(
    database_url: str, secrets: MemorySecretStore
) -> None:
    services = open_services(database_url, secrets)
    try:
        before, plan, after = _adopt_late_account(services.database)
        size = index_size(services.database)
    finally:
        services.close()
    assert f"USING INDEX {INDEX}" in plan, plan
    assert "SCAN crm_link" not in plan, plan
    assert before == ["C2"], "C1 sits under Acme: only the contact waiting for A9 is indexed"
    assert after == [], "adopted by Late Ltd, C2 left the index"
    # Acme's and Late Ltd's links own their customers; C1 and the adopted C2 are not indexed.
    assert size == (2, 2, 4), "the index holds only the links that own a customer"


def _adopt_late_account(database: Database) -> tuple[list[str], str, list[str]]:
    """Import C1 under Acme and C2 waiting for A9, then A9; return the index's contacts before,
    the plan of the adoption query, and the index's contacts after."""
    with database.session() as session:
        apply_accounts(session, [account("A1", "Acme")], NOW)
    with database.session() as session:
        apply_contacts(
            session, [contact("C1", "Ana", "Núñez", "A1"), contact("C2", "Bo", "Li", "A9")], NOW
        )
    before = waiting_in_index(database)
    statements: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "account_crm_id IN" in statement:
            statements.append((statement, params))

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        with database.session() as session:
            apply_accounts(session, [account("A9", "Late Ltd")], NOW)
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    [(statement, params)] = statements
    with database.session() as session:
        plan = " ".join(
            row[-1]
            for row in session.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", params
            )
        )
    return before, plan, waiting_in_index(database)
