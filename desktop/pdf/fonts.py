"""The embedded PDF font (DejaVu Sans: Latin, Greek, Cyrillic), registered once per process."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def fonts_folder() -> Path:
    """Return resources/fonts, in a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "fonts"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces with reportlab; return their names."""
    folder = fonts_folder()
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD
