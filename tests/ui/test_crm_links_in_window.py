"""An invoicedesk:// link from a Zoho CRM button opens the window on a new document for that
customer; an unknown record is looked for after a sync, then named."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.lifecycle import DocumentKind
from desktop.ui.application import DesktopApp
from desktop.ui.document_editor_dialog import DocumentEditorDialog
from desktop.ui.ui_settings import UiSettings
from tests.ui.sandbox_fixtures import connect_to


@pytest.fixture
def app(
    qtbot: QtBot, services: Services, ui_settings: UiSettings, sandbox: SandboxCrm
) -> Iterator[DesktopApp]:
    connect_to(services, sandbox)  # before the window starts its own checks
    services.sync.run()
    built = DesktopApp(services, ui_settings)
    qtbot.addWidget(built.window)
    built.start()
    yield built
    built.shutdown()
    for dialog in built.presenter.open_dialogs():
        dialog.close()


def _editors() -> list[DocumentEditorDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, DocumentEditorDialog) and w.isVisible()]  # fmt: skip


def test_a_crm_button_opens_a_new_estimate_for_its_account(
    qtbot: QtBot, app: DesktopApp, services: Services, sandbox: SandboxCrm
) -> None:
    qtbot.waitUntil(lambda: not app.runner.is_busy(), timeout=30_000)
    account = sandbox.add_account(Account_Name="Made in the CRM just now")  # not imported yet
    app.open_link(f"invoicedesk://new-estimate?module=Accounts&id={account}")
    qtbot.waitUntil(lambda: bool(_editors()), timeout=30_000)
    [editor] = _editors()
    assert editor.customer.customer_id is not None
    assert services.customers.get(editor.customer.customer_id).name == "Made in the CRM just now"
    assert editor.kind is DocumentKind.ESTIMATE
    editor.close()

    app.open_link("invoicedesk://new-invoice?module=Accounts&id=12345")
    qtbot.waitUntil(lambda: bool(app.presenter.open_dialogs()), timeout=30_000)
    [message] = app.presenter.open_dialogs()
    assert "account 12345, even after a sync" in message.text()  # type: ignore[attr-defined]
