"""The window's language: the setting or the system's picks the catalogue, Qt's own standard
buttons follow, numbers follow QLocale; the language setting, the documents' locale and a
customer's document language are edited in the window and saved through the controllers."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.ui.customer_tax_view import CustomerTaxView
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.task_runner import TaskRunner
from desktop.ui.translations import window_language
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers

PASTE = "x" * 10_000 + "😀 مرحبا 你好"

# Run in a process of its own: installed translators would change every later test's window.
WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    from desktop.ui.translations import install_translations

    app = QApplication([])
    language = install_translations(app, sys.argv[1])
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    settings = QCoreApplication.translate("SettingsDialog", "Settings")
    customers = QCoreApplication.translate("CustomersView", "%n customer(s)", "", 3)
    print("|".join([language, settings, cancel, customers, QLocale().toString(1234.5, "f", 2)]))
    """
)


def _window_in(setting: str, lang_env: str = "C.UTF-8") -> list[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "LANG": lang_env, "LC_ALL": lang_env}
    env.pop("LANGUAGE", None)
    result = subprocess.run(
        [sys.executable, "-c", WINDOW, setting], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip().split("|")


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("de", ["de", "Einstellungen", "&Abbrechen", "1.234,50"]),
        ("fr", ["fr", "Paramètres", "&Annuler", "1\u202f234,50"]),
        ("es", ["es", "Configuración", "&Cancelar", "1234,50"]),
        ("en", ["en", "Settings", "&Cancel", "1,234.50"]),
    ],
)
def test_the_chosen_language_speaks_in_the_whole_window(setting: str, expected: list[str]) -> None:
    language, settings, cancel, _customers, number = _window_in(setting)
    assert [language, settings, cancel.replace("&", ""), number] == [
        expected[0], expected[1], expected[2].replace("&", ""), expected[3],
    ]  # fmt: skip


def test_the_system_language_is_followed_with_plurals() -> None:
    language, settings, _cancel, customers, _number = _window_in("system", "de_DE.UTF-8")
    assert (language, settings) == ("de", "Einstellungen")
    assert customers == "3 Kunden"


def test_a_system_language_without_a_catalogue_is_english() -> None:
    assert window_language("system", QLocale("pt_BR")) == "en"
    assert window_language("system", QLocale("fr_CA")) == "fr"
    assert window_language("es", QLocale("de_DE")) == "es"


def test_settings_save_the_window_language_and_the_documents_locale(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    dialog = SettingsDialog(services, runner)
    qtbot.addWidget(dialog)
    wait_until_idle(qtbot, runner)
    assert dialog.ui_language.currentData() == "system"
    dialog.org_currency.setText("EUR")
    dialog.document_locale.setText(PASTE)
    dialog.save_button.click()
    assert dialog.message.text().startswith("locale:")
    assert services.settings.organization().locale is None
    dialog.document_locale.setText("de-AT")
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
    assert services.settings.organization().locale == "de_AT"
    assert services.settings.ui_language() == "fr"
    again = SettingsDialog(services, runner)
    qtbot.addWidget(again)
    wait_until_idle(qtbot, runner)
    assert (again.ui_language.currentData(), again.document_locale.text()) == ("fr", "de_AT")


def test_a_customers_document_language_is_saved(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    view = CustomerTaxView(services.customers, services.catalogue, runner)
    qtbot.addWidget(view)
    view.show_customer(1)
    wait_until_idle(qtbot, runner)
    assert view.language.currentData() is None
    assert [view.language.itemText(i) for i in range(1, 5)] == [
        "English", "Deutsch", "Français", "Español",
    ]  # fmt: skip
    view.language.setCurrentIndex(view.language.findData("es"))
    with qtbot.waitSignal(view.customer_saved):
        view.save_button.click()
    assert services.customers.get(1).tax.language == "es"
    view.show_customer(1)
    wait_until_idle(qtbot, runner)
    assert view.language.currentData() == "es"
