"""The import dialog without a keyring: advice in a sentence, no request sent, fields remembered."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pytestqt.qtbot import QtBot

from desktop.controllers.connection import ConnectionController
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.secrets.store import KeyringSecretStore
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.sync_scheduler import SyncScheduler
from desktop.ui.task_runner import TaskRunner
from tests.ui.helpers import wait_until_idle
from tests.ui.sandbox_fixtures import fill_import_dialog


@pytest.fixture
def connection(services: Services) -> Iterator[ConnectionController]:
    """Return a connection controller over the process's keyring, which is missing."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield ConnectionController(services.database, KeyringSecretStore(service="invoice-desk-test"))
    keyring.set_keyring(previous)


def open_dialog(
    qtbot: QtBot, connection: ConnectionController, runner: TaskRunner, scheduler: SyncScheduler
) -> ImportDialog:
    dialog = ImportDialog(connection, scheduler, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_until_idle(
        qtbot, runner, timeout=10_000
    )  # the remembered fields are read in the background
    return dialog


def test_no_keyring_says_how_to_get_one_sends_nothing_and_keeps_the_fields(
    qtbot: QtBot, services: Services, runner: TaskRunner, connection: ConnectionController
) -> None:
    scheduler = SyncScheduler(connection, services.sync, runner)
    with SandboxCrm(user_email="owner@shop.example") as sandbox:
        dialog = open_dialog(qtbot, connection, runner, scheduler)
        fill_import_dialog(dialog, sandbox)
        before = sandbox.request_counts()
        dialog.import_button.click()
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30_000)
        assert "keyring" in dialog.message.text().lower()
        assert "gnome-keyring" in dialog.message.text() or "KWallet" in dialog.message.text()
        assert sandbox.request_counts() == before
        dialog.close()

        reopened = open_dialog(qtbot, connection, runner, scheduler)
        assert reopened.email.text() == "owner@shop.example"
        assert reopened.client_id.text() == sandbox.client_id
        assert reopened.accounts_url.text() == sandbox.accounts_url
        assert reopened.api_url.text() == sandbox.api_url
        assert reopened.advanced.isVisibleTo(reopened)
        assert reopened.key.text() == ""
        assert reopened.client_secret.text() == ""
    scheduler.stop()
    wait_until_idle(qtbot, runner, timeout=30_000)
