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

from desktop.pdf.logo import MAX_HEIGHT, MAX_WIDTH, Logo, logo_problem


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


def test_the_problem_with_a_logo_file_is_one_short_sentence(tmp_path: Path) -> None:
    good = tmp_path / "شعار 標誌 😀.png"
    PillowImage.new("RGB", (60, 30), (0, 90, 160)).save(good)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"cut short" * 40)
    too_long = tmp_path / ("é😀عربي中文" * 1000 + ".png")
    assert logo_problem(good) is None
    assert logo_problem(tmp_path / "gone.png") == f"{tmp_path / 'gone.png'} is not a file"
    assert logo_problem(broken) == (
        f"{broken} is not an image that can be printed; use a PNG or JPEG file"
    )
    sentence = logo_problem(too_long)
    assert sentence is not None
    assert sentence.endswith("中文.png cannot be read (File name too long)")
    assert sentence.startswith("…")
    assert len(sentence) < 200
