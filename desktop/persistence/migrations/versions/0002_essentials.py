"""essentials: seller profile, archived taxes, items, customer tax fields, credit notes

Revision ID: essentials
Revises: email
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop.persistence.types

revision = "essentials"
down_revision = "email"  # re-chained after main brought 0002_email (was "0001")
branch_labels = None
depends_on = None

_EXACT = desktop.persistence.types.ExactDecimal(length=40)


def upgrade() -> None:
    with op.batch_alter_table("organization") as batch:
        batch.add_column(sa.Column("tax_id", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("email", sa.String(length=320), nullable=True))
        batch.add_column(sa.Column("phone", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("website", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("payment_details", sa.Text(), nullable=True))
    with op.batch_alter_table("tax_rate") as batch:
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("tax_rate") as batch:
        batch.alter_column("archived", server_default=None)
    with op.batch_alter_table("number_series") as batch:
        batch.alter_column("kind", type_=sa.String(length=20), existing_nullable=False)
    with op.batch_alter_table("document") as batch:
        batch.alter_column("kind", type_=sa.String(length=20), existing_nullable=False)
        batch.add_column(sa.Column("credited", _EXACT, nullable=False, server_default="0"))
        batch.add_column(sa.Column("credited_invoice_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("tax_exemption_reason", sa.String(length=300), nullable=True))
        batch.create_foreign_key(
            op.f("fk_document_credited_invoice_id_document"),
            "document",
            ["credited_invoice_id"],
            ["id"],
        )
    with op.batch_alter_table("document") as batch:
        batch.alter_column("credited", server_default=None)
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("tax_id", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("default_tax_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("tax_exemption_reason", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("send_to_contact_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_customer_default_tax_id_tax_rate"),
            "tax_rate",
            ["default_tax_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("rate", _EXACT, nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint("name", name=op.f("uq_item_name")),
    )
    op.create_table(
        "item_tax",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("tax_rate_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_item_tax_item_id_item"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tax_rate_id"], ["tax_rate.id"], name=op.f("fk_item_tax_tax_rate_id_tax_rate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_tax")),
    )
    op.create_index("ix_item_tax_item_id", "item_tax", ["item_id"])
    op.create_table(
        "credit_application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("credit_note_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("amount", _EXACT, nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("created_at", desktop.persistence.types.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["document.id"],
            name=op.f("fk_credit_application_credit_note_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["document.id"], name=op.f("fk_credit_application_invoice_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_application")),
    )
    op.create_index(
        "ix_credit_application_credit_note_id", "credit_application", ["credit_note_id"]
    )
    op.create_index("ix_credit_application_invoice_id", "credit_application", ["invoice_id"])
    op.create_table(
        "refund",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("credit_note_id", sa.Integer(), nullable=False),
        sa.Column("amount", _EXACT, nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(length=50), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("created_at", desktop.persistence.types.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_note_id"], ["document.id"], name=op.f("fk_refund_credit_note_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund")),
    )
    op.create_index("ix_refund_credit_note_id", "refund", ["credit_note_id"])


def downgrade() -> None:
    op.drop_index("ix_refund_credit_note_id", table_name="refund")
    op.drop_table("refund")
    op.drop_index("ix_credit_application_invoice_id", table_name="credit_application")
    op.drop_index("ix_credit_application_credit_note_id", table_name="credit_application")
    op.drop_table("credit_application")
    op.drop_index("ix_item_tax_item_id", table_name="item_tax")
    op.drop_table("item_tax")
    op.drop_table("item")
    with op.batch_alter_table("customer") as batch:
        batch.drop_constraint(op.f("fk_customer_default_tax_id_tax_rate"), type_="foreignkey")
        batch.drop_column("send_to_contact_id")
        batch.drop_column("tax_exemption_reason")
        batch.drop_column("default_tax_id")
        batch.drop_column("tax_id")
    with op.batch_alter_table("document") as batch:
        batch.drop_constraint(
            op.f("fk_document_credited_invoice_id_document"), type_="foreignkey"
        )
        batch.drop_column("tax_exemption_reason")
        batch.drop_column("credited_invoice_id")
        batch.drop_column("credited")
        batch.alter_column("kind", type_=sa.String(length=10), existing_nullable=False)
    with op.batch_alter_table("number_series") as batch:
        batch.alter_column("kind", type_=sa.String(length=10), existing_nullable=False)
    with op.batch_alter_table("tax_rate") as batch:
        batch.drop_column("archived")
    with op.batch_alter_table("organization") as batch:
        batch.drop_column("payment_details")
        batch.drop_column("website")
        batch.drop_column("phone")
        batch.drop_column("email")
        batch.drop_column("tax_id")
