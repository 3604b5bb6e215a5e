"""The embedded PDF fonts and what they can draw, registered once per process.

DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew, many symbols) prints most text; Droid Sans
Fallback (Chinese, Japanese) prints the characters DejaVu lacks. Both are TrueType files under
resources/fonts, embedded as subsets, so the PDF looks the same on every computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from desktop.domain.resources import resources_root

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
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    regular, bold, fallback = (_register(name) for name in (REGULAR, BOLD, FALLBACK))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    # The fallback has one weight: bold text it prints stays regular rather than failing.
    pdfmetrics.registerFontFamily(
        FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK, boldItalic=FALLBACK
    )
    return Faces(regular, bold, fallback)


def _register(name: str) -> Face:
    font = TTFont(name, str(fonts_folder() / f"{name}.ttf"))
    font.face.__class__ = _SubsetReusingFace  # TTFont makes its face itself: a plain TTFontFace
    pdfmetrics.registerFont(font)
    return Face(name, frozenset(font.face.charToGlyph))


class _SubsetReusingFace(TTFontFace):  # type: ignore[misc]  # reportlab has no type hints
    """A TrueType face that writes each subset's font program made once per process.

    reportlab builds the program of a subset (the glyphs one PDF uses) and deflates it for
    every PDF anew: about 3 ms of an invoice's 13 for the two DejaVu faces. ASCII keeps its own
    codes and other characters take theirs in the order they first appear, so documents with
    the same labels and scripts share their subsets. What is written is what reportlab writes,
    byte for byte (tests/pdf/test_fonts.py)."""

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        """Add the subset's font program and descriptor to the PDF; return the descriptor's
        reference (reportlab's method, with the program from `_font_program`)."""
        deflated = bool(doc.compression)
        content, length = _font_program(self, tuple(subset), deflated)
        program = pdfdoc.PDFStream(content=content)
        program.dictionary["Length1"] = length
        if deflated:  # a stream with a Filter is written as it is, not deflated again
            program.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": self.ascent,
                "CapHeight": self.capHeight,
                "Descent": self.descent,
                "Flags": (self.flags & ~ttfonts.FF_NONSYMBOLIC) | ttfonts.FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(self.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": self.italicAngle,
                "StemV": self.stemV,
                "FontFile2": doc.Reference(program, f"fontFile:{self.filename}({fontname})"),
                "MissingWidth": self.defaultWidth,
            }
        )
        return doc.Reference(descriptor, f"fontDescriptor:{fontname}")


@lru_cache(maxsize=64)  # a program is about 20 KB deflated
def _font_program(face: TTFontFace, subset: tuple[int, ...], deflated: bool) -> tuple[bytes, int]:
    """Return a subset's font program, deflated when asked, and its length before deflating."""
    program: bytes = face.makeSubset(list(subset))
    return (pdfdoc.PDFZCompress.encode(program) if deflated else program), len(program)


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """Return the ToUnicode CMap of a font subset: which character each glyph code stands for.

    WORKAROUND: reportlab (5.1) writes a character beyond U+FFFF as five hex digits (<1F600>),
    which no PDF reader accepts, so copying or searching an emoji or 𝔘 finds nothing. The PDF
    reference wants UTF-16BE there: a surrogate pair, <D83DDE00>. Same CMap otherwise."""
    return _cmap(font_name, tuple(subset))


@lru_cache(maxsize=64)  # subsets recur (see _SubsetReusingFace), and so do their CMaps
def _cmap(font_name: str, subset: tuple[int, ...]) -> str:
    mappings = [
        f"<{code:02X}> <{char.encode('utf-16-be').hex().upper()}>"
        for code, char in enumerate(map(chr, subset))
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *mappings,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
