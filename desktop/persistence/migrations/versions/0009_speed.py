"""speed: contact-person triggers mark a search key stale only when it is not stale already

Revision ID: speed
Revises: lang

A first import inserts tens of thousands of contact persons under customers whose key is
already NULL; the triggers of migration `customers` rewrote that customer row (and its index
entries) once per person anyway, which cost 40 % of inserting the persons. Setting NULL where
it is NULL changes nothing, so skipping it keeps every rule.
"""

from __future__ import annotations

from alembic import op

revision = "speed"
# After lang, which landed on main first as 0008.
down_revision = "lang"
branch_labels = None
depends_on = None

PERSON_COLUMNS = "customer_id, salutation, first_name, last_name, email, phone, mobile"
_STALE = "UPDATE customer SET search_key = NULL WHERE id {} AND search_key IS NOT NULL"
_PLAIN = "UPDATE customer SET search_key = NULL WHERE id {}"


def _sqlite_triggers(update: str) -> list[str]:
    return [
        "CREATE TRIGGER contact_person_search_insert AFTER INSERT ON contact_person BEGIN "
        f"{update.format('= new.customer_id')}; END",
        "CREATE TRIGGER contact_person_search_delete AFTER DELETE ON contact_person BEGIN "
        f"{update.format('= old.customer_id')}; END",
        f"CREATE TRIGGER contact_person_search_update AFTER UPDATE OF {PERSON_COLUMNS} "
        f"ON contact_person BEGIN {update.format('IN (old.customer_id, new.customer_id)')}; END",
    ]


def _postgresql_function(update: str) -> str:
    return (
        "CREATE OR REPLACE FUNCTION contact_person_search_stale() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN {update.format('= OLD.customer_id')}; END IF; "
        f"IF TG_OP <> 'DELETE' THEN {update.format('= NEW.customer_id')}; END IF; "
        "RETURN NULL; END $$"
    )


_SQLITE_DROP = [
    "DROP TRIGGER contact_person_search_insert",
    "DROP TRIGGER contact_person_search_delete",
    "DROP TRIGGER contact_person_search_update",
]


def _replace(update: str) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in [*_SQLITE_DROP, *_sqlite_triggers(update)]:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(_postgresql_function(update))


def upgrade() -> None:
    _replace(_STALE)


def downgrade() -> None:
    _replace(_PLAIN)
