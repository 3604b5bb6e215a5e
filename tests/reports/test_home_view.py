"""The Home tab on the scenario book: figures, charts (QtCharts), activity, and the lists it
opens; the Invoices list's overdue colouring, lateness, totals per currency and CSV export."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QChart, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.domain.documents import DocumentKind
from desktop.ui import report_charts
from desktop.ui.csv_export import table_rows, write_csv
from desktop.ui.documents_table_model import LIGHT_OVERDUE, Columns, local_today
from desktop.ui.documents_view import DocumentsView
from desktop.ui.home_view import HomeView
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.reports.conftest import Book
from tests.ui.conftest import presenter, runner, ui_settings  # noqa: F401 - fixtures


def test_home_shows_what_is_owed_overdue_and_charts(
    qtbot: QtBot,
    book: Book,
    runner: TaskRunner,  # noqa: F811
) -> None:
    view = HomeView(book.reports, runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.home_loaded, timeout=10_000):
        view.reload()
    assert view.aging_view.chart().series() == []  # hidden: no chart drawn yet
    with qtbot.waitSignal(view.charts_drawn, timeout=10_000):
        view.show()
    assert view.as_of_label.text() == "as of 2026-12-01"
    assert view.owed_button.text() == "Owed to you\nEUR 1,000.00\nUSD 706.00"
    assert view.overdue_button.text() == ("Overdue\nEUR 1,000.00\nUSD 616.00\n5 invoices past due")
    assert view.pipeline_button.text() == "Estimates pipeline\nNo open estimates"
    aging = view.aging_view.chart()
    [series] = aging.series()
    assert isinstance(series, QBarSeries)
    assert [s.label() for s in series.barSets()] == ["EUR", "USD"]
    usd = series.barSets()[1]
    assert [usd.at(i) for i in range(usd.count())] == [90.0, 200.0, 50.0, 96.0, 270.0]
    revenue = view.revenue_view.chart()
    assert "USD" in revenue.title() or "EUR" in revenue.title()
    [bars] = revenue.series()
    invoiced = bars.barSets()[0]
    assert invoiced.count() == 12  # Jan … Dec 2026, this month last
    assert view.activity_list.count() == 8
    assert "INV-000009" in view.activity_list.item(0).text()  # the newest: its payment

    with qtbot.waitSignal(view.invoices_requested) as requested:
        view.overdue_button.click()
    assert requested.args == ["overdue"]
    with qtbot.waitSignal(view.invoices_requested) as requested:
        series.clicked.emit(4, usd)  # the over-90 bar
    assert requested.args == ["overdue"]
    with qtbot.waitSignal(view.estimates_requested):
        view.pipeline_button.click()
    with qtbot.waitSignal(view.document_opened) as opened:
        view.activity_list.itemActivated.emit(view.activity_list.item(0))
    assert opened.args == [book.documents.get("INV-000009").id]


def test_overdue_invoices_stand_out_with_totals_per_currency_and_csv(
    qtbot: QtBot,
    book: Book,
    runner: TaskRunner,  # noqa: F811
    ui_settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    view = DocumentsView(book.documents, runner, ui_settings, DocumentKind.INVOICE)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.documents_loaded, timeout=10_000):
        view.show_status("overdue")
    numbers = [view.model.value(r).number for r in range(view.model.rowCount())]
    assert sorted(numbers) == ["INV-000002", "INV-000003", "INV-000007", "INV-000008", "INV-000009"]
    row = numbers.index("INV-000003")
    status = view.model.index(row, Columns.STATUS)
    # 2026-10-31 is 31 days before the book's day; the list counts from the user's real today.
    days = (local_today() - date(2026, 10, 31)).days
    assert status.data() == f"overdue · {days} days late"
    assert status.data(Qt.ItemDataRole.ForegroundRole) in (QColor(LIGHT_OVERDUE), QColor("#f28b82"))
    assert view.count_label.text() == (
        "5 documents · total EUR 1,200.00, balance EUR 1,000.00"
        " · total USD 716.00, balance USD 616.00"
    )
    with qtbot.waitSignal(view.documents_loaded, timeout=10_000):
        view.show_status("")
    assert view.model.index(0, Columns.STATUS).data(Qt.ItemDataRole.ForegroundRole) in (
        None,
        QColor(LIGHT_OVERDUE),
        QColor("#f28b82"),
    )
    target = tmp_path / "invoices.csv"
    write_csv(target, table_rows(view.table))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Number", "Customer", "Date"]
    assert len(rows) == 1 + view.model.rowCount() == 10


@pytest.mark.parametrize(
    ("top", "labelled"), [(0.0, False), (1.0, True), (3.0, True), (4200.0, True)]
)
def test_the_value_axis_never_repeats_a_whole_number(
    qtbot: QtBot, top: float, labelled: bool
) -> None:
    chart = QChart()
    series = QBarSeries()
    chart.addSeries(series)
    report_charts._axes(chart, series, ["a", "b"], top)
    [axis] = [a for a in chart.axes() if isinstance(a, QValueAxis)]
    ticks = [axis.min() + i * (axis.max() - axis.min()) / (axis.tickCount() - 1)
             for i in range(axis.tickCount())]  # fmt: skip
    labels = [f"{tick:.0f}" for tick in ticks]
    assert len(set(labels)) == len(labels), labels
    assert axis.labelsVisible() is labelled
    assert axis.max() >= top
