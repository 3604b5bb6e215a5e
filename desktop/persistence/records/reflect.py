"""Records of the CRM outbox: what waits to reach Zoho CRM, and what is there already."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.records.base import Base
from desktop.persistence.types import UtcDateTime


class CrmOutboxRecord(Base):
    """One change of a document to show on one CRM record; written with the change itself.

    No foreign key to the document: a deleted draft's item must outlive it.
    """

    __tablename__ = "crm_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(Integer)
    document_number: Mapped[str] = mapped_column(String(40))
    crm_module: Mapped[str] = mapped_column(String(20))
    crm_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(10))  # ReflectAction
    state: Mapped[str] = mapped_column(String(10))  # OutboxState
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_crm_outbox_state", "state"),
        Index("ix_crm_outbox_document_id", "document_id"),
    )


class CrmReflectionRecord(Base):
    """The note and PDF a document has on one CRM record (their CRM ids, set right after each reply).

    `note_sent`/`pdf_sent` are written before a create is sent: when set without an id, the reply
    was lost and the pusher looks for what the CRM made (the note's marker, the file's name).
    """

    __tablename__ = "crm_reflection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(Integer)
    crm_module: Mapped[str] = mapped_column(String(20))
    crm_id: Mapped[str] = mapped_column(String(40))
    note_id: Mapped[str | None] = mapped_column(String(40))
    note_sent: Mapped[bool] = mapped_column(Boolean, default=False)
    # The status the note shows: overdue and expired come with the date, not with a write.
    note_status: Mapped[str | None] = mapped_column(String(20))
    pdf_id: Mapped[str | None] = mapped_column(String(40))
    pdf_name: Mapped[str | None] = mapped_column(String(60))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf_sent: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("document_id", "crm_module", "crm_id"),)
