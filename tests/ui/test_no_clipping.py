"""At 1280×800 nothing is clipped: the main window on each tab, and every dialog, with data in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.documents import DocumentKind
from desktop.ui.application import DesktopApp
from desktop.ui.crm_outbox_dialog import CrmOutboxDialog
from desktop.ui.database_dialog import DatabaseDialog
from desktop.ui.einvoice_dialog import EInvoiceFormatDialog
from desktop.ui.help_dialogs import ShortcutsDialog, UserGuideDialog
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.payment_dialog import PaymentDialog
from desktop.ui.translations import install_translations
from desktop.ui.ui_settings import UiSettings
from tests.ui.clipping import assert_nothing_clipped, clipped_widgets
from tests.ui.documents_fixtures import create_document
from tests.ui.helpers import wait_until_idle
from tests.ui.sandbox_fixtures import connect_to

WIDTH, HEIGHT = 1280, 800


@pytest.fixture
def app(
    qtbot: QtBot, services: Services, ui_settings: UiSettings, sandbox: SandboxCrm
) -> Iterator[DesktopApp]:
    connect_to(services, sandbox)
    services.sync.run()
    built = DesktopApp(services, ui_settings)
    qtbot.addWidget(built.window)
    built.window.resize(WIDTH, HEIGHT)
    built.start()
    wait_until_idle(qtbot, built.runner)
    yield built
    built.shutdown()


def _fits(qtbot: QtBot, window: QWidget) -> None:
    """The window fits the screen size and nothing in it is clipped, on every tab it has."""
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= WIDTH
    assert window.height() <= HEIGHT
    assert_nothing_clipped(window)
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isVisibleTo(window):
                tabs.setCurrentIndex(index)
                assert_nothing_clipped(window)


def test_the_helper_finds_a_clipped_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(200, 100)
    button = QPushButton("A button with a rather long caption", host)
    button.setGeometry(150, 10, 60, 30)  # too narrow, and sticking out on the right
    host.show()
    problems = clipped_widgets(host)
    assert any("outside" in p for p in problems)
    assert any("needs" in p for p in problems)


def test_the_main_window_on_every_tab(qtbot: QtBot, app: DesktopApp) -> None:
    _every_tab_fits(qtbot, app)


def _every_tab_fits(qtbot: QtBot, app: DesktopApp) -> None:
    """Select a customer, then check the main window on each of its tabs."""
    window = app.window
    customers = app.customers_view
    qtbot.waitUntil(lambda: customers.model.loaded_count() > 0, timeout=15_000)
    customers.select_customer(customers.model.customer_id(0))
    qtbot.waitUntil(lambda: app.detail_view.customer is not None)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_until_idle(qtbot, app.runner)
        _fits(qtbot, window)


@pytest.fixture
def translated(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Install the window's catalogue of the language parameter; take it away afterwards."""
    before = QLocale()
    language = install_translations(qapp, request.param)
    yield language
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(before)


@pytest.mark.parametrize("translated", ["de", "fr", "es"], indirect=True)
def test_the_main_window_fits_in_every_language(
    qtbot: QtBot, translated: str, app: DesktopApp
) -> None:
    assert app.window.tabs.tabText(1) != "Customers", translated  # the catalogue is in use
    _every_tab_fits(qtbot, app)


def test_the_welcome_page(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> None:
    built = DesktopApp(services, ui_settings)
    qtbot.addWidget(built.window)
    built.window.resize(WIDTH, HEIGHT)
    try:
        assert built.window.welcome_shown()
        _fits(qtbot, built.window)
    finally:
        built.shutdown()


def test_every_dialog(qtbot: QtBot, app: DesktopApp, services: Services) -> None:
    customer = services.customers.rows(limit=1)[0]
    invoice = create_document(services, customer.id)
    window = app.window
    dialogs: list[QWidget] = [
        app.open_import_dialog(),
        app.open_settings(),
        app.open_sync_log(),
        app.open_crm_outbox(),
        app.mail.open_email_settings(),
        app.mail.open_outbox(),
        app.open_database_dialog(),
        app.open_editor(DocumentKind.INVOICE),
        app.open_editor(DocumentKind.CREDIT_NOTE),
        app.edit_document(invoice.id),
        PaymentDialog(invoice.number, invoice.balance, "USD", window),
        MergeDialog(services.customers, app.runner, customer.id, customer.name, window),
        EInvoiceFormatDialog(invoice.number, window),
        UserGuideDialog(window),
        ShortcutsDialog(window),
        CrmOutboxDialog(services.reflect, app.runner, window),
        DatabaseDialog(app.admin, app.runner, app.data_dir, window),
    ]
    dialogs.append(app.mail.open_send_dialog(invoice.number))
    viewer = app.open_document(invoice.id)
    qtbot.waitUntil(lambda: viewer.page_count() > 0, timeout=15_000)
    dialogs.append(viewer)
    wait_until_idle(qtbot, app.runner)
    for dialog in dialogs:  # children of the window: deleted with it
        _fits(qtbot, dialog)
        if isinstance(dialog, QDialog):
            dialog.done(QDialog.DialogCode.Accepted)  # closes without asking
        else:
            dialog.close()
