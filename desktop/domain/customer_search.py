"""What a customer search matches: one text normalizer (any script) and the table's sort choices."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

# Fields of one customer are joined with a character nobody types, so a search never matches
# across two fields ("ltd +1" is not a phone).
FIELD_SEPARATOR = "\x1f"


def fold(text: str) -> str:
    """Return `text` as searches compare it: case folded (Unicode, not ASCII only), compatibility
    forms unified (NFKD: "ﬁ" → "fi", full-width → ASCII) and combining marks removed ("Müller" →
    "muller", "ÇELİK" → "celik", "Ωμέγα" → "ωμεγα", "Øre" → "ore"). The one normalizer for stored
    keys and queries.
    """
    if text.isascii():
        return text.lower()  # the same result, ten times faster: most keys are plain ASCII
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = decomposed.translate(_fold_table())
    # casefold again: a few compatibility characters only fold after decomposition.
    return unicodedata.normalize("NFC", bare.casefold())


# Letters with a stroke or a ligature have no decomposition, yet people type them plainly.
PLAIN_LETTERS = {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "æ": "ae", "œ": "oe"}


@cache
def _fold_table() -> dict[int, str | None]:
    """Return a str.translate table deleting every combining character and spelling the letters
    above plainly (built on first use, ~0.2 s)."""
    table: dict[int, str | None] = {
        c: None for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))
    }
    table.update({ord(letter): plain for letter, plain in PLAIN_LETTERS.items()})
    return table


def search_key(name: str, phone: str | None, people: Iterable[str | None]) -> str:
    """Return the stored search text of a customer: its folded name first (so the key also sorts
    customers by name), then its phone and every contact person's name, email and phones; phones
    also as bare digits, so "5550001" finds "+1 555 0001"."""
    parts = [name, phone, _digits(phone), *people]
    texts = (fold(p) for p in parts if p)
    return FIELD_SEPARATOR.join(t for t in texts if t)


def _digits(phone: str | None) -> str | None:
    return "".join(c for c in phone if c.isdigit()) if phone else None


class CustomerSort(StrEnum):
    """The columns the customers table sorts by (in the database, never in memory)."""

    NAME = "name"
    PRIMARY_CONTACT = "primary_contact"
    EMAIL = "email"
    PHONE = "phone"
    STATUS = "status"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class CustomerQuery:
    """Which customers a list shows and in what order."""

    text: str = ""
    include_inactive: bool = False
    sort: CustomerSort = CustomerSort.NAME
    descending: bool = False

    @property
    def folded_text(self) -> str:
        """Return the search text as it is compared with stored keys."""
        return fold(self.text.strip())
