"""The welcome page of an empty window: each first step is one click away, and "try the sandbox"
really starts the sandbox CRM (as `invoice-desk sandbox` does) and imports from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.ui.application import DesktopApp
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.sandbox_process import parse_details
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.ui_settings import UiSettings
from tests.ui.seeding import seed_customers


@pytest.fixture
def app(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> Iterator[DesktopApp]:
    built = DesktopApp(services, ui_settings)
    qtbot.addWidget(built.window)
    built.start()
    yield built
    built.shutdown()


def _settings_page(app: DesktopApp) -> str:
    dialog = app.window.findChildren(SettingsDialog)[-1]
    page = dialog.tabs.tabText(dialog.tabs.currentIndex())
    dialog.done(0)
    return page


def test_each_step_is_one_click_away(qtbot: QtBot, app: DesktopApp) -> None:
    welcome = app.welcome
    assert app.window.welcome_shown()
    welcome.business_button.click()
    assert _settings_page(app) == "Organization"
    welcome.taxes_button.click()
    assert _settings_page(app) == "Tax rates"
    welcome.import_button.click()
    dialog = app.window.findChildren(ImportDialog)[0]
    assert dialog.isVisible()
    dialog.reject()
    app.window.show_welcome(True)
    welcome.skip_button.click()
    assert not app.window.welcome_shown()
    assert app.window.tabs.tabText(app.window.tabs.currentIndex()) == "Customers"


def test_a_window_with_customers_opens_on_its_tabs(
    qtbot: QtBot, services: Services, ui_settings: UiSettings
) -> None:
    seed_customers(services.database, 1)
    built = DesktopApp(services, ui_settings)
    qtbot.addWidget(built.window)
    try:
        assert not built.window.welcome_shown()
    finally:
        built.shutdown()


def test_try_the_sandbox_starts_it_and_imports_its_customers(qtbot: QtBot, app: DesktopApp) -> None:
    with qtbot.waitSignal(app.sandbox.ready, timeout=60_000) as ready:
        app.welcome.sandbox_button.click()
    assert ready.args[0].api_url.startswith("http://127.0.0.1:")
    with qtbot.waitSignal(app.scheduler.sync_finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: app.customers_view.model.loaded_count() > 0, timeout=15_000)
    app.sandbox.stop()


def test_what_the_sandbox_command_prints_is_read() -> None:
    printed = (
        "Sandbox Zoho CRM running (25 accounts, 60 contacts, 15 deals).\n"
        "  Accounts URL:   http://127.0.0.1:4711\n"
        "  API URL:        http://127.0.0.1:4711\n"
        "  Client ID:      1000.ABC\n"
        "  Client secret:  s3cret\n"
        "  Grant code:     1000.code.xyz   (works once, for 10 minutes)\n"
        "  User email:     owner@shop.example\n"
    )
    access = parse_details(printed)
    assert access is not None
    assert access.grant_code == "1000.code.xyz"
    assert access.client_secret == "s3cret"
    assert parse_details(printed.rsplit("  User email", 1)[0]) is None  # not all printed yet
