"""Records for the organization (seller details, the linked CRM org) and app settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.records.base import Base
from desktop.persistence.types import UtcDateTime


class OrganizationRecord(Base):
    """The business using the app (one row), and the CRM organization it is linked to, if any."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(300))
    street: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(200))
    state: Mapped[str | None] = mapped_column(String(200))
    zip: Mapped[str | None] = mapped_column(String(50))
    country: Mapped[str | None] = mapped_column(String(200))
    logo_path: Mapped[str | None] = mapped_column(Text)
    currency_code: Mapped[str] = mapped_column(String(3), default="USD")
    tax_rounding: Mapped[str] = mapped_column(String(10), default="line")
    tax_id: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(300))
    payment_details: Mapped[str | None] = mapped_column(Text)
    # Documents' language and conventions when the customer names none ("de_DE").
    locale: Mapped[str | None] = mapped_column(String(40))
    # The linked CRM organization; secrets live in the keyring, never here.
    crm_org_id: Mapped[str | None] = mapped_column(String(40))
    crm_org_name: Mapped[str | None] = mapped_column(String(300))
    crm_user_email: Mapped[str | None] = mapped_column(String(320))
    crm_data_centre: Mapped[str | None] = mapped_column(String(10))
    crm_accounts_url: Mapped[str | None] = mapped_column(String(300))
    crm_api_url: Mapped[str | None] = mapped_column(String(300))
    crm_client_id: Mapped[str | None] = mapped_column(String(200))
    crm_connected_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    auto_update: Mapped[bool] = mapped_column(Boolean, default=False)
    # The 12-hour schedule is a persisted deadline.
    last_sync_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sync_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class AppSettingRecord(Base):
    """One typed setting, stored as text (the registry in controllers says its type and default)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
