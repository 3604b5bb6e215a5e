"""The Home tab: what is owed and overdue, aging and revenue charts, the estimates pipeline and
recent activity — read on the database lane; each figure opens the list it summarises."""

from __future__ import annotations

from PySide6.QtCharts import QBarSet, QChartView
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.reports import HomeSummary, ReportsController
from desktop.domain.lifecycle import DocumentStatus
from desktop.domain.reports import BUCKET_NAMES, CURRENT, PipelineLine
from desktop.ui.document_kinds import status_name
from desktop.ui.latest_only import LatestOnly
from desktop.ui.locale_format import counted
from desktop.ui.report_charts import (
    aging_chart,
    chart_view,
    is_dark,
    money_text,
    revenue_chart,
)
from desktop.ui.task_runner import Lane, TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HomeView(QWidget):
    """The first tab: a summary of the books as of today.

    Signals (GUI thread):
      invoices_requested(str) — show the Invoices list with this status filter ("" for all)
      estimates_requested(str) — show the Estimates list with this status filter ("" for all)
      document_opened(int) — the user opened a document of the recent activity
      home_loaded() — the figures on screen are fresh
      charts_drawn() — the charts show the fresh figures too
    """

    invoices_requested = Signal(str)
    estimates_requested = Signal(str)
    document_opened = Signal(int)
    home_loaded = Signal()
    charts_drawn = Signal()

    def __init__(
        self, reports: ReportsController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._runner = runner
        self._latest = LatestOnly()
        self.summary: HomeSummary | None = None
        self._charts_stale = False
        self._build()

    def _build(self) -> None:
        self.heading = QLabel(self.tr("<h2>Home</h2>"))
        self.as_of_label = QLabel(self.tr("Loading…"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.currency_box = QComboBox()
        self.currency_box.setAccessibleName(self.tr("Revenue currency"))
        self.currency_box.currentTextChanged.connect(self._on_currency_box_changed)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.as_of_label, 1)
        self.currency_label = QLabel(self.tr("Revenue in"))
        top.addWidget(self.currency_label)
        top.addWidget(self.currency_box)
        top.addWidget(self.refresh_button)
        self.owed_button = _figure_button(self.tr("Owed to you"), self.tr("Open invoices"))
        self.overdue_button = _figure_button(self.tr("Overdue"), self.tr("Overdue invoices"))
        self.pipeline_button = _figure_button(
            self.tr("Estimates pipeline"), self.tr("Open estimates")
        )
        self.owed_button.clicked.connect(lambda: self.invoices_requested.emit(""))
        self.overdue_button.clicked.connect(
            lambda: self.invoices_requested.emit(DocumentStatus.OVERDUE.value)
        )
        self.pipeline_button.clicked.connect(lambda: self.estimates_requested.emit(""))
        figures = QHBoxLayout()
        for button in (self.owed_button, self.overdue_button, self.pipeline_button):
            figures.addWidget(button, 1)
        self.aging_view: QChartView = chart_view()
        self.aging_view.setAccessibleName(self.tr("Aging chart"))
        self.revenue_view: QChartView = chart_view()
        self.revenue_view.setAccessibleName(self.tr("Revenue chart"))
        charts = QGridLayout()
        charts.addWidget(self.aging_view, 0, 0)
        charts.addWidget(self.revenue_view, 0, 1)
        self.activity_list = QListWidget()
        self.activity_list.setAccessibleName(self.tr("Recent activity"))
        self.activity_list.itemActivated.connect(self._on_activity_list_activated)
        self.activity_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addLayout(charts, 3)
        layout.addWidget(QLabel(self.tr("<b>Recent activity</b>")))
        layout.addWidget(self.activity_list, 1)

    def reload(self) -> None:
        """Read the figures on the database lane; the window stays responsive."""
        token = self._latest.next_token()
        self.as_of_label.setText(self.tr("Loading…"))
        self._runner.run(
            Lane.DATABASE,
            self._reports.home,
            on_success=lambda summary: self._on_loaded(token, summary),
            owner=self,
        )

    def _on_loaded(self, token: int, summary: HomeSummary) -> None:
        if not self._latest.is_current(token):
            return
        self.summary = summary
        aging = summary.aging
        self.as_of_label.setText(self.tr("as of {date}").format(date=aging.as_of.isoformat()))
        owed = [money_text(aging.total_in(c), c) for c in aging.currencies()]
        self.owed_button.set_lines(owed or [self.tr("Nothing owed")])
        count = aging.overdue_invoices()
        overdue = [money_text(aging.overdue_in(c), c) for c in aging.currencies()]
        past_due = counted(self.tr("%n invoice(s) past due", "", count), count)
        self.overdue_button.set_lines([*overdue, past_due] if count else [self.tr("None")])
        self.pipeline_button.set_lines(_pipeline_lines(summary.figures.pipeline))
        self._show_activity()
        self._charts_stale = True
        self.home_loaded.emit()
        self._draw_charts_soon()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_charts_soon()

    def _draw_charts_soon(self) -> None:
        # Charts are drawn only when seen, one per turn of the event loop (each takes tens of
        # milliseconds), so a load finishing during a big import never stalls the window.
        if self._charts_stale and self.summary is not None and self.isVisible():
            self._charts_stale = False
            QTimer.singleShot(0, self, self._show_aging)

    def _show_aging(self) -> None:
        assert self.summary is not None
        chart, series = aging_chart(self.summary.aging, is_dark(self))
        series.clicked.connect(self._on_aging_series_clicked)
        _replace_chart(self.aging_view, chart)
        currencies = sorted({line.currency_code for line in self.summary.revenue})
        chosen = self.currency_box.currentText()
        self.currency_box.blockSignals(True)
        self.currency_box.clear()
        self.currency_box.addItems(currencies)
        if chosen in currencies:
            self.currency_box.setCurrentText(chosen)
        self.currency_box.blockSignals(False)
        self.currency_box.setVisible(len(currencies) > 1)
        self.currency_label.setVisible(len(currencies) > 1)
        QTimer.singleShot(0, self, self._show_revenue)

    def _show_revenue(self) -> None:
        assert self.summary is not None
        code = self.currency_box.currentText() or (self.summary.aging.currencies() or ["USD"])[0]
        today = self.summary.aging.as_of
        chart, series = revenue_chart(self.summary.revenue, code, today, is_dark(self))
        series.clicked.connect(lambda _index, _bars: self.invoices_requested.emit(""))
        _replace_chart(self.revenue_view, chart)
        self.charts_drawn.emit()

    def _show_activity(self) -> None:
        assert self.summary is not None
        self.activity_list.clear()
        for entry in self.summary.figures.activity:
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(
                self.tr("{when}   {number}   {message}").format(
                    when=when, number=entry.document_number, message=entry.message
                )
            )
            item.setData(ID_ROLE, entry.document_id)
            self.activity_list.addItem(item)
        if not self.summary.figures.activity:
            self.activity_list.addItem(
                self.tr("Nothing yet: new invoices and payments show up here.")
            )

    def _on_aging_series_clicked(self, index: int, _bars: QBarSet) -> None:
        bucket = BUCKET_NAMES[index] if 0 <= index < len(BUCKET_NAMES) else CURRENT
        self.invoices_requested.emit("" if bucket == CURRENT else DocumentStatus.OVERDUE.value)

    def _on_currency_box_changed(self, _text: str) -> None:
        if self.summary is not None:
            self._show_revenue()

    def _on_activity_list_activated(self, item: QListWidgetItem) -> None:
        document_id = item.data(ID_ROLE)
        if document_id:
            self.document_opened.emit(int(document_id))


class _FigureButton(QPushButton):
    """A big flat button showing a title and a few lines of figures."""

    def __init__(self, title: str, accessible: str) -> None:
        super().__init__()
        self._title = title
        self.setAccessibleName(accessible)
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_lines(["…"])

    def set_lines(self, lines: list[str]) -> None:
        """Show the title over these lines."""
        self.setText("\n".join([self._title, *lines]))
        self.setToolTip(
            self.tr("{title}: {figures} — click to open the list").format(
                title=self._title, figures="; ".join(lines)
            )
        )


def _figure_button(title: str, accessible: str) -> _FigureButton:
    button = _FigureButton(title, accessible)
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    button.setFont(font)
    return button


def _pipeline_lines(pipeline: tuple[PipelineLine, ...]) -> list[str]:
    if not pipeline:
        return [QCoreApplication.translate("HomeView", "No open estimates")]
    return [
        QCoreApplication.translate("HomeView", "{count} {status} · {amount}").format(
            count=line.count,
            status=status_name(line.status),
            amount=money_text(line.total, line.currency_code),
        )
        for line in pipeline
    ]


def _replace_chart(view: QChartView, chart: object) -> None:
    old = view.chart()
    view.setChart(chart)  # type: ignore[arg-type]
    if old is not None:
        old.deleteLater()
