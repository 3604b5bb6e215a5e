"""Which language and conventions a document speaks: the one rule, and the checks of its inputs.

A document is written in its customer's document language, else the organization's locale,
else English. Its numbers, amounts and dates follow the same choice; when the customer's
language is the organization's (a German shop in Austria, "de_AT"), the organization's country
conventions are kept. Locales are checked with Babel's CLDR data, never guessed.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from desktop.domain.errors import ValidationError

ENGLISH = "en"
# The languages whose labels are translated (documents, emails and the window), in menu order.
LANGUAGES = ("en", "de", "fr", "es")
# Each language's name in itself, as a person looks for it in a list.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SHOWN_INPUT = 40  # characters of a refused value repeated in its error sentence
SYSTEM_LANGUAGE = "system"  # the window's setting that follows the operating system's language


def check_ui_language(value: str) -> str:
    """Return the window's language setting ("system" or one of LANGUAGES).

    Raises ValidationError naming `language` for anything else."""
    if value not in (SYSTEM_LANGUAGE, *LANGUAGES):
        choices = ", ".join((SYSTEM_LANGUAGE, *LANGUAGES))
        raise ValidationError("language", f"{value!r} is not one of {choices}")
    return value


def check_locale(text: str | None, field: str = "locale") -> str | None:
    """Return the locale as Babel spells it ("de_DE"), None for empty text.

    Raises ValidationError naming the field when CLDR knows no such locale, or when its language
    is not one of LANGUAGES (documents would mix English labels with, say, Hindi month names)."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    shown = cleaned if len(cleaned) <= SHOWN_INPUT else cleaned[:SHOWN_INPUT] + "…"
    try:
        locale = Locale.parse(cleaned.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        raise ValidationError(
            field, f"{shown!r} is not a locale; write a language and country like de_DE or fr_FR"
        ) from None
    if locale.language not in LANGUAGES:
        names = ", ".join(LANGUAGE_NAMES[language] for language in LANGUAGES)
        raise ValidationError(
            field,
            f"documents are written in {names}; choose one of them with your country, "
            f"like en_IN or de_AT ({shown!r} is not)",
        )
    return str(locale)


def check_language(text: str | None, field: str = "language") -> str | None:
    """Return a document language ("de"), None for empty text (the organization's).

    Raises ValidationError naming the field unless it is one of LANGUAGES."""
    cleaned = (text or "").strip().lower()
    if not cleaned:
        return None
    if cleaned not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValidationError(field, f"{text!r} is not a document language; use one of {known}")
    return cleaned


def document_locale(customer_language: str | None, organization_locale: str | None) -> str:
    """Return the locale a document is written in: the customer's language, else the
    organization's locale, else English (see the module's docstring)."""
    if customer_language:
        if organization_locale and language_of(organization_locale) == customer_language:
            return organization_locale
        return customer_language
    return organization_locale or ENGLISH


def language_of(locale: str) -> str:
    """Return the language part of a locale ("de" of "de_DE")."""
    return locale.replace("-", "_").split("_", 1)[0].lower()
