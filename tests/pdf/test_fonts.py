"""Subsets written from parts made once per process are the bytes reportlab writes itself."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop.pdf.font_subsets import SubsetReusingFont
from desktop.pdf.fonts import register_fonts

# Every glyph of the main face is below U+FFFF, where our CMap and reportlab's agree.
TEXT = "Łódź / Ελλάδα / Москва — 1.234,50 € · Invoice INV-00042"


def _pdf(font_name: str, compression: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=compression)
    canvas.setFont(font_name, 9)
    canvas.drawString(72, 720, TEXT)
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("compression", [1, 0])
def test_a_reused_subset_is_written_as_reportlab_writes_it(
    compression: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = register_fonts().regular.name
    ours = _pdf(name, compression)
    again = _pdf(name, compression)  # from the parts made for the first
    with monkeypatch.context() as patch:
        patch.setattr(SubsetReusingFont, "addObjects", TTFont.addObjects)
        expected = _pdf(name, compression)
    assert ours == expected
    assert again == expected
    assert len(expected) > (5_000 if compression else 30_000)  # the font program is in it
