"""The Invoices / Estimates lists and a customer's documents: filters, Fetch then Refresh, open."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.domain.documents import DocumentKind, DocumentStatus
from desktop.ui.documents_table_model import Columns
from desktop.ui.documents_view import DocumentsView
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.ui.documents_fixtures import create_document
from tests.ui.seeding import seed_customers


def test_the_invoices_tab_filters_by_status_and_text_and_opens(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    ui_settings: UiSettings,
    qtmodeltester: ModelTester,
) -> None:
    seed_customers(services.database, 3)
    first = create_document(services, 1)
    create_document(services, 2)
    create_document(services, 3, DocumentKind.ESTIMATE)
    services.documents.set_status(first.id, DocumentStatus.SENT)
    view = DocumentsView(services.documents, runner, ui_settings, DocumentKind.INVOICE)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.documents_loaded) as loaded:
        view.reload()
    assert loaded.args == [2]
    qtmodeltester.check(view.model, force_py=True)
    with qtbot.waitSignal(view.documents_loaded) as loaded:
        view.status_filter.setCurrentIndex(view.status_filter.findData(DocumentStatus.SENT.value))
    assert loaded.args == [1]
    assert view.model.index(0, Columns.STATUS).data() == "sent"
    with qtbot.waitSignal(view.documents_loaded):
        view.status_filter.setCurrentIndex(0)
    with qtbot.waitSignal(view.documents_loaded) as loaded:
        view.search_box.setText("customer 000002")
    assert loaded.args == [1]
    with qtbot.waitSignal(view.document_opened) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == [view.model.value(0).id]


def test_a_customers_documents_load_at_once(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    seed_customers(services.database, 2)
    create_document(services, 1)
    create_document(services, 1, DocumentKind.ESTIMATE)
    create_document(services, 2)
    view = DocumentsView(services.documents, runner, ui_settings, None, customer_id=0)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.documents_loaded) as loaded:
        view.set_customer(1)
    assert loaded.args == [2]
    with qtbot.waitSignal(view.documents_loaded) as loaded:
        view.set_customer(2)
    assert loaded.args == [1]
    view.set_customer(0)
    assert view.model.rowCount() == 0


def test_the_estimates_tab_says_how_to_make_the_first_one(
    qtbot: QtBot, services: Services, runner: TaskRunner, ui_settings: UiSettings
) -> None:
    view = DocumentsView(services.documents, runner, ui_settings, DocumentKind.ESTIMATE)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.documents_loaded):
        view.reload()
    assert view.table_area is not None
    assert view.table_area.currentWidget() is view.table_area.empty
    assert "New estimate" in view.table_area.empty.hint_label.text()
    seed_customers(services.database, 1)
    create_document(services, 1, DocumentKind.ESTIMATE)
    with qtbot.waitSignal(view.documents_loaded):
        view.reload()
    assert view.table_area.currentWidget() is view.table
