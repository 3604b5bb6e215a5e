"""Report use cases for both front ends: aging, revenue, taxes, statement (JSON and PDF), Home."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.domain.errors import StorageError
from desktop.domain.reports import (
    AgingReport,
    Grouping,
    HomeFigures,
    RevenueLine,
    Statement,
    TaxLine,
    check_period,
    group_revenue,
    month_start,
)
from desktop.persistence import settings_store
from desktop.persistence.database import Database
from desktop.persistence.queries import home as home_queries
from desktop.persistence.queries import reports as queries


def local_now() -> datetime:
    """Return the aware local time (reports are dated in the user's own day)."""
    return datetime.now().astimezone()


@dataclass(frozen=True, slots=True)
class HomeSummary:
    """Everything the Home tab shows, read in one go on the database lane."""

    aging: AgingReport
    revenue: tuple[RevenueLine, ...]
    figures: HomeFigures


class ReportsController:
    """Read-only reports; every query runs in one read transaction and returns frozen values."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = local_now) -> None:
        self._database = database
        self._clock = clock

    def today(self) -> date:
        """Return the user's date today."""
        return self._clock().date()

    def has_documents(self) -> bool:
        """Return True once any invoice, estimate or credit note exists (one indexed lookup)."""
        with self._database.read_session() as session:
            return home_queries.has_documents(session)

    def aging(self, as_of: date | None = None) -> AgingReport:
        """Return the receivables aging on a date (today by default)."""
        with self._database.read_session() as session:
            return queries.aging(session, as_of or self.today())

    def revenue(
        self,
        start: date | None = None,
        end: date | None = None,
        grouping: Grouping = Grouping.MONTH,
    ) -> list[RevenueLine]:
        """Return invoiced and collected amounts by period and currency; ValidationError when
        the period ends before it starts."""
        check_period(start, end)
        with self._database.read_session() as session:
            invoiced = queries.invoiced_by_month(session, start, end)
            collected = queries.collected_by_month(session, start, end)
        return group_revenue(invoiced, collected, grouping)

    def taxes(self, start: date | None = None, end: date | None = None) -> list[TaxLine]:
        """Return the tax summary of a period (both ends included)."""
        check_period(start, end)
        with self._database.read_session() as session:
            return queries.tax_summary(session, start, end)

    def statement(self, customer_id: int) -> Statement:
        """Return a customer's statement; NotFoundError for an unknown customer."""
        with self._database.read_session() as session:
            return queries.statement(session, customer_id)

    def statement_pdf(self, customer_id: int) -> bytes:
        """Return the PDF bytes of a customer's statement."""
        with self._database.read_session() as session:
            value = queries.statement(session, customer_id)
            seller = settings_store.organization_profile(session)
        from desktop.pdf.statement_pdf import render_statement  # reportlab loads for a PDF only

        return render_statement(value, seller, self.today())

    def save_statement_pdf(self, customer_id: int, path: Path) -> Path:
        """Write the statement PDF to a file; StorageError when it cannot be written."""
        data = self.statement_pdf(customer_id)
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise StorageError(f"Could not write {path}: {exc.strerror or exc}.") from exc
        return path

    def home(self) -> HomeSummary:
        """Return the Home tab's figures: aging today, revenue of the last 12 months, estimates
        and recent activity."""
        today = self.today()
        with self._database.read_session() as session:
            aging = queries.aging(session, today)
            start = month_start(today, 11)
            invoiced = queries.invoiced_by_month(session, start, today)
            collected = queries.collected_by_month(session, start, today)
            figures = home_queries.home_figures(session, today)
        revenue = group_revenue(invoiced, collected, Grouping.MONTH)
        return HomeSummary(aging, tuple(revenue), figures)
