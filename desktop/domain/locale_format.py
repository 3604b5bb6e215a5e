"""Text for people in one locale: numbers, money and dates (Babel's CLDR data) and the labels of
documents and emails (gettext catalogues under resources/locale). Never for JSON or storage.
"""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import (
    NumberPattern,
    format_currency,
    format_decimal,
    format_percent,
    parse_pattern,
)

from desktop.domain.language import ENGLISH, document_locale, language_of
from desktop.domain.money import currency_precision, decimal_places, round_money
from desktop.domain.resources import resources_root

CATALOGUE = "invoice_desk"  # resources/locale/<language>/LC_MESSAGES/invoice_desk.mo


def N_(message: str) -> str:
    """Return the message unchanged: marks English text that is translated where it is shown."""
    return message


def catalogue_folder() -> Path:
    """Return resources/locale, in a source checkout or a PyInstaller bundle."""
    return resources_root() / "locale"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """Return the compiled catalogue of a language; English (the messages as written) when none."""
    return gettext.translation(
        CATALOGUE, catalogue_folder(), languages=[language, ENGLISH], fallback=True
    )


@cache
def babel_locale(locale: str) -> Locale:
    """Return Babel's data for a locale ("de_DE"), looked up once per process."""
    return Locale.parse(locale)


@cache
def amount_pattern() -> NumberPattern:
    """Return the pattern of an amount without symbol, parsed once per process."""
    return parse_pattern("#,##0.00")


@dataclass(frozen=True, slots=True)
class LocaleText:
    """Labels, numbers, money and dates as a person of `locale` ("de_DE", "fr") reads them."""

    locale: str = ENGLISH

    @property
    def language(self) -> str:
        """Return the language of the locale ("de")."""
        return language_of(self.locale)

    @property
    def babel(self) -> Locale:
        """Return Babel's data for the locale (the formatters would parse the name each call)."""
        return babel_locale(self.locale)

    def _(self, message: str) -> str:
        """Return the message translated (itself when the catalogue lacks it)."""
        return translations(self.language).gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """Return the form of the message for `count`, translated."""
        return translations(self.language).ngettext(singular, plural, count)

    def money(self, amount: Decimal, currency_code: str) -> str:
        """Return the amount with symbol and grouping at the currency's precision ("1.234,56 €")."""
        rounded = round_money(amount, currency_code)
        return str(format_currency(rounded, currency_code, locale=self.babel))

    def amount(self, amount: Decimal, currency_code: str) -> str:
        """Return the amount grouped, without symbol, at the currency's precision ("1.234,56")."""
        rounded = round_money(amount, currency_code)
        return str(
            format_currency(rounded, currency_code, format=amount_pattern(), locale=self.babel)
        )

    def rate(self, rate: Decimal, currency_code: str) -> str:
        """Return a unit price at the currency's precision, or with all its decimals when it has
        more than the currency (a price of 0.125 stays 0.125)."""
        if decimal_places(rate) <= currency_precision(currency_code):
            return self.amount(rate, currency_code)
        return self.number(rate)

    def number(self, value: Decimal) -> str:
        """Return a quantity or percentage with every decimal it has, grouped ("1.234,5")."""
        return str(format_decimal(value, locale=self.babel, decimal_quantization=False))

    def percent(self, value: Decimal) -> str:
        """Return a percentage given in percent ("9,975 %" for 9.975)."""
        return str(format_percent(value / 100, locale=self.babel, decimal_quantization=False))

    def date(self, value: dt.date) -> str:
        """Return the date written out ("1. Dezember 2026", "December 1, 2026")."""
        return str(format_date(value, "long", locale=self.babel))

    def short_date(self, value: dt.date) -> str:
        """Return the date in the locale's compact form ("01.12.2026", "Dec 1, 2026")."""
        return str(format_date(value, "medium", locale=self.babel))


def document_text(customer_language: str | None, organization_locale: str | None) -> LocaleText:
    """Return how a document or email to this customer is written (`language.document_locale`)."""
    return LocaleText(document_locale(customer_language, organization_locale))
