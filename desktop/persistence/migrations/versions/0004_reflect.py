"""the CRM outbox: documents reflected as notes and PDFs in Zoho CRM

Revision ID: reflect
Revises: email
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop.persistence.types

revision = "reflect"
down_revision = "customers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crm_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("document_number", sa.String(length=40), nullable=False),
        sa.Column("crm_module", sa.String(length=20), nullable=False),
        sa.Column("crm_id", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", desktop.persistence.types.UtcDateTime(), nullable=False),
        sa.Column("updated_at", desktop.persistence.types.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_outbox")),
    )
    op.create_index("ix_crm_outbox_state", "crm_outbox", ["state"], unique=False)
    op.create_index("ix_crm_outbox_document_id", "crm_outbox", ["document_id"], unique=False)
    op.create_table(
        "crm_reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("crm_module", sa.String(length=20), nullable=False),
        sa.Column("crm_id", sa.String(length=40), nullable=False),
        sa.Column("note_id", sa.String(length=40), nullable=True),
        sa.Column("note_sent", sa.Boolean(), nullable=False),
        sa.Column("note_status", sa.String(length=20), nullable=True),
        sa.Column("pdf_id", sa.String(length=40), nullable=True),
        sa.Column("pdf_name", sa.String(length=60), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("pdf_sent", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_reflection")),
        sa.UniqueConstraint(
            "document_id", "crm_module", "crm_id",
            name=op.f("uq_crm_reflection_document_id_crm_module_crm_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("crm_reflection")
    op.drop_index("ix_crm_outbox_document_id", table_name="crm_outbox")
    op.drop_index("ix_crm_outbox_state", table_name="crm_outbox")
    op.drop_table("crm_outbox")
