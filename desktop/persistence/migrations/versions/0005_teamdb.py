"""teamdb: document version and last editor; number series and sync lock rows seeded

Seeding the one-per-database rows here (instead of creating them on first use) means two people
on a new shared database can never race to insert them.

Revision ID: teamdb
Revises: email
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "teamdb"
down_revision = "reflect"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("updated_by", sa.String(length=200), nullable=True))
    series = sa.table(
        "number_series",
        sa.column("kind", sa.String),
        sa.column("prefix", sa.String),
        sa.column("padding", sa.Integer),
        sa.column("next_number", sa.Integer),
    )
    existing = {row[0] for row in op.get_bind().execute(sa.select(series.c.kind))}
    rows = [
        {"kind": kind, "prefix": prefix, "padding": 6, "next_number": 1}
        for kind, prefix in (("invoice", "INV-"), ("estimate", "EST-"))
        if kind not in existing
    ]
    if rows:
        op.bulk_insert(series, rows)
    lock = sa.table("sync_lock", sa.column("id", sa.Integer))
    if op.get_bind().execute(sa.select(lock.c.id).where(lock.c.id == 1)).first() is None:
        op.bulk_insert(lock, [{"id": 1}])


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("updated_by")
        batch_op.drop_column("version")
