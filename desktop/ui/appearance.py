"""Light or dark: the window follows the system's choice (Qt's colour scheme), or the one the
user picked under View → Appearance; a dark palette for styles that do not bring their own."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.ui_settings import APPEARANCE, UiSettings

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)

_DARK = {
    QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26272b",
    QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2e31",
    QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#202124", QPalette.ColorRole.ToolTipBase: "#2d2e31",
    QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.BrightText: "#f28b82",
    QPalette.ColorRole.Light: "#3c4043", QPalette.ColorRole.Midlight: "#303134",
    QPalette.ColorRole.Mid: "#2a2b2e", QPalette.ColorRole.Dark: "#141517",
    QPalette.ColorRole.Shadow: "#000000",
}  # fmt: skip
_DISABLED = {
    QPalette.ColorRole.WindowText: "#7f8387", QPalette.ColorRole.Text: "#7f8387",
    QPalette.ColorRole.ButtonText: "#7f8387",
}  # fmt: skip


def dark_palette() -> QPalette:
    """Return the dark palette (Fusion style), readable disabled text included."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark_palette(palette: QPalette) -> bool:
    """Return True when the palette has a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class Appearance(QObject):
    """Applies the chosen appearance and follows the system while the choice is "system".

    No signals; lives as long as the application."""

    def __init__(self, app: QApplication, settings: UiSettings) -> None:
        super().__init__(app)
        self._app, self._settings = app, settings
        self._native_style = app.style().name()
        app.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def choice(self) -> str:
        """Return the stored choice: "system", "light" or "dark"."""
        chosen = self._settings.get(APPEARANCE)
        return chosen if chosen in CHOICES else SYSTEM

    def choose(self, choice: str) -> None:
        """Remember and apply a choice."""
        self._settings.set(APPEARANCE, choice)
        self.apply()

    def apply(self) -> None:
        """Make the window light or dark as chosen (or as the system is)."""
        choice = self.choice()
        hints = self._app.styleHints()
        wanted = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(
            choice, Qt.ColorScheme.Unknown
        )
        hints.setColorScheme(wanted)  # Qt 6.8+: the platform's own dark or light, where it has one
        dark = choice == DARK or (choice == SYSTEM and hints.colorScheme() == Qt.ColorScheme.Dark)
        if is_dark_palette(QGuiApplication.palette()) == dark:
            return  # the style already follows
        if dark:
            self._app.setStyle("Fusion")  # a style that takes the palette as it is given
            self._app.setPalette(dark_palette())
        else:
            self._app.setStyle(self._native_style)
            self._app.setPalette(self._app.style().standardPalette())

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice() == SYSTEM:
            self.apply()
