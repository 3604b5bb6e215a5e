"""The self-test's Qt checks: the GUI application starts, and QtPdf loads and draws a PDF."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLibraryInfo, QSize, QTranslator
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtPdf import QPdfDocument

# Keep the QBuffer alive as long as the document reads from it.
_loaded: list[tuple[QPdfDocument, QBuffer]] = []


def start_gui_application() -> str:
    """Create the QGuiApplication (or reuse one); return the platform plugin and Qt version."""
    app = QGuiApplication.instance() or QGuiApplication(["invoice-desk"])
    assert isinstance(app, QGuiApplication)
    return f"platform {app.platformName()}, PySide6 {pyside_version}"


def load_in_qtpdf(pdf: bytes, expected_text: list[str]) -> str:
    """Load PDF bytes in QPdfDocument, check status, pages and page 1's text, draw page 1."""
    if QGuiApplication.instance() is None:
        raise AssertionError("the qt check did not start the GUI application")
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    _loaded.append((document, buffer))
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise AssertionError(
            f"QPdfDocument status {document.status().name}, {document.error().name}"
        )
    pages = document.pageCount()
    if pages < 1:
        raise AssertionError("QPdfDocument loaded no pages")
    text = document.getAllText(0).text()
    missing = [expected for expected in expected_text if expected not in text]
    if missing:
        raise AssertionError(f"page 1 does not read {', '.join(map(repr, missing))}")
    size = document.pagePointSize(0).toSize()
    image = document.render(0, QSize(size.width(), size.height()))
    inked = _inked_fraction(image)
    if inked == 0:
        raise AssertionError("page 1 rendered blank")
    return (
        f"{pages} page(s), status Ready, page 1 {size.width()}×{size.height()} pt "
        f"reads the number and customer, drawn with {inked:.1%} ink"
    )


def _inked_fraction(image: QImage) -> float:
    """Return the share of sampled pixels (every 4th of every 4th row) that are neither blank nor white."""
    if image.isNull():
        return 0.0
    sampled = inked = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            color = image.pixelColor(x, y)
            sampled += 1
            inked += color.alpha() > 0 and color.lightness() < 240
    return inked / sampled


def load_window_catalogues(language: str) -> str:
    """Load the window's catalogue and Qt's own of a language; return what was loaded."""
    from desktop.ui.translations import CATALOGUE, catalogue_folder

    ours, qt = QTranslator(), QTranslator()
    if not ours.load(f"{CATALOGUE}_{language}", str(catalogue_folder())):
        raise AssertionError(f"{CATALOGUE}_{language}.qm is missing from {catalogue_folder()}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load(f"qtbase_{language}", qt_folder):
        raise AssertionError(f"Qt's qtbase_{language}.qm is missing from {qt_folder}")
    return f"{CATALOGUE}_{language}.qm and qtbase_{language}.qm load"
