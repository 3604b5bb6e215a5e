"""The Customers tab: loads off the GUI thread, filters as you type, remembers its columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.ui.customer_detail_view import CustomerDetailView
from desktop.ui.customers_table_model import Columns
from desktop.ui.customers_view import FIRST_SCREEN, CustomersView
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers, seed_named


def _view(
    qtbot: QtBot, services: Services, runner: TaskRunner, settings: UiSettings
) -> CustomersView:
    view = CustomersView(services.customers, runner, settings)
    qtbot.addWidget(view)
    view.show()
    return view


def test_it_loads_a_first_screen_then_every_active_customer(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    seed_customers(services.database, 1_000, inactive_every=10)
    view = _view(qtbot, services, runner, ui_settings)
    with qtbot.waitSignal(view.rows_loaded, timeout=10_000) as loaded:
        view.reload()
    assert loaded.args == [900]
    assert view.model.loaded_count() == 900
    assert view.count_label.text() == "900 customers"
    assert view.model.index(0, Columns.NAME).data() == "Customer 000001 Ltd"
    assert view.model.rowCount() >= FIRST_SCREEN


def test_typing_filters_after_a_pause_and_inactive_ones_show_on_request(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    seed_customers(services.database, 300, inactive_every=10)
    view = _view(qtbot, services, runner, ui_settings)
    with qtbot.waitSignal(view.rows_loaded):
        view.reload()
    with qtbot.waitSignal(view.rows_loaded) as loaded:
        qtbot.keyClicks(view.search_box, "00012")
    assert loaded.args == [10]  # 000120..000129 without the inactive 000120
    names = {view.model.index(r, Columns.NAME).data() for r in range(view.model.rowCount())}
    assert "Customer 000120 Ltd" not in names
    with qtbot.waitSignal(view.rows_loaded) as loaded:
        view.show_inactive.setChecked(True)
    assert loaded.args == [11]


def test_selection_is_announced_and_survives_a_reload(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    seed_customers(services.database, 50)
    view = _view(qtbot, services, runner, ui_settings)
    with qtbot.waitSignal(view.rows_loaded):
        view.reload()
    with qtbot.waitSignal(view.customer_selected) as selected:
        assert view.select_customer(7)
    assert selected.args == [7]
    with qtbot.waitSignal(view.rows_loaded):
        view.reload()
    assert view.selected_customer_id() == 7


def test_buttons_announce_their_requests_and_ctrl_f_target_gets_focus(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    view = _view(qtbot, services, runner, ui_settings)
    with qtbot.waitSignal(view.import_requested):
        view.import_button.click()
    with qtbot.waitSignal(view.sync_requested):
        view.sync_button.click()
    view.activateWindow()
    view.focus_search()
    qtbot.waitUntil(view.search_box.hasFocus)
    wait_until_idle(qtbot, runner)


def test_column_widths_and_the_toggle_are_remembered(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    view = _view(qtbot, services, runner, ui_settings)
    view.table.setColumnWidth(Columns.EMAIL, 333)
    view.show_inactive.setChecked(True)
    view.save_state()
    again = _view(qtbot, services, runner, ui_settings)
    assert again.table.columnWidth(Columns.EMAIL) == 333
    assert again.show_inactive.isChecked()
    wait_until_idle(qtbot, runner)


def test_an_empty_database_says_what_to_do_and_a_filter_that_matches_nothing_does_not(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    view = _view(qtbot, services, runner, ui_settings)
    with qtbot.waitSignal(view.rows_loaded, timeout=10_000):
        view.reload()
    assert view.table_area is not None
    assert view.table_area.currentWidget() is view.table_area.empty
    assert "Import from Zoho CRM" in view.table_area.empty.hint_label.text()

    seed_customers(services.database, 5)
    with qtbot.waitSignal(view.rows_loaded, timeout=10_000):
        view.reload()
    assert view.table_area.currentWidget() is view.table
    with qtbot.waitSignal(view.rows_loaded, timeout=10_000):
        view.search_box.setText("no such customer")
    assert view.table_area.currentWidget() is view.table, "an empty search result is a list"


def test_a_search_finds_what_a_person_means_in_any_script(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    seed_named(services.database, ["Bäckerei Müller", "ÇELİK Yapı", "Σοφία", "Иван", "東京商事"])
    seed_named(services.database, ["100% Bio", "1000 Bio", "a_b", "axb"])
    view = _view(qtbot, services, runner, ui_settings)
    with qtbot.waitSignal(view.rows_loaded):
        view.reload()
    for typed, expected in [
        ("muller", ["Bäckerei Müller"]),
        ("çelik", ["ÇELİK Yapı"]),
        ("ΣΟΦΙΑ", ["Σοφία"]),
        ("ИВАН", ["Иван"]),
        ("東京", ["東京商事"]),
        ("100%", ["100% Bio"]),
        ("a_b", ["a_b"]),
    ]:
        with qtbot.waitSignal(view.rows_loaded, timeout=10_000):
            view.search_box.setText(typed)
        assert _names(view) == expected, typed


def test_a_header_click_sorts_in_the_database_and_keeps_the_selection(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    seed_customers(services.database, FIRST_SCREEN + 50)
    view = _view(qtbot, services, runner, ui_settings)
    with qtbot.waitSignal(view.rows_loaded):
        view.reload()
    assert view.select_customer(3)
    with qtbot.waitSignal(view.rows_loaded, timeout=10_000):
        view.table.horizontalHeader().setSortIndicator(Columns.PHONE, Qt.SortOrder.DescendingOrder)
    assert view.model.customer_id(0) == FIRST_SCREEN + 49, "inactive ones are left out"
    assert view.model.index(0, Columns.PHONE).data() == f"+1 555 {FIRST_SCREEN + 49:07d}"
    assert view.selected_customer_id() == 3


def test_rows_far_down_are_fetched_when_scrolled_to(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    seed_customers(services.database, 2_000, inactive_every=1_000_000)
    view = _view(qtbot, services, runner, ui_settings)
    with qtbot.waitSignal(view.rows_loaded, timeout=10_000):
        view.reload()
    assert view.model.rowCount() == 2_000
    last = view.model.index(1_999, Columns.NAME)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: last.data() == "Customer 002000 Ltd", timeout=10_000)


def test_the_detail_pane_follows_the_selection_when_a_search_changes_it(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    """A search that hides the selected customer empties the pane; one that keeps it keeps it."""
    seed_customers(services.database, 300)
    services.customers.update_local_fields(7, None, None, "Seven's notes")
    view = _view(qtbot, services, runner, ui_settings)
    detail = CustomerDetailView(services.customers, runner)
    qtbot.addWidget(detail)
    view.customer_selected.connect(detail.show_customer)  # as the application wires them
    with qtbot.waitSignal(view.rows_loaded):
        view.reload()
    view.select_customer(7)
    wait_until_idle(qtbot, runner)
    assert detail.notes.toPlainText() == "Seven's notes"
    with qtbot.waitSignal(view.rows_loaded):
        view.search_box.setText("0000")  # 000001..000009 and 00001x…: 7 is still listed
    wait_until_idle(qtbot, runner)
    assert view.selected_customer_id() == 7
    assert detail.customer is not None
    assert detail.customer.id == 7
    with qtbot.waitSignal(view.rows_loaded):
        view.search_box.setText("00012")
    wait_until_idle(qtbot, runner)
    assert view.selected_customer_id() == 0
    assert detail.customer is None
    assert detail.stack.currentWidget() is detail.empty
    view.select_customer(view.model.customer_id(0))
    wait_until_idle(qtbot, runner)
    assert detail.customer is not None
    assert detail.customer.id == view.model.customer_id(0)
    assert detail.notes.toPlainText() == ""


def _names(view: CustomersView) -> list[str]:
    return [view.model.index(r, Columns.NAME).data() for r in range(view.model.rowCount())]
