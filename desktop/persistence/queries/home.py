"""The Home tab's smaller figures: the open estimates pipeline and recent document activity."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.reports import Activity, HomeFigures, PipelineLine
from desktop.persistence.queries.report_sums import Money
from desktop.persistence.records import DocumentEventRecord, DocumentRecord

D = DocumentRecord
RECENT_ACTIVITY = 8
# Estimates still in play; a draft or sent one past its expiry date has expired.
_PIPELINE = (DocumentStatus.DRAFT, DocumentStatus.SENT, DocumentStatus.ACCEPTED)


def home_figures(session: Session, today: date) -> HomeFigures:
    """Return the open estimates by status and currency, and the newest history entries."""
    return HomeFigures(tuple(pipeline(session, today)), tuple(recent_activity(session)))


def has_documents(session: Session) -> bool:
    """Return True when the book holds any document."""
    return session.execute(select(D.id).limit(1)).first() is not None


def pipeline(session: Session, today: date) -> list[PipelineLine]:
    """Return open estimates (not expired) by status then currency, with their count and total."""
    money = Money(session)
    live = or_(
        D.status == DocumentStatus.ACCEPTED.value,
        D.due_date.is_(None),
        D.due_date >= today,
    )
    rows = session.execute(
        select(D.status, D.currency_code, func.count(), func.sum(money.units(D.total)))
        .where(
            and_(
                D.kind == DocumentKind.ESTIMATE.value,
                D.status.in_([s.value for s in _PIPELINE]),
                live,
            )
        )
        .group_by(D.status, D.currency_code)
    ).all()
    order = {s.value: i for i, s in enumerate(_PIPELINE)}
    lines = [PipelineLine(s, c, int(n), money.value(t)) for s, c, n, t in rows]
    return sorted(lines, key=lambda line: (order[line.status], line.currency_code))


def recent_activity(session: Session, limit: int = RECENT_ACTIVITY) -> list[Activity]:
    """Return the newest document history entries, newest first."""
    rows = session.execute(
        select(DocumentEventRecord.at, D.id, D.number, DocumentEventRecord.message)
        .join(D, D.id == DocumentEventRecord.document_id)
        .order_by(DocumentEventRecord.id.desc())
        .limit(limit)
    ).all()
    return [Activity(*row) for row in rows]
