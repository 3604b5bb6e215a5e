"""What the reports say, as frozen values, and their pure rules: aging buckets and periods.

Aging puts an open amount in a bucket by the days it is past due on the report's date: current
(not yet due, or no due date), 1-30, 31-60, 61-90, over-90. Unapplied credit is not due, so it
lowers the current bucket. Revenue groups by calendar month, quarter ("2026-Q4") or year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from desktop.domain.errors import ValidationError
from desktop.domain.money import ZERO


@dataclass(frozen=True, slots=True)
class AgingBucket:
    """Open amounts up to this many days past due, beyond the bucket before (None: no end)."""

    name: str
    last_day: int | None


CURRENT = "current"
AGING_BUCKETS: tuple[AgingBucket, ...] = (
    AgingBucket(CURRENT, 0),
    AgingBucket("1-30", 30),
    AgingBucket("31-60", 60),
    AgingBucket("61-90", 90),
    AgingBucket("over-90", None),
)
BUCKET_NAMES: tuple[str, ...] = tuple(bucket.name for bucket in AGING_BUCKETS)


def bucket_for(days_late: int) -> str:
    """Return the name of the bucket of an amount `days_late` days past due (≤ 0: current)."""
    return next(
        bucket.name
        for bucket in AGING_BUCKETS
        if bucket.last_day is None or days_late <= bucket.last_day
    )


def bucket_due_dates(as_of: date) -> list[tuple[str, date]]:
    """Return each bucket with the earliest due date that still falls in it on `as_of`
    (the last bucket has none), newest first: what a query compares due dates against."""
    return [
        (bucket.name, as_of - timedelta(days=bucket.last_day))
        for bucket in AGING_BUCKETS
        if bucket.last_day is not None
    ]


def days_late(due_date: date | None, as_of: date) -> int:
    """Return how many days past due an amount is on `as_of` (0 or less: not late)."""
    return (as_of - due_date).days if due_date is not None else 0


def empty_buckets() -> dict[str, Decimal]:
    """Return every bucket at zero, in order."""
    return dict.fromkeys(BUCKET_NAMES, ZERO)


@dataclass(frozen=True, slots=True)
class AgingLine:
    """One customer's open balance in one currency, by bucket."""

    customer_id: int
    customer_name: str
    currency_code: str
    buckets: dict[str, Decimal]
    overdue_invoices: int

    @property
    def total(self) -> Decimal:
        """Return the customer's open balance (credits deducted)."""
        return sum(self.buckets.values(), ZERO)


@dataclass(frozen=True, slots=True)
class AgingReport:
    """Receivables aging on a date: one line per customer and currency, biggest first."""

    as_of: date
    lines: tuple[AgingLine, ...]

    def currencies(self) -> list[str]:
        """Return the currencies with an open balance, alphabetically."""
        return sorted({line.currency_code for line in self.lines})

    def lines_in(self, currency_code: str) -> list[AgingLine]:
        """Return the customers owing in a currency."""
        return [line for line in self.lines if line.currency_code == currency_code]

    def buckets_in(self, currency_code: str) -> dict[str, Decimal]:
        """Return the buckets summed over every customer of a currency."""
        summed = empty_buckets()
        for line in self.lines_in(currency_code):
            for name, value in line.buckets.items():
                summed[name] += value
        return summed

    def total_in(self, currency_code: str) -> Decimal:
        """Return what is owed in a currency, credits deducted."""
        return sum(self.buckets_in(currency_code).values(), ZERO)

    def overdue_in(self, currency_code: str) -> Decimal:
        """Return what is past due in a currency (every bucket but current)."""
        buckets = self.buckets_in(currency_code)
        return sum((v for name, v in buckets.items() if name != CURRENT), ZERO)

    def overdue_invoices(self) -> int:
        """Return how many invoices are past due with a balance, in every currency."""
        return sum(line.overdue_invoices for line in self.lines)


