"""Records for CRM deals (potentials)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain import limits
from desktop.persistence.records.base import Base
from desktop.persistence.types import ExactDecimal, UtcDateTime


class PotentialRecord(Base):
    """A CRM deal, belonging to the customer of its account or stand-alone contact."""

    __tablename__ = "potential"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    crm_id: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(limits.DEAL_NAME))
    stage: Mapped[str | None] = mapped_column(String(limits.DEAL_STAGE))
    amount: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    closing_date: Mapped[date | None] = mapped_column(Date)
    account_crm_id: Mapped[str | None] = mapped_column(String(40))
    contact_crm_id: Mapped[str | None] = mapped_column(String(40))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))
    modified_time: Mapped[datetime] = mapped_column(UtcDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_potential_customer_id", "customer_id"),)
