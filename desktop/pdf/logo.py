"""The organization's logo: its image decoded and deflated once per version of the file.

For every PDF, reportlab decodes a PNG logo, converts its pixels and deflates them and their
alpha mask: about 12 ms for a 600 × 240 logo, more than the rest of an invoice. A logo rarely
changes, so its image object is made once per file, size and modification time, and each PDF
gets a copy; what is written is what reportlab's Image writes (tests/pdf/test_logo.py).
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, _digester
from reportlab.pdfbase import pdfdoc, pdfutils
from reportlab.platypus.flowables import Flowable

MAX_WIDTH = 40 * mm
MAX_HEIGHT = 20 * mm
SHOWN_PATH = 80  # characters of a path, from its end, repeated in a sentence about it


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A logo's size, its PDF image object (made once), and the name `Canvas.drawImage` gives
    it: from its pixels, or a JPEG's from its path (reportlab's Image hands a JPEG by path)."""

    size: tuple[int, int]
    name: str
    image: pdfdoc.PDFImageXObject


class Logo(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A logo at most 40 × 20 mm, never enlarged, aligned left."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        stat = path.stat()
        self._prepared = _prepare(str(path), stat.st_size, stat.st_mtime_ns)
        width, height = self._prepared.size
        scale = min(1.0, MAX_WIDTH / width, MAX_HEIGHT / height)
        self.width, self.height = width * scale, height * scale
        self.hAlign = "LEFT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the logo's size (a Flowable's width and height)."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the image as `Canvas.drawImage` does, without naming it again from its pixels."""
        canvas = self.canv
        _add_image(canvas, self._prepared)
        canvas.saveState()
        canvas.translate(0, 0)  # drawImage moves to its x and y, even 0 and 0
        canvas.scale(self.width, self.height)
        canvas.doForm(self._prepared.name)
        canvas.restoreState()


def logo_problem(path: Path) -> str | None:
    """Return why the file cannot be printed as the logo (a sentence), or None when it can."""
    shown = str(path) if len(str(path)) <= SHOWN_PATH else "…" + str(path)[-SHOWN_PATH:]
    try:
        if not path.is_file():
            return f"{shown} is not a file"
        stat = path.stat()
    except OSError as error:  # a name too long, a folder that may not be read
        return f"{shown} cannot be read ({error.strerror or error.__class__.__name__})"
    try:
        _prepare(str(path), stat.st_size, stat.st_mtime_ns)
    except Exception:  # Pillow and reportlab raise many kinds for a bad image
        return f"{shown} is not an image that can be printed; use a PNG or JPEG file"
    return None


@lru_cache(maxsize=4)
def _prepare(path: str, size: int, modified_ns: int) -> _Prepared:
    """Return the logo prepared; a new size or modification time makes a new one."""
    reader = ImageReader(path)
    if _is_jpeg(path):  # drawn from its file (DCT as it is), named after its path
        source: ImageReader | str = path
        name = _digester(f"{path}auto".encode())
    else:
        pixels = reader.getRGBData()  # also splits off the alpha channel, if any
        source = reader
        name = _digester(pixels + (reader._dataA.getRGBData() if reader._dataA else b"auto"))
    image = pdfdoc.PDFImageXObject(name, source, mask="auto")
    return _Prepared(reader.getSize(), name, image)


def _is_jpeg(path: str) -> bool:
    """Return True when reportlab's Image would draw the file as a JPEG: by name and header."""
    if os.path.splitext(path)[1] not in (".jpg", ".JPG", ".jpeg", ".JPEG"):
        return False
    with open(path, "rb") as file:
        try:
            pdfutils.readJPEGInfo(file)
        except Exception:  # reportlab's Image tries it the same way
            return False
    return True


def _add_image(canvas: Any, prepared: _Prepared) -> None:
    """Put a copy of the image object (and its alpha mask) in the canvas's PDF once, as
    `Canvas.drawImage` does when it first meets the image."""
    doc = canvas._doc
    registered = doc.getXObjectName(prepared.name)
    if registered in doc.idToObject:
        return
    image = copy.copy(prepared.image)
    canvas._setXObjects(image)
    doc.Reference(image, registered)
    doc.addForm(prepared.name, image)
    mask = getattr(image, "_smask", None)
    if mask is not None:
        mask = copy.copy(mask)
        canvas._setXObjects(mask)
        image.smask = doc.Reference(mask, doc.getXObjectName(mask.name))
        del image._smask
