"""What a customer search matches: one text normalizer (any script) and the table's sort choices."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

# Fields of one customer are joined with a character nobody types, so a search never matches
# across two fields ("ltd +1" is not a phone).
FIELD_SEPARATOR = "\x1f"


def fold(text: str) -> str:
    """Return `text` as searches compare it: case folded (Unicode, not ASCII only), compatibility
    forms unified (NFKD: "ﬁ" → "fi", full-width → ASCII) and combining marks removed ("Müller" →
    "muller", "ÇELİK" → "celik", "Ωμέγα" → "ωμεγα"). The one normalizer for stored keys and queries.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    # casefold again: a few compatibility characters only fold after decomposition.
    return unicodedata.normalize("NFC", bare.casefold())


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
