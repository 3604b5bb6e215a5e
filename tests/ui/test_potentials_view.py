"""The Potentials tab: deals from a real sync, their documents below, Open and Edit announced."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncTrigger
from desktop.ui.documents_view import DocumentsView
from desktop.ui.potentials_table_model import Columns, potentials_table_model
from desktop.ui.potentials_view import PotentialsView
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.ui.helpers import wait_until_idle
from tests.ui.sandbox_fixtures import connect_to


def test_deals_are_listed_with_their_documents(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    ui_settings: UiSettings,
    sandbox: SandboxCrm,
    qtmodeltester: ModelTester,
) -> None:
    connect_to(services, sandbox)
    services.potentials.set_workflows(estimates=True)
    services.sync.run(SyncTrigger.MANUAL)
    deals = services.potentials.list()
    assert deals
    documents = DocumentsView(services.documents, runner, ui_settings, None)
    view = PotentialsView(services.potentials, documents, runner)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.potentials_loaded) as loaded:
        view.reload()
    assert loaded.args == [len(deals)]
    checked = potentials_table_model()  # no parent: it outlives the view for the tester's teardown
    checked.set_values(view.model.values())
    checked.sort(Columns.AMOUNT)
    qtmodeltester.check(checked, force_py=True)
    names = {view.model.index(row, Columns.NAME).data() for row in range(view.model.rowCount())}
    assert names == {deal.name for deal in deals}
    with_documents = [
        row for row in range(view.model.rowCount()) if view.model.value(row).documents
    ]
    assert with_documents  # the estimate workflow made estimates for new deals
    row = with_documents[0]
    with qtbot.waitSignal(documents.documents_loaded) as listed:
        view.table.selectRow(row)
    assert listed.args == [len(view.model.value(row).documents)]
    documents.table.selectRow(0)
    with qtbot.waitSignal(view.edit_requested) as edit:
        view.edit_button.click()
    assert edit.args == [documents.model.value(0).id]
    wait_until_idle(qtbot, runner)
