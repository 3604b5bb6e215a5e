"""Free-text country names ("France", "Deutschland", "USA") to ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale

# The languages whose country names are understood besides ISO codes and English names.
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs")


def country_code(text: str | None) -> str | None:
    """Return the ISO 3166-1 alpha-2 code of a country name or code, or None if unknown."""
    name = (text or "").strip()
    if not name:
        return None
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return _names().get(name.casefold())


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, territory in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(territory.casefold(), code)
    return names
