"""Records for customers, contact persons and the CRM links that identify imported rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain import limits
from desktop.persistence.records.base import Base
from desktop.persistence.types import UtcDateTime


class CustomerRecord(Base):
    """A customer; CRM-owned columns are overwritten by each sync, local ones never."""

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # CRM-owned
    name: Mapped[str] = mapped_column(String(limits.CUSTOMER_NAME))
    phone: Mapped[str | None] = mapped_column(String(limits.PHONE))
    fax: Mapped[str | None] = mapped_column(String(limits.PHONE))
    billing_street: Mapped[str | None] = mapped_column(String(limits.STREET))
    billing_city: Mapped[str | None] = mapped_column(String(limits.CITY))
    billing_state: Mapped[str | None] = mapped_column(String(limits.STATE))
    billing_zip: Mapped[str | None] = mapped_column(String(limits.ZIP))
    billing_country: Mapped[str | None] = mapped_column(String(limits.COUNTRY))
    shipping_street: Mapped[str | None] = mapped_column(String(limits.STREET))
    shipping_city: Mapped[str | None] = mapped_column(String(limits.CITY))
    shipping_state: Mapped[str | None] = mapped_column(String(limits.STATE))
    shipping_zip: Mapped[str | None] = mapped_column(String(limits.ZIP))
    shipping_country: Mapped[str | None] = mapped_column(String(limits.COUNTRY))
    # local-only
    status: Mapped[str] = mapped_column(String(20), default="active")
    currency_code: Mapped[str | None] = mapped_column(String(3))
    payment_terms_days: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    tax_id: Mapped[str | None] = mapped_column(String(100))
    # Either a default tax for new lines, or an exemption with its reason (printed), or neither.
    # No foreign key: tax rates are archived, never deleted, and adding one would rebuild this
    # table in SQLite (its search triggers forbid that).
    default_tax_id: Mapped[int | None] = mapped_column(Integer)
    tax_exemption_reason: Mapped[str | None] = mapped_column(String(300))
    # The contact person documents are sent to (else the primary one). No foreign key: the
    # persons' table already points here, and a person the CRM deleted just means "the primary".
    send_to_contact_id: Mapped[int | None] = mapped_column(Integer)
    # The language of the customer's documents and emails ("de"); NULL: the organization's.
    document_language: Mapped[str | None] = mapped_column(String(8))
    # A merged customer stays as a forwarding address and disappears from lists.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Derived: `customer_search.search_key` of the row and its contact persons. Database triggers
    # set it to NULL whenever a source column changes, whoever writes; `search_index` refills it.
    search_key: Mapped[str | None] = mapped_column(Text, default=None)

    contact_persons: Mapped[list[ContactPersonRecord]] = relationship(
        back_populates="customer", order_by="ContactPersonRecord.id"
    )

    __table_args__ = (
        Index("ix_customer_name", "name"),
        Index("ix_customer_merged_into_id", "merged_into_id"),
        # The customers table walks this covering index in name order and scans keys in it.
        # SQLite only: a PostgreSQL b-tree refuses keys over ~2,700 bytes (many contact persons).
        Index("ix_customer_listing", "merged_into_id", "search_key", "id", "status").ddl_if(
            dialect="sqlite"
        ),
        Index(
            "ix_customer_search_stale",
            "id",
            sqlite_where=text("search_key IS NULL"),
            postgresql_where=text("search_key IS NULL"),
        ),
    )


class ContactPersonRecord(Base):
    """A person under a customer."""

    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    salutation: Mapped[str | None] = mapped_column(String(limits.SALUTATION))
    first_name: Mapped[str | None] = mapped_column(String(limits.PERSON_NAME))
    last_name: Mapped[str | None] = mapped_column(String(limits.PERSON_NAME))
    email: Mapped[str | None] = mapped_column(String(limits.EMAIL))
    phone: Mapped[str | None] = mapped_column(String(limits.PHONE))
    mobile: Mapped[str | None] = mapped_column(String(limits.PHONE))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[CustomerRecord] = relationship(back_populates="contact_persons")

    __table_args__ = (Index("ix_contact_person_customer_id", "customer_id"),)


_OWNS_A_CUSTOMER = text("customer_id IS NOT NULL")


class CrmLinkRecord(Base):
    """(module, crm_id) → the local row it became; identity is the CRM id, never a name.

    Accounts link a customer; Contacts link a contact person (and, when stand-alone, the customer
    they own); Deals link a potential.
    """

    __tablename__ = "crm_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module: Mapped[str] = mapped_column(String(20))
    crm_id: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )
    potential_id: Mapped[int | None] = mapped_column(
        ForeignKey("potential.id", ondelete="SET NULL")
    )
    account_crm_id: Mapped[str | None] = mapped_column(String(40))
    modified_time: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Set when the CRM deleted the record but the customer had to stay (inactive, with its documents).
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        UniqueConstraint("module", "crm_id"),
        Index("ix_crm_link_customer_id", "customer_id"),
        Index("ix_crm_link_contact_person_id", "contact_person_id"),
        # Only a contact that owns a customer can wait for its account (sync.accounts adopts it).
        Index(
            "ix_crm_link_account_crm_id",
            "account_crm_id",
            sqlite_where=_OWNS_A_CUSTOMER,
            postgresql_where=_OWNS_A_CUSTOMER,
        ),
    )
