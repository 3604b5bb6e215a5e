"""TrueType fonts that write each subset of glyphs from parts made once per process.

For every PDF, reportlab (5.1) builds what a subset (the glyphs one PDF uses) needs anew: its
font program (36 KB for DejaVu, then deflated), its widths and its ToUnicode CMap; for the two
DejaVu faces that was about 4 ms of an invoice's 14. ASCII keeps its own codes and other
characters take theirs in the order they first appear, so documents with the same labels and
scripts share their subsets, and their parts. `SubsetReusingFont.addObjects` is reportlab's
`TTFont.addObjects` with these parts, and writes the same bytes (tests/pdf/test_fonts.py),
except for the CMap fix of `to_unicode_cmap`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace


class SubsetReusingFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """A TrueType font whose subsets are written from parts made once per process."""

    def addObjects(self, doc: Any) -> None:
        """Add each subset the PDF uses: its font object, CMap, descriptor and program."""
        state = self.state[doc]
        state.frozen = 1
        for index, subset in enumerate(state.subsets):
            name = self.getSubsetInternalName(index, doc)[1:]
            base_name = b"".join(
                (ttfonts.SUBSETN(index), b"+", self.face.name, self.face.subfontNameX)
            ).decode("pdfdoc")
            parts = _subset_parts(self.face, base_name, tuple(subset), bool(doc.compression))
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {index}"
            font.Name, font.BaseFont = name, base_name
            font.FirstChar, font.LastChar = 0, len(subset) - 1
            font.Widths = _Written(parts.widths)
            font.ToUnicode = doc.Reference(parts.cmap.stream(), f"toUnicodeCMap:{base_name}")
            font.FontDescriptor = _descriptor(doc, self.face, base_name, parts.program)
            doc.Reference(font, name)
            doc.idToObject["BasicFonts"].dict[name] = font
        del self.state[doc]


@dataclass(frozen=True, slots=True)
class _Content:
    """A stream's content as written: deflated or not, and its length before deflating."""

    data: bytes
    length: int
    deflated: bool

    @classmethod
    def of(cls, data: bytes, deflated: bool) -> _Content:
        """Return the content, deflated when the PDF deflates its streams."""
        return cls(pdfdoc.PDFZCompress.encode(data) if deflated else data, len(data), deflated)

    def stream(self) -> pdfdoc.PDFStream:
        """Return a new stream of this content (a stream is one PDF's object)."""
        stream = pdfdoc.PDFStream(content=self.data)
        if self.deflated:  # a stream with a Filter is written as it is, not deflated again
            stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        return stream


@dataclass(frozen=True, slots=True)
class _SubsetParts:
    """What a subset writes into every PDF: widths (as written), CMap and font program."""

    widths: bytes
    cmap: _Content
    program: _Content


class _Written(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab has no type hints
    """A PDF object formatted before: written as these bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        """Return the bytes."""
        return self.data


@lru_cache(maxsize=64)  # a program is about 20 KB deflated
def _subset_parts(
    face: TTFontFace, base_name: str, subset: tuple[int, ...], deflated: bool
) -> _SubsetParts:
    """Return what the subset writes, made the first time a PDF uses it."""
    widths = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset])
    cmap = to_unicode_cmap(base_name, subset).encode("ascii")  # hex digits and a font name
    program = face.makeSubset(list(subset))
    return _SubsetParts(
        widths.format(None), _Content.of(cmap, deflated), _Content.of(program, deflated)
    )


def _descriptor(
    doc: Any, face: TTFontFace, base_name: str, program: _Content
) -> pdfdoc.PDFObjectReference:
    """Return a reference to the subset's font descriptor, added to the PDF with its program."""
    stream = program.stream()
    stream.dictionary["Length1"] = program.length
    descriptor = pdfdoc.PDFDictionary(
        {
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~ttfonts.FF_NONSYMBOLIC) | ttfonts.FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(base_name),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": doc.Reference(stream, f"fontFile:{face.filename}({base_name})"),
            "MissingWidth": face.defaultWidth,
        }
    )
    return doc.Reference(descriptor, f"fontDescriptor:{base_name}")


def to_unicode_cmap(font_name: str, subset: tuple[int, ...]) -> str:
    """Return the ToUnicode CMap of a font subset: which character each glyph code stands for.

    WORKAROUND: reportlab (5.1) writes a character beyond U+FFFF as five hex digits (<1F600>),
    which no PDF reader accepts, so copying or searching an emoji or 𝔘 finds nothing. The PDF
    reference wants UTF-16BE there: a surrogate pair, <D83DDE00>. Same CMap otherwise."""
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