class Grouping(StrEnum):
    """How revenue periods are cut."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def parse_grouping(text: str) -> Grouping:
    """Return the grouping named by text; raise ValidationError naming `by` otherwise."""
    try:
        return Grouping(text.strip().lower())
    except ValueError:
        raise ValidationError("by", f"{text!r} is not month, quarter or year") from None


def period_of(month: str, grouping: Grouping) -> str:
    """Return the period ("2026-11", "2026-Q4", "2026") of a month written "YYYY-MM"."""
    year, number = month[:4], int(month[5:7])
    if grouping is Grouping.MONTH:
        return month
    if grouping is Grouping.QUARTER:
        return f"{year}-Q{(number - 1) // 3 + 1}"
    return year


def month_start(day: date, months_back: int = 0) -> date:
    """Return the first day of the month `months_back` months before the month of `day`."""
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class RevenueLine:
    """What was invoiced and collected in one period and currency."""

    period: str
    currency_code: str
    invoiced: Decimal
    collected: Decimal


@dataclass(frozen=True, slots=True)
class MonthAmount:
    """An amount of one month and currency, as a query sums it."""

    month: str
    currency_code: str
    amount: Decimal


def group_revenue(
    invoiced: Iterable[MonthAmount], collected: Iterable[MonthAmount], grouping: Grouping
) -> list[RevenueLine]:
    """Return revenue lines by period then currency from monthly sums."""
    sums: dict[tuple[str, str], list[Decimal]] = {}
    for index, amounts in enumerate((invoiced, collected)):
        for item in amounts:
            key = (period_of(item.month, grouping), item.currency_code)
            sums.setdefault(key, [ZERO, ZERO])[index] += item.amount
    return [
        RevenueLine(period, currency, pair[0], pair[1])
        for (period, currency), pair in sorted(sums.items())
    ]


@dataclass(frozen=True, slots=True)
class TaxLine:
    """One tax rate's taxable amount and tax in a period: invoices minus credit notes."""

    name: str
    rate: Decimal
    currency_code: str
    taxable: Decimal
    tax: Decimal


class EntryKind(StrEnum):
    """What moves a customer's balance on a statement."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    PAYMENT = "payment"
    REFUND = "refund"


# Same-day entries print in this order: what is owed before what settles it.
ENTRY_ORDER = {kind: index for index, kind in enumerate(EntryKind)}


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """One line of a statement; amount is what it adds to the balance (negative lowers it)."""

    date: date
    kind: EntryKind
    number: str
    currency_code: str
    amount: Decimal
    balance: Decimal


@dataclass(frozen=True, slots=True)
class Statement:
    """A customer's documents, payments and credits in date order with running balances."""

    customer_id: int
    customer_name: str
    currency_code: str
    entries: tuple[StatementEntry, ...]
    balances: dict[str, Decimal]
    language: str | None = None  # the customer's document language (None: the organization's)

    @property
    def balance(self) -> Decimal:
        """Return the balance in the customer's own currency."""
        return self.balances.get(self.currency_code, ZERO)


@dataclass(frozen=True, slots=True)
class Movement:
    """An entry before its running balance is known."""

    date: date
    kind: EntryKind
    number: str
    currency_code: str
    amount: Decimal
    order: int


def running_balances(
    movements: Iterable[Movement],
) -> tuple[list[StatementEntry], dict[str, Decimal]]:
    """Return the movements in date order with a running balance per currency, and the ends."""
    balances: dict[str, Decimal] = {}
    entries = []
    for item in sorted(movements, key=lambda m: (m.date, ENTRY_ORDER[m.kind], m.order)):
        balance = balances.get(item.currency_code, ZERO) + item.amount
        balances[item.currency_code] = balance
        entries.append(
            StatementEntry(
                item.date, item.kind, item.number, item.currency_code, item.amount, balance
            )
        )
    return entries, balances


def check_period(start: date | None, end: date | None) -> None:
    """Return if the period is in order; raise ValidationError naming `from` otherwise."""
    if start is not None and end is not None and start > end:
        raise ValidationError("from", f"{start.isoformat()} is after to ({end.isoformat()})")


@dataclass(frozen=True, slots=True)
class PipelineLine:
    """Open estimates of one status and currency: how many, and what they are worth."""

    status: str
    currency_code: str
    count: int
    total: Decimal


@dataclass(frozen=True, slots=True)
class Activity:
    """One recent entry of a document's history."""

    at: datetime
    document_id: int
    document_number: str
    message: str


@dataclass(frozen=True, slots=True)
class HomeFigures:
    """The Home tab's estimates pipeline and recent activity."""

    pipeline: tuple[PipelineLine, ...]
    activity: tuple[Activity, ...]


def lateness(days: int) -> str:
    """Return how late an amount is as people say it ("1 day late", "12 days late"; "" if not)."""
    if days <= 0:
        return ""
    return f"{days} day late" if days == 1 else f"{days} days late"


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    """What a list adds up to in one currency: its totals and what is still to be paid."""

    currency_code: str
    count: int
    total: Decimal
    balance: Decimal


class _Priced(Protocol):
    @property
    def currency_code(self) -> str: ...
    @property
    def total(self) -> Decimal: ...
    @property
    def balance(self) -> Decimal: ...


def totals_by_currency(rows: Iterable[_Priced]) -> list[CurrencyTotal]:
    """Return the sums of listed documents per currency, alphabetically (never across currencies)."""
    sums: dict[str, tuple[int, Decimal, Decimal]] = {}
    for row in rows:
        count, total, balance = sums.get(row.currency_code, (0, ZERO, ZERO))
        sums[row.currency_code] = (count + 1, total + row.total, balance + row.balance)
    return [CurrencyTotal(code, *sums[code]) for code in sorted(sums)]
