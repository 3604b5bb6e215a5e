"""User text made printable: every character drawn by a font that has it, or visibly replaced.

Any stored text can reach a PDF: control characters, unpaired surrogates, emoji, scripts the
fonts lack. `printable` says what a PDF prints for a text; `markup` turns it into reportlab
paragraph markup, escaped (a name like `<b>R&D</b>` prints literally), with the characters the
main face lacks set in the fallback face.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby
from operator import itemgetter
from xml.sax.saxutils import escape

from desktop.pdf.fonts import Face, register_fonts

REPLACEMENT = "\ufffd"  # "�": printed where no embedded font has the character
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
# Control and format characters are dropped even where a font has a glyph: reportlab gives
# some a meaning of its own (a soft hyphen is only drawn where a line breaks) and the rest
# (direction marks, joiners, byte order marks) only steer the text, they are not part of it.
_ALWAYS_DROPPED = frozenset({"Cc", "Cf"})
# Invisible by nature (marks attached to nothing printable, separators): dropped when no font
# draws them, never replaced by a visible sign.
_DROPPED_WHEN_MISSING = frozenset({"Mn", "Me", "Zl", "Zp"})


def printable(value: str | None, bold: bool = False) -> str:
    """Return the text a PDF prints for `value`: lines kept, tabs as spaces, NFC-composed.

    A character no embedded font has becomes REPLACEMENT ("�"); control and format characters,
    and marks no font has, are left out.
    """
    return "".join(text for text, _face in _runs(value, bold))


def is_plain(value: str, bold: bool = False) -> bool:
    """Return True when the main face prints the text exactly as it is (no fallback, no change)."""
    runs = _runs(value, bold)
    return (
        not any(in_fallback for _text, in_fallback in runs)
        and "".join(text for text, _face in runs) == value
    )


def markup(value: str | None, bold: bool = False) -> str:
    """Return `value` as escaped paragraph markup that every embedded font can draw."""
    fallback = register_fonts().fallback.name
    parts = []
    for text, face in _runs(value, bold):
        escaped = escape(text).replace("\n", "<br/>")
        parts.append(f'<font face="{fallback}">{escaped}</font>' if face else escaped)
    return "".join(parts)


def _runs(value: str | None, bold: bool) -> list[tuple[str, bool]]:
    """Split the printable text into runs: (text, True when set in the fallback face)."""
    if not value:
        return []
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", value)).replace("\t", " ")
    faces = register_fonts()
    main = faces.bold if bold else faces.regular
    if _prints_as_is(text, main):
        return [(text, False)]  # the common case, and what `_character` makes of such text
    printed = (_character(char, main, faces.fallback) for char in text)
    return [
        ("".join(chars for chars, _face in group), in_fallback)
        for in_fallback, group in groupby(printed, key=itemgetter(1))
    ]


def _prints_as_is(text: str, main: Face) -> bool:
    """Return True when every line is printable (no control, format or odd space character)
    and the main face has every character (every face has ASCII)."""
    return all(line.isprintable() for line in text.split("\n")) and (
        text.isascii() or main.coverage.issuperset(map(ord, text.replace("\n", "")))
    )


def _character(char: str, main: Face, fallback: Face) -> tuple[str, bool]:
    if char == "\n":
        return char, False
    code, category = ord(char), unicodedata.category(char)
    if category in _ALWAYS_DROPPED:
        return "", False
    if code in main.coverage:
        return char, False
    if category in _DROPPED_WHEN_MISSING:
        return "", False
    if category == "Zs":
        return " ", False
    if code in fallback.coverage:
        return char, True
    return REPLACEMENT, False
