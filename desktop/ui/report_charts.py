"""QtCharts of the reports: the aging buckets and the revenue of the last 12 months.

Chart bars are drawn from floats (Qt's qreal); the amounts themselves stay Decimals and every
figure a person reads (labels, tooltips) is formatted from the Decimal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QWidget

from desktop.domain.reports import BUCKET_NAMES, AgingReport, RevenueLine, month_start
from desktop.ui import locale_format

MONTHS = 12


def money_text(amount: Decimal, currency_code: str) -> str:
    """Return an amount for people: "USD 1,234.50" (grouped, at the currency's precision, with
    the window locale's marks: "EUR 1.234,50" in German)."""
    return locale_format.money_text(amount, currency_code)


def is_dark(widget: QWidget) -> bool:
    """Return True when the widget's palette is a dark one (light text on a dark window)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def chart_view(parent: QWidget | None = None) -> QChartView:
    """Return an antialiased chart view holding an empty chart."""
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _new_chart(title: str, dark: bool) -> QChart:
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _axes(chart: QChart, series: QBarSeries, categories: Sequence[str], top: float) -> None:
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0.0, top if top > 0 else 1.0)
    axis_y.applyNiceNumbers()
    axis_y.setLabelFormat("%.0f")
    span = axis_y.max() - axis_y.min()
    if span < axis_y.tickCount() - 1:  # whole-number labels would repeat ("0 0 0 1 1 1")
        axis_y.setTickCount(max(2, int(span) + 1))
    axis_y.setLabelsVisible(top > 0)  # an empty chart has no scale to read
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)


def aging_chart(report: AgingReport, dark: bool) -> tuple[QChart, QBarSeries]:
    """Return a bar chart of the buckets, one bar set per currency, and its series (clickable)."""
    chart = _new_chart(
        QCoreApplication.translate("ReportCharts", "Receivables by days past due"), dark
    )
    series = QBarSeries()
    top = 0.0
    for code in report.currencies():
        buckets = report.buckets_in(code)
        bars = QBarSet(code)
        for name in BUCKET_NAMES:
            bars.append(float(buckets[name]))
            top = max(top, float(buckets[name]))
        series.append(bars)
    chart.addSeries(series)
    _axes(chart, series, [_bucket_label(n) for n in BUCKET_NAMES], top)
    return chart, series


def _bucket_label(name: str) -> str:
    return {
        "current": QCoreApplication.translate("ReportCharts", "Not yet due"),
        "over-90": QCoreApplication.translate("ReportCharts", "Over 90 days"),
    }.get(name) or QCoreApplication.translate("ReportCharts", "{range} days").format(range=name)


def revenue_months(today: date) -> list[str]:
    """Return the "YYYY-MM" of the last 12 months, oldest first (this month last)."""
    return [month_start(today, back).isoformat()[:7] for back in range(MONTHS - 1, -1, -1)]


def revenue_chart(
    lines: Sequence[RevenueLine], currency_code: str, today: date, dark: bool
) -> tuple[QChart, QBarSeries]:
    """Return invoiced and collected bars per month of the last 12, in one currency."""
    chart = _new_chart(
        QCoreApplication.translate(
            "ReportCharts", "Revenue of the last 12 months ({currency})"
        ).format(currency=currency_code),
        dark,
    )
    months = revenue_months(today)
    by_month = {line.period: line for line in lines if line.currency_code == currency_code}
    series = QBarSeries()
    top = 0.0
    for label, pick in (
        (QCoreApplication.translate("ReportCharts", "Invoiced"), _invoiced),
        (QCoreApplication.translate("ReportCharts", "Collected"), _collected),
    ):
        bars = QBarSet(label)
        for month in months:
            value = float(pick(by_month[month])) if month in by_month else 0.0
            bars.append(value)
            top = max(top, value)
        series.append(bars)
    chart.addSeries(series)
    _axes(chart, series, [_month_label(m) for m in months], top)
    return chart, series


def _invoiced(line: RevenueLine) -> Decimal:
    return line.invoiced


def _collected(line: RevenueLine) -> Decimal:
    return line.collected


def _month_label(month: str) -> str:
    return QLocale().monthName(int(month[5:7]), QLocale.FormatType.ShortFormat)
