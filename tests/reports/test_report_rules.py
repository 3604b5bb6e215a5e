"""The pure rules of the reports: aging buckets, periods, running balances."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.reports import (
    EntryKind,
    Grouping,
    Movement,
    bucket_due_dates,
    bucket_for,
    days_late,
    month_start,
    parse_grouping,
    period_of,
    running_balances,
)


@pytest.mark.parametrize(
    ("late", "bucket"),
    [(-5, "current"), (0, "current"), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"),
     (61, "61-90"), (90, "61-90"), (91, "over-90"), (4000, "over-90")],
)  # fmt: skip
def test_buckets_by_days_past_due(late: int, bucket: str) -> None:
    assert bucket_for(late) == bucket


def test_due_date_thresholds_agree_with_the_buckets() -> None:
    as_of = date(2026, 12, 1)
    thresholds = bucket_due_dates(as_of)
    assert thresholds == [
        ("current", date(2026, 12, 1)),
        ("1-30", date(2026, 11, 1)),
        ("31-60", date(2026, 10, 2)),
        ("61-90", date(2026, 9, 2)),
    ]
    for name, earliest in thresholds:
        assert bucket_for(days_late(earliest, as_of)) == name
    assert days_late(None, as_of) == 0


def test_periods() -> None:
    assert [period_of("2026-11", g) for g in Grouping] == ["2026-11", "2026-Q4", "2026"]
    assert [period_of(f"2026-{m:02}", Grouping.QUARTER) for m in (1, 3, 4, 12)] == [
        "2026-Q1",
        "2026-Q1",
        "2026-Q2",
        "2026-Q4",
    ]
    assert month_start(date(2026, 12, 1), 11) == date(2026, 1, 1)
    assert month_start(date(2026, 1, 31), 1) == date(2025, 12, 1)
    assert parse_grouping(" Quarter ") is Grouping.QUARTER
    with pytest.raises(ValidationError, match="by: 'week'"):
        parse_grouping("week")


def test_running_balances_per_currency_with_same_day_order() -> None:
    day = date(2026, 1, 5)
    entries, ends = running_balances(
        [
            Movement(day, EntryKind.PAYMENT, "INV-1", "USD", Decimal("-40"), 2),
            Movement(day, EntryKind.INVOICE, "INV-1", "USD", Decimal("100"), 1),
            Movement(date(2026, 1, 1), EntryKind.INVOICE, "INV-2", "EUR", Decimal("7"), 3),
        ]
    )
    assert [(e.number, e.currency_code, e.balance) for e in entries] == [
        ("INV-2", "EUR", Decimal(7)),
        ("INV-1", "USD", Decimal(100)),
        ("INV-1", "USD", Decimal(60)),
    ]
    assert ends == {"EUR": Decimal(7), "USD": Decimal(60)}
