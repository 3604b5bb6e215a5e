"""lang: a customer's document language and the organization's locale

Revision ID: lang
Revises: reports
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "lang"
# Chained after the reports migration this branch is built on; the lead re-chains on merge.
down_revision = "reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): the customer table carries search triggers.
    op.add_column("customer", sa.Column("document_language", sa.String(length=8), nullable=True))
    op.add_column("organization", sa.Column("locale", sa.String(length=40), nullable=True))


def downgrade() -> None:
    op.drop_column("organization", "locale")
    op.drop_column("customer", "document_language")
