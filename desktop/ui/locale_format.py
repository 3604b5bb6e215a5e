"""Numbers, money, dates and counts as people read them in the window (QLocale, one place)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QObject

from desktop.domain.money import round_money


def people_locale() -> QLocale:
    """Return the locale the window writes numbers in: the default one, or US English when the
    system only says "C" (which groups no thousands and writes dates as "1 12 2026")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def number_text(value: int) -> str:
    """Return a whole number grouped for people: "1,200"."""
    return people_locale().toString(value)


def amount_text(amount: Decimal, currency_code: str) -> str:
    """Return an amount at the currency's precision with the window locale's marks ("1.234,50"
    in German). Exact: the Decimal is written out, never passed through a float."""
    locale = people_locale()
    marks = str.maketrans(
        {",": locale.groupSeparator(), ".": locale.decimalPoint(), "-": locale.negativeSign()}
    )
    return f"{round_money(amount, currency_code):,f}".translate(marks)


def money_text(amount: Decimal, currency_code: str) -> str:
    """Return "EUR 1.234,50": the currency code and the amount as the window's locale writes it."""
    return f"{currency_code} {amount_text(amount, currency_code)}"


def date_text(value: dt.date) -> str:
    """Return a date in the window locale's short form ("01.12.26", "12/1/26")."""
    day = QDate(value.year, value.month, value.day)
    return people_locale().toString(day, QLocale.FormatType.ShortFormat)


def counted(text: str, count: int) -> str:
    """Return a Qt plural text ("%n customer(s)", already translated with the count) for people.

    The count is grouped ("1,200"). A translation picks its own plural form; the untranslated
    English source keeps its "(s)", dropped for one and written out for the others.
    """
    text = re.sub(rf"(?<!\d){count}(?!\d)", number_text(count), text, count=1)
    return text.replace("(s)", "" if count == 1 else "s")


class Counts(QObject):
    """Counted phrases used by module-level helpers (Qt plurals need a QObject's tr)."""

    def days_late(self, days: int) -> str:
        """Return "1 day late", "12 days late"."""
        return counted(self.tr("%n day(s) late", "", days), days)

    def sync_changes(self, created: int, updated: int, removed: int, skipped: int) -> list[str]:
        """Return the non-zero parts of a sync's counts: ["1,200 new", "3 updated"]."""
        parts = (
            (created, self.tr("%n new", "", created)),
            (updated, self.tr("%n updated", "", updated)),
            (removed, self.tr("%n removed", "", removed)),
            (skipped, self.tr("%n skipped", "", skipped)),
        )
        return [counted(text, count) for count, text in parts if count]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` without translating it (typed: PySide6's says
    object); translate it where it is shown."""
    del context
    return text
