"""A font program reused from an earlier PDF is written exactly as reportlab writes a new one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace

from desktop.pdf.fonts import register_fonts

# ASCII keeps its own codes; "Ł", "α" and "Ж" take codes in the order they first appear.
SUBSET = [0] * 32 + list(range(32, 128)) + [0x141, 0x3B1, 0x416]


def _written(
    add_subset_objects: Callable[..., object], face: TTFontFace, compression: int
) -> list[bytes]:
    """Return the PDF objects (program, descriptor) one call adds to a new document, as bytes."""
    doc = pdfdoc.PDFDocument(compression=compression)
    add_subset_objects(face, doc, "AAAAAA+DejaVuSans", SUBSET)
    return [pdfdoc.format(obj, doc, toplevel=1) for obj in doc.idToObject.values()]


@pytest.mark.parametrize("compression", [1, 0])
def test_a_reused_subset_program_is_the_one_reportlab_writes(compression: int) -> None:
    face = pdfmetrics.getFont(register_fonts().regular.name).face
    reportlab_s = _written(TTFontFace.addSubsetObjects, face, compression)
    first, again = (_written(type(face).addSubsetObjects, face, compression) for _ in range(2))
    assert type(face) is not TTFontFace
    assert first == reportlab_s
    assert again == reportlab_s
    assert any(len(written) > 10_000 for written in reportlab_s)  # the program itself is there
