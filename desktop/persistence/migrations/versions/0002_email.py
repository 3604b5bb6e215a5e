"""email outbox

Revision ID: email
Revises: 0001
Create Date: 2026-12-01 23:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop.persistence.types

revision = "email"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("document_number", sa.String(length=40), nullable=True),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("reminder_step", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("envelope_from", sa.String(length=320), nullable=False),
        sa.Column("to_addresses", sa.Text(), nullable=False),
        sa.Column("cc_addresses", sa.Text(), nullable=False),
        sa.Column("bcc_addresses", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_by", sa.String(length=300), nullable=True),
        sa.Column("claimed_at", desktop.persistence.types.UtcDateTime(), nullable=True),
        sa.Column("data_started_at", desktop.persistence.types.UtcDateTime(), nullable=True),
        sa.Column("created_at", desktop.persistence.types.UtcDateTime(), nullable=False),
        sa.Column("updated_at", desktop.persistence.types.UtcDateTime(), nullable=False),
        sa.Column("sent_at", desktop.persistence.types.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_outbox_message_document_id_document"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_message")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_message_message_id")),
        sa.UniqueConstraint(
            "document_id",
            "reminder_step",
            name=op.f("uq_outbox_message_document_id_reminder_step"),
        ),
    )
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_message_document_id", ["document_id"], unique=False)
        batch_op.create_index("ix_outbox_message_state", ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_message_state")
        batch_op.drop_index("ix_outbox_message_document_id")
    op.drop_table("outbox_message")
