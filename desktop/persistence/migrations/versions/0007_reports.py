"""reports: covering indexes for the reports and date indexes for money moved after a day

Revision ID: reports
Revises: essentials
"""

from __future__ import annotations

from alembic import op

revision = "reports"
# Chained after the essentials migration this branch is built on; the lead re-chains on merge.
down_revision = "essentials"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_document_report": (
        "document",
        [
            "kind",
            "status",
            "date",
            "currency_code",
            "customer_id",
            "due_date",
            "balance",
            "total",
            "is_inclusive_tax",
            "discount",
        ],
    ),
    "ix_line_item_report": ("line_item", ["document_id", "id", "amount"]),
    "ix_line_item_tax_report": ("line_item_tax", ["line_item_id", "name", "rate", "amount"]),
    "ix_payment_date": ("payment", ["date"]),
    "ix_credit_application_date": ("credit_application", ["date"]),
    "ix_refund_date": ("refund", ["date"]),
}


def upgrade() -> None:
    for name, (table, columns) in _INDEXES.items():
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, (table, _) in _INDEXES.items():
        op.drop_index(name, table_name=table)
