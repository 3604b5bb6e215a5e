"""The embedded PDF fonts and what they can draw, registered once per process.

DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew, many symbols) prints most text; Droid Sans
Fallback (Chinese, Japanese) prints the characters DejaVu lacks. Both are TrueType files under
resources/fonts, embedded as subsets, so the PDF looks the same on every computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from desktop.domain.resources import resources_root
from desktop.pdf.font_subsets import SubsetReusingFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallbackFull"


@dataclass(frozen=True, slots=True)
class Face:
    """A registered font: its reportlab name and the code points it has glyphs for."""

    name: str
    coverage: frozenset[int]


@dataclass(frozen=True, slots=True)
class Faces:
    """The faces a PDF uses: body text, bold text, and the fallback for both."""

    regular: Face
    bold: Face
    fallback: Face


def fonts_folder() -> Path:
    """Return resources/fonts, in a source checkout or inside a PyInstaller bundle."""
    return resources_root() / "fonts"


@cache
def register_fonts() -> Faces:
    """Register the faces with reportlab (once per process); return them with their coverage."""
    regular, bold, fallback = (_register(name) for name in (REGULAR, BOLD, FALLBACK))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    # The fallback has one weight: bold text it prints stays regular rather than failing.
    pdfmetrics.registerFontFamily(
        FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK, boldItalic=FALLBACK
    )
    return Faces(regular, bold, fallback)


def _register(name: str) -> Face:
    font = SubsetReusingFont(name, str(fonts_folder() / f"{name}.ttf"))
    pdfmetrics.registerFont(font)
    return Face(name, frozenset(font.face.charToGlyph))
