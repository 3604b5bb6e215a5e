"""The main window shell: the tabs it is given, menus with shortcuts, remembered geometry."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter
from pytestqt.qtbot import QtBot

from desktop.ui.empty_state_view import EmptyStateView
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings


def _tabs() -> list[tuple[str, EmptyStateView | QSplitter]]:
    splitter = QSplitter()
    splitter.setObjectName("customers")
    splitter.addWidget(EmptyStateView("a", "b"))
    splitter.addWidget(EmptyStateView("c", "d"))
    return [("Customers", splitter), ("Invoices", EmptyStateView("No invoices yet", "hint"))]


def test_it_shows_the_tabs_menus_and_status_view(qtbot: QtBot, ui_settings: UiSettings) -> None:
    status = QLabel("Never synced")
    window = MainWindow(_tabs(), status, ui_settings)
    qtbot.addWidget(window)
    window.show()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Customers", "Invoices"]
    assert [action.text() for action in window.menuBar().actions()] == [
        "&File",
        "&Documents",
        "&View",
        "&Help",
    ]
    assert window.sync_action.shortcut() == QKeySequence("F5")
    assert window.new_invoice_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.new_estimate_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert window.new_credit_note_action.shortcut() == QKeySequence("Ctrl+Alt+N")
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.user_guide_action.shortcut() == QKeySequence("F1")
    assert status.isVisible()


def test_menu_commands_are_announced(qtbot: QtBot, ui_settings: UiSettings) -> None:
    window = MainWindow(_tabs(), None, ui_settings)
    qtbot.addWidget(window)
    for action, signal in (
        (window.sync_action, window.sync_requested),
        (window.new_invoice_action, window.new_invoice_requested),
        (window.import_action, window.import_requested),
        (window.find_action, window.find_requested),
    ):
        with qtbot.waitSignal(signal):
            action.trigger()


def test_geometry_tab_and_panes_are_remembered(qtbot: QtBot, ui_settings: UiSettings) -> None:
    window = MainWindow(_tabs(), None, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)  # inside the offscreen screen (800×600)
    window.show_tab("Invoices")
    splitter = window.findChild(QSplitter, "customers")
    splitter.setSizes([600, 200])
    sizes = splitter.sizes()
    window.close()
    again = MainWindow(_tabs(), None, ui_settings)
    qtbot.addWidget(again)
    again.show()
    assert again.size().width() == 700
    assert again.tabs.tabText(again.tabs.currentIndex()) == "Invoices"
    restored = again.findChild(QSplitter, "customers").sizes()
    # The panes keep their proportion; absolute pixels follow the restored window's layout.
    assert abs(restored[0] / restored[1] - sizes[0] / sizes[1]) < 0.1


def test_a_long_status_message_is_cut_in_the_middle_and_shown_whole_in_the_tooltip(
    qtbot: QtBot, ui_settings: UiSettings
) -> None:
    window = MainWindow(_tabs(), None, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)
    long_path = "/home/owner/" + "Documents/" * 30 + "statement.pdf"
    window.say(f"Statement saved to {long_path}.")
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Statement saved to")
    assert shown.endswith("statement.pdf.")
    assert "…" in shown
    assert window.statusBar().toolTip() == f"Statement saved to {long_path}."
    window.statusBar().clearMessage()
    assert window.statusBar().toolTip() == ""
