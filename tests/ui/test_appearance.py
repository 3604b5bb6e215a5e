"""Light or dark: a forced choice wins, is remembered, and the system's choice is followed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.appearance import DARK, LIGHT, SYSTEM, Appearance, is_dark_palette
from desktop.ui.ui_settings import UiSettings


@pytest.fixture
def appearance(qapp: QApplication, ui_settings: UiSettings) -> Iterator[Appearance]:
    chosen = Appearance(qapp, ui_settings)
    yield chosen
    chosen.choose(LIGHT)  # the application is shared by every test: leave it light
    chosen.setParent(None)


def test_a_forced_choice_wins_and_is_remembered(
    qapp: QApplication, appearance: Appearance, ui_settings: UiSettings
) -> None:
    appearance.choose(DARK)
    assert is_dark_palette(QGuiApplication.palette())
    assert qapp.style().name().lower() == "fusion"
    assert Appearance(qapp, ui_settings).choice() == DARK  # the next start reads it
    appearance.choose(LIGHT)
    assert not is_dark_palette(QGuiApplication.palette())


def test_the_system_choice_follows_the_platform(qapp: QApplication, appearance: Appearance) -> None:
    appearance.choose(DARK)
    appearance.choose(SYSTEM)
    scheme = qapp.styleHints().colorScheme()  # offscreen and Xvfb report none: light
    assert is_dark_palette(QGuiApplication.palette()) == (scheme == Qt.ColorScheme.Dark)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # a change is re-read
    assert is_dark_palette(QGuiApplication.palette()) == (scheme == Qt.ColorScheme.Dark)
