"""The embedded PDF font (DejaVu Sans: Latin, Greek, Cyrillic), registered once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.domain.resources import resources_root

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def fonts_folder() -> Path:
    """Return resources/fonts, in a source checkout or inside a PyInstaller bundle."""
    return resources_root() / "fonts"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces with reportlab; return their names."""
    folder = fonts_folder()
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD
