"""The window's language: Qt Linguist catalogues (ours and Qt's own for standard buttons) installed
before any widget is made, and the default QLocale for numbers and dates in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.language import ENGLISH, LANGUAGES, SYSTEM_LANGUAGE, language_of
from desktop.domain.resources import resources_root

CATALOGUE = "invoice_desk"  # resources/translations/invoice_desk_<language>.qm


def catalogue_folder() -> Path:
    """Return resources/translations, in a source checkout or a PyInstaller bundle."""
    return resources_root() / "translations"


def window_language(setting: str, system: QLocale | None = None) -> str:
    """Return the language the window speaks: the setting's, else the first of the system's
    preferred languages that has a catalogue, else English."""
    if setting in LANGUAGES:
        return setting
    preferred = (system or QLocale.system()).uiLanguages()
    for name in preferred:
        language = language_of(name)
        if language in LANGUAGES:
            return language
    return ENGLISH


def install_translations(app: QCoreApplication, setting: str = SYSTEM_LANGUAGE) -> str:
    """Install the translators of the window's language on `app` and set the default QLocale;
    return the language ("de"). English needs no catalogue; a missing one leaves English."""
    language = window_language(setting)
    if setting != SYSTEM_LANGUAGE:
        QLocale.setDefault(QLocale(language))  # numbers and dates follow the chosen language
    if language == ENGLISH:
        return language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((CATALOGUE, str(catalogue_folder())), ("qtbase", qt_folder)):
        translator = QTranslator(app)  # owned by the application: lives as long as it
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
    return language
