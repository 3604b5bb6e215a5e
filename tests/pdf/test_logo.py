"""A logo prepared once per file version is written as reportlab's Image writes it, and a
changed file is printed anew."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image as PillowImage
from pypdf import PdfReader
from reportlab.platypus import Image, SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

from desktop.pdf.logo import MAX_HEIGHT, MAX_WIDTH, Logo


def _pdf(logo: Flowable) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1).build([logo])
    return buffer.getvalue()


def _reportlab_s(path: Path) -> Image:
    """Return the logo as reportlab's Image flowable draws it, at the same size."""
    image = Image(str(path))
    scale = min(1.0, MAX_WIDTH / image.drawWidth, MAX_HEIGHT / image.drawHeight)
    image.drawWidth, image.drawHeight = image.drawWidth * scale, image.drawHeight * scale
    image.hAlign = "LEFT"
    return image


@pytest.mark.parametrize(("name", "mode"), [("logo.png", "RGBA"), ("logo.jpg", "RGB")])
def test_a_prepared_logo_is_written_as_reportlab_writes_it(
    tmp_path: Path, name: str, mode: str
) -> None:
    path = tmp_path / name
    PillowImage.new(mode, (600, 240), (20, 90, 160, 200)[: len(mode)]).save(path)
    expected = _pdf(_reportlab_s(path))
    assert _pdf(Logo(path)) == expected
    assert _pdf(Logo(path)) == expected  # the second time, from the prepared image
    assert len(PdfReader(io.BytesIO(expected)).pages[0].images) == 1


def test_a_changed_logo_file_is_printed_anew(tmp_path: Path) -> None:
    path = tmp_path / "logo.bmp"  # uncompressed: both versions have the same size
    colours = []
    for modified_ns, colour in ((1_000_000_000, (200, 0, 0)), (2_000_000_000, (0, 0, 200))):
        PillowImage.new("RGB", (60, 30), colour).save(path)
        os.utime(path, ns=(modified_ns, modified_ns))
        image = PdfReader(io.BytesIO(_pdf(Logo(path)))).pages[0].images[0].image
        assert image is not None
        colours.append(image.convert("RGB").getpixel((5, 5)))
    assert colours == [(200, 0, 0), (0, 0, 200)]
    assert path.stat().st_size == 60 * 30 * 3 + 54
