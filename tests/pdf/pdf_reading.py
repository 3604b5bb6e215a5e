"""Reading a rendered PDF back with pypdf, and comparing it with what should be printed."""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter

from pypdf import PdfReader

from desktop.domain.documents import Document
from desktop.pdf.text import printable

RTL_CLASSES = frozenset({"R", "AL", "AN"})


def page_texts(content: bytes) -> list[str]:
    """Return the text of every page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def body_text(document: Document, content: bytes) -> str:
    """Return the printed text without whitespace, page footers and repeated table headers.

    Long texts are cut across pages, with the footer and the lines table's header between
    the parts; without them (and without line breaks) a text reads as one piece again."""
    footer = re.compile(re.escape(printable(document.number)) + r" · page \d+")
    pages = [footer.sub("", page) for page in page_texts(content)]
    return squeeze("".join(pages))


def squeeze(text: str) -> str:
    """Return the text without any whitespace."""
    return "".join(text.split())


def expected(value: str | None, bold: bool = False) -> str:
    """Return what the PDF should show for a stored text, without whitespace."""
    return squeeze(printable(value, bold))


def has_rtl(text: str) -> bool:
    """Return True when the text has right-to-left characters (pypdf may reorder those)."""
    return any(unicodedata.bidirectional(char) in RTL_CLASSES for char in text)


def printed_in_order(value: str, text: str) -> bool:
    """Return True when every character of `value` is in `text`, in order.

    Other text may come between (a row split over pages prints its other cells, the footer and
    the repeated header between the two parts), nothing may be missing or swapped."""
    remaining = iter(text)
    return all(char in remaining for char in value)


def missing_characters(value: str, text: str) -> Counter[str]:
    """Return the characters of `value` that `text` lacks (counted with repeats)."""
    return Counter(value) - Counter(text)
