"""The import dialog: fields validated by name, connect + first sync in the background, errors
in a sentence, Cancel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncStatus
from desktop.ui.import_dialog import DATA_CENTRES, ImportDialog
from desktop.ui.sync_scheduler import SyncScheduler
from desktop.ui.task_runner import TaskRunner
from tests.ui.helpers import wait_until_idle
from tests.ui.sandbox_fixtures import fill_import_dialog


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, runner: TaskRunner) -> Iterator[ImportDialog]:
    scheduler = SyncScheduler(services.connection, services.sync, runner)
    built = ImportDialog(services.connection, scheduler, runner)
    qtbot.addWidget(built)
    built.show()
    yield built
    scheduler.stop()
    wait_until_idle(qtbot, runner, timeout=30_000)


def test_the_form_has_the_design_cards_fields(dialog: ImportDialog) -> None:
    assert dialog.auto_update.isChecked()
    assert dialog.key.echoMode() == dialog.key.EchoMode.Password
    assert dialog.client_secret.echoMode() == dialog.key.EchoMode.Password
    assert [dialog.data_centre.itemText(i) for i in range(dialog.data_centre.count())] == list(
        DATA_CENTRES
    )
    assert not dialog.advanced.isVisibleTo(dialog)
    dialog.advanced_toggle.setChecked(True)
    assert dialog.advanced.isVisibleTo(dialog)


def test_missing_and_bad_fields_are_named(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.import_button.click()
    assert dialog.message.text().startswith("Email:")
    assert dialog.email.hasFocus() or not dialog.isActiveWindow()
    dialog.email.setText("not-an-address")
    dialog.import_button.click()
    assert "is not an email address" in dialog.message.text()
    dialog.email.setText("ana@shop.example")
    dialog.key.setText("1000.abc")
    dialog.client_id.setText("1000.ID")
    dialog.client_secret.setText("secret")
    dialog.api_url.setText("ftp://example")
    dialog.import_button.click()
    assert dialog.message.text().startswith("API URL:")
    assert dialog.import_button.isEnabled()


def test_an_import_connects_and_runs_the_first_sync(
    qtbot: QtBot, dialog: ImportDialog, sandbox: SandboxCrm, services: Services
) -> None:
    fill_import_dialog(dialog, sandbox)
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as finished:
        dialog.import_button.click()
        assert dialog.progress.isVisible()
        assert not dialog.import_button.isEnabled()
    report = finished.args[0]
    assert report.status is SyncStatus.SUCCEEDED
    assert report.created > 0
    assert len(services.customers.rows()) > 0
    assert not dialog.isVisible()
    assert dialog.key.text() == ""  # the grant code is not kept


def test_a_wrong_email_is_refused_in_a_sentence(
    qtbot: QtBot, dialog: ImportDialog, sandbox: SandboxCrm, services: Services
) -> None:
    fill_import_dialog(dialog, sandbox, email="bob@shop.example")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    assert "owner@shop.example" in dialog.message.text()
    assert "bob@shop.example" in dialog.message.text()
    assert services.connection.current() is None


def test_a_first_import_says_records_of_a_total_and_the_time_left(
    qtbot: QtBot,
    dialog: ImportDialog,
    sandbox: SandboxCrm,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    show = dialog._show_message
    monkeypatch.setattr(dialog, "_show_message", lambda text: (shown.append(text), show(text)))
    total = sum(len(sandbox.ids(module)) for module in ("Accounts", "Contacts", "Deals"))
    fill_import_dialog(dialog, sandbox)
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000):
        dialog.import_button.click()
    estimates = [text for text in shown if "of about" in text]
    assert estimates, shown
    assert f"of about {total:,} records" in estimates[-1]
    assert estimates[-1].endswith(" left")
    assert dialog.progress.maximum() == 1000
