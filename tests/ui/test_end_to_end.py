"""End to end, as a new user: import dialog → sandbox CRM → customers appear → new invoice → its PDF
in the viewer. The same DesktopApp composition `invoice-desk` runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.ui.application import DesktopApp
from desktop.ui.customers_table_model import Columns
from desktop.ui.line_items_table_model import Columns as LineColumns
from desktop.ui.ui_settings import UiSettings
from tests.ui.sandbox_fixtures import fill_import_dialog


@pytest.fixture
def app(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> Iterator[DesktopApp]:
    built = DesktopApp(services, ui_settings)
    qtbot.addWidget(built.window)
    built.start()
    yield built
    built.shutdown()
    for dialog in built.presenter.open_dialogs():
        dialog.close()


def test_import_then_invoice_then_pdf(qtbot: QtBot, app: DesktopApp, sandbox: SandboxCrm) -> None:
    customers = app.customers_view
    qtbot.waitUntil(lambda: customers.count_label.text() == "0 customers")
    assert "Not connected" in app.status_view.label.text()

    dialog = app.open_import_dialog()
    fill_import_dialog(dialog, sandbox)
    with qtbot.waitSignal(customers.rows_loaded, timeout=30_000) as loaded:
        dialog.import_button.click()
    assert loaded.args[0] > 0
    first_name = customers.model.index(0, Columns.NAME).data()
    assert customers.model.index(0, Columns.CRM).data() == "Zoho CRM"
    qtbot.waitUntil(lambda: app.status_view.label.text().startswith("Last sync"), timeout=10_000)
    assert "new" in app.status_view.label.text()

    with qtbot.waitSignal(app.detail_view.stack.currentChanged):
        customers.select_customer(customers.model.customer_id(0))
    qtbot.waitUntil(lambda: app.detail_view.customer is not None)
    assert not app.detail_view.crm_note.isHidden()  # on the Details tab, behind Documents

    app.window.new_invoice_action.trigger()  # Ctrl+N, for the customer on screen
    editor = app.editor
    assert editor is not None
    assert editor.customer.text() == first_name
    editor.currency.setText("USD")
    editor.lines.setData(editor.lines.index(0, LineColumns.ITEM), "Website redesign")
    editor.lines.setData(editor.lines.index(0, LineColumns.RATE), "1200.00")
    assert editor.total_text() == "1200.00"
    editor.save_button.click()
    qtbot.waitUntil(
        lambda: app.viewer is not None and app.viewer.document is not None, timeout=15_000
    )
    viewer = app.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.page_count() >= 1, timeout=15_000)
    assert viewer.document is not None
    assert viewer.document.customer_name == first_name
    assert viewer.isVisible()
    assert viewer.page_label.text().startswith("Page 1 of")
