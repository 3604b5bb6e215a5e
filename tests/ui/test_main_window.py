"""The main window shell: four tabs with empty states, a status bar, Quit and About."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.empty_state_view import EmptyStateView
from desktop.ui.main_window import MainWindow


def test_main_window_has_the_four_sections_with_empty_states(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Customers", "Invoices", "Estimates", "Potentials"]
    for index in range(window.tabs.count()):
        view = window.tabs.widget(index)
        assert isinstance(view, EmptyStateView)
        assert view.hint_label.text()
    assert "Zoho CRM" in window.statusBar().currentMessage()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Help"]
