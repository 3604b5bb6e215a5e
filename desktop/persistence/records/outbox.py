"""The outbox: every email written in the same transaction as the change that caused it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.records.base import Base
from desktop.persistence.types import UtcDateTime


class OutboxMessageRecord(Base):
    """One message, complete with its Message-ID, before it is ever handed to a server.

    A sender claims a queued row (claimed_by, claimed_at) and commits, stamps data_started_at
    right before handing the message over, and commits sent/failed right after the reply: so a
    killed sender's row tells whether the server may have the message (see desktop/mail/README).
    """

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="SET NULL"))
    document_number: Mapped[str | None] = mapped_column(String(40))
    purpose: Mapped[str] = mapped_column(String(20))
    # The scheduled reminder's step (days after due); one row per step and document, ever.
    reminder_step: Mapped[int | None] = mapped_column(Integer)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    envelope_from: Mapped[str] = mapped_column(String(320))
    to_addresses: Mapped[str] = mapped_column(Text)  # JSON lists, as written
    cc_addresses: Mapped[str] = mapped_column(Text)
    bcc_addresses: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(10))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(300))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    data_started_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_outbox_message_state", "state"),
        Index("ix_outbox_message_document_id", "document_id"),
        UniqueConstraint("document_id", "reminder_step"),
    )
