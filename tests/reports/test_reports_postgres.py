"""The same book on a real PostgreSQL server gives the same reports as on SQLite, to the cent."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.cli.reports_cmd import aging_json, revenue_json, statement_json, taxes_json
from desktop.controllers.bootstrap import open_services
from desktop.controllers.services import Services
from desktop.domain.reports import Grouping
from desktop.secrets.store import MemorySecretStore
from tests.reports.conftest import Book, make_book

pytestmark = pytest.mark.postgres


def every_report(book: Book) -> dict[str, Any]:
    reports = book.reports
    return {
        "aging": aging_json(reports.aging()),
        "aging_past": aging_json(reports.aging(date(2026, 11, 19))),
        "revenue": revenue_json(reports.revenue(grouping=Grouping.QUARTER)),
        "taxes": taxes_json(reports.taxes(date(2026, 1, 1), date(2026, 12, 31)), None, None),
        "statement": statement_json(reports.statement(book.initech)),
        "pipeline": reports.home().figures.pipeline,
    }


def test_reports_on_postgresql_match_sqlite(postgres_url: str, services: Services) -> None:
    expected = every_report(make_book(services))
    shared = open_services(postgres_url, MemorySecretStore())
    try:
        book = make_book(shared)
        assert every_report(book) == expected
        assert expected["aging"]["currencies"]["USD"]["total"] == "706.00"
        pdf = book.reports.statement_pdf(book.acme)
        assert "370.00" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    finally:
        shared.close()
