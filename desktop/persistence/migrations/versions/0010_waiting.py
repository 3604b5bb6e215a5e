"""waiting: only contacts waiting for their account are indexed by the account they name

Revision ID: waiting
Revises: speed

The index on `crm_link.account_crm_id` serves one question: which stand-alone contacts (they own
a customer) name an account that has just arrived. Every contact under an account had an entry
in it too, at a random place in the tree; at 320,000 records those entries cost a third of
inserting the contacts' links. The partial index keeps the question indexed on SQLite and
PostgreSQL and holds only the contacts that may still move.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "waiting"
down_revision = "speed"
branch_labels = None
depends_on = None

INDEX = "ix_crm_link_account_crm_id"
WAITING = "customer_id IS NOT NULL"


def upgrade() -> None:
    op.drop_index(INDEX, table_name="crm_link")
    op.create_index(
        INDEX,
        "crm_link",
        ["account_crm_id"],
        sqlite_where=sa.text(WAITING),
        postgresql_where=sa.text(WAITING),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="crm_link")
    op.create_index(INDEX, "crm_link", ["account_crm_id"])
