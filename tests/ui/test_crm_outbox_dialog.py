"""The CRM outbox dialog: what waits, what reached Zoho CRM, what failed and why; the switch."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.lifecycle import DocumentKind
from desktop.ui.crm_outbox_dialog import CrmOutboxDialog, OutboxColumns
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.task_runner import TaskRunner
from tests.document_helpers import draft, line
from tests.ui.helpers import wait_until_idle
from tests.ui.sandbox_fixtures import connect_to


def test_the_outbox_shows_done_failed_and_waiting_items_and_switches(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, runner: TaskRunner,
    sandbox: SandboxCrm,
) -> None:  # fmt: skip
    connect_to(services, sandbox)
    services.sync.run()
    accounts = [c for c in services.customers.list() if c.crm and c.crm.module == "Accounts"]
    first, gone = accounts[:2]
    for customer in (first, gone):
        services.documents.create(
            draft(
                customer.id, DocumentKind.INVOICE, line("Work", "10.00"), due_date=date(2099, 1, 1)
            )
        )
    sandbox.delete("Accounts", gone.crm.crm_id if gone.crm else "")
    services.sync.run()
    services.documents.create(draft(first.id, DocumentKind.ESTIMATE, line("Later", "5.00")))

    dialog = CrmOutboxDialog(services.reflect, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000) as loaded:
        dialog.show()
    assert loaded.args == [3]
    qtmodeltester.check(dialog.items)
    assert dialog.summary.text() == "1 waiting, 1 failed, 1 in Zoho CRM."
    states = [dialog.items.index(r, OutboxColumns.STATE).data() for r in range(3)]
    assert states == ["done", "failed", "pending"]
    assert "deleted in Zoho CRM" in dialog.items.index(1, OutboxColumns.ERROR).data()
    assert dialog.switch.isChecked()

    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.switch.setChecked(False)
    assert services.reflect.enabled() is False


def test_the_switch_is_in_settings_too(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    dialog = SettingsDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_until_idle(qtbot, runner)
    assert dialog.reflect.isChecked()  # on by default
    dialog.reflect.setChecked(False)
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
    assert services.reflect.enabled() is False
