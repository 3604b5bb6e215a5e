"""In the real window: Home is the first tab and loads on its own; its figures open the lists;
a customer's statement PDF is saved from the detail view in the background."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.ui.application import DesktopApp
from desktop.ui.ui_settings import UiSettings
from tests.reports.conftest import Book
from tests.ui.conftest import ui_settings  # noqa: F401 - fixture


def test_home_first_then_lists_and_a_statement(
    qtbot: QtBot,
    services: Services,
    book: Book,
    ui_settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    app = DesktopApp(services, ui_settings)
    qtbot.addWidget(app.window)
    try:
        with qtbot.waitSignal(app.home_view.home_loaded, timeout=20_000):
            app.start()
        assert app.window.tabs.tabText(0) == "Home"
        assert app.window.tabs.currentWidget() is app.home_view
        assert "past due" in app.home_view.overdue_button.text()
        with qtbot.waitSignal(app.invoices_view.documents_loaded, timeout=20_000):
            app.home_view.overdue_button.click()
        assert app.window.tabs.currentWidget() is app.invoices_view
        assert app.invoices_view.status_filter.currentData() == "overdue"
        with qtbot.waitSignal(app.estimates_view.documents_loaded, timeout=20_000):
            app.home_view.pipeline_button.click()
        assert app.window.tabs.currentWidget() is app.estimates_view

        target = tmp_path / "statement.pdf"
        app.save_statement_for(book.initech, target)
        qtbot.waitUntil(lambda: target.exists() and not app.runner.is_busy(), timeout=20_000)
        text = PdfReader(target).pages[0].extract_text()
        assert "CN-000001" in text
        assert "336.00" in text
        assert "Statement saved to" in app.window.statusBar().currentMessage()
    finally:
        app.shutdown()
