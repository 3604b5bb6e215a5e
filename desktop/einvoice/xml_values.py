"""How elements, amounts, rates, quantities and dates are written in both syntaxes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lxml import etree


def amount_text(value: Decimal) -> str:
    """Return an amount as stored ("12.50"), never with an exponent."""
    return format(value, "f")


def number_text(value: Decimal) -> str:
    """Return a rate, price or quantity without trailing zeros or exponent ("15.5", "3")."""
    return format(value.normalize(), "f")


def date_text(value: dt.date) -> str:
    """Return an ISO date (UBL)."""
    return value.isoformat()


def compact_date(value: dt.date) -> str:
    """Return a date as CII's format 102 (YYYYMMDD)."""
    return value.strftime("%Y%m%d")


def sub_element(
    namespaces: dict[str, str],
    parent: etree._Element,
    tag: str,
    text: str | None = None,
    **attrib: str,
) -> etree._Element:
    """Append `prefix:name` (prefix looked up in namespaces) with its text and attributes."""
    prefix, name = tag.split(":")
    element = etree.SubElement(parent, f"{{{namespaces[prefix]}}}{name}", attrib)
    if text is not None:
        element.text = text
    return element
