"""customer search key kept by triggers, listing index, trigram index (SQLite)

Revision ID: customers
Revises: email

`customer.search_key` holds the folded search text of a customer and its contact persons. The
database itself marks it stale (NULL) whenever a column it is made of changes — whichever code
writes, ORM or set-based SQL — and `desktop.persistence.search_index.refresh_search_keys` (Python,
the one normalizer) fills stale keys in before any listing. On SQLite an FTS5 trigram index over
the keys (filled by that refresh) finds a substring among a million customers in milliseconds;
PostgreSQL scans the keys.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "customers"
down_revision = "email"  # re-chained after main's 0002_email (the brief asked "0001")
branch_labels = None
depends_on = None

PERSON_COLUMNS = "customer_id, salutation, first_name, last_name, email, phone, mobile"

SQLITE_UP = [
    # The trigram index keeps its own copy of each key (rowid = customer id). It is written in
    # batches by refresh_search_keys: FTS5 flushes a segment per statement inside a trigger, which
    # made a per-row trigger 15 times slower than the batch.
    "CREATE VIRTUAL TABLE customer_search USING fts5(search_key, "
    "tokenize='trigram case_sensitive 1', detail='none')",
    # Its terms, so a one- or two-character search finds the trigrams that start with it.
    "CREATE VIRTUAL TABLE customer_search_terms USING fts5vocab(customer_search, 'row')",
    "CREATE TRIGGER customer_search_stale AFTER UPDATE OF name, phone ON customer "
    "WHEN new.search_key IS NOT NULL "
    "BEGIN UPDATE customer SET search_key = NULL WHERE id = new.id; END",
    "CREATE TRIGGER customer_search_gone AFTER DELETE ON customer "
    "BEGIN DELETE FROM customer_search WHERE rowid = old.id; END",
    "CREATE TRIGGER contact_person_search_insert AFTER INSERT ON contact_person BEGIN "
    "UPDATE customer SET search_key = NULL WHERE id = new.customer_id; END",
    "CREATE TRIGGER contact_person_search_delete AFTER DELETE ON contact_person BEGIN "
    "UPDATE customer SET search_key = NULL WHERE id = old.customer_id; END",
    f"CREATE TRIGGER contact_person_search_update AFTER UPDATE OF {PERSON_COLUMNS} "  # noqa: S608
    "ON contact_person BEGIN "
    "UPDATE customer SET search_key = NULL WHERE id IN (old.customer_id, new.customer_id); END",
]

SQLITE_DOWN = [
    "DROP TRIGGER contact_person_search_update",
    "DROP TRIGGER contact_person_search_delete",
    "DROP TRIGGER contact_person_search_insert",
    "DROP TRIGGER customer_search_gone",
    "DROP TRIGGER customer_search_stale",
    "DROP TABLE customer_search_terms",
    "DROP TABLE customer_search",
]

POSTGRESQL_UP = [
    "CREATE FUNCTION customer_search_stale() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN NEW.search_key := NULL; RETURN NEW; END $$",
    "CREATE TRIGGER customer_search_stale BEFORE UPDATE OF name, phone ON customer "
    "FOR EACH ROW EXECUTE FUNCTION customer_search_stale()",
    "CREATE FUNCTION contact_person_search_stale() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP <> 'INSERT' THEN "
    "UPDATE customer SET search_key = NULL WHERE id = OLD.customer_id; END IF; "
    "IF TG_OP <> 'DELETE' THEN "
    "UPDATE customer SET search_key = NULL WHERE id = NEW.customer_id; END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER contact_person_search_stale "
    f"AFTER INSERT OR DELETE OR UPDATE OF {PERSON_COLUMNS} ON contact_person "
    "FOR EACH ROW EXECUTE FUNCTION contact_person_search_stale()",
]

POSTGRESQL_DOWN = [
    "DROP TRIGGER contact_person_search_stale ON contact_person",
    "DROP FUNCTION contact_person_search_stale()",
    "DROP TRIGGER customer_search_stale ON customer",
    "DROP FUNCTION customer_search_stale()",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=True))
        batch_op.create_index(
            "ix_customer_search_stale",
            ["id"],
            unique=False,
            sqlite_where=sa.text("search_key IS NULL"),
            postgresql_where=sa.text("search_key IS NULL"),
        )
        if dialect == "sqlite":
            batch_op.create_index(
                "ix_customer_listing",
                ["merged_into_id", "search_key", "id", "status"],
                unique=False,
            )
    for statement in {"sqlite": SQLITE_UP, "postgresql": POSTGRESQL_UP}.get(dialect, []):
        op.execute(statement)
    # Existing customers get their keys at the first listing (search_index.refresh_search_keys).


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_DOWN, "postgresql": POSTGRESQL_DOWN}.get(dialect, []):
        op.execute(statement)
    with op.batch_alter_table("customer", schema=None) as batch_op:
        if dialect == "sqlite":
            batch_op.drop_index("ix_customer_listing")
        batch_op.drop_index("ix_customer_search_stale")
        batch_op.drop_column("search_key")
