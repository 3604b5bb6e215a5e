"""Forget a CRM organization's links and cursors; the customers stay as local customers."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from desktop.persistence.records import CrmLinkRecord, SyncCursorRecord


def forget_crm_links(session: Session) -> None:
    """Delete every CRM link and cursor (used when a different organization is connected)."""
    session.execute(delete(CrmLinkRecord))
    session.execute(delete(SyncCursorRecord))
